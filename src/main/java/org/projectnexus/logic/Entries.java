package org.projectnexus.logic;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.projectnexus.logic.links.EntryRewrites;
import org.projectnexus.logic.links.LinkRewriter;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Note;
import org.projectnexus.model.StaleEntryException;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TitleRules;
import org.projectnexus.model.WikiLink;

/**
 * The entries themselves: create, read, save (a rename carries every link to the entry along) and delete. Each
 * change is one transaction, announced afterwards as a change event. Methods block on the database: call them off
 * the FX thread.
 */
public final class Entries {

    private final EntryStore store;
    private final EntryIndexer indexer;
    private final Clock clock;
    private final LinkRewriter links = new LinkRewriter();

    Entries(EntryStore store, EntryIndexer indexer, Clock clock) {
        this.store = store;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** Every entry without its text, most recently updated first. */
    public List<EntrySummary> summaries() {
        return store.summaries();
    }

    public Optional<Entry> find(UUID id) {
        return store.find(id);
    }

    /** The entry with this title, else the one with this alias, ignoring case. */
    public Optional<Entry> findByTitle(String title) {
        return store.findByTitle(title);
    }

    /** The entries of the kind (all when empty), newest first, with their tags, without reading their texts. */
    public List<Map.Entry<EntrySummary, List<Tag>>> taggedSummaries(Optional<EntryKind> kind) {
        return store.taggedSummaries(kind);
    }

    /** Every entry of the kind (all kinds when empty) with its tags and links, most recently updated first. */
    public List<IndexedEntry> indexedEntries(Optional<EntryKind> kind) {
        return store.indexedEntries().stream()
                .filter(indexed -> kind.isEmpty() || kind.get() == indexed.entry().kind())
                .toList();
    }

    /** The tags and links written in the entry's Markdown. */
    public IndexedEntry indexed(Entry entry) {
        return indexer.index(entry);
    }

    /** A new, unsaved entry of the kind. */
    public Entry draft(EntryKind kind, String title) {
        EntryMeta meta = EntryMeta.fresh(clock.instant());
        return switch (kind) {
            case NOTE -> new Note(meta, title, "");
            case CHALLENGE -> new Challenge(meta, title, "", "", "", null);
            case TAKEAWAY -> new Takeaway(meta, title, "", null);
        };
    }

    /** A title no entry has yet: {@code base}, else {@code base 2}, {@code base 3}, ... */
    public String unusedTitle(String base) {
        String title = base;
        for (int n = 2; store.titleExists(WikiLink.titleKey(title)); n++) {
            title = base + " " + n;
        }
        return title;
    }

    /** Stores a new entry; its title must be free. Returns the stored entry (version 1). */
    public Entry add(Entry draft) {
        return store.insert(checked(draft));
    }

    /** Stores new entries in one transaction: all of them, or none when one fails (a title taken, say). */
    public List<Entry> addAll(List<Entry> drafts) {
        List<Entry> checked = drafts.stream().map(Entries::checked).toList();
        return store.transaction(session -> checked.stream().map(session::insertAsGiven).toList());
    }

    /**
     * Stores an edited entry over the version it was read at. Fails with {@link StaleEntryException} when the
     * stored entry changed in between, so no one's edit is silently overwritten. If the title changed, every
     * {@code [[link]]} to the old title, in any entry, is rewritten to the new one (heading and shown text kept),
     * in the same transaction. The version it replaces is kept as a revision.
     */
    public Entry save(Entry edited) {
        return save(edited, Long.MAX_VALUE).entry();
    }

    /** What a save stored, and how many links to the entry's old title it rewrote in how many other entries. */
    public record Saved(Entry entry, int linksRewritten, int entriesRewritten) {
    }

    /**
     * As {@link #save(Entry)}, for one editing session that started from version {@code sessionStart}: the version
     * it replaces is kept as a revision only if it is the one the session started from (or older). The versions an
     * autosave wrote during the session are written over, so the history holds one version per session, not one
     * per pause in typing; every save is still committed as it comes (issue 25).
     */
    public Saved save(Entry edited, long sessionStart) {
        return store.transaction(session -> {
            Entry previous = session.find(edited.id()).orElseThrow(() -> new StaleEntryException(edited.title()));
            Entry checked = checkedAgainst(previous, edited);
            boolean keep = previous.version() <= sessionStart;
            String oldTitle = previous.title();
            if (WikiLink.titleKey(oldTitle).equals(WikiLink.titleKey(checked.title()))) {
                return new Saved(session.replace(previous, checked, clock.instant(), keep), 0, 0);
            }
            UnaryOperator<String> retarget = links.retargeting(oldTitle, checked.title());
            Entry stored = session.replace(previous, EntryRewrites.rewrite(checked, retarget), clock.instant(), keep);
            Set<UUID> sources = new HashSet<>(session.linkingTo(Set.of(WikiLink.titleKey(oldTitle))));
            sources.remove(checked.id());
            int linksRewritten = 0;
            String oldKey = WikiLink.titleKey(oldTitle);
            List<Entry> others = session.findAll(sources);
            for (Entry other : others) {
                linksRewritten += (int) indexer.index(other).links().stream()
                        .filter(link -> link.targetKey().equals(oldKey)).count();
                session.replace(other, EntryRewrites.rewrite(other, retarget), clock.instant());
            }
            return new Saved(stored, linksRewritten, others.size());
        });
    }

    /** Moves the entry to the trash; links to it show as unresolved until it is restored. */
    public void delete(UUID id) {
        store.moveToTrash(id, clock.instant());
    }

    private static Entry checked(Entry entry) {
        Entry checked = entry.withText(TitleRules.check(entry.title()), entry.body());
        BodyLimit.check(checked);
        return checked;
    }

    /**
     * The edited entry checked as a save: a title it keeps (the same key) is only normalised, so that a title
     * accepted before a rule was made (a backslash, say) does not keep its text from being saved; a new title must
     * pass every rule.
     */
    private static Entry checkedAgainst(Entry previous, Entry edited) {
        boolean sameTitle = WikiLink.titleKey(previous.title()).equals(WikiLink.titleKey(edited.title()));
        if (!sameTitle) {
            return checked(edited);
        }
        Entry checked = edited.withText(TitleRules.normalised(edited.title()), edited.body());
        BodyLimit.check(checked);
        return checked;
    }
}
