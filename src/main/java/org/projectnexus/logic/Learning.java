package org.projectnexus.logic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.logic.markdown.LearnedFromField;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.progress.Dashboard;
import org.projectnexus.logic.review.SpacedReview;
import org.projectnexus.model.DashboardFigures;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.LearningStore;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.StateChange;
import org.projectnexus.model.TitleRules;
import org.projectnexus.model.WikiLink;

/**
 * The learning loop (issue 26): a challenge's life cycle (open, solved, verified, regressed) and its history; where a
 * takeaway came from. A state changes by saving the challenge through {@link Entries}; the store records each change
 * in the same transaction. A takeaway's sources live in its front matter ({@code learned_from:}, as links), so they
 * travel with its Markdown and follow renames. Methods block on the database: call them off the FX thread.
 */
public final class Learning {

    private final LearningStore store;
    private final EntryStore entryStore;
    private final Entries entries;
    private final MarkdownParser parser;
    private final SpacedReview review;
    private final Dashboard dashboard;

    Learning(LearningStore store, EntryStore entryStore, Entries entries, MarkdownParser parser, SpacedReview review,
             Dashboard dashboard) {
        this.dashboard = dashboard;
        this.store = store;
        this.entryStore = entryStore;
        this.entries = entries;
        this.parser = parser;
        this.review = review;
    }

    /** The figures of the learning dashboard, computed now (blocks on the database: off the FX thread). */
    public DashboardFigures dashboard() {
        return dashboard.figures();
    }

    /** Spaced review (FSRS): what is due, ratings, marking entries for review, the streak. */
    public SpacedReview review() {
        return review;
    }

    /** The challenge's changes of state with their dates, oldest first; empty for other entries. */
    public List<StateChange> stateHistory(UUID challenge) {
        return store.stateHistory(challenge);
    }

    /** The latest regression of the challenge, with the solution that did not hold, if it ever regressed. */
    public Optional<StateChange> lastRegression(UUID challenge) {
        List<StateChange> history = stateHistory(challenge);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).regression()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** The titles the entry's {@code learned_from:} names, as written (some may name no entry). */
    public List<String> learnedFromTitles(Entry entry) {
        return parser.frontMatter(entry.body()).learnedFrom();
    }

    /** The entries the takeaway was learned from, in the order named; titles that name no entry are left out. */
    public List<EntrySummary> learnedFrom(Entry entry) {
        Set<UUID> seen = new HashSet<>();
        List<EntrySummary> sources = new ArrayList<>();
        for (String title : learnedFromTitles(entry)) {
            entryStore.findByTitle(title).filter(source -> seen.add(source.id()))
                    .ifPresent(source -> sources.add(EntrySummary.of(source)));
        }
        return sources;
    }

    /** The takeaways learned from this entry (their {@code learned_from:} names its title or an alias), newest first. */
    public List<EntrySummary> takeawaysOf(Entry source) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(WikiLink.titleKey(source.title()));
        entryStore.transaction(session -> session.aliasesOf(source.id())).forEach(alias -> keys.add(WikiLink.titleKey(alias)));
        List<UUID> linking = entryStore.linkingTo(keys).stream()
                .filter(summary -> summary.kind() == EntryKind.TAKEAWAY).map(EntrySummary::id).toList();
        List<EntrySummary> takeaways = new ArrayList<>();
        for (Entry takeaway : entryStore.findAll(linking)) {
            if (learnedFromTitles(takeaway).stream().map(WikiLink::titleKey).anyMatch(keys::contains)) {
                takeaways.add(EntrySummary.of(takeaway));
            }
        }
        takeaways.sort((a, b) -> b.updated().compareTo(a.updated()));
        return takeaways;
    }

    /**
     * Stores a new takeaway learned from the entries titled {@code sources} (by title or alias, any case): each is
     * named in its front matter by its own title. Nothing is stored when one names no entry.
     */
    public Entry addTakeaway(Entry draft, List<String> sources) {
        if (draft.kind() != EntryKind.TAKEAWAY) {
            throw new NexusException("Only a takeaway is learned from other entries; this is a "
                    + draft.kind().displayName().toLowerCase() + ".");
        }
        List<String> titles = new ArrayList<>();
        for (String title : sources) {
            Entry source = entryStore.findByTitle(title).orElseThrow(() -> new NexusException(
                    "No entry is titled “" + SafeText.forDisplay(title) + "”, so nothing was added."));
            if (!titles.contains(source.title())) {
                titles.add(source.title());
            }
        }
        String body = LearnedFromField.add(draft.body(), titles).orElseThrow(() -> new NexusException(
                "The body's front matter already names what it was learned from: give the sources either there or"
                        + " with --from, not both. Nothing was added."));
        return entries.add(draft.withText(draft.title(), body));
    }

    /** "Record a takeaway" in a challenge: a new takeaway, already learned from it, with a free title. */
    public Entry recordTakeaway(Entry entry) {
        Entry source = entries.find(entry.id()).orElseThrow(() -> new NexusException(
                "“" + SafeText.forDisplay(entry.title()) + "” no longer exists, so no takeaway was recorded."));
        String base = "Takeaway: " + source.title();
        if (base.length() > TitleRules.MAX_LENGTH - 4) {
            base = base.substring(0, TitleRules.MAX_LENGTH - 5).strip() + "…";
        }
        return addTakeaway(entries.draft(EntryKind.TAKEAWAY, entries.unusedTitle(base)), List.of(source.title()));
    }
}
