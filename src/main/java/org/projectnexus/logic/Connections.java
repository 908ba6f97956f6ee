package org.projectnexus.logic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.projectnexus.logic.links.EntryRewrites;
import org.projectnexus.logic.links.IntegrityCheck;
import org.projectnexus.logic.links.LinkGraph;
import org.projectnexus.logic.links.LinkRewriter;
import org.projectnexus.logic.links.ReferenceLines;
import org.projectnexus.logic.links.TagRenaming;
import org.projectnexus.logic.links.TagRewriter;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.StoreSession;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Finding;
import org.projectnexus.model.KnowledgeGraph;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Reference;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * What connects entries: backlinks and unlinked mentions, fixing links, tags (counts, renames and merges, with
 * undo), the graph and the link check. Every change is one transaction over all the entries it touches. Methods
 * block on the database: call them off the FX thread.
 */
public final class Connections {

    /**
     * How many of an entry's backlinks are read for the line around the link: a hub entry can have thousands of
     * sources, reading every body would make opening it slow, and nobody reads past the first screens.
     */
    static final int CONTEXTS_READ = 100;

    private final EntryStore store;
    private final MarkdownParser parser;
    private final Clock clock;
    private final LinkRewriter links = new LinkRewriter();
    private final TagRewriter tags = new TagRewriter();

    Connections(EntryStore store, MarkdownParser parser, Clock clock) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
    }

    /** Every entry that links to this one (by title or alias), most recently updated first, with the line around. */
    public List<Reference> backlinks(Entry entry) {
        Set<String> keys = keysOf(names(entry));
        Pattern link = Pattern.compile("\\[\\[\\s*(" + String.join("|", keys.stream().map(Pattern::quote).toList())
                + ")\\s*[#|\\]]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<EntrySummary> linking = store.linkingTo(keys);
        Map<UUID, Entry> read = new HashMap<>();
        for (Entry source : store.findAll(linking.stream().limit(CONTEXTS_READ).map(EntrySummary::id).toList())) {
            read.put(source.id(), source);
        }
        List<Reference> references = new ArrayList<>(linking.size());
        for (EntrySummary summary : linking) {
            Entry source = read.get(summary.id());
            references.add(source == null ? ReferenceLines.unread(summary) : ReferenceLines.reference(source, link));
        }
        return references;
    }

    /** Entries that name this one (title or alias) in plain text without linking to it. */
    public List<Reference> unlinkedMentions(Entry entry) {
        List<String> names = names(entry);
        Set<String> keys = keysOf(names);
        Set<UUID> linking = store.transaction(session -> session.linkingTo(keys));
        List<Reference> mentions = new ArrayList<>();
        for (Entry source : store.containingAny(names)) {
            if (source.id().equals(entry.id()) || linking.contains(source.id())) {
                continue;
            }
            names.stream().filter(name -> links.mentions(source.markdownSources(), name)).findFirst()
                    .ifPresent(name -> mentions.add(ReferenceLines.reference(source, LinkRewriter.mentionPattern(name))));
        }
        return mentions;
    }

    /** Turns the first plain mention of {@code target}'s title (or alias) in {@code sourceId} into a link. */
    public Entry linkMention(UUID sourceId, Entry target) {
        List<String> names = names(target);
        return store.transaction(session -> {
            Entry source = existing(session, sourceId);
            for (String name : names) {
                if (links.mentions(source.markdownSources(), name)) {
                    return session.replace(source, EntryRewrites.rewriteFirst(source,
                            text -> links.linkFirstMention(text, name, target.title())), clock.instant());
                }
            }
            return source;
        });
    }

    /** Points the links to {@code from} in one entry at {@code to} instead (the check's "did you mean" fix). */
    public Entry relink(UUID sourceId, String from, String to) {
        return store.transaction(session -> {
            Entry source = existing(session, sourceId);
            return session.replace(source, EntryRewrites.rewrite(source, links.retargeting(from, to)), clock.instant());
        });
    }

    /** Renames a tag (and those nested under it) in every entry; into an existing tag, this merges the two. */
    public TagRenaming renameTag(Tag from, Tag to) {
        if (from.equals(to)) {
            return new TagRenaming(from, to, Map.of());
        }
        if (to.name().contains(" ") || to.name().contains("#")) {
            throw new NexusException("A tag cannot contain spaces or #: “" + org.projectnexus.model.SafeText.forDisplay(to.name()) + "”.");
        }
        return store.transaction(session -> {
            Map<UUID, Long> versions = new HashMap<>();
            for (Entry entry : session.findAll(session.taggedWith(from))) {
                Entry renamed = EntryRewrites.rewrite(entry, text -> tags.rename(text, from, to));
                if (!renamed.equals(entry)) {
                    versions.put(entry.id(), session.replace(entry, renamed, clock.instant()).version());
                }
            }
            return new TagRenaming(from, to, versions);
        });
    }

    /**
     * Undoes a tag rename through history: each entry it rewrote gets back the text of its revision before the
     * rename (as a new revision, so the undo can itself be undone). Entries edited since are left as they are.
     * Returns how many entries were restored.
     */
    public int undo(TagRenaming renaming) {
        return store.transaction(session -> {
            int restored = 0;
            for (Entry current : session.findAll(renaming.versions().keySet())) {
                if (current.version() != renaming.versions().get(current.id())) {
                    continue;
                }
                Optional<Entry> before = session.revision(current, current.version() - 1);
                if (before.isPresent()) {
                    session.replace(current, before.get().withMeta(current.meta()), clock.instant());
                    restored++;
                }
            }
            return restored;
        });
    }

    /** How many entries carry each tag exactly (nested counts are the caller's to add up). */
    public Map<String, Integer> tagCounts() {
        return store.tagCounts();
    }

    /** Every tag in use, in alphabetical order (for completion in the editor). */
    public List<Tag> tags() {
        return store.tags();
    }

    /** Ids of the entries carrying the tag or a tag nested under it. */
    public Set<UUID> entriesTagged(Tag tag) {
        return store.taggedWith(tag);
    }

    /** The link-integrity check over the whole knowledge base. */
    public List<Finding> check() {
        return new IntegrityCheck(entry -> parser.parse(entry.body()).headingIds()).check(store.indexedEntries());
    }

    /** Entries as nodes and resolved links as edges. */
    public KnowledgeGraph graph() {
        return LinkGraph.of(store.indexedEntries());
    }

    private static Entry existing(StoreSession session, UUID id) {
        return session.find(id).orElseThrow(() -> new NexusException("That entry no longer exists."));
    }

    private List<String> names(Entry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.title());
        names.addAll(store.transaction((StoreSession session) -> session.aliasesOf(entry.id())));
        return names;
    }

    private static Set<String> keysOf(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(name -> keys.add(WikiLink.titleKey(name)));
        return keys;
    }
}
