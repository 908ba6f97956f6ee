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
import org.projectnexus.model.EntryVersion;
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

    private final Map<String, Blob> files = new HashMap<>();
    private final Map<UUID, PageCache.Page> pages = new java.util.LinkedHashMap<>();
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
    static HubFiles generate(ExportSource source, Map<UUID, EntryVersion> versions, Set<UUID> excluded,
                             ReadmeOptions options, ExportedAttachments.Source attachmentSource, Path repository,
                             PageCache.Stored cache, Predicate<ObjectId> stored, Progress progress) {
        PublishLayout planned = PublishLayout.ofEdits(source, versions, excluded, attachmentSource, cache, stored);
        if (planned == null) {
            planned = PublishLayout.ofAll(source, versions, excluded, attachmentSource, cache, stored);
        }
        try {
            return generate(planned, options, repository, stored, progress);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static HubFiles generate(PublishLayout planned, ReadmeOptions options, Path repository,
                                     Predicate<ObjectId> stored, Progress progress) throws IOException {
        HubFiles hub = new HubFiles();
        hub.layoutDigest = planned.digest();
        VaultLayout layout = planned.layout();
        ExportedAttachments attachments = planned.attachments();
        Map<UUID, PageCache.Page> kept = planned.last().pages();
        Map<UUID, PageCache.Page> made = new HashMap<>();
        planned.kept().values().forEach(page -> hub.files.put(page.path(), new Blob(page.blob(), null)));
        // Pages are one folder deep (notes/, challenges/, takeaways/).
        VaultExporter exporter = new VaultExporter(
                text -> attachments.rewritten(text, "../" + ExportedAttachments.FOLDER));
        ReadmeCollector readme = new ReadmeCollector();
        int total = planned.order().size();
        int[] done = {total - planned.changed().size()};
        boolean[] linesAsKept = {true}; // every README line as the last publish had it: the README is the same
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            planned.changed().forEach(indexed -> {
                progress.checkCancelled();
                ReadmeLine line = readme.line(indexed);
                PageCache.Page before = kept.get(indexed.entry().id());
                linesAsKept[0] &= line != null && before != null && line.equals(before.readme());
                if (line != null) { // null: private
                    UUID id = indexed.entry().id();
                    String path = layout.file(id) + ".md";
                    Map<String, String> pointed = new HashMap<>();
                    Blob blob = blob(ids, exporter.fileText(indexed, layout, LinkStyle.MARKDOWN, pointed::put));
                    hub.files.put(path, blob);
                    made.put(id, new PageCache.Page(new EntryVersion(indexed.entry().version(),
                            indexed.entry().meta().updated()), path, blob.id(), line, indexed.aliases(),
                            PageLinks.of(pointed)));
                }
                progress.update("Writing pages", ++done[0], total);
            });
            // In the entries' order, whether kept or made now, so that the README is the same either way; and the
            // page cache in that order too, which a publish of edits alone takes as the order (PublishLayout).
            for (UUID id : planned.order()) {
                PageCache.Page page = planned.kept().get(id);
                if (page == null) {
                    page = made.get(id);
                }
                if (page != null) {
                    hub.pages.put(id, page);
                }
            }
            PageCache.Readme last = planned.last().readme();
            String readmeKey = options.toString();
            if (linesAsKept[0] && last != null && readmeKey.equals(last.key()) && ObjectId.isId(last.blob())
                    && stored.test(ObjectId.fromString(last.blob()))) {
                hub.files.put(README, new Blob(ObjectId.fromString(last.blob()), null));
            } else {
                hub.pages.values().stream().map(PageCache.Page::readme).filter(java.util.Objects::nonNull)
                        .forEach(readme::add);
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

    Map<String, Blob> files() {
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
