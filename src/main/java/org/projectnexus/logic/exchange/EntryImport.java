package org.projectnexus.logic.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.logic.NexusException;
import org.projectnexus.logic.TitleRules;
import org.projectnexus.logic.store.StoreSession;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.WikiLink;

/**
 * Writes imported entries inside one store session (one transaction: a cancel or a failure leaves nothing), applying
 * the conflict policy to titles that exist already. Two entries of the same import with one title are never a
 * conflict to skip: the second gets a free title. An entry whose id another entry has gets a new id. New entries are
 * written in batches; if a batch fails, its entries are written one by one, and the one that cannot be stored is
 * reported while the others go on.
 */
public final class EntryImport {

    static final int BATCH = 500;

    private final StoreSession session;
    private final ConflictPolicy policy;
    private final Clock clock;
    private final ImportReport report;
    private final Progress progress;
    /** Titles (as keys) and ids the knowledge base had, read once: most imported entries clash with nothing. */
    private final Set<String> existingTitles = new HashSet<>();
    private final Set<String> importedTitles = new HashSet<>();
    private final Set<UUID> takenIds = new HashSet<>();

    public EntryImport(StoreSession session, ConflictPolicy policy, Clock clock, ImportReport report, Progress progress) {
        this.session = session;
        this.policy = policy;
        this.clock = clock;
        this.report = report;
        this.progress = progress;
    }

    public ImportReport run(List<ImportCandidate> candidates) {
        for (EntrySummary summary : session.summaries()) {
            existingTitles.add(key(summary.title()));
            takenIds.add(summary.id());
        }
        List<ImportCandidate> batch = new ArrayList<>(BATCH);
        int done = 0;
        for (ImportCandidate candidate : candidates) {
            progress.checkCancelled();
            ImportCandidate decided = decide(candidate);
            if (decided != null) {
                batch.add(decided);
            }
            if (batch.size() == BATCH) {
                done = write(batch, done, candidates.size());
            }
        }
        write(batch, done, candidates.size());
        progress.update("Saving entries", candidates.size(), candidates.size());
        progress.checkCancelled(); // up to the commit, Cancel still undoes everything written
        return report;
    }

    /** The candidate as it is to be inserted (title or id changed if they clash), or null when done with it. */
    private ImportCandidate decide(ImportCandidate candidate) {
        Entry entry = candidate.entry();
        String source = candidate.source();
        try {
            TitleRules.check(entry.title());
        } catch (NexusException unusable) {
            report.note(source, unusable.getMessage(), "not imported");
            return null;
        }
        String key = key(entry.title());
        boolean sameImport = importedTitles.contains(key);
        if (sameImport || existingTitles.contains(key)) {
            if (!sameImport && policy == ConflictPolicy.SKIP) {
                report.note(source, "an entry titled “" + entry.title() + "” exists", "skipped");
                report.countSkipped();
                return null;
            }
            if (!sameImport && policy == ConflictPolicy.OVERWRITE) {
                overwrite(entry, source);
                importedTitles.add(key);
                return null;
            }
            String free = freeTitle(entry.title());
            report.note(source, sameImport ? "another file of this import has the title “" + entry.title() + "”"
                    : "an entry titled “" + entry.title() + "” exists", "imported as “" + free + "”");
            entry = entry.withText(free, entry.body());
        }
        if (!takenIds.add(entry.id())) {
            entry = entry.withMeta(new EntryMeta(UUID.randomUUID(), entry.meta().created(), entry.meta().updated(), 0));
            takenIds.add(entry.id());
        }
        importedTitles.add(key(entry.title()));
        return new ImportCandidate(entry, source);
    }

    private void overwrite(Entry entry, String source) {
        try {
            Entry previous = session.findByExactTitle(entry.title()).orElseThrow();
            session.replaceOrUndo(previous, entry.withMeta(previous.meta()), clock.instant());
            report.note(source, "an entry titled “" + entry.title() + "” exists",
                    "overwritten; its earlier text is kept in its history");
            report.countOverwritten();
        } catch (NexusException | IllegalArgumentException failure) {
            report.note(source, "could not overwrite “" + entry.title() + "” (" + failure.getMessage() + ")",
                    "not imported");
        }
    }

    /** Writes the batch (one by one if it fails as a whole); returns how many candidates are done. */
    private int write(List<ImportCandidate> batch, int done, int total) {
        if (batch.isEmpty()) {
            return done;
        }
        progress.checkCancelled();
        try {
            session.insertAllAsGiven(batch.stream().map(ImportCandidate::entry).toList());
            batch.forEach(stored -> report.countAdded());
        } catch (NexusException | IllegalArgumentException batchFailed) {
            for (ImportCandidate candidate : batch) {
                try {
                    session.insertAsGiven(candidate.entry());
                    report.countAdded();
                } catch (NexusException | IllegalArgumentException unusable) {
                    report.note(candidate.source(), "could not be stored (" + unusable.getMessage() + ")",
                            "not imported");
                }
            }
        }
        int now = done + batch.size();
        batch.clear();
        progress.update("Saving entries", now, total);
        return now;
    }

    private String freeTitle(String title) {
        String base = title.length() > TitleRules.MAX_LENGTH - 6 ? title.substring(0, TitleRules.MAX_LENGTH - 6).strip() : title;
        for (int n = 2; ; n++) {
            String candidate = base + " " + n;
            if (!existingTitles.contains(key(candidate)) && !importedTitles.contains(key(candidate))) {
                return candidate;
            }
        }
    }

    static String key(String title) {
        return WikiLink.titleKey(title);
    }
}
