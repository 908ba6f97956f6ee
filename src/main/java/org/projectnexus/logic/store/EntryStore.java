package org.projectnexus.logic.store;

import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.ChangeEvent.How;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Revision;
import org.projectnexus.model.Tag;
import org.projectnexus.model.TrashedEntry;
import org.projectnexus.model.WikiLink;
import org.slf4j.LoggerFactory;

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
    private final CommitListeners commitListeners = new CommitListeners();
    private final TrashRepository trash = new TrashRepository();
    private volatile RevisionThinning thinning;

    public EntryStore(Database database, Function<Entry, IndexedEntry> indexer) {
        this(database, indexer, RevisionThinning.DEFAULT);
    }

    /** A store whose saves thin each entry's older revisions with {@code thinning}. */
    public EntryStore(Database database, Function<Entry, IndexedEntry> indexer, RevisionThinning thinning) {
        this.database = database;
        this.indexer = indexer;
        this.thinning = thinning;
    }

    /**
     * Calls {@code listener} after each committed write with what it did to which entries (never inside the
     * transaction, so a listener that reads the store sees the committed state), on the thread that wrote. This is
     * the one place changes are announced (ADR 33): every write of the store goes through {@link #committed}.
     */
    public void onCommit(Consumer<ChangeEvent> listener) {
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

    /** Every entry's version and last update, by id (what a publish compares its pages with). */
    public Map<UUID, org.projectnexus.model.EntryVersion> versionKeys() {
        return database.inTransaction(entries::versionKeys);
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

    /**
     * These entries (those that still exist) with their tags, links and aliases as indexed, in the order of
     * {@code ids}: a page of a long read (an export) that never holds every entry at once.
     */
    public List<IndexedEntry> indexedPage(List<UUID> ids) {
        return database.inTransaction(connection -> {
            Map<UUID, Entry> found = new java.util.HashMap<>();
            entries.findByIds(connection, ids).forEach(entry -> found.put(entry.id(), entry));
            Map<UUID, List<Tag>> tags = index.tagsOf(connection, ids);
            Map<UUID, List<WikiLink>> links = index.linksOf(connection, ids);
            Map<UUID, List<String>> aliases = index.aliasesOf(connection, ids);
            List<IndexedEntry> page = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                Entry entry = found.get(id);
                if (entry != null) {
                    page.add(new IndexedEntry(entry, tags.getOrDefault(id, List.of()), links.getOrDefault(id, List.of()),
                            aliases.getOrDefault(id, List.of())));
                }
            }
            return page;
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

    /**
     * The entries of the kind (all when empty), most recently updated first, each with its tags: what a list of
     * titles needs, without reading the texts, which were most of a large `nexus list`'s time (measured:
     * docs/performance/log/session-12.md).
     */
    public List<Map.Entry<EntrySummary, List<Tag>>> taggedSummaries(Optional<EntryKind> kind) {
        return database.inTransaction(connection -> {
            Map<UUID, List<Tag>> tags = index.allTags(connection);
            return entries.summaries(connection).stream()
                    .filter(summary -> kind.isEmpty() || kind.get() == summary.kind())
                    .map(summary -> Map.entry(summary, tags.getOrDefault(summary.id(), List.<Tag>of())))
                    .toList();
        });
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
        ChangeRecorder changes = new ChangeRecorder();
        Entry stored = database.inTransaction(connection -> insert(connection, draft, changes));
        committed(changes);
        return stored;
    }

    /** Runs {@code work} with one session: all it changes is committed together, or nothing is. */
    public <T> T transaction(Function<StoreSession, T> work) {
        ChangeRecorder changes = new ChangeRecorder();
        T result = database.inTransaction(connection ->
                work.apply(new StoreSession(connection, entries, index, revisions, indexer, thinning, changes)));
        committed(changes);
        return result;
    }

    /** How many entries carry each tag exactly. */
    public Map<String, Integer> tagCounts() {
        return database.inTransaction(index::tagCounts);
    }

    /** Thins revisions with {@code policy} from now on (the caller keeps it among the facts if it should last). */
    public void useThinning(RevisionThinning policy) {
        this.thinning = policy;
    }

    public RevisionThinning thinning() {
        return thinning;
    }

    /** A named fact about the knowledge base. */
    public Optional<String> fact(String name) {
        return database.inTransaction(connection -> facts.get(connection, name));
    }

    /** Records named facts about the knowledge base, in one transaction. */
    public void putFacts(Map<String, String> values) {
        database.inTransaction(connection -> {
            for (Map.Entry<String, String> value : values.entrySet()) {
                facts.put(connection, value.getKey(), value.getValue());
            }
            return null;
        });
    }

    /**
     * Moves the entry, with its revisions, to the trash, in one transaction; its tag, link and alias rows go, so
     * links to it show as unresolved. For indexes kept beside the database this is a removal of the entry.
     * Returns false when there was no such entry.
     */
    public boolean moveToTrash(UUID id, Instant now) {
        ChangeRecorder changes = new ChangeRecorder();
        boolean moved = database.inTransaction(connection -> {
            Optional<Entry> before = entries.findById(connection, id);
            List<Tag> tagsBefore = before.isPresent() ? tagsOf(connection, id) : List.of();
            boolean done = trash.moveToTrash(connection, id, now);
            if (done && before.isPresent()) {
                changes.record(How.TRASHED, before.get(), tagsBefore, null, List.of());
            }
            return done;
        });
        committed(changes);
        return moved;
    }

    /**
     * Brings the entry back from the trash, with its revisions, and indexes it again, in one transaction; if
     * another entry took its title meanwhile it comes back as "Title (restored)". For indexes kept beside the
     * database this is an insertion of the returned entry.
     */
    public Optional<Entry> restoreFromTrash(UUID id) {
        ChangeRecorder changes = new ChangeRecorder();
        Optional<Entry> back = database.inTransaction(connection -> {
            Optional<TrashedEntry> trashed = trash.find(connection, id);
            if (trashed.isEmpty()) {
                return Optional.<Entry>empty();
            }
            String title = trashed.get().title();
            for (int n = 1; entries.titleExists(connection, WikiLink.titleKey(title)); n++) {
                title = withSuffix(trashed.get().title(), n == 1 ? " (restored)" : " (restored " + n + ")");
            }
            trash.moveBack(connection, id, title, WikiLink.titleKey(title));
            Entry restored = entries.findById(connection, id).orElseThrow();
            changes.record(How.RESTORED, null, List.of(), restored, reindex(connection, restored).tags());
            return Optional.of(restored);
        });
        committed(changes);
        return back;
    }

    /** The entries in the trash, most recently deleted first. */
    public List<TrashedEntry> trashed() {
        return database.inTransaction(trash::list);
    }

    /** Deletes everything in the trash for good; returns how many entries went. */
    public int emptyTrash() {
        return database.inTransaction(trash::empty);
    }

    /** The kept revisions of the entry, newest first (empty if there is no such entry). */
    public List<Revision> revisions(UUID id) {
        return database.inTransaction(connection -> {
            Optional<Entry> current = entries.findById(connection, id);
            return current.isPresent() ? revisions.list(connection, current.get()) : List.<Revision>of();
        });
    }

    public int revisionCount(UUID id) {
        return database.inTransaction(connection -> revisions.countFor(connection, id));
    }

    /**
     * Inserts the entries, in one transaction, unless the knowledge base ever had the named fact or has
     * any entry; then records the fact. Returns whether the entries were inserted.
     */
    public boolean insertOnce(String fact, Supplier<List<Entry>> drafts, Instant now) {
        ChangeRecorder changes = new ChangeRecorder();
        boolean done = database.inTransaction(connection -> {
            if (facts.get(connection, fact).isPresent() || entries.count(connection) > 0) {
                return false;
            }
            for (Entry draft : drafts.get()) {
                insert(connection, draft, changes);
            }
            facts.put(connection, fact, now.toString());
            return true;
        });
        committed(changes);
        return done;
    }

    /**
     * Indexes again, once in the life of a knowledge base, the challenges whose body starts with front matter:
     * earlier builds missed that front matter's tags and aliases. A new knowledge base only records the fact.
     */
    public void reindexChallengesWithFrontMatterOnce(Instant now) {
        String fact = KnowledgeBaseFacts.CHALLENGE_FRONT_MATTER_INDEXED;
        if (database.inTransaction(connection -> facts.get(connection, fact)).isPresent()) {
            return;
        }
        ChangeRecorder changes = new ChangeRecorder();
        try {
            database.inTransaction(connection -> {
                for (Entry challenge : entries.challengesWithFrontMatter(connection)) {
                    List<Tag> tagsBefore = tagsOf(connection, challenge.id());
                    changes.record(How.UPDATED, challenge, tagsBefore, challenge, reindex(connection, challenge).tags());
                }
                facts.put(connection, fact, now.toString());
                return null;
            });
        } catch (NexusException readOnly) {
            // A knowledge base that cannot be written (a read-only folder) still opens; the next opening tries again.
            LoggerFactory.getLogger(EntryStore.class).warn("Challenges not indexed again: {}", readOnly.getMessage());
            return;
        }
        committed(changes);
    }

    /**
     * Replaces the knowledge base with a backup ({@link Database#restoreFrom}) and announces that everything
     * changed; returns where the replaced database was set aside.
     */
    public java.nio.file.Path restoreBackup(java.nio.file.Path zip) {
        java.nio.file.Path aside = database.restoreFrom(zip);
        commitListeners.announce(ChangeEvent.everything());
        return aside;
    }

    /** Announces that the review schedule changed (ADR 33), after its transaction committed. */
    public void reviewsChanged() {
        commitListeners.announce(ChangeEvent.reviewsChanged());
    }

    private void committed(ChangeRecorder changes) {
        if (!changes.isEmpty()) {
            commitListeners.announce(changes.event());
        }
    }

    private Entry insert(Connection connection, Entry draft, ChangeRecorder changes) throws SQLException {
        Entry stored = draft.withMeta(new EntryMeta(draft.id(), draft.meta().created(), draft.meta().updated(), 1));
        entries.insert(connection, stored);
        ChallengeStates.recordIfChanged(connection, null, stored);
        changes.record(How.CREATED, null, List.of(), stored, reindex(connection, stored).tags());
        return stored;
    }

    private List<Tag> tagsOf(Connection connection, UUID id) throws SQLException {
        return index.tagsOf(connection, List.of(id)).getOrDefault(id, List.of());
    }

    /** The title with a suffix, shortened so it stays within the 200 characters a title may have. */
    private static String withSuffix(String title, String suffix) {
        return title.substring(0, Math.min(title.length(), 200 - suffix.length())) + suffix;
    }

    private IndexedEntry reindex(Connection connection, Entry entry) throws SQLException {
        IndexedEntry indexed = indexer.apply(entry);
        index.replace(connection, entry.id(), indexed.tags(), indexed.links(), indexed.aliases());
        AttachmentUses.replace(connection, entry);
        return indexed;
    }
}
