package org.projectnexus.logic.store;

import org.projectnexus.model.ChangeEvent.How;
import org.projectnexus.model.WikiLink;

import org.projectnexus.model.StaleEntryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;

/**
 * The entries inside one transaction, for use cases that change several entries at once (renaming an entry and
 * the links to it, renaming a tag): everything done through one session is committed together or not at all.
 */
public final class StoreSession {

    private final Connection connection;
    private final EntryRepository entries;
    private final EntryIndexRepository index;
    private final RevisionRepository revisions;
    private final Function<Entry, IndexedEntry> indexer;
    private final RevisionThinning thinning;
    private final ChangeRecorder changes;
    /**
     * How many backlink rows are held back at most: enough that a large import inserts them in a few goes, few
     * enough that the heap they take does not grow with the import. Held all until the end, they slowed a large
     * import's commit in a small heap (measured: ADR 28).
     */
    static final int HELD_BACKLINKS = 100_000;
    /** Backlink rows held back by {@link #holdBacklinks}; null when not held. */
    private List<BacklinkIndex.Row> heldBacklinks;

    StoreSession(Connection connection, EntryRepository entries, EntryIndexRepository index,
                 RevisionRepository revisions, Function<Entry, IndexedEntry> indexer, RevisionThinning thinning,
                 ChangeRecorder changes) {
        this.changes = changes;
        this.connection = connection;
        this.entries = entries;
        this.index = index;
        this.revisions = revisions;
        this.indexer = indexer;
        this.thinning = thinning;
    }

    /** The transaction's connection, for the store's other tables written in the same transaction (the hub's). */
    Connection connection() {
        return connection;
    }

    /** What this transaction did to the entries so far, announced after its commit. */
    ChangeRecorder changes() {
        return changes;
    }

    public Optional<Entry> find(UUID id) {
        return sql(() -> entries.findById(connection, id));
    }

    /** Ids of the entries with a link to any of these keys (lower-cased titles or aliases). */
    public Set<UUID> linkingTo(Set<String> targetKeys) {
        return sql(() -> index.linkingTo(connection, targetKeys));
    }

    public Set<UUID> taggedWith(Tag tag) {
        return sql(() -> index.taggedWith(connection, tag));
    }

    public List<String> aliasesOf(UUID id) {
        return sql(() -> index.aliasesOf(connection, id));
    }

    /** The entry as it was at an earlier version, from its revisions. */
    public Optional<Entry> revision(Entry current, long version) {
        return sql(() -> revisions.find(connection, current, version));
    }

    /** The entries with these ids that exist, read in this transaction. */
    public List<Entry> findAll(java.util.Collection<UUID> ids) {
        return sql(() -> entries.findByIds(connection, ids));
    }

    /**
     * Stores {@code edited} over {@code previous}, the entry as this session has just read it, keeping
     * {@code previous} as a revision and re-indexing the entry; unchanged text writes nothing. Refuses with
     * {@link StaleEntryException} when {@code edited} was made from another version, or when the stored row
     * changed since it was read (the version check guards the write itself).
     */
    public Entry replace(Entry previous, Entry edited, Instant now) {
        return replace(previous, edited, now, true);
    }

    /**
     * As {@link #replace(Entry, Entry, Instant)}; {@code keepRevision} false writes over {@code previous} without
     * keeping it (a version an autosave wrote earlier in the same editing session).
     */
    public Entry replace(Entry previous, Entry edited, Instant now, boolean keepRevision) {
        return sql(() -> {
            if (previous.version() != edited.version()) {
                throw new StaleEntryException(edited.title());
            }
            if (previous.equals(edited.withMeta(previous.meta()))) {
                return previous;
            }
            Instant updated = now.isAfter(previous.meta().updated()) ? now : previous.meta().updated().plusMillis(1);
            Entry stored = edited.withMeta(edited.meta().stored(updated, edited.version() + 1));
            if (keepRevision) {
                revisions.keep(connection, previous);
            }
            if (!entries.update(connection, stored, edited.version())) {
                throw new StaleEntryException(edited.title());
            }
            thin(stored.id(), updated);
            ChallengeStates.recordIfChanged(connection, previous, stored);
            List<Tag> tagsBefore = index.tagsOf(connection, List.of(stored.id())).getOrDefault(stored.id(), List.of());
            IndexedEntry indexed = indexer.apply(stored);
            index.replace(connection, stored.id(), indexed.tags(), indexed.links(), indexed.aliases());
            AttachmentUses.replace(connection, stored);
            boolean renamed = !WikiLink.titleKey(previous.title()).equals(WikiLink.titleKey(stored.title()));
            changes.record(renamed ? How.RENAMED : How.UPDATED, previous, tagsBefore, stored, indexed.tags());
            return stored;
        });
    }

    /** Lets go of the entry's aged revisions; only looks when there are more than the policy always keeps. */
    private void thin(UUID id, Instant now) throws SQLException {
        if (revisions.countFor(connection, id) > thinning.keepLatest()) {
            Set<Long> drop = thinning.toDrop(revisions.stamps(connection, id), now);
            if (!drop.isEmpty()) {
                revisions.delete(connection, id, drop);
                AttachmentCollection.collect(connection); // what only the dropped revisions used goes too
            }
        }
    }

    /** The entry with exactly this title (ignoring case), not one found by alias. */
    public Optional<Entry> findByExactTitle(String title) {
        String key = WikiLink.titleKey(title);
        return sql(() -> entries.findByTitle(connection, title))
                .filter(found -> WikiLink.titleKey(found.title()).equals(key));
    }

    /** Ids and titles of every entry, read in this transaction (for checking many titles without a query each). */
    public List<org.projectnexus.model.EntrySummary> summaries() {
        return sql(() -> entries.summaries(connection));
    }

    public boolean exists(UUID id) {
        return sql(() -> entries.findById(connection, id).isPresent());
    }

    /**
     * Stores an entry as it is given, keeping its id, created and updated times (for imports and restores), as
     * version 1, with its tag and link indexes. All-or-nothing for this entry: if any of its rows cannot be
     * written, none of them stays (a savepoint), and the failure is thrown for the caller to report and go on.
     */
    public Entry insertAsGiven(Entry entry) {
        return sql(() -> {
            java.sql.Savepoint before = connection.setSavepoint();
            try {
                Entry stored = entry.withMeta(new org.projectnexus.model.EntryMeta(entry.id(), entry.meta().created(),
                        entry.meta().updated(), 1));
                entries.insert(connection, stored);
                IndexedEntry indexed = indexer.apply(stored);
                index.replace(connection, stored.id(), indexed.tags(), indexed.links(), indexed.aliases());
                AttachmentUses.insertFor(connection, stored);
                connection.releaseSavepoint(before);
                changes.record(How.IMPORTED, null, List.of(), stored, indexed.tags());
                return stored;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback(before);
                throw failure;
            }
        });
    }

    /**
     * Stores many new entries as given (ids and times kept, version 1), with batched statements: the fast path of an
     * import. All-or-nothing for the batch (a savepoint): on any failure nothing of it stays and the failure is
     * thrown, so the caller can store the entries one by one with {@link #insertAsGiven} to find the bad one.
     */
    public List<Entry> insertAllAsGiven(List<Entry> given) {
        return insertAllIndexed(given.stream().map(indexer).toList());
    }

    /**
     * Like {@link #insertAllAsGiven}, for entries whose tags, links and aliases the caller has worked out already
     * (an import does it on another thread while this one writes): they must be what the store's indexer gives.
     */
    public List<Entry> insertAllIndexed(List<IndexedEntry> given) {
        List<IndexedEntry> indexed = given.stream().map(entry -> new IndexedEntry(entry.entry().withMeta(
                new org.projectnexus.model.EntryMeta(entry.entry().id(), entry.entry().meta().created(),
                        entry.entry().meta().updated(), 1)), entry.tags(), entry.links(), entry.aliases())).toList();
        List<Entry> stored = indexed.stream().map(IndexedEntry::entry).toList();
        List<BacklinkIndex.Row> backlinks = sql(() -> {
            java.sql.Savepoint before = connection.setSavepoint();
            try {
                Map<UUID, Long> numbers = entries.insertAll(connection, stored);
                List<UUID> ids = stored.stream().map(Entry::id).toList();
                List<BacklinkIndex.Row> rows = index.insertAllButBacklinks(connection, indexed, ids, numbers);
                if (heldBacklinks == null) {
                    BacklinkIndex.insert(connection, rows);
                }
                for (Entry entry : stored) {
                    AttachmentUses.insertFor(connection, entry);
                }
                connection.releaseSavepoint(before);
                return rows;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback(before);
                throw failure;
            }
        });
        indexed.forEach(entry -> changes.record(How.IMPORTED, null, List.of(), entry.entry(), entry.tags()));
        if (heldBacklinks != null) {
            hold(backlinks); // only once the batch is stored: a failed one is retried entry by entry
        }
        return stored;
    }

    /**
     * From now on, {@link #insertAllIndexed} holds back the entries' backlink rows, and inserts them in key order,
     * {@link #HELD_BACKLINKS} at a time and at {@link #writeHeldBacklinks}: H2 then writes each page of that tree
     * once per such insert, instead of at each of its stores (ADR 28). Until they are written, the new entries are
     * missing from backlink queries in this session.
     */
    public void holdBacklinks() {
        if (heldBacklinks == null) {
            heldBacklinks = new ArrayList<>();
        }
    }

    /** Inserts the backlink rows held back since {@link #holdBacklinks}, and stops holding them. */
    public void writeHeldBacklinks() {
        if (heldBacklinks == null) {
            return;
        }
        insertHeldBacklinks();
        heldBacklinks = null;
    }

    private void hold(List<BacklinkIndex.Row> rows) {
        heldBacklinks.addAll(rows);
        if (heldBacklinks.size() >= HELD_BACKLINKS) {
            insertHeldBacklinks();
        }
    }

    private void insertHeldBacklinks() {
        sql(() -> {
            BacklinkIndex.insert(connection, heldBacklinks);
            return null;
        });
        heldBacklinks.clear();
    }

    /**
     * Like {@link #replace} (the previous version is kept as a revision), but all-or-nothing for this entry through
     * a savepoint, so an import can report a failed overwrite and go on.
     */
    public Entry replaceOrUndo(Entry previous, Entry edited, Instant now) {
        java.sql.Savepoint before = sql(connection::setSavepoint);
        try {
            Entry stored = replace(previous, edited, now);
            sql(() -> {
                connection.releaseSavepoint(before);
                return null;
            });
            return stored;
        } catch (RuntimeException failure) {
            sql(() -> {
                connection.rollback(before);
                return null;
            });
            throw failure;
        }
    }

    /** Work of another store on this session's connection, in its transaction (an attachment's rename). */
    <T> T withConnection(SqlWork<T> work) {
        return sql(() -> work.run(connection));
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException failure) {
            throw StoreFailures.translate(failure);
        }
    }
}
