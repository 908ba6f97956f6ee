package org.projectnexus.logic.links;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.projectnexus.logic.NexusException;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.StaleEntryException;
import org.projectnexus.logic.store.StoreSession;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.KnowledgeGraph;
import org.projectnexus.model.Reference;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * What connects entries: renaming an entry together with every link to it, renaming and merging tags, backlinks
 * and unlinked mentions. Every change is one transaction over all the entries it touches.
 */
public final class Connections {

    private static final int CONTEXT_LENGTH = 180;
    static final int CONTEXTS_READ = 100;

    private final EntryStore store;
    private final Clock clock;
    private final LinkRewriter links = new LinkRewriter();
    private final TagRewriter tags = new TagRewriter();

    public Connections(EntryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Saves an edited entry; if its title changed, every {@code [[link]]} to the old title, in any entry, is
     * rewritten to the new one (heading and shown text kept), in the same transaction.
     */
    public Entry save(Entry edited) {
        return store.transaction(session -> {
            Entry previous = session.find(edited.id()).orElseThrow(() -> new StaleEntryException(edited.title()));
            String oldTitle = previous.title();
            boolean renamed = !WikiLink.titleKey(oldTitle).equals(WikiLink.titleKey(edited.title()));
            if (!renamed) {
                return session.update(edited, clock.instant());
            }
            UnaryOperator<String> retarget = links.retargeting(oldTitle, edited.title());
            Entry stored = session.update(rewrite(edited, retarget), clock.instant());
            Set<UUID> sources = new java.util.HashSet<>(session.linkingTo(Set.of(WikiLink.titleKey(oldTitle))));
            sources.remove(edited.id());
            for (Entry other : session.findAll(sources)) {
                session.replace(other, rewrite(other, retarget), clock.instant());
            }
            return stored;
        });
    }

    /** Points the links to {@code from} in one entry at {@code to} instead (the check's "did you mean" fix). */
    public Entry relink(UUID sourceId, String from, String to) {
        return store.transaction(session -> {
            Entry source = session.find(sourceId).orElseThrow(() -> new NexusException("That entry no longer exists."));
            return session.replace(source, rewrite(source, links.retargeting(from, to)), clock.instant());
        });
    }

    /** Entries as nodes and resolved links (by title, else alias) as edges. */
    public KnowledgeGraph graph(List<IndexedEntry> entries) {
        java.util.Map<String, UUID> targets = new java.util.HashMap<>();
        for (IndexedEntry indexed : entries) {
            indexed.aliases().forEach(alias -> targets.putIfAbsent(WikiLink.titleKey(alias), indexed.entry().id()));
        }
        for (IndexedEntry indexed : entries) {
            targets.put(WikiLink.titleKey(indexed.entry().title()), indexed.entry().id());
        }
        List<KnowledgeGraph.Node> nodes = new java.util.ArrayList<>();
        java.util.Set<KnowledgeGraph.Edge> edges = new java.util.LinkedHashSet<>();
        for (IndexedEntry indexed : entries) {
            Entry entry = indexed.entry();
            nodes.add(new KnowledgeGraph.Node(entry.id(), entry.title(), entry.kind(),
                    indexed.tags().stream().map(Tag::name).toList()));
            for (WikiLink link : indexed.links()) {
                UUID target = targets.get(link.targetKey());
                if (target != null && !target.equals(entry.id())) {
                    edges.add(new KnowledgeGraph.Edge(entry.id(), target));
                }
            }
        }
        return new KnowledgeGraph(nodes, List.copyOf(edges));
    }

    /** Renames a tag (and those nested under it) in every entry; into an existing tag, this merges the two. */
    public TagRenaming renameTag(Tag from, Tag to) {
        if (from.equals(to)) {
            return new TagRenaming(from, to, java.util.Map.of());
        }
        if (to.name().contains(" ") || to.name().contains("#")) {
            throw new NexusException("A tag cannot contain spaces or #: “" + to.name() + "”.");
        }
        return store.transaction(session -> {
            java.util.Map<UUID, Long> versions = new java.util.HashMap<>();
            for (Entry entry : session.findAll(session.taggedWith(from))) {
                Entry renamed = rewrite(entry, text -> tags.rename(text, from, to));
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

    /**
     * Every entry that links to this one (by title or alias), most recently updated first, with the line around
     * the link for the first {@value #CONTEXTS_READ} of them (a hub entry can have thousands of sources; reading
     * every body would make opening it slow, and nobody reads past the first screens).
     */
    public List<Reference> backlinks(Entry entry) {
        Set<String> keys = keysOf(entry);
        Pattern link = Pattern.compile("\\[\\[\\s*(" + String.join("|", keys.stream().map(Pattern::quote).toList())
                + ")\\s*[#|\\]]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<EntrySummary> linking = store.linkingTo(keys);
        java.util.Map<UUID, Entry> read = new java.util.HashMap<>();
        for (Entry source : store.findAll(linking.stream().limit(CONTEXTS_READ).map(EntrySummary::id).toList())) {
            read.put(source.id(), source);
        }
        List<Reference> references = new ArrayList<>(linking.size());
        for (EntrySummary summary : linking) {
            Entry source = read.get(summary.id());
            references.add(source == null ? new Reference(summary, 0, "") : reference(source, link));
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
            for (String name : names) {
                if (links.mentions(source.markdownSources(), name)) {
                    mentions.add(reference(source, LinkRewriter.mentionPattern(name)));
                    break;
                }
            }
        }
        return mentions;
    }

    /** Turns the first plain mention of {@code target}'s title (or alias) in {@code source} into a link. */
    public Entry linkMention(UUID sourceId, Entry target) {
        return store.transaction(session -> {
            Entry source = session.find(sourceId).orElseThrow(() -> new NexusException("That entry no longer exists."));
            for (String name : names(target)) {
                if (links.mentions(source.markdownSources(), name)) {
                    return session.update(rewriteFirst(source,
                            text -> links.linkFirstMention(text, name, target.title())), clock.instant());
                }
            }
            return source;
        });
    }

    private Set<String> keysOf(Entry entry) {
        return keysOf(names(entry));
    }

    private static Set<String> keysOf(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            keys.add(WikiLink.titleKey(name));
        }
        return keys;
    }

    private List<String> names(Entry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.title());
        names.addAll(store.transaction((StoreSession session) -> session.aliasesOf(entry.id())));
        return names;
    }

    private static Reference reference(Entry source, Pattern where) {
        String[] lines = source.markdownSources().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher found = where.matcher(lines[i]);
            if (found.find()) {
                return new Reference(summary(source), i + 1, around(lines[i].strip(), found.start()));
            }
        }
        return new Reference(summary(source), 0, "");
    }

    private static String around(String line, int at) {
        if (line.length() <= CONTEXT_LENGTH) {
            return line;
        }
        int start = Math.max(0, Math.min(at - CONTEXT_LENGTH / 3, line.length() - CONTEXT_LENGTH));
        return (start > 0 ? "…" : "") + line.substring(start, start + CONTEXT_LENGTH) + "…";
    }

    private static EntrySummary summary(Entry entry) {
        return new EntrySummary(entry.id(), entry.kind(), entry.title(), entry.meta().updated());
    }

    /** Applies {@code change} to every Markdown field of the entry. */
    private static Entry rewrite(Entry entry, UnaryOperator<String> change) {
        Entry changed = entry.withText(entry.title(), change.apply(entry.body()));
        if (changed instanceof Challenge challenge) {
            return challenge.withDetails(change.apply(challenge.problem()), change.apply(challenge.solution()),
                    challenge.status());
        }
        return changed;
    }

    /** Applies {@code change} to the first Markdown field it changes: the problem, the solution, then the body. */
    private static Entry rewriteFirst(Entry entry, UnaryOperator<String> change) {
        if (entry instanceof Challenge challenge) {
            String problem = change.apply(challenge.problem());
            if (!problem.equals(challenge.problem())) {
                return challenge.withDetails(problem, challenge.solution(), challenge.status());
            }
            String solution = change.apply(challenge.solution());
            if (!solution.equals(challenge.solution())) {
                return challenge.withDetails(challenge.problem(), solution, challenge.status());
            }
        }
        return entry.withText(entry.title(), change.apply(entry.body()));
    }
}
