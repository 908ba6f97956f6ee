package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.ChangeEvent.How;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.ServerEntry;
import org.projectnexus.model.Tag;

/**
 * Writing what came from the hub into the entries, each time in one transaction with the hub's bookkeeping (the
 * synced base, the outbox): {@link HubLedger}'s hands. Its callers keep these writes out of the outbox.
 */
final class HubIntake {

    private final Database database;
    private final EntryStore store;
    private final HubTables tables;
    private final TrashRepository trash = new TrashRepository();

    HubIntake(Database database, EntryStore store, HubTables tables) {
        this.database = database;
        this.store = store;
        this.tables = tables;
    }

    /**
     * Takes the server's version of a team entry into this knowledge base, in one transaction: the entry becomes
     * {@code content} (the server's text, or a merge of it with local edits), created, brought back from the trash or
     * trashed as needed, and {@code theirs} becomes its synced base. The entry's outbox rows are settled: none is left
     * when the entry now equals the server's version, else one fresh row (a new change id) sends the merge. Returns
     * the local entry afterwards (empty when it is trashed).
     */
    Optional<Entry> take(String team, ServerEntry theirs, EntryFields content, Instant now) {
        UUID id = theirs.entry().id();
        boolean same = content.equals(EntryFields.of(theirs.entry()));
        boolean wantsLive = !theirs.deleted() || !same;
        {
            if (wantsLive && store.find(id).isEmpty()) {
                store.restoreFromTrash(id);
            }
            return store.transaction(session -> sql(() -> {
                Connection connection = session.connection();
                Optional<Entry> current = session.find(id);
                Entry stored = null;
                if (wantsLive) {
                    stored = current.isPresent()
                            ? session.replace(current.get(), content.toEntry(current.get().meta()), now)
                            : session.insertAsGiven(freeTitle(session, content.toEntry(
                                    HubTables.metaAt(id, theirs.changedAt() == null ? now : theirs.changedAt(), 1)), team));
                } else if (current.isPresent()) {
                    List<Tag> tags = tagsOf(session, id);
                    trash.moveToTrash(connection, id, now);
                    session.changes().record(How.TRASHED, current.get(), tags, null, List.of());
                }
                tables.dropOutbox(connection, id);
                if (!same) {
                    tables.enqueue(connection, id, team, HubLedger.UPSERT, null, now);
                }
                tables.synced(connection, team, theirs, stored == null ? 0 : same ? stored.version() : -1);
                return Optional.ofNullable(stored);
            }));
        }
    }

    /**
     * Takes in many server changes of entries with no local change waiting, in one transaction (a pull's page; a
     * first sync is thousands): each entry becomes the server's version, or is trashed when deleted there. An entry
     * new to this space whose id is a personal entry here (one this knowledge base made personal again) is left
     * alone. Returns how many entries changed here.
     */
    int takeAll(String team, List<ServerEntry> changes, Instant now) {
        if (changes.isEmpty()) {
            return 0;
        }
        {
            return store.transaction(session -> sql(() -> {
                Connection connection = session.connection();
                Map<UUID, String> spaces = tables.spacesOf(connection, changes.stream().map(c -> c.entry().id()).toList());
                Map<UUID, Entry> current = new java.util.HashMap<>();
                session.findAll(changes.stream().map(c -> c.entry().id()).toList())
                        .forEach(entry -> current.put(entry.id(), entry));
                int taken = 0;
                List<ServerEntry> fresh = new java.util.ArrayList<>();
                for (ServerEntry theirs : changes) {
                    UUID id = theirs.entry().id();
                    Entry here = current.get(id);
                    if (!spaces.containsKey(id) && (here != null || theirs.deleted())) {
                        continue;
                    }
                    Entry stored = null;
                    if (!theirs.deleted() && here == null) {
                        fresh.add(theirs);
                        continue;
                    }
                    if (!theirs.deleted()) {
                        stored = session.replace(here, EntryFields.of(theirs.entry()).toEntry(here.meta()), now);
                    } else if (here != null) {
                        List<Tag> tags = tagsOf(session, id);
                        trash.moveToTrash(connection, id, now);
                        session.changes().record(How.TRASHED, here, tags, null, List.of());
                    }
                    tables.synced(connection, team, theirs, stored == null ? 0 : stored.version());
                    taken++;
                }
                insertFresh(session, team, fresh, now);
                taken += fresh.size();
                return taken;
            }));
        }
    }

    /**
     * Entries new to this knowledge base, in one batch (the import's fast path); if the batch fails (a title some
     * entry here has already), one by one, a taken title getting the team's name added.
     */
    private void insertFresh(StoreSession session, String team, List<ServerEntry> fresh, Instant now)
            throws SQLException {
        List<Entry> drafts = fresh.stream().map(theirs -> EntryFields.of(theirs.entry()).toEntry(HubTables.metaAt(
                theirs.entry().id(), theirs.changedAt() == null ? now : theirs.changedAt(), 1))).toList();
        try {
            session.insertAllAsGiven(drafts);
        } catch (RuntimeException titleTaken) {
            for (Entry draft : drafts) {
                session.insertAsGiven(freeTitle(session, draft, team));
            }
        }
        for (ServerEntry theirs : fresh) {
            tables.synced(session.connection(), team, theirs, 1);
        }
    }

    /**
     * A change of this knowledge base reached the server though its acknowledgement was lost (the connection broke):
     * {@code theirs}, made by the outbox row {@code changeId}, becomes the synced base, that row and the older ones
     * go, and what the entry changed since (if anything) stays queued, or is queued afresh.
     */
    void landed(String team, ServerEntry theirs, UUID changeId, Instant now) {
        UUID id = theirs.entry().id();
        database.inTransaction(connection -> {
            long seq = tables.outboxSeq(connection, changeId);
            tables.dropOutbox(connection, id, seq);
            Optional<Entry> local = new EntryRepository().findById(connection, id);
            boolean same = local.isPresent() && EntryFields.of(local.get()).equals(EntryFields.of(theirs.entry()));
            tables.synced(connection, team, theirs, same ? local.get().version() : -1);
            if (!same && !tables.hasPending(connection, id)) {
                tables.enqueue(connection, id, team, local.isPresent() ? HubLedger.UPSERT : HubLedger.DELETE, null, now);
            }
            return null;
        });
    }

    /**
     * Overlapping edits: the entry takes the server's version, and the member's version is kept as a personal entry
     * titled {@code copyTitle} whose first line links to the entry; both are recorded as a conflict. Returns the copy.
     */
    Entry keepBoth(String team, ServerEntry theirs, Entry mine, String copyTitle, String copyBody, Instant now) {
        take(team, theirs, EntryFields.of(theirs.entry()), now);
        Entry copy = store.transaction(session -> {
            Entry draft = mine.withText(copyTitle, copyBody).withMeta(HubTables.metaAt(UUID.randomUUID(), now, 1));
            Entry stored = session.insertAsGiven(freeTitle(session, draft, "copy"));
            sql(() -> {
                tables.conflict(session.connection(), stored.id(), theirs.entry().id(), team, now);
                return null;
            });
            return stored;
        });
        return copy;
    }

    /** The entry with a title no other entry has: its own, else with the suffix (then numbered). */
    private static Entry freeTitle(StoreSession session, Entry entry, String suffix) {
        String title = entry.title();
        for (int n = 1; sessionHasOther(session, title, entry.id()); n++) {
            String tail = n == 1 ? " (" + suffix + ")" : " (" + suffix + " " + n + ")";
            title = entry.title().substring(0, Math.min(entry.title().length(), 200 - tail.length())) + tail;
        }
        return entry.withText(title, entry.body());
    }

    private static boolean sessionHasOther(StoreSession session, String title, UUID id) {
        return session.findByExactTitle(title).filter(found -> !found.id().equals(id)).isPresent();
    }

    private static List<Tag> tagsOf(StoreSession session, UUID id) throws SQLException {
        return new EntryIndexRepository().tagsOf(session.connection(), List.of(id)).getOrDefault(id, List.of());
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
