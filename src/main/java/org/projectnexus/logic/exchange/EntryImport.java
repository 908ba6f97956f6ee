package org.projectnexus.logic.exchange;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.logic.TitleRules;
import org.projectnexus.logic.store.StoreSession;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.WikiLink;

/**
 * Writes imported entries inside one store session (one transaction: a cancel or a failure leaves nothing), applying
 * the conflict policy to titles that exist already. Two entries of the same import with one title are never a
 * conflict to skip: the second gets a free title. An entry whose id another entry has gets a new id. An entry that
 * cannot be stored is reported and the others go on.
 */
public final class EntryImport {

    private final StoreSession session;
    private final ConflictPolicy policy;
    private final Clock clock;
    private final ImportReport report;
    private final Progress progress;
    private final Set<UUID> imported = new HashSet<>();
    /** Titles (as keys) and ids in use, read once: most imported entries clash with nothing, and need no query. */
    private final Set<String> takenTitles = new HashSet<>();
    private final Set<UUID> takenIds = new HashSet<>();

    public EntryImport(StoreSession session, ConflictPolicy policy, Clock clock, ImportReport report, Progress progress) {
        this.session = session;
        this.policy = policy;
        this.clock = clock;
        this.report = report;
        this.progress = progress;
    }

    public ImportReport run(List<ImportCandidate> candidates) {
        for (org.projectnexus.model.EntrySummary summary : session.summaries()) {
            takenTitles.add(key(summary.title()));
            takenIds.add(summary.id());
        }
        int done = 0;
        for (ImportCandidate candidate : candidates) {
            progress.checkCancelled();
            store(candidate);
            progress.update("Saving entries", ++done, candidates.size());
        }
        return report;
    }

    private void store(ImportCandidate candidate) {
        Entry entry = candidate.entry();
        String source = candidate.source();
        try {
            TitleRules.check(entry.title());
            Optional<Entry> existing = takenTitles.contains(key(entry.title()))
                    ? session.findByExactTitle(entry.title()) : Optional.empty();
            if (existing.isPresent()) {
                boolean sameImport = imported.contains(existing.get().id());
                if (!sameImport && policy == ConflictPolicy.SKIP) {
                    report.note(source, "an entry titled “" + entry.title() + "” exists", "skipped");
                    report.countSkipped();
                    return;
                }
                if (!sameImport && policy == ConflictPolicy.OVERWRITE) {
                    Entry previous = existing.get();
                    session.replaceOrUndo(previous, entry.withMeta(previous.meta()), clock.instant());
                    report.note(source, "an entry titled “" + entry.title() + "” exists",
                            "overwritten; its earlier text is kept in its history");
                    report.countOverwritten();
                    return;
                }
                String free = freeTitle(entry.title());
                report.note(source, sameImport ? "another file of this import has the title “" + entry.title() + "”"
                        : "an entry titled “" + entry.title() + "” exists", "imported as “" + free + "”");
                entry = entry.withText(free, entry.body());
            }
            if (takenIds.contains(entry.id())) {
                entry = entry.withMeta(new EntryMeta(UUID.randomUUID(), entry.meta().created(), entry.meta().updated(), 0));
            }
            Entry stored = session.insertAsGiven(entry);
            imported.add(stored.id());
            takenIds.add(stored.id());
            takenTitles.add(key(stored.title()));
            report.countAdded();
        } catch (org.projectnexus.logic.NexusException | IllegalArgumentException unusable) {
            if (unusable instanceof ExchangeCancelledException cancelled) {
                throw cancelled;
            }
            report.note(source, "could not be stored (" + unusable.getMessage() + ")", "not imported");
        }
    }

    private String freeTitle(String title) {
        String base = title.length() > TitleRules.MAX_LENGTH - 6 ? title.substring(0, TitleRules.MAX_LENGTH - 6).strip() : title;
        for (int n = 2; ; n++) {
            String candidate = base + " " + n;
            if (!takenTitles.contains(key(candidate))) {
                return candidate;
            }
        }
    }

    static String key(String title) {
        return WikiLink.titleKey(title);
    }
}
