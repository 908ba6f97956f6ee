package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;

/**
 * Writes the knowledge base as a folder of Markdown files, one per entry, in {@code notes/}, {@code challenges/}
 * and {@code takeaways/} (see {@link VaultEntryFile}). File names come from titles made safe
 * ({@link SafeFileNames}); links follow the files: a link whose file name differs from the text it was written
 * with becomes {@code [[File name|as written]]}, and with {@link LinkStyle#MARKDOWN} a relative Markdown link.
 */
public final class VaultExporter {

    private final ObjectMapper yaml = FrontMatter.yamlMapper();
    /** Points embeds at the exported attachments (issue 24); as written when there are none. */
    private final java.util.function.UnaryOperator<String> embeds;

    public VaultExporter() {
        this(text -> text);
    }

    public VaultExporter(java.util.function.UnaryOperator<String> embeds) {
        this.embeds = embeds;
    }

    /**
     * Exports the entries of {@code source} into {@code folder} (created; must be empty), reading them a page at a
     * time; returns how many files were written.
     */
    public int export(ExportSource source, Path folder, LinkStyle style, Progress progress) {
        ExportTarget target = ExportTarget.emptyFolder(folder);
        List<EntrySummary> ordered = source.ordered();
        VaultLayout layout = new VaultLayout(ordered, source.aliases());
        int[] done = {0};
        try {
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                target.write(layout.file(indexed.entry().id()) + ".md", fileText(indexed, layout, style));
                progress.update("Writing files", ++done[0], ordered.size());
            });
        } catch (IOException failure) {
            throw new NexusException("The export stopped after " + done[0] + " files: " + failure.getMessage()
                    + ". The files written so far are in " + target.root() + ".", failure);
        }
        return done[0];
    }

    /** The text of one entry's file in {@code layout}, its links following the files. */
    public String fileText(IndexedEntry indexed, VaultLayout layout, LinkStyle style) {
        return fileText(indexed, layout, style, (key, target) -> { });
    }

    /**
     * As {@link #fileText(IndexedEntry, VaultLayout, LinkStyle)}, telling {@code pointed} where each of its links
     * pointed: the link's target key and the file ({@code ""} for none). A publish keeps that with the page: another
     * layout leaves the page as it is while each of its links points where it did (ADR 35).
     */
    public String fileText(IndexedEntry indexed, VaultLayout layout, LinkStyle style,
                           java.util.function.BiConsumer<String, String> pointed) {
        String file = layout.file(indexed.entry().id());
        return VaultEntryFile.write(indexed, markdown -> embeds.apply(WikiLinkEditor.rewrite(markdown, link -> {
            pointed.accept(link.targetKey(), java.util.Objects.requireNonNullElse(layout.target(link), ""));
            return layout.relink(link, file, style);
        })), yaml);
    }

    static String folderOf(EntryKind kind) {
        return VaultLayout.folderOf(kind);
    }
}
