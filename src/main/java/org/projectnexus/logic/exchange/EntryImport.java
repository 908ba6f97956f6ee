package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.TitleRules;
import org.projectnexus.logic.store.StoreSession;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.WikiLink;

/**
 * Writes imported entries inside one store session (one transaction: a cancel or a failure leaves nothing), applying
 * the conflict policy to titles that exist already. Two entries of the same import with one title are never a
 * conflict to skip: the second gets a free title. An entry whose id another entry has gets a new id. Entries come
 * and are written in batches ({@link #start}, {@link #write} for each, {@link #finish}); if a batch fails, its
 * entries are written one by one, and the one that cannot be stored is reported while the others go on.
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
    /** The ids the entries of this import came with: a second entry with one of them is worth a report line. */
    private final Set<UUID> importedIds = new HashSet<>();
    /** For each entry stored, the id it came with to the id it was stored under (a new one when that was taken). */
    private final java.util.Map<UUID, UUID> storedIds = new java.util.HashMap<>();
    /** The id each candidate came with, by the id it is to be stored under, until it is stored. */
    private final java.util.Map<UUID, UUID> cameWith = new java.util.HashMap<>();
    private int expected;
    private int done;

    public EntryImport(StoreSession session, ConflictPolicy policy, Clock clock, ImportReport report, Progress progress) {
        this.session = session;
        this.policy = policy;
        this.clock = clock;
        this.report = report;
        this.progress = progress;
    }

    /**
     * Reads the titles and ids the knowledge base has; call once, in the session, before {@link #write}. The
     * session holds the new entries' backlinks back until {@link #finish} (ADR 28).
     */
    public EntryImport start(int expected) {
        session.holdBacklinks();
        for (EntrySummary summary : session.summaries()) {
            existingTitles.add(key(summary.title()));
            takenIds.add(summary.id());
        }
        this.expected = expected;
        return this;
    }

    /** Writes a batch of the import (in the order read: of two entries with one title, the first keeps it). */
    public void write(List<ImportCandidate> candidates) {
        List<ImportCandidate> batch = new ArrayList<>(candidates.size());
        for (ImportCandidate candidate : candidates) {
            progress.checkCancelled();
            ImportCandidate decided = decide(candidate);
            if (decided != null) {
                batch.add(decided);
            }
        }
        done += candidates.size();
        insert(batch);
        progress.update("Saving entries", done, Math.max(expected, done));
    }

    /** The report, once every batch is written; up to the commit, Cancel still undoes everything written. */
    public ImportReport finish() {
        progress.update("Saving entries", done, done);
        progress.checkCancelled();
        session.writeHeldBacklinks();
        return report;
    }

    /**
     * The id each entry this import stored came with (in the file), to the id it was stored under: the same, unless
     * another entry had it. Entries skipped, overwritten (they keep the existing entry's id and state) or not stored
     * are not in it. What a backup keeps beside its entries (ADR 46) follows them by it.
     */
    public java.util.Map<UUID, UUID> storedIds() {
        return java.util.Collections.unmodifiableMap(storedIds);
    }

    /** Runs a whole import of what {@code reading} reads, indexed by {@code indexer} on a thread of its own. */
    public ImportReport run(ImportSources.Reading reading, Function<Entry, IndexedEntry> indexer) {
        start(reading.expected());
        new ImportPipeline(indexer).run(reading, this::write);
        return finish();
    }

    /** Runs a whole import of {@code candidates} given at once. */
    public ImportReport run(List<ImportCandidate> candidates) {
        start(candidates.size());
        for (int from = 0; from < candidates.size(); from += BATCH) {
            write(candidates.subList(from, Math.min(candidates.size(), from + BATCH)));
        }
        return finish();
    }

    /** The candidate as it is to be inserted (title or id changed if they clash), or null when done with it. */
    private ImportCandidate decide(ImportCandidate candidate) {
        Entry entry = candidate.entry();
        String source = candidate.source();
        String title;
        try {
            title = TitleRules.check(entry.title());
        } catch (NexusException unusable) {
            // Kept under a title that can be used rather than lost: a backup of an older Nexus may hold such titles.
            title = TitleRules.usable(entry.title());
            report.note(source, unusable.getMessage(), "imported as “" + title + "”");
        }
        if (!title.equals(entry.title())) {
            entry = entry.withText(title, entry.body());
        }
        try {
            BodyLimit.check(entry);
        } catch (NexusException tooLarge) {
            report.note(source, "too large for an entry (" + BodyLimit.megabytes(BodyLimit.textBytes(entry))
                    + " of text; the limit is " + BodyLimit.megabytes(BodyLimit.MAX_BYTES) + ")", "not imported");
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
        UUID original = entry.id();
        boolean repeated = !importedIds.add(entry.id());
        if (!takenIds.add(entry.id())) {
            if (repeated) {
                report.note(source, "an earlier entry of this import has the same id " + entry.id(),
                        "imported with a new id");
            }
            entry = entry.withMeta(new EntryMeta(UUID.randomUUID(), entry.meta().created(), entry.meta().updated(), 0));
            takenIds.add(entry.id());
        }
        importedTitles.add(key(entry.title()));
        if (!repeated) {
            cameWith.put(entry.id(), original);
        }
        return candidate.as(entry);
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

    /** Inserts the batch (one by one if it fails as a whole, to find and report the entry that cannot be stored). */
    private void insert(List<ImportCandidate> batch) {
        if (batch.isEmpty()) {
            return;
        }
        progress.checkCancelled();
        try {
            if (batch.stream().allMatch(candidate -> candidate.indexed() != null)) {
                session.insertAllIndexed(batch.stream().map(ImportCandidate::indexed).toList());
            } else {
                session.insertAllAsGiven(batch.stream().map(ImportCandidate::entry).toList());
            }
            batch.forEach(stored -> {
                report.countAdded();
                stored(stored.entry().id());
            });
        } catch (NexusException | IllegalArgumentException batchFailed) {
            for (ImportCandidate candidate : batch) {
                try {
                    session.insertAsGiven(candidate.entry());
                    report.countAdded();
                    stored(candidate.entry().id());
                } catch (NexusException | IllegalArgumentException unusable) {
                    report.note(candidate.source(), "could not be stored (" + unusable.getMessage() + ")",
                            "not imported");
                }
            }
        }
    }

    private void stored(UUID id) {
        UUID original = cameWith.remove(id);
        if (original != null) {
            storedIds.put(original, id);
        }
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
