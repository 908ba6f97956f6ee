package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.WikiLink;

/**
 * Writes a PDF (ADR 42): one entry as the preview shows it, or the whole knowledge base: the README's structure
 * first ({@link ReadmeExporter}'s outline, its links made links inside the PDF), then every entry on pages of its
 * own, in the vault export's order. As with the other file exports, the file must not exist yet, and a failed or
 * cancelled export removes the unfinished file it created.
 */
public final class PdfExporter {

    /** The preview's HTML of an entry (links resolved against the knowledge base). */
    private final Function<Entry, String> fragment;
    /** Markdown that belongs to no entry (the README), as HTML. */
    private final Function<String, String> markdown;

    public PdfExporter(Function<Entry, String> fragment, Function<String, String> markdown) {
        this.fragment = fragment;
        this.markdown = markdown;
    }

    /** The entry alone; links to other entries are kept as text. */
    public void exportEntry(Entry entry, Path file) {
        PdfDocument document = new PdfDocument(entry.title(), Map.of(), Map.of());
        document.addEntry(entry.id(), fragment.apply(entry));
        write(document, file, Progress.none());
    }

    /** The README of every entry, then every entry's page. Returns how many entries were written. */
    public int exportAll(ExportSource source, Path file, ReadmeOptions options, Progress progress) {
        List<EntrySummary> ordered = source.ordered();
        Map<UUID, List<String>> aliases = source.aliases();
        VaultLayout layout = new VaultLayout(ordered, aliases);
        Map<String, String> anchors = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (EntrySummary summary : ordered) {
            String anchor = PdfDocument.anchor(summary.id());
            anchors.putIfAbsent(WikiLink.titleKey(summary.title()), anchor);
            aliases.getOrDefault(summary.id(), List.of())
                    .forEach(alias -> anchors.putIfAbsent(WikiLink.titleKey(alias), anchor));
            files.put(VaultLayout.encode(layout.file(summary.id()) + ".md"), anchor);
        }
        PdfDocument document = new PdfDocument(options.title(), anchors, files);
        ReadmeOutline outline = new ReadmeOutline();
        create(file);
        try {
            int[] read = {0};
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                outline.add(indexed);
                document.addEntry(indexed.entry().id(), fragment.apply(indexed.entry()));
                progress.update("Reading entries", ++read[0], ordered.size());
            });
            document.addReadme(markdown.apply(new ReadmeDocument(outline.sorted(), layout, options).write()));
            progress.update("Laying out the PDF", ordered.size(), ordered.size());
            writeCreated(document, file);
            return ordered.size();
        } catch (IOException failure) {
            deleteUnfinished(file);
            throw failed(file, failure);
        } catch (RuntimeException cancelledOrFailed) {
            deleteUnfinished(file);
            throw cancelledOrFailed;
        }
    }

    private static void write(PdfDocument document, Path file, Progress progress) {
        create(file);
        try {
            progress.checkCancelled();
            writeCreated(document, file);
        } catch (IOException failure) {
            deleteUnfinished(file);
            throw failed(file, failure);
        } catch (RuntimeException failure) {
            deleteUnfinished(file);
            throw failure;
        }
    }

    private static void writeCreated(PdfDocument document, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
            document.write(out);
        }
    }

    /** The file, created empty here; refused when it exists, so that an export never overwrites a file. */
    private static void create(Path file) {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException exists) {
            throw new NexusException(SafeText.forDisplay(file.toString()) + " exists already. Choose a new file name, so that"
                    + " no file of yours is overwritten.", exists);
        } catch (IOException failure) {
            throw failed(file, failure);
        }
    }

    private static NexusException failed(Path file, IOException failure) {
        return new NexusException("The PDF could not be written to " + SafeText.forDisplay(file.toString()) + ": "
                + SafeText.forDisplay(String.valueOf(failure.getMessage())), failure);
    }

    private static void deleteUnfinished(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The export failed already; its message says so. An unfinished file left behind is the lesser harm.
        }
    }
}
