package org.projectnexus.logic.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ExportedAttachments;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.exchange.ReadmeCollector;
import org.projectnexus.logic.exchange.ReadmeExporter;
import org.projectnexus.logic.exchange.ReadmeLine;
import org.projectnexus.logic.exchange.ReadmeOptions;
import org.projectnexus.logic.exchange.VaultExporter;
import org.projectnexus.logic.exchange.VaultLayout;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Progress;

/**
 * Every file a publish puts in the repository, by its path, with its blob id: {@code README.md}, each entry's page
 * in {@code notes/}, {@code challenges/} or {@code takeaways/} (Markdown links, which GitHub follows), and a
 * {@code .gitignore}. The same entries always give the same bytes, so a publish tells what changed by comparing
 * ids with the last commit. Pages of entries unchanged since the last publish are not made again
 * ({@link PageCache}): they come with their id only, their bytes being in the repository already. Nor is the
 * README, when every entry's line and the README's options are as the last publish had them.
 */
public final class HubFiles {

    /** The folders and files a publish owns in the repository; anything else there is left alone. */
    static final List<String> OWNED_FOLDERS = List.of("notes/", "challenges/", "takeaways/");
    /** The folder of the images and files the published pages embed (ADR 46). */
    static final String ATTACHMENTS = ExportedAttachments.FOLDER + "/";
    static final String README = "README.md";
    static final String GITIGNORE = ".gitignore";

    /** A file's blob id, and its bytes when they were made now (null: kept from the last publish). */
    record Blob(ObjectId id, byte[] bytes) {
    }

    private final SortedMap<String, Blob> files = new TreeMap<>();
    private final Map<UUID, PageCache.Page> pages = new HashMap<>();
    /** The blob id of each attachment content (by its SHA-256) this publish carries, kept for the next one. */
    private final Map<String, String> attachmentBlobs = new HashMap<>();
    private String layoutDigest;
    private PageCache.Readme readme;

    private HubFiles() {
    }

    /**
     * The files of the entries of {@code source} that are not {@code excluded} (private, or not agreed to), with the
     * attachments the published entries use in {@code attachments/}, and every page's and the README's embeds of
     * them rewritten to relative Markdown images, which GitHub shows. {@code versions} are the entries' versions;
     * {@code cache} is the page cache as read from {@code repository}; {@code stored} says whether a kept page's blob
     * is in the repository (a page whose blob is not is made again).
     */
    static HubFiles generate(ExportSource source, Map<UUID, Long> versions, Set<UUID> excluded, ReadmeOptions options,
                             ExportedAttachments.Source attachmentSource, Path repository, PageCache.Stored cache,
                             Predicate<ObjectId> stored, Progress progress) {
        List<EntrySummary> ordered = source.ordered().stream().filter(entry -> !excluded.contains(entry.id())).toList();
        Map<UUID, List<String>> aliases = source.aliases();
        VaultLayout layout = new VaultLayout(ordered, aliases);
        HubFiles hub = new HubFiles();
        Set<UUID> published = new java.util.HashSet<>();
        ordered.forEach(entry -> published.add(entry.id()));
        ExportedAttachments attachments = ExportedAttachments.of(attachmentSource, published::contains);
        // A page's embeds depend on which attachments go out: another set, and every page is made again.
        hub.layoutDigest = PageCache.layout(ordered, layout, aliases) + attachmentsDigest(attachments);
        PageCache.Kept last = cache.forLayout(hub.layoutDigest);
        Map<UUID, PageCache.Page> kept = last.pages();
        Map<UUID, ReadmeLine> lines = new HashMap<>();
        List<EntrySummary> changed = new ArrayList<>();
        for (EntrySummary entry : ordered) {
            PageCache.Page page = kept.get(entry.id());
            Long version = versions.get(entry.id());
            if (page != null && version != null && PageCache.sameKey(page.key(), version, entry.updated())
                    && samePath(page.path(), layout.file(entry.id())) && ObjectId.isId(page.blob())
                    && stored.test(ObjectId.fromString(page.blob()))) {
                hub.files.put(page.path(), new Blob(ObjectId.fromString(page.blob()), null));
                hub.pages.put(entry.id(), page);
                lines.put(entry.id(), page.readme());
            } else {
                changed.add(entry);
            }
        }
        // Pages are one folder deep (notes/, challenges/, takeaways/).
        VaultExporter pages = new VaultExporter(text -> attachments.rewritten(text, "../" + ExportedAttachments.FOLDER));
        ReadmeCollector readme = new ReadmeCollector();
        int[] done = {ordered.size() - changed.size()};
        boolean[] linesAsKept = {true}; // every README line as the last publish had it: the README is the same
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            source.forEachInPages(changed, indexed -> {
                progress.checkCancelled();
                ReadmeLine line = readme.line(indexed);
                PageCache.Page before = kept.get(indexed.entry().id());
                linesAsKept[0] &= line != null && before != null && line.equals(before.readme());
                if (line != null) { // null: private
                    UUID id = indexed.entry().id();
                    String path = layout.file(id) + ".md";
                    Blob blob = blob(ids, pages.fileText(indexed, layout, LinkStyle.MARKDOWN));
                    hub.files.put(path, blob);
                    hub.pages.put(id, new PageCache.Page(PageCache.key(indexed.entry().version(),
                            indexed.entry().meta().updated()), path, blob.id().name(), line));
                    lines.put(id, line);
                }
                progress.update("Writing pages", ++done[0], ordered.size());
            });
            // In the entries' order, whether kept or made now, so that the README is the same either way.
            String readmeKey = options.toString();
            if (linesAsKept[0] && last.readme() != null && readmeKey.equals(last.readme().key())
                    && ObjectId.isId(last.readme().blob()) && stored.test(ObjectId.fromString(last.readme().blob()))) {
                hub.files.put(README, new Blob(ObjectId.fromString(last.readme().blob()), null));
            } else {
                ordered.stream().map(entry -> lines.get(entry.id())).filter(line -> line != null).forEach(readme::add);
                hub.files.put(README, blob(ids, ReadmeExporter.text(readme, layout, options,
                        body -> attachments.rewritten(body, ExportedAttachments.FOLDER))));
            }
            hub.readme = new PageCache.Readme(readmeKey, hub.files.get(README).id().name());
            Map<String, String> keptBlobs = attachments.isEmpty() ? Map.of() : PageCache.readAttachmentBlobs(repository);
            for (String name : new java.util.TreeSet<>(attachments.names().values())) {
                progress.checkCancelled();
                hub.attachment(name, attachments, keptBlobs, stored, ids);
            }
            hub.files.put(GITIGNORE, blob(ids, "# Written by Nexus: nothing of the editor's or the OS's belongs"
                    + " here.\n.DS_Store\nThumbs.db\n.obsidian/workspace*.json\n"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return hub;
    }

    /**
     * Adds one attachment's file. Its bytes are read and hashed only when the last publish did not send the same
     * content (same SHA-256) whose blob is still in the repository: an unchanged image costs a lookup, not a read.
     */
    private void attachment(String name, ExportedAttachments attachments, Map<String, String> keptBlobs,
                            Predicate<ObjectId> stored, ObjectInserter.Formatter ids) throws IOException {
        String path = ExportedAttachments.repositoryPath(name);
        String hash = attachments.contentHash(name);
        String kept = hash == null ? null : keptBlobs.get(hash);
        if (kept != null && ObjectId.isId(kept) && stored.test(ObjectId.fromString(kept))) {
            files.put(path, new Blob(ObjectId.fromString(kept), null));
            attachmentBlobs.put(hash, kept);
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        attachments.copyTo(name, bytes);
        byte[] content = bytes.toByteArray();
        ObjectId id = ids.idFor(Constants.OBJ_BLOB, content);
        files.put(path, new Blob(id, content));
        if (hash != null) {
            attachmentBlobs.put(hash, id.name());
        }
    }

    /** The names of the attachments that go out, as the page cache's layout digest takes them in. */
    private static String attachmentsDigest(ExportedAttachments attachments) {
        if (attachments.isEmpty()) {
            return "";
        }
        try {
            byte[] names = new java.util.TreeMap<>(attachments.names()).toString().getBytes(StandardCharsets.UTF_8);
            return "+" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(names));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether {@code path} is {@code file} + ".md", without making that string (10,000 times a publish). */
    private static boolean samePath(String path, String file) {
        return file != null && path.length() == file.length() + 3 && path.startsWith(file) && path.endsWith(".md");
    }

    private static Blob blob(ObjectInserter.Formatter ids, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Blob(ids.idFor(Constants.OBJ_BLOB, bytes), bytes);
    }

    static boolean owned(String path) {
        return path.equals(README) || path.equals(GITIGNORE) || generated(path);
    }

    /** Whether the path is a file a publish makes and removes when no longer made: a page or an attachment. */
    static boolean generated(String path) {
        return page(path) || path.startsWith(ATTACHMENTS);
    }

    /** Whether the path is an entry's page (not the README or the .gitignore). */
    static boolean page(String path) {
        return OWNED_FOLDERS.stream().anyMatch(path::startsWith);
    }

    SortedMap<String, Blob> files() {
        return files;
    }

    /** The entries that have a page here. */
    Set<UUID> entries() {
        return pages.keySet();
    }

    /** Keeps what this publish made of each entry for the next one (after its files are in the repository). */
    void keep(Path repository) throws IOException {
        PageCache.write(repository, layoutDigest, new PageCache.Kept(pages, readme));
        PageCache.writeAttachmentBlobs(repository, attachmentBlobs);
    }
}
