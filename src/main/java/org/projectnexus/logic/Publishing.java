package org.projectnexus.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.publish.HubChanges;
import org.projectnexus.logic.publish.HubPublisher;
import org.projectnexus.logic.publish.PublishPlan;
import org.projectnexus.logic.publish.PublishRequest;
import org.projectnexus.logic.publish.PublishSecrets;
import org.projectnexus.logic.publish.RepositoryReading;
import org.projectnexus.logic.publish.PublishResult;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.EntryVersion;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Tag;

/**
 * Publishing the hub to a Git repository (issue 23, ADR 35): the README and a page per entry, committed when
 * something changed and pushed to the remote. Private entries never go out; entries that would go out for the
 * first time are listed first ({@link #plan}) so the user can agree. What is remembered between publishes (the
 * folder, the remote without credentials, the branch, the hub's title and author, the last publish) is kept
 * among the knowledge base's facts; no secret is kept anywhere.
 */
public final class Publishing {

    static final String REPOSITORY = "publish.repository";
    static final String REMOTE = "publish.remote";
    static final String BRANCH = "publish.branch";
    static final String TITLE = "publish.title";
    static final String AUTHOR = "publish.author";
    static final String LAST_TIME = "publish.last-time";
    static final String LAST_COMMIT = "publish.last-commit";

    private final EntryStore store;
    private final Safety safety;
    private final Clock clock;
    private final Attachments attachments;
    /** Counts the store's commits: a plan's reading is reused by its publish only when none came between. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();
    /**
     * What the last plan read, for its publish (then dropped): reading 10,000 summaries again cost up to 0.1 s of a
     * command's publish.
     */
    private volatile Reading lastReading;

    /**
     * The entries as one plan read them, while the store had seen {@code commits} commits: every entry's version,
     * and the summaries when the plan needed them (null: the publish reads them if it lays everything out).
     */
    private record Reading(PublishPlan plan, long commits, Map<UUID, EntryVersion> versions,
                           List<EntrySummary> summaries, Set<UUID> hidden, RepositoryReading repository) {
    }

    Publishing(EntryStore store, Safety safety, Clock clock, Attachments attachments) {
        this.attachments = attachments;
        this.store = store;
        this.safety = safety;
        this.clock = clock;
        store.onCommit(event -> commits.incrementAndGet());
    }

    /** What was remembered from the last publish (and the hub's title and author). */
    public PublishSettings settings() {
        return new PublishSettings(store.fact(REPOSITORY).map(Path::of).orElse(null),
                store.fact(REMOTE).filter(remote -> !remote.isBlank()).orElse(null),
                store.fact(BRANCH).orElse("main"), store.fact(TITLE).orElse(null), store.fact(AUTHOR).orElse(null),
                store.fact(LAST_TIME).map(java.time.Instant::parse).orElse(null), store.fact(LAST_COMMIT).orElse(null));
    }

    /** Remembers the hub's title and author for the README (blank forgets them). */
    public void setHub(String title, String author) {
        Map<String, String> facts = new HashMap<>();
        facts.put(TITLE, title == null ? "" : title.strip());
        facts.put(AUTHOR, author == null ? "" : author.strip());
        store.putFacts(facts);
    }

    /** The request with what the last publish remembered filled in; fails when no folder was ever given. */
    public PublishRequest complete(PublishRequest request) {
        PublishSettings last = settings();
        Path repository = request.repository() != null ? request.repository() : last.repository();
        if (repository == null) {
            throw new NexusException("Say where the published repository goes (a folder Nexus owns, made on first use).");
        }
        boolean sameRepository = last.repository() != null
                && last.repository().toAbsolutePath().normalize().equals(repository.toAbsolutePath().normalize());
        return new PublishRequest(repository.toAbsolutePath().normalize(),
                request.remote() != null ? request.remote() : sameRepository ? last.remote() : null,
                request.branch() != null ? request.branch() : sameRepository ? last.branch() : "main",
                request.message(), request.title() != null ? request.title() : last.title(),
                request.author() != null ? request.author() : last.author(),
                request.sshDirectory() != null ? request.sshDirectory()
                        : Path.of(System.getProperty("user.home"), ".ssh"));
    }

    /** What publishing would make public for the first time; nothing is written. */
    public PublishPlan plan(PublishRequest request) {
        PublishRequest complete = complete(request);
        long before = commits.get(); // read first: a commit during the reading makes the publish read again
        // The working copy is read beside the database (ADR 35): at 10,000 entries each is a tenth of a second.
        RepositoryReading repository = RepositoryReading.start(complete.repository(), complete.branch());
        Set<UUID> hidden = store.taggedWith(new Tag("private"));
        // Versions rather than summaries: a publish of edits alone needs no more of all the entries (ADR 35).
        Map<UUID, EntryVersion> versions = store.versionKeys();
        Set<UUID> published = repository.published();
        boolean allPublished = versions.keySet().stream().allMatch(id -> hidden.contains(id) || published.contains(id));
        List<EntrySummary> summaries = allPublished ? null : store.summaries();
        List<EntrySummary> unpublished = allPublished ? List.of() : summaries.stream()
                .filter(entry -> !hidden.contains(entry.id()) && !published.contains(entry.id()))
                .sorted(ExportSource.ORDER).toList();
        PublishPlan plan = new PublishPlan(complete, unpublished, hidden.size(), !repository.everPublished(),
                safety.encrypted());
        lastReading = new Reading(plan, before, versions, summaries, hidden, repository);
        return plan;
    }

    /**
     * Publishes: {@code agreed} says the user agreed to the plan's new entries (when not, they are held back and the
     * rest goes out). {@code token} is asked only if an https remote wants one. Cancelling through
     * {@code progress} stops before anything is committed.
     */
    public PublishResult publish(PublishPlan plan, boolean agreed, Supplier<char[]> token, Progress progress) {
        return publish(plan, agreed, PublishSecrets.of(token, key -> null), progress);
    }

    /** As {@link #publish(PublishPlan, boolean, Supplier, Progress)}, and the passphrase of an SSH key if asked. */
    public PublishResult publish(PublishPlan plan, boolean agreed, PublishSecrets secrets, Progress progress) {
        if (!agreed && plan.first()) {
            // Nothing was agreed to and nothing is public yet: an empty hub is not worth a commit.
            return new PublishResult(null, new HubChanges(java.util.List.of(), java.util.List.of(), 0, 0, 0, false),
                    false, null, null, java.util.List.of(), plan.unpublished().size(), null);
        }
        Reading reading = lastReading;
        lastReading = null;
        boolean samePlan = reading != null && reading.plan() == plan;
        // The plan's reading serves while nothing was committed since it began (a rename must go out renamed).
        boolean current = samePlan && reading.commits() == commits.get();
        Set<UUID> excluded = new HashSet<>(current ? reading.hidden() : store.taggedWith(new Tag("private")));
        if (!agreed) {
            plan.unpublished().stream().map(EntrySummary::id).forEach(excluded::add);
        }
        Supplier<List<EntrySummary>> summaries = current && reading.summaries() != null ? reading::summaries
                : store::summaries;
        Map<UUID, EntryVersion> versions = current ? reading.versions() : store.versionKeys();
        ExportSource source = ExportSource.of(summaries, store::aliases, store::indexedPage);
        PublishRequest request = plan.request();
        PublishResult result;
        try {
            result = new HubPublisher(clock).publish(request, source, attachments.exportSource(), versions,
                    excluded, secrets, progress, samePlan ? reading.repository() : null);
        } catch (IOException failure) {
            throw new NexusException("The publish could not write to " + request.repository() + ": "
                    + failure.getMessage(), failure);
        }
        Map<String, String> remembered = new HashMap<>();
        remembered.put(REPOSITORY, request.repository().toString());
        remembered.put(BRANCH, request.branch());
        remembered.put(TITLE, Optional.ofNullable(request.title()).orElse(""));
        remembered.put(AUTHOR, Optional.ofNullable(request.author()).orElse(""));
        // The remote of this repository, or none: one remembered from another repository must not follow the folder.
        remembered.put(REMOTE, Optional.ofNullable(result.remote()).orElse(""));
        if (result.head() != null) {
            remembered.put(LAST_TIME, clock.instant().toString());
            remembered.put(LAST_COMMIT, result.head());
        }
        store.putFacts(remembered);
        return agreed ? result : withHeldBack(result, plan.unpublished().size());
    }

    private static PublishResult withHeldBack(PublishResult result, int heldBack) {
        return new PublishResult(result.commit(), result.changes(), result.pushed(), result.remote(), result.problem(),
                result.conflicts(), heldBack, result.head());
    }
}
