package org.projectnexus.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.logic.exchange.BackupLearningState;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.EntryImport;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.ImportSources;
import org.projectnexus.logic.exchange.JsonBackup;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.exchange.PdfExporter;
import org.projectnexus.logic.exchange.PreparedImport;
import org.projectnexus.logic.exchange.ReadmeExporter;
import org.projectnexus.logic.exchange.ReadmeOptions;
import org.projectnexus.logic.exchange.VaultExporter;
import org.projectnexus.logic.links.EmbedRewriter;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.KnowledgeBaseFacts;
import org.projectnexus.logic.store.LearningRestore;
import org.projectnexus.logic.store.LearningStore;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Progress;

/**
 * Entries in and out: imports (a vault or folder of Markdown, a Markdown file, a README, a JSON backup) and
 * exports (a vault, a README, a JSON backup, a PDF), and the starter content of a new knowledge base. The window and the
 * command line import the same way: {@link #prepare} (or an {@link ImportLookAhead} taken while the knowledge base
 * opens), then {@link #importFrom(PreparedImport, ConflictPolicy, Progress)}.
 */
public final class Exchange {

    private final EntryStore store;
    private final MarkdownParser parser;
    private final EntryIndexer indexer;
    private final Clock clock;
    private final Rendering rendering;

    private final Attachments attachments;
    private final LearningStore learning;
    /** The folder of a vault export that holds the attachments. */
    static final String ATTACHMENTS = "attachments";
    /** The ids of the entries the import under way has stored, from its change events; null between imports. */
    private volatile Set<UUID> importing;

    Exchange(EntryStore store, MarkdownParser parser, EntryIndexer indexer, Clock clock, Rendering rendering,
             Attachments attachments, LearningStore learning) {
        this.store = store;
        this.learning = learning;
        this.parser = parser;
        this.indexer = indexer;
        this.clock = clock;
        this.rendering = rendering;
        this.attachments = attachments;
        store.onCommit(event -> {
            Set<UUID> collecting = importing;
            if (collecting != null) {
                event.changes().stream().filter(change -> change.how() == ChangeEvent.How.IMPORTED)
                        .forEach(change -> collecting.add(change.id()));
            }
        });
    }

    /**
     * Exports every entry: a vault folder (must be empty or new), a README file or a JSON backup file (must not
     * exist). Returns how many entries were written. Cancelling through {@code progress} stops between files.
     */
    public int export(ExportFormat format, Path target, LinkStyle links, Progress progress) {
        return export(format, target, links, ReadmeOptions.DEFAULT, progress);
    }

    /** {@link #export(ExportFormat, Path, LinkStyle, Progress)} with the README's title and author (null: defaults). */
    public int export(ExportFormat format, Path target, LinkStyle links, String title, String author,
                      Progress progress) {
        return export(format, target, links, new ReadmeOptions(title, author, null), progress);
    }

    int export(ExportFormat format, Path target, LinkStyle links, ReadmeOptions readme, Progress progress) {
        // Every format reads the entries a page at a time.
        ExportSource source = ExportSource.of(store::summaries, store::aliases, store::indexedPage);
        return switch (format) {
            case VAULT -> exportVault(source, target, links, progress);
            case README -> new ReadmeExporter().export(source, attachments.exportSource(), target, readme, progress);
            case JSON -> new JsonBackup().export(source, backupLearning(), backupAttachments(), target, progress);
            case PDF -> pdf().exportAll(source, target, readme, progress);
        };
    }

    /**
     * Writes one entry as a PDF, as the preview shows it (ADR 42); the file must not exist. Reads the database: call it
     * off the FX thread.
     */
    public void exportPdf(Entry entry, Path target) {
        pdf().exportEntry(entry, target);
    }

    private PdfExporter pdf() {
        return new PdfExporter(rendering::fragment, rendering::markdownFragment);
    }

    /** The learning state (state history, review schedule, ratings) as a JSON backup carries it (ADR 46). */
    private BackupLearningState.Source backupLearning() {
        return new BackupLearningState.Source() {
            @Override
            public void forEachStateChange(java.util.function.Consumer<org.projectnexus.model.StateChange> changes) {
                learning.forEachStateChange(changes);
            }

            @Override
            public void forEachCard(java.util.function.Consumer<org.projectnexus.model.ReviewCard> cards) {
                learning.forEachCard(cards);
            }

            @Override
            public void forEachRating(java.util.function.Consumer<org.projectnexus.model.RatingGiven> ratings) {
                learning.forEachRating(ratings);
            }
        };
    }

    /** The knowledge base's attachments as a JSON backup carries them. */
    private JsonBackup.AttachmentSource backupAttachments() {
        return new JsonBackup.AttachmentSource() {
            @Override
            public java.util.List<JsonBackup.AttachmentRecord> list() {
                return attachments.list().stream().map(attachment -> new JsonBackup.AttachmentRecord(attachment.name(),
                        attachment.mediaType(), attachment.size(), attachment.sha256(),
                        attachment.created().toString(), attachment.updated().toString())).toList();
            }

            @Override
            public void read(String name, JsonBackup.ContentReader reader) {
                attachments.read(name, content -> {
                    reader.read(content);
                    return null;
                });
            }
        };
    }

    /**
     * A vault with the attachments the entries use in {@code attachments/}, under their names (safe on every file
     * system: ADR 40), each embed pointing at its file so that it resolves in Obsidian and, with Markdown links, on
     * GitHub.
     */
    private int exportVault(ExportSource source, Path target, LinkStyle links, Progress progress) {
        java.util.Map<String, String> used = new java.util.HashMap<>();
        for (Attachments.AttachmentUse use : attachments.listWithUses()) {
            if (!use.unused()) {
                used.put(use.attachment().nameKey(), use.attachment().name());
            }
        }
        int written = new VaultExporter(used.isEmpty() ? text -> text : text -> EmbedRewriter.exported(text, used::get,
                "../" + ATTACHMENTS, links == LinkStyle.MARKDOWN)).export(source, target, links, progress);
        if (!used.isEmpty()) {
            Path folder = target.resolve(ATTACHMENTS);
            try {
                java.nio.file.Files.createDirectories(folder);
                int done = 0;
                for (String name : used.values()) {
                    progress.checkCancelled();
                    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(folder.resolve(name),
                            java.nio.file.StandardOpenOption.CREATE_NEW)) {
                        attachments.copyTo(name, out);
                    }
                    progress.update("Writing attachments", ++done, used.size());
                }
            } catch (java.io.IOException failure) {
                throw new org.projectnexus.model.NexusException("The attachments could not be written to " + folder
                        + ": " + failure.getMessage(), failure);
            }
        }
        return written;
    }

    /** Takes the first look at what {@code source} holds (every file of a folder read once), before importing it. */
    public PreparedImport prepare(Path source, Progress progress) {
        return new ImportSources(parser, indexer::index).prepare(source, progress);
    }

    /**
     * Imports what {@link #prepare} took the first look at, a batch at a time in one transaction: a cancel or a
     * failure leaves the knowledge base as it was. The report tells what was done with each file that needed
     * attention. The search index takes in a large import in the background.
     */
    public ImportReport importFrom(PreparedImport prepared, ConflictPolicy onConflict, Progress progress) {
        progress.checkCancelled();
        importing = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            Path backup = prepared.reading().backup();
            ImportReport report = store.transaction(session -> {
                EntryImport entries = new EntryImport(session, onConflict, clock, prepared.report(), progress);
                entries.run(prepared.reading(), indexer::index);
                if (backup != null) {
                    progress.update("Restoring the review schedule and challenge history", 0, 0);
                    new BackupLearningRestore(new LearningRestore(session), entries.storedIds(), prepared.report())
                            .restoreFrom(backup);
                }
                return prepared.report();
            });
            if (backup != null) {
                int[] restored = {0};
                new JsonBackup().readAttachments(backup, report, (attachment, content) -> {
                    try (java.io.InputStream in = java.nio.file.Files.newInputStream(content)) {
                        attachments.attach(null, attachment.name(), in);
                        restored[0]++;
                    } catch (org.projectnexus.model.NexusException refused) {
                        report.note(backup.getFileName() + " › " + attachment.name(), refused.getMessage(),
                                "not attached");
                    }
                });
                report.countAttached(restored[0]);
            }
            Path folder = prepared.reading().folder();
            if (folder != null && !importing.isEmpty()) {
                progress.update("Attaching the files the notes embed", 0, 0);
                report.countAttached(new AttachmentImport(store, attachments, clock).bringIn(folder, importing,
                        report));
            }
            return report;
        } finally {
            importing = null;
        }
    }

    /** {@link #prepare} and {@link #importFrom(PreparedImport, ConflictPolicy, Progress)} in one go. */
    public ImportReport importFrom(Path source, ConflictPolicy onConflict, Progress progress) {
        return importFrom(prepare(source, progress), onConflict, progress);
    }

    /**
     * Fills a brand-new knowledge base with the starter content, once in its life: not again after the user
     * deleted it. Returns whether it was added now.
     */
    public boolean addStarterContentIfNew(StarterContent starter) {
        return store.insertOnce(KnowledgeBaseFacts.STARTER_CONTENT_ADDED,
                () -> starter.entries(clock.instant()), clock.instant());
    }
}
