package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.projectnexus.logic.markdown.ParsedMarkdown;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.exchange.VaultFolderReader.MarkdownFile;

/**
 * Reads whatever the user gives to import into entries, without touching the knowledge base: a folder (a vault),
 * a JSON backup, a README in the Project Nexus structure, or a single Markdown file. {@link #open} takes the first
 * look (for a folder: every file once, keeping only what links need to find it); the {@link Reading} it returns
 * then hands over the entries a batch at a time, so an import never holds all of them.
 */
public final class ImportSources {

    /** How many entries a batch holds. */
    static final int BATCH = 500;

    private final MarkdownParser parser;
    private final FileContents contents;
    private final Indexer indexer;

    /** Works out an entry's tags, links and aliases, with {@code parse} for its Markdown (see the constructor). */
    public interface Indexer {
        IndexedEntry index(Entry entry, Function<String, ParsedMarkdown> parse);
    }

    /** Sources whose entries come without their index (the {@link ImportPipeline} works it out). */
    public ImportSources(MarkdownParser parser) {
        this(parser, FileContents.DISK, null);
    }

    /**
     * Sources that index the entries of a folder as they read them, with the knowledge base's {@code indexer}: a
     * text the reading has parsed already (an exported note's body) is not parsed a second time.
     */
    public ImportSources(MarkdownParser parser, Indexer indexer) {
        this(parser, FileContents.DISK, indexer);
    }

    ImportSources(MarkdownParser parser, FileContents contents, Indexer indexer) {
        this.parser = parser;
        this.contents = contents;
        this.indexer = indexer;
    }

    /** An import's entries, handed over in batches; {@code expected} of them (0 when not known before reading). */
    public interface Reading {
        /** Reads the entries, handing them to {@code batches} a batch at a time, on the calling thread. */
        void read(Consumer<List<ImportCandidate>> batches);

        int expected();

        /** The folder read, whose other files the notes may embed (issue 24); null for a file or a backup. */
        default Path folder() {
            return null;
        }

        /** The JSON backup read, whose attachments come in after its entries (issue 24); null for others. */
        default Path backup() {
            return null;
        }
    }

    /**
     * Sources that read and index as every knowledge base does (a parser of their own, the same indexer): a command
     * takes the first look with them while the knowledge base is still opening.
     */
    public static ImportSources standard() {
        MarkdownParser parser = new MarkdownParser();
        return new ImportSources(parser, new EntryIndexer(parser)::index);
    }

    /** Takes the first look at {@code path} with a report of its own (see {@link #open}). */
    public PreparedImport prepare(Path path, Progress progress) {
        ImportReport report = new ImportReport();
        return new PreparedImport(open(path, report, progress), report);
    }

    /** Checks what {@code path} is and takes the first look at it; reading the entries is left to the result. */
    public Reading open(Path path, ImportReport report, Progress progress) {
        if (!Files.exists(path)) {
            throw new NexusException(path + " does not exist. Nothing was imported.");
        }
        if (Files.isDirectory(path)) {
            return folder(path, report, progress);
        }
        if (JsonBackup.looksLikeBackup(path)) {
            return backup(path, report, progress);
        }
        if (!VaultFolderReader.isMarkdown(path)) {
            throw new NexusException(path + " is neither a folder, a Markdown file (.md) nor a Nexus backup (.json)."
                    + " Nothing was imported.");
        }
        VaultFolderReader reader = new VaultFolderReader(contents);
        Optional<MarkdownFile> file = reader.readFile(path, report);
        if (file.isEmpty()) {
            return all(List.of());
        }
        if (ReadmeReader.looksLikeReadme(file.get().text())) {
            return all(new ReadmeReader().entries(file.get(), report));
        }
        MarkdownEntries entries = new MarkdownEntries(parser, indexer,
                again -> reader.readAgain(again, new ImportReport()));
        MarkdownEntries.Links links = new MarkdownEntries.Links(List.of(entries.describe(file.get())));
        return all(List.of(entries.candidate(file.get(), false, links, report)));
    }

    /** Every entry of the import at once (for tests and tools that want a list). */
    public List<ImportCandidate> read(Path path, ImportReport report, Progress progress) {
        List<ImportCandidate> all = new ArrayList<>();
        open(path, report, progress).read(all::addAll);
        return all;
    }

    /**
     * A folder: every file is read once now for what links need (title, aliases), then again, in the
     * order of their paths, to become entries a batch at a time.
     */
    private Reading folder(Path folder, ImportReport report, Progress progress) {
        VaultFolderReader reader = new VaultFolderReader(contents);
        MarkdownEntries entries = new MarkdownEntries(parser, indexer,
                again -> reader.readAgain(again, new ImportReport()));
        List<MarkdownEntries.LinkTarget> targets = new ArrayList<>();
        List<MarkdownFile> read = new ArrayList<>(BATCH);
        reader.read(folder, report, progress, file -> {
            read.add(file);
            if (read.size() == BATCH) {
                targets.addAll(describeAll(entries, read));
            }
        });
        targets.addAll(describeAll(entries, read));
        targets.sort(Comparator.comparing(target -> target.file().relativePath()));
        MarkdownEntries.Links links = new MarkdownEntries.Links(targets);
        return new Reading() {
            @Override
            public void read(Consumer<List<ImportCandidate>> batches) {
                for (int from = 0; from < targets.size(); from += BATCH) {
                    progress.checkCancelled();
                    // Files of a batch become entries on every core (in order); the database is written meanwhile.
                    batches.accept(targets.subList(from, Math.min(targets.size(), from + BATCH)).parallelStream()
                            .map(target -> reader.readAgain(target.file(), report)
                                    .map(file -> entries.candidate(file, true, links, report)))
                            .flatMap(Optional::stream)
                            .toList());
                }
            }

            @Override
            public int expected() {
                return targets.size();
            }

            @Override
            public Path folder() {
                return folder;
            }
        };
    }

    /** What links need of these files, worked out on every core; empties {@code files}. */
    private static List<MarkdownEntries.LinkTarget> describeAll(MarkdownEntries entries, List<MarkdownFile> files) {
        List<MarkdownEntries.LinkTarget> described = files.parallelStream()
                .map(entries::describe).toList();
        files.clear();
        return described;
    }

    /** A JSON backup, read entry by entry as it is handed over (its first look is only at the file's name). */
    private static Reading backup(Path file, ImportReport report, Progress progress) {
        String name = file.getFileName().toString();
        return new Reading() {
            @Override
            public void read(Consumer<List<ImportCandidate>> batches) {
                List<ImportCandidate> batch = new ArrayList<>(BATCH);
                // Only the writing thread reports counts ("Saving entries"); reading here only heeds Cancel.
                Progress cancelOnly = new Progress() {
                    @Override
                    public void update(String phase, long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                };
                new JsonBackup().read(file, report, cancelOnly, entry -> {
                    batch.add(new ImportCandidate(entry, name + " › “" + entry.title() + "”"));
                    if (batch.size() == BATCH) {
                        batches.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    batches.accept(List.copyOf(batch));
                }
            }

            @Override
            public int expected() {
                return 0;
            }

            @Override
            public Path backup() {
                return file;
            }
        };
    }

    private static Reading all(List<ImportCandidate> candidates) {
        return new Reading() {
            @Override
            public void read(Consumer<List<ImportCandidate>> batches) {
                if (!candidates.isEmpty()) {
                    batches.accept(candidates);
                }
            }

            @Override
            public int expected() {
                return candidates.size();
            }
        };
    }
}
