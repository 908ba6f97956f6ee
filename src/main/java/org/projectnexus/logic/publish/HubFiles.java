package org.projectnexus.logic.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.exchange.ReadmeCollector;
import org.projectnexus.logic.exchange.ReadmeExporter;
import org.projectnexus.logic.exchange.ReadmeOptions;
import org.projectnexus.logic.exchange.VaultExporter;
import org.projectnexus.logic.exchange.VaultLayout;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;

/**
 * Every file a publish puts in the repository, by its path: {@code README.md}, each entry's page in
 * {@code notes/}, {@code challenges/} or {@code takeaways/} (Markdown links, which GitHub follows), and a
 * {@code .gitignore}. Made from the knowledge base in one read; the same entries always give the same bytes, so
 * a publish can tell what changed by comparing them with the last commit.
 */
public final class HubFiles {

    /** The folders and files a publish owns in the repository; anything else there is left alone. */
    static final List<String> OWNED_FOLDERS = List.of("notes/", "challenges/", "takeaways/");
    static final String README = "README.md";
    static final String GITIGNORE = ".gitignore";

    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Set<UUID> published;

    private HubFiles(Set<UUID> published) {
        this.published = published;
    }

    /** The files of the entries of {@code source} that are not {@code excluded} (private, or not agreed to). */
    static HubFiles generate(ExportSource source, Set<UUID> excluded, ReadmeOptions options, Progress progress) {
        List<EntrySummary> ordered = source.ordered().stream().filter(entry -> !excluded.contains(entry.id())).toList();
        VaultLayout layout = new VaultLayout(ordered, source.aliases());
        VaultExporter pages = new VaultExporter();
        ReadmeCollector readme = new ReadmeCollector();
        HubFiles hub = new HubFiles(new java.util.HashSet<>());
        int[] done = {0};
        try {
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                if (!ReadmeCollector.isPrivate(indexed)) {
                    hub.files.put(layout.file(indexed.entry().id()) + ".md",
                            utf8(pages.fileText(indexed, layout, LinkStyle.MARKDOWN)));
                    hub.published.add(indexed.entry().id());
                    readme.add(indexed);
                }
                progress.update("Writing pages", ++done[0], ordered.size());
            });
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        hub.files.put(README, utf8(ReadmeExporter.text(readme, layout, options)));
        hub.files.put(GITIGNORE, utf8("# Written by Nexus: nothing of the editor's or the OS's belongs here.\n"
                + ".DS_Store\nThumbs.db\n.obsidian/workspace*.json\n"));
        return hub;
    }

    static boolean owned(String path) {
        return path.equals(README) || path.equals(GITIGNORE) || OWNED_FOLDERS.stream().anyMatch(path::startsWith);
    }

    SortedMap<String, byte[]> files() {
        return files;
    }

    /** The entries that have a page here. */
    Set<UUID> entries() {
        return published;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
