package org.projectnexus.logic.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ExportedAttachments;
import org.projectnexus.logic.exchange.VaultLayout;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.EntryVersion;
import org.projectnexus.model.IndexedEntry;

/**
 * What a publish decides before it writes: the entries that go out in the README's order, where each page goes
 * (the layout, and its digest for the page cache), the attachments, the pages kept from the last publish and the
 * entries whose pages are made now.
 * <p>
 * When only entries' texts changed since the last publish (none added, removed, made private, renamed, re-aliased
 * or moved to another kind, and the same attachments), the last publish's layout and order are taken from the page
 * cache, and only the edited entries are read ({@link #ofEdits}): sorting and laying out 10,000 entries, and
 * reading all their summaries and aliases, was a third of a command's one-entry publish (ADR 35). Otherwise, or
 * when in doubt, everything is laid out again ({@link #ofAll}), which gives the same files.
 */
record PublishLayout(List<UUID> order, VaultLayout layout, String digest, ExportedAttachments attachments,
                     Map<UUID, PageCache.Page> kept, PageCache.Kept last, Changed changed) {

    /** Beyond this many edited entries, everything is laid out again (their pages are read in pages of 500 then). */
    static final int MOST_EDITS = 200;

    /** The entries whose pages are made now, handed over in the README's order. */
    interface Changed {
        int size();

        void forEach(ExportSource.EntryWriter writer) throws java.io.IOException;
    }

    /** Every entry of {@code source} that is not {@code excluded} laid out anew; kept pages where still right. */
    static PublishLayout ofAll(ExportSource source, Map<UUID, EntryVersion> versions, Set<UUID> excluded,
                               ExportedAttachments.Source attachmentSource, PageCache.Stored cache,
                               Predicate<ObjectId> stored) {
        List<EntrySummary> ordered = source.ordered().stream().filter(entry -> !excluded.contains(entry.id())).toList();
        Map<UUID, List<String>> aliases = source.aliases();
        VaultLayout layout = new VaultLayout(ordered, aliases);
        Set<UUID> published = new HashSet<>();
        ordered.forEach(entry -> published.add(entry.id()));
        ExportedAttachments attachments = ExportedAttachments.of(attachmentSource, published::contains);
        // A page's embeds depend on which attachments go out: another set, and every page is made again.
        String attached = attachmentsDigest(attachments);
        String digest = PageCache.layout(ordered, layout, aliases) + attached;
        PageCache.Kept last = cache.forLayout(digest);
        // Another layout (an entry renamed, added, deleted, re-aliased): a page is still right where its entry, its
        // path and where each of its links points are as they were. Not across other attachments: embeds change.
        boolean relaid = cache.layout() != null && !cache.layout().equals(digest) && sameAttachments(cache, attached);
        if (relaid) {
            last = new PageCache.Kept(cache.kept().pages(), null); // the README links every page: made again
        }
        Map<UUID, PageCache.Page> kept = new HashMap<>();
        List<EntrySummary> changed = new ArrayList<>();
        for (EntrySummary entry : ordered) {
            PageCache.Page page = last.pages().get(entry.id());
            EntryVersion version = versions.get(entry.id());
            if (page != null && version != null && page.made().equals(version)
                    && samePath(page.path(), layout.file(entry.id())) && stored.test(page.blob())
                    && (!relaid || pointsAsBefore(page, layout))) {
                kept.put(entry.id(), page);
            } else {
                changed.add(entry);
            }
        }
        return new PublishLayout(ordered.stream().map(EntrySummary::id).toList(), layout, digest, attachments, kept,
                last, new Changed() {
                    @Override
                    public int size() {
                        return changed.size();
                    }

                    @Override
                    public void forEach(ExportSource.EntryWriter writer) throws java.io.IOException {
                        source.forEachInPages(changed, writer);
                    }
                });
    }

    /**
     * The last publish's layout with the edited entries read again; null when anything but texts changed (or more
     * than {@link #MOST_EDITS} entries), and then {@link #ofAll} decides.
     */
    static PublishLayout ofEdits(ExportSource source, Map<UUID, EntryVersion> versions, Set<UUID> excluded,
                                 ExportedAttachments.Source attachmentSource, PageCache.Stored cache,
                                 Predicate<ObjectId> stored) {
        Map<UUID, PageCache.Page> last = cache.kept().pages();
        if (cache.layout() == null || last.isEmpty()) {
            return null;
        }
        Map<UUID, PageCache.Page> kept = new HashMap<>(last.size() * 4 / 3 + 1);
        List<UUID> edited = new ArrayList<>();
        int published = 0;
        for (Map.Entry<UUID, EntryVersion> entry : versions.entrySet()) {
            if (excluded.contains(entry.getKey())) {
                continue;
            }
            published++;
            PageCache.Page page = last.get(entry.getKey());
            if (page == null || page.readme() == null) {
                return null; // new, or back from #private: the layout changes
            }
            EntryVersion version = entry.getValue();
            if (page.made().equals(version) && stored.test(page.blob())) {
                kept.put(entry.getKey(), page);
            } else if (edited.add(entry.getKey()) && edited.size() > MOST_EDITS) {
                return null;
            }
        }
        if (published != last.size()) {
            return null; // deleted, or made #private
        }
        ExportedAttachments attachments = ExportedAttachments.of(attachmentSource, last::containsKey);
        if (!sameAttachments(cache, attachmentsDigest(attachments))) {
            return null;
        }
        List<IndexedEntry> read = edited.isEmpty() ? List.of() : source.page(edited);
        for (IndexedEntry entry : read) {
            PageCache.Page page = last.get(entry.entry().id());
            if (!entry.entry().title().equals(page.readme().title()) || !entry.aliases().equals(page.aliases())
                    || entry.entry().kind() != page.readme().kind()) {
                return null; // renamed, re-aliased or another kind: other files, or links pointing elsewhere
            }
        }
        if (read.size() != edited.size()) {
            return null; // deleted meanwhile
        }
        List<VaultLayout.Placed> placed = new ArrayList<>(last.size());
        last.forEach((id, page) -> placed.add(new VaultLayout.Placed(id,
                page.path().substring(0, page.path().length() - ".md".length()), page.readme().title(), page.aliases())));
        Map<UUID, IndexedEntry> byId = new HashMap<>();
        read.forEach(entry -> byId.put(entry.entry().id(), entry));
        List<IndexedEntry> inOrder = new ArrayList<>(read.size());
        List<UUID> order = new ArrayList<>(last.keySet());
        for (UUID id : order) {
            IndexedEntry entry = byId.get(id);
            if (entry != null) {
                inOrder.add(entry);
            }
        }
        return new PublishLayout(order, VaultLayout.known(placed), cache.layout(), attachments, kept, cache.kept(),
                new Changed() {
                    @Override
                    public int size() {
                        return inOrder.size();
                    }

                    @Override
                    public void forEach(ExportSource.EntryWriter writer) throws java.io.IOException {
                        for (IndexedEntry entry : inOrder) {
                            writer.write(entry);
                        }
                    }
                });
    }

    /** Whether the cache was made with the attachments whose digest is {@code attached} (the layout digest's tail). */
    private static boolean sameAttachments(PageCache.Stored cache, String attached) {
        return cache.layout().endsWith(attached)
                && cache.layout().length() == PageCache.LAYOUT_DIGEST_LENGTH + attached.length();
    }

    /** Whether each link of the page points in {@code layout} to the file it pointed to when the page was made. */
    private static boolean pointsAsBefore(PageCache.Page page, VaultLayout layout) {
        Map<String, String> targets = page.links().targets();
        if (targets == null) {
            return false;
        }
        for (Map.Entry<String, String> link : targets.entrySet()) {
            if (!java.util.Objects.requireNonNullElse(layout.target(link.getKey()), "").equals(link.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} is {@code file} + ".md", without making that string (10,000 times a publish). */
    private static boolean samePath(String path, String file) {
        return file != null && path.length() == file.length() + 3 && path.startsWith(file) && path.endsWith(".md");
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
}
