package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.ChangeEvent.How;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.ServerEntry;
import org.projectnexus.model.Tag;

/**
 * The local half of the team hub (issue 27, ADR 41): which team each shared entry belongs to and the version it was
 * last synced at (the base of a three-way merge), the outbox of committed changes not yet acknowledged by the
 * server, and the hubs joined. Changes that come from the server are written here together with the entries they
 * change, in one transaction, and are kept out of the outbox.
 */
public final class HubLedger {

    public static final String UPSERT = "UPSERT";
    public static final String DELETE = "DELETE";
    public static final String UNSHARE = "UNSHARE";

    /** The latest outbox row of an entry; sending it acknowledges every row of the entry up to {@code seq}. */
    public record OutboxItem(long seq, UUID changeId, UUID entryId, String action, Long baseVersion) {
    }

    /** A team entry's last synced state: {@code fields} null while it was never synced. */
    public record SyncedBase(UUID entryId, String team, long serverVersion, long syncedLocalVersion,
                             boolean serverDeleted, EntryFields fields, String changedBy, Instant changedAt) {
    }

    private final Database database;
    private final EntryStore store;
    private final HubTables tables = new HubTables();
    private final HubIntake intake;
    /** Set while this thread writes what came from the server: those changes are not sent back. */
    private final ThreadLocal<Boolean> applyingServerChanges = ThreadLocal.withInitial(() -> false);
    /** Whether any entry was ever shared here; until then a change costs the outbox nothing (null: not looked yet). */
    private volatile Boolean anyShared;
    /**
     * The teams whose missed changes were looked for since this knowledge base was opened. A committed change misses
     * the outbox only when the process ended before its event came here, when the outbox write failed, or when the
     * change came as a reset (a backup restored): the first two are found at the first sync after opening, the
     * others clear this set. Looking costs a scan of every team entry (1–2 s at 100,000): not at every sync.
     */
    private final java.util.Set<String> lookedForMissed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public HubLedger(Database database, EntryStore store) {
        this.database = database;
        this.store = store;
        this.intake = new HubIntake(database, store, tables);
    }

    /**
     * Feeds the outbox from a committed change (a subscriber of the change events): each change of a team entry
     * becomes an outbox row with a change id of its own. A change lost here (the process ended first) is found again
     * by {@link #requeueMissed}.
     */
    public void record(ChangeEvent event, Instant now) {
        if (event.reset()) {
            anyShared = null;
            lookedForMissed.clear();
            return;
        }
        if (applyingServerChanges.get() || event.changes().isEmpty()) {
            return;
        }
        try {
            if (anyShared == null) {
                anyShared = database.inTransaction(tables::anyShared);
            }
            if (!anyShared) {
                return;
            }
            database.inTransaction(connection -> {
                Map<UUID, String> spaces = tables.spacesOf(connection, event.ids());
                for (ChangeEvent.Change change : event.changes()) {
                    String team = spaces.get(change.id());
                    if (team != null) {
                        tables.enqueue(connection, change.id(), team, change.how() == How.TRASHED ? DELETE : UPSERT,
                                null, now);
                    }
                }
                return null;
            });
        } catch (RuntimeException failure) {
            lookedForMissed.clear();
            throw failure;
        }
    }

    public void join(String team, String url, String member, char[] rememberedPassword, Instant now) {
        database.inTransaction(connection -> {
            tables.join(connection, team, url, member, rememberedPassword, now);
            return null;
        });
    }

    /** Remembers the team's password inside this knowledge base (a member signed in and asked for it). */
    public void rememberPassword(String team, char[] password) {
        database.inTransaction(connection -> {
            tables.rememberPassword(connection, team, password);
            return null;
        });
    }

    public List<HubMembership> memberships() {
        return database.inTransaction(tables::memberships);
    }

    public Optional<char[]> password(String team) {
        return database.inTransaction(connection -> tables.password(connection, team)).map(String::toCharArray);
    }

    public void advance(String team, long cursor, Instant syncedAt) {
        database.inTransaction(connection -> {
            tables.advance(connection, team, cursor, syncedAt);
            return null;
        });
    }

    /** Every team entry's team, by entry id (entries not here are personal). */
    public Map<UUID, String> spaces() {
        return database.inTransaction(tables::spaces);
    }

    public Optional<SyncedBase> base(UUID id) {
        return database.inTransaction(connection -> tables.base(connection, id));
    }

    /** Moves the entry into the team's space and queues it to be sent, in one transaction. */
    public void share(UUID id, String team, Instant now) {
        database.inTransaction(connection -> {
            anyShared = true;
            tables.addToSpace(connection, id, team);
            tables.enqueue(connection, id, team, UPSERT, null, now);
            return null;
        });
    }

    /**
     * Makes the entry personal again: it leaves the space at once, and the server drops it from the team unless a
     * teammate changed it since this knowledge base last synced it.
     */
    public void unshare(UUID id, Instant now) {
        database.inTransaction(connection -> {
            Optional<SyncedBase> base = tables.base(connection, id);
            if (base.isPresent()) {
                tables.dropOutbox(connection, id);
                tables.removeFromSpace(connection, id);
                if (base.get().serverVersion() > 0) {
                    tables.enqueue(connection, id, base.get().team(), UNSHARE, base.get().serverVersion(), now);
                }
            }
            return null;
        });
    }

    /**
     * Queues the team's changes whose outbox row was lost; returns how many. Looks once after opening (and again after
     * a reset or a failed outbox write), since only those lose rows.
     */
    public int requeueMissed(String team, Instant now) {
        if (!lookedForMissed.add(team)) {
            return 0;
        }
        try {
            return lookForMissed(team, now);
        } catch (RuntimeException failure) {
            lookedForMissed.remove(team);
            throw failure;
        }
    }

    private int lookForMissed(String team, Instant now) {
        return database.inTransaction(connection -> {
            int queued = 0;
            for (UUID id : tables.missedChanges(connection, team, false)) {
                tables.enqueue(connection, id, team, UPSERT, null, now);
                queued++;
            }
            for (UUID id : tables.missedChanges(connection, team, true)) {
                tables.enqueue(connection, id, team, DELETE, null, now);
                queued++;
            }
            return queued;
        });
    }

    public List<OutboxItem> outbox(String team) {
        return database.inTransaction(connection -> tables.outbox(connection, team));
    }

    public List<UUID> pendingChangeIds(UUID id) {
        return database.inTransaction(connection -> tables.changeIds(connection, id));
    }

    public boolean hasPending(UUID id) {
        return database.inTransaction(connection -> tables.hasPending(connection, id));
    }

    public int pending(String team) {
        return database.inTransaction(connection -> tables.pending(connection, team));
    }

    public int sharedCount(String team) {
        return database.inTransaction(connection -> tables.sharedCount(connection, team));
    }

    /**
     * The server acknowledged the entry's outbox rows up to {@code upToSeq}: it now holds {@code acknowledged},
     * which is local version {@code localVersion}. An acknowledged unshare or a delete of a personal entry leaves
     * no space row behind.
     */
    public void acknowledge(UUID id, String team, long upToSeq, ServerEntry acknowledged, long localVersion,
                            boolean leftTheTeam) {
        database.inTransaction(connection -> {
            tables.dropOutbox(connection, id, upToSeq);
            if (!leftTheTeam) {
                tables.synced(connection, team, acknowledged, localVersion);
            }
            return null;
        });
    }

    /** An acknowledged outbox row: the server now holds {@code now} (null: nothing to record, the rows just go). */
    public record Ack(UUID id, long upToSeq, ServerEntry now, long localVersion) {
    }

    /** Many acknowledgements of one push, in one transaction. */
    public void acknowledgeAll(String team, List<Ack> acks) {
        if (acks.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            for (Ack ack : acks) {
                tables.dropOutbox(connection, ack.id(), ack.upToSeq());
                if (ack.now() != null) {
                    tables.synced(connection, team, ack.now(), ack.localVersion());
                }
            }
            return null;
        });
    }

    /** These entries as this knowledge base has them now (those not trashed), by id. */
    public Map<UUID, Entry> locals(java.util.Collection<UUID> ids) {
        Map<UUID, Entry> found = new java.util.HashMap<>();
        store.findAll(ids).forEach(entry -> found.put(entry.id(), entry));
        return found;
    }

    /** Drops the entry's outbox rows up to {@code upToSeq} with nothing else to record (nothing left to send). */
    public void dropSent(UUID id, long upToSeq) {
        database.inTransaction(connection -> {
            tables.dropOutbox(connection, id, upToSeq);
            return null;
        });
    }

    /**
     * Takes the server's version of a team entry into this knowledge base, in one transaction: the entry becomes
     * {@code content} (the server's text, or a merge of it with local edits), created, brought back from the trash or
     * trashed as needed, and {@code theirs} becomes its synced base. The entry's outbox rows are settled: none is left
     * when the entry now equals the server's version, else one fresh row (a new change id) sends the merge. Returns
     * the local entry afterwards (empty when it is trashed).
     */
    public Optional<Entry> take(String team, ServerEntry theirs, EntryFields content, Instant now) {
        return fromServer(() -> intake.take(team, theirs, content, now));
    }

    /**
     * Takes in many server changes of entries with no local change waiting, in one transaction (a pull's page; a
     * first sync is thousands). An entry new to this space whose id is a personal entry here (one this knowledge base
     * made personal again) is left alone. Returns how many entries changed here.
     */
    public int takeAll(String team, List<ServerEntry> changes, Instant now) {
        return changes.isEmpty() ? 0 : fromServer(() -> intake.takeAll(team, changes, now));
    }

    /**
     * A change of this knowledge base reached the server though its acknowledgement was lost (the connection broke):
     * {@code theirs}, made by the outbox row {@code changeId}, becomes the synced base, that row and the older ones
     * go, and what the entry changed since (if anything) stays queued, or is queued afresh.
     */
    public void landed(String team, ServerEntry theirs, UUID changeId, Instant now) {
        intake.landed(team, theirs, changeId, now);
    }

    /**
     * Overlapping edits: the entry takes the server's version, and the member's version is kept as a personal entry
     * titled {@code copyTitle} whose first line links to the entry; both are recorded as a conflict. Returns the copy.
     */
    public Entry keepBoth(String team, ServerEntry theirs, Entry mine, String copyTitle, String copyBody, Instant now) {
        return fromServer(() -> intake.keepBoth(team, theirs, mine, copyTitle, copyBody, now));
    }

    /** Runs a write of what came from the server: its change events do not feed the outbox. */
    private <T> T fromServer(java.util.function.Supplier<T> write) {
        anyShared = true;
        applyingServerChanges.set(true);
        try {
            return write.get();
        } finally {
            applyingServerChanges.set(false);
        }
    }

    /** The synced state of these entries that are in a team space. */
    public Map<UUID, SyncedBase> bases(java.util.Collection<UUID> ids) {
        return database.inTransaction(connection -> {
            Map<UUID, SyncedBase> found = new java.util.HashMap<>();
            for (UUID id : tables.spacesOf(connection, ids).keySet()) {
                tables.base(connection, id).ifPresent(base -> found.put(id, base));
            }
            return found;
        });
    }

    /** The entries with a change waiting in the outbox. */
    public java.util.Set<UUID> pendingEntries() {
        return database.inTransaction(tables::pendingEntries);
    }

    /** The entry's local version {@code localVersion} is what the server has already (nothing to send). */
    public void alreadySynced(UUID id, long upToSeq, long localVersion) {
        database.inTransaction(connection -> {
            tables.dropOutbox(connection, id, upToSeq);
            tables.syncedLocalVersion(connection, id, localVersion);
            return null;
        });
    }

    /** The entry as this knowledge base has it now (empty when trashed or gone). */
    public Optional<Entry> local(UUID id) {
        return store.find(id);
    }

    public void notice(String team, UUID id, String message, Instant now) {
        database.inTransaction(connection -> {
            tables.notice(connection, team, id, message, now);
            return null;
        });
    }

    /** Takes the conflict of this copy out of the open ones; false when it was not open. */
    public boolean resolve(UUID copyId) {
        return database.inTransaction(connection -> tables.resolve(connection, copyId));
    }

    /** The conflicts not yet resolved, oldest first. */
    public List<HubConflict> conflicts() {
        List<HubConflict> found = new ArrayList<>();
        for (Object[] row : database.inTransaction(tables::conflicts)) {
            found.add(new HubConflict((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    (Instant) row[5]));
        }
        return found;
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
