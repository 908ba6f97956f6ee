package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * Entries as the database keeps them. Each write is one transaction covering the entry row, the revision it
 * replaces, and its tag and link indexes (computed by the {@code indexer} from the entry's Markdown).
 */
public final class EntryStore {

    private final Database database;
    private final Function<Entry, IndexedEntry> indexer;
    private final EntryRepository entries = new EntryRepository();
    private final EntryIndexRepository index = new EntryIndexRepository();
    private final RevisionRepository revisions = new RevisionRepository();
    private final KnowledgeBaseFacts facts = new KnowledgeBaseFacts();
    private final List<Consumer<Set<UUID>>> commitListeners = new CopyOnWriteArrayList<>();

    public EntryStore(Database database, Function<Entry, IndexedEntry> indexer) {
        this.database = database;
        this.indexer = indexer;
    }

    /**
     * Calls {@code listener} after each committed write with the ids of the entries it added, changed or removed
     * (never inside the transaction, so a listener that reads the store sees the committed state).
     */
    public void onCommit(Consumer<Set<UUID>> listener) {
        commitListeners.add(listener);
    }

    public List<EntrySummary> summaries() {
        return database.inTransaction(entries::summaries);
    }

    public Optional<Entry> find(UUID id) {
        return database.inTransaction(connection -> entries.findById(connection, id));
    }

    /** The entries linking to any of these keys, most recently updated first, without their bodies. */
    public List<EntrySummary> linkingTo(java.util.Set<String> targetKeys) {
        return database.inTransaction(connection -> index.summariesLinkingTo(connection, targetKeys));
    }

    /** The entries whose text contains any of these phrases, ignoring case (a coarse filter). */
    public List<Entry> containingAny(java.util.Collection<String> phrases) {
        return database.inTransaction(connection -> entries.containingAny(connection, phrases));
    }

    /** Every entry's version, by id (what the search index compares itself with). */
    public Map<UUID, Long> versions() {
        return database.inTransaction(entries::versions);
    }

    /**
     * These entries (those that exist) with their tags and aliases as indexed, without parsing them again: what
     * the search index needs. Links are left out.
     */
    public List<IndexedEntry> indexedByIds(java.util.Collection<UUID> ids) {
        return database.inTransaction(connection -> {
            List<Entry> found = entries.findByIds(connection, ids);
            Map<UUID, List<Tag>> tags = index.tagsOf(connection, ids);
            Map<UUID, List<String>> aliases = index.aliasesOf(connection, ids);
            return found.stream().map(entry -> new IndexedEntry(entry, tags.getOrDefault(entry.id(), List.of()),
                    List.of(), aliases.getOrDefault(entry.id(), List.of()))).toList();
        });
    }

    /** Every entry's aliases, by id. */
    public Map<UUID, List<String>> aliases() {
        return database.inTransaction(index::allAliases);
    }

    /** The entries with these ids that exist, in one transaction. */
    public List<Entry> findAll(java.util.Collection<UUID> ids) {
        return database.inTransaction(connection -> entries.findByIds(connection, ids));
    }

    public Optional<Entry> findByTitle(String title) {
        return database.inTransaction(connection -> entries.findByTitle(connection, title));
    }

    public boolean titleExists(String titleKey) {
        return database.inTransaction(connection -> entries.titleExists(connection, titleKey));
    }

    /** Whether a link to this key finds an entry, by title or by alias. */
    public boolean resolves(String titleKey) {
        return database.inTransaction(connection -> entries.resolves(connection, titleKey));
    }

    /** Every tag in use, in alphabetical order. */
    public List<Tag> tags() {
        return database.inTransaction(index::distinctTags);
    }

    /** Ids of the entries tagged with the tag or a tag nested under it. */
    public java.util.Set<UUID> taggedWith(Tag tag) {
        return database.inTransaction(connection -> index.taggedWith(connection, tag));
    }

    /** Every entry with its indexed tags and links, most recently updated first. */
    public List<IndexedEntry> indexedEntries() {
        return database.inTransaction(connection -> {
            Map<UUID, List<Tag>> tags = index.allTags(connection);
            Map<UUID, List<WikiLink>> links = index.allLinks(connection);
            Map<UUID, List<String>> aliases = index.allAliases(connection);
            List<IndexedEntry> result = new ArrayList<>();
            for (Entry entry : entries.findAll(connection)) {
                result.add(new IndexedEntry(entry, tags.getOrDefault(entry.id(), List.of()),
                        links.getOrDefault(entry.id(), List.of()), aliases.getOrDefault(entry.id(), List.of())));
            }
            return result;
        });
    }

    /** Stores a new entry as version 1. */
    public Entry insert(Entry draft) {
        Entry stored = database.inTransaction(connection -> insert(connection, draft));
        committed(Set.of(stored.id()));
        return stored;
    }

    /** Stores new entries as version 1, all in one transaction (all of them or none). */
    public List<Entry> insertAll(List<Entry> drafts) {
        List<Entry> stored = database.inTransaction(connection -> {
            List<Entry> inserted = new ArrayList<>(drafts.size());
            for (Entry draft : drafts) {
                inserted.add(insert(connection, draft));
            }
            return inserted;
        });
        committed(stored.stream().map(Entry::id).collect(java.util.stream.Collectors.toSet()));
        return stored;
    }

    /**
     * Stores {@code edited} over the version it was read at, stamped with {@code now} (never earlier than the
     * stored time). Refuses with {@link StaleEntryException} when the stored entry changed in between.
     */
    public Entry update(Entry edited, Supplier<Instant> now) {
        return transaction(session -> session.update(edited, now.get()));
    }

    /** Runs {@code work} with one session: all it changes is committed together, or nothing is. */
    public <T> T transaction(Function<StoreSession, T> work) {
        Set<UUID> touched = new java.util.HashSet<>();
        T result = database.inTransaction(connection ->
                work.apply(new StoreSession(connection, entries, index, revisions, indexer, touched)));
        committed(touched);
        return result;
    }

    /** How many entries carry each tag exactly. */
    public Map<String, Integer> tagCounts() {
        return database.inTransaction(index::tagCounts);
    }

    /** Every link in the knowledge base, as indexed. */
    public List<EntryIndexRepository.StoredLink> links() {
        return database.inTransaction(index::allStoredLinks);
    }

    public boolean delete(UUID id) {
        boolean deleted = database.inTransaction(connection -> entries.delete(connection, id));
        committed(Set.of(id));
        return deleted;
    }

    public int revisionCount(UUID id) {
        return database.inTransaction(connection -> revisions.countFor(connection, id));
    }

    /**
     * Inserts the entries, in one transaction, unless the knowledge base ever had the named fact or has
     * any entry; then records the fact. Returns whether the entries were inserted.
     */
    public boolean insertOnce(String fact, Supplier<List<Entry>> drafts, Instant now) {
        Set<UUID> inserted = new java.util.HashSet<>();
        boolean done = database.inTransaction(connection -> {
            if (facts.get(connection, fact).isPresent() || entries.count(connection) > 0) {
                return false;
            }
            for (Entry draft : drafts.get()) {
                inserted.add(insert(connection, draft).id());
            }
            facts.put(connection, fact, now.toString());
            return true;
        });
        committed(inserted);
        return done;
    }

    private void committed(Set<UUID> ids) {
        if (!ids.isEmpty()) {
            Set<UUID> changed = Set.copyOf(ids);
            commitListeners.forEach(listener -> listener.accept(changed));
        }
    }

    private Entry insert(Connection connection, Entry draft) throws SQLException {
        Entry stored = draft.withMeta(new EntryMeta(draft.id(), draft.meta().created(), draft.meta().updated(), 1));
        entries.insert(connection, stored);
        reindex(connection, stored);
        return stored;
    }

    private void reindex(Connection connection, Entry entry) throws SQLException {
        IndexedEntry indexed = indexer.apply(entry);
        index.replace(connection, entry.id(), indexed.tags(), indexed.links(), indexed.aliases());
    }
}
