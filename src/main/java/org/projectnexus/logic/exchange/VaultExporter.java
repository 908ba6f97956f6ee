package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.WikiLink;

/**
 * Writes the knowledge base as a folder of Markdown files, one per entry, in {@code notes/}, {@code challenges/}
 * and {@code takeaways/} (see {@link VaultEntryFile}). File names come from titles made safe
 * ({@link SafeFileNames}); links follow the files: a link whose file name differs from the text it was written
 * with becomes {@code [[File name|as written]]}, and with {@link LinkStyle#MARKDOWN} a relative Markdown link.
 */
public final class VaultExporter {

    private final ObjectMapper yaml = FrontMatter.yamlMapper();

    /**
     * Exports the entries of {@code source} into {@code folder} (created; must be empty), reading them a page at a
     * time; returns how many files were written.
     */
    public int export(ExportSource source, Path folder, LinkStyle style, Progress progress) {
        ExportTarget target = ExportTarget.emptyFolder(folder);
        List<EntrySummary> ordered = source.ordered();
        Map<UUID, List<String>> aliases = source.aliases();
        Map<UUID, String> files = new HashMap<>();
        SafeFileNames names = new SafeFileNames();
        Map<String, UUID> byTitle = new HashMap<>();
        Map<String, UUID> byAlias = new HashMap<>();
        for (EntrySummary entry : ordered) {
            files.put(entry.id(), folderOf(entry.kind()) + "/" + names.claim(entry.title()));
            byTitle.putIfAbsent(WikiLink.titleKey(entry.title()), entry.id());
            aliases.getOrDefault(entry.id(), List.of())
                    .forEach(alias -> byAlias.putIfAbsent(WikiLink.titleKey(alias), entry.id()));
        }
        int[] done = {0};
        try {
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                String file = files.get(indexed.entry().id());
                String text = VaultEntryFile.write(indexed, markdown -> WikiLinkEditor.rewrite(markdown, link -> {
                    UUID linked = byTitle.getOrDefault(link.targetKey(), byAlias.get(link.targetKey()));
                    return linked == null ? null : relink(link, file, files.get(linked), style);
                }), yaml);
                target.write(file + ".md", text);
                progress.update("Writing files", ++done[0], ordered.size());
            });
        } catch (IOException failure) {
            throw new NexusException("The export stopped after " + done[0] + " files: " + failure.getMessage()
                    + ". The files written so far are in " + target.root() + ".", failure);
        }
        return done[0];
    }

    static String folderOf(EntryKind kind) {
        return kind.pluralName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The link's new text, or null to keep it as written (its file name is what it says already). */
    private static String relink(WikiLink link, String fromFile, String toFile, LinkStyle style) {
        String name = toFile.substring(toFile.indexOf('/') + 1);
        if (style == LinkStyle.WIKI) {
            // A name that ends in .md is written whole (aux.md.md): Obsidian reads [[aux.md]] as the file aux.md first.
            String linked = name.regionMatches(true, name.length() - 3, ".md", 0, 3) ? name + ".md" : name;
            return linked.equalsIgnoreCase(link.target()) ? null
                    : WikiLinkEditor.wikiLink(linked, link.heading(), link.alias().isEmpty() ? link.target() : link.alias());
        }
        String shown = link.alias().isEmpty() ? link.target() : link.alias();
        String path = fromFile.substring(0, fromFile.indexOf('/')).equals(toFile.substring(0, toFile.indexOf('/')))
                ? name + ".md" : "../" + toFile + ".md";
        String anchor = link.heading().isEmpty() ? "" : "#" + MarkdownRenderer.headingId(link.heading());
        return "[" + shown.replace("[", "\\[").replace("]", "\\]") + "](" + encode(path) + anchor + ")";
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath().replace("(", "%28").replace(")", "%29");
        } catch (URISyntaxException impossible) {
            return path.replace(" ", "%20");
        }
    }
}
