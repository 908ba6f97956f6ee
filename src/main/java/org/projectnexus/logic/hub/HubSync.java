package org.projectnexus.logic.hub;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.projectnexus.logic.store.HubLedger;
import org.projectnexus.logic.store.HubLedger.OutboxItem;
import org.projectnexus.logic.store.HubLedger.SyncedBase;
import org.projectnexus.logic.store.hub.HubSession;
import org.projectnexus.logic.store.hub.HubSession.Outgoing;
import org.projectnexus.logic.store.hub.HubSession.PushOutcome;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.ServerEntry;
import org.projectnexus.model.SyncReport;

/**
 * One sync of a team (ADR 41): changes whose outbox row was lost are queued again, the server's changes since the
 * cursor are pulled and taken in (merged three ways with local edits still to go out), then the outbox is pushed,
 * each change over the server version it was made from. Whatever breaks on the way, the outbox and the cursor only
 * move after the work they stand for is committed, so the next sync picks up where this one stopped.
 */
public final class HubSync {

    /** How many server changes one pull reads at once. */
    static final int PAGE = 1000;
    /** How many changes one push sends in one server transaction. */
    static final int BATCH = 500;
    /** How many times a push is tried again after merging with a teammate's change that came in between. */
    private static final int ATTEMPTS = 5;

    private final HubLedger ledger;
    private final Clock clock;
    private final String me;
    private int pulled;
    private int pushed;
    private int merged;
    private int conflicts;
    private final List<String> notices = new ArrayList<>();

    private final Predicate<Entry> isPrivate;

    /** {@code isPrivate}: whether an entry is tagged #private (it is never sent). */
    public HubSync(HubLedger ledger, Clock clock, String me, Predicate<Entry> isPrivate) {
        this.ledger = ledger;
        this.isPrivate = isPrivate;
        this.clock = clock;
        this.me = me;
    }

    public SyncReport sync(HubSession session, long cursor) {
        String team = session.team();
        ledger.requeueMissed(team, clock.instant());
        long at = pull(session, cursor);
        pushAll(session);
        at = pull(session, at);
        ledger.advance(team, at, clock.instant());
        return new SyncReport(team, pushed, pulled, merged, conflicts, notices);
    }

    private long pull(HubSession session, long cursor) {
        long at = cursor;
        while (true) {
            List<ServerEntry> page = session.pull(at, PAGE);
            takeInPage(session.team(), page);
            if (!page.isEmpty()) {
                at = page.get(page.size() - 1).seq();
            }
            if (page.size() < PAGE) {
                // The last page's place is kept by the sync's own advance: one durable commit fewer per sync. Taken
                // in again after a failure in between, its changes are recognised as synced already.
                return at;
            }
            ledger.advance(session.team(), at, clock.instant());
        }
    }

    /**
     * A page of server changes: those of entries with nothing waiting to go out are taken in one transaction, the
     * others (merges, this knowledge base's own changes come back) one by one.
     */
    private void takeInPage(String team, List<ServerEntry> page) {
        Map<UUID, SyncedBase> bases = ledger.bases(page.stream().map(theirs -> theirs.entry().id()).toList());
        Set<UUID> pending = ledger.pendingEntries();
        List<ServerEntry> plain = new ArrayList<>();
        List<ServerEntry> careful = new ArrayList<>();
        for (ServerEntry theirs : page) {
            UUID id = theirs.entry().id();
            SyncedBase base = bases.get(id);
            if (base != null && theirs.version() <= base.serverVersion()) {
                continue;
            }
            (pending.contains(id) ? careful : plain).add(theirs);
        }
        pulled += ledger.takeAll(team, plain, clock.instant());
        careful.forEach(theirs -> takeIn(team, theirs));
    }

    /** A server change: taken as it is, merged with local edits, or recognised as this knowledge base's own. */
    private void takeIn(String team, ServerEntry theirs) {
        UUID id = theirs.entry().id();
        Optional<SyncedBase> base = ledger.base(id);
        Instant now = clock.instant();
        if (base.isEmpty()) {
            // New to this knowledge base, unless it is one it made personal again (it stays personal here).
            if (!theirs.deleted() && ledger.local(id).isEmpty() && !ledger.hasPending(id)) {
                ledger.take(team, theirs, EntryFields.of(theirs.entry()), now);
                pulled++;
            }
            return;
        }
        if (theirs.version() <= base.get().serverVersion()) {
            return;
        }
        List<UUID> mine = ledger.pendingChangeIds(id);
        if (mine.isEmpty()) {
            ledger.take(team, theirs, EntryFields.of(theirs.entry()), now);
            pulled++;
        } else if (mine.contains(theirs.changeId())) {
            ledger.landed(team, theirs, theirs.changeId(), now);
        } else {
            reconcile(team, base.get(), theirs);
        }
    }

    /** Local edits still to go out meet a teammate's change of the same entry: nothing of either is lost. */
    private void reconcile(String team, SyncedBase base, ServerEntry theirs) {
        Instant now = clock.instant();
        Optional<Entry> local = ledger.local(theirs.entry().id());
        String title = SafeText.forDisplay(theirs.entry().title());
        if (local.isEmpty()) {
            if (!theirs.deleted()) {
                ledger.take(team, theirs, EntryFields.of(theirs.entry()), now);
                notice(team, theirs, "“" + title + "” was changed by " + theirs.changedBy()
                        + " after you deleted it: your delete was undone.");
                pulled++;
            } else {
                ledger.take(team, theirs, EntryFields.of(theirs.entry()), now);
            }
            return;
        }
        EntryFields mine = EntryFields.of(local.get());
        if (theirs.deleted()) {
            ledger.take(team, theirs, mine, now);
            notice(team, theirs, "“" + title + "” was deleted by " + theirs.changedBy()
                    + " while you edited it: your edit keeps it.");
            merged++;
            return;
        }
        Optional<EntryFields> result = EntryMerge.merge(base.fields(), mine, EntryFields.of(theirs.entry()));
        if (result.isPresent()) {
            ledger.take(team, theirs, result.get(), now);
            merged++;
        } else {
            String copyTitle = ConflictCopies.title(local.get().title(), me, now);
            ledger.keepBoth(team, theirs, local.get(), copyTitle, ConflictCopies.body(theirs, local.get()), now);
            conflicts++;
        }
    }

    /**
     * Sends the outbox in batches (one server transaction each, one local transaction for their acknowledgements);
     * a change refused because a teammate's came first is merged and sent again on its own.
     */
    private void pushAll(HubSession session) {
        String team = session.team();
        List<OutboxItem> items = ledger.outbox(team);
        for (int from = 0; from < items.size(); from += BATCH) {
            List<OutboxItem> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            List<UUID> ids = batch.stream().map(OutboxItem::entryId).toList();
            Map<UUID, SyncedBase> bases = ledger.bases(ids);
            Map<UUID, Entry> locals = ledger.locals(ids);
            List<OutboxItem> sending = new ArrayList<>();
            List<Outgoing> outgoing = new ArrayList<>();
            for (OutboxItem item : batch) {
                Outgoing change = outgoing(item, bases.get(item.entryId()), locals.get(item.entryId()));
                if (change != null) {
                    sending.add(item);
                    outgoing.add(change);
                }
            }
            List<PushOutcome> outcomes = outgoing.isEmpty() ? List.of() : session.pushAll(outgoing);
            List<HubLedger.Ack> acks = new ArrayList<>();
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < sending.size(); i++) {
                OutboxItem item = sending.get(i);
                PushOutcome outcome = outcomes.get(i);
                if (item.action().equals(HubLedger.UNSHARE)) {
                    acks.add(new HubLedger.Ack(item.entryId(), item.seq(), null, 0));
                    pushed++;
                } else if (outcome.applied()) {
                    acks.add(ack(item, bases.get(item.entryId()), locals.get(item.entryId()), outgoing.get(i), outcome));
                } else {
                    refused.add(i);
                }
            }
            ledger.acknowledgeAll(team, acks);
            for (int i : refused) {
                afterRefusal(session, sending.get(i), outcomes.get(i).current(), 0);
            }
        }
    }

    /** What to send for an outbox row, or null when nothing is to be sent (settled here). */
    private Outgoing outgoing(OutboxItem item, SyncedBase base, Entry local) {
        UUID id = item.entryId();
        if (item.action().equals(HubLedger.UNSHARE)) {
            return new Outgoing(item.changeId(), id, item.action(), item.baseVersion(), null);
        }
        boolean deletes = item.action().equals(HubLedger.DELETE);
        if (base == null || !deletes && local == null) {
            ledger.dropSent(id, item.seq());
            return null;
        }
        if (!deletes && isPrivate.test(local)) {
            notices.add("“" + SafeText.forDisplay(local.title()) + "” is tagged #private: it was not sent."
                    + " Unshare it, or take the tag off.");
            return null;
        }
        EntryFields fields = deletes ? base.fields() : EntryFields.of(local);
        if (!deletes && fields.equals(base.fields()) && base.serverVersion() > 0 && !base.serverDeleted()) {
            ledger.alreadySynced(id, item.seq(), local.version());
            return null;
        }
        if (deletes && (base.serverVersion() == 0 || base.serverDeleted())) {
            ledger.dropSent(id, item.seq());
            return null;
        }
        return new Outgoing(item.changeId(), id, item.action(), base.serverVersion(), fields);
    }

    private HubLedger.Ack ack(OutboxItem item, SyncedBase base, Entry local, Outgoing sent, PushOutcome outcome) {
        UUID id = item.entryId();
        if (outcome.current() != null || outcome.at() == null
                || outcome.duplicate() && outcome.version() < base.serverVersion()) {
            // Nothing was written (a delete of a deleted entry), or an old change acknowledged again.
            return new HubLedger.Ack(id, item.seq(), null, 0);
        }
        boolean deletes = item.action().equals(HubLedger.DELETE);
        Instant at = outcome.at();
        ServerEntry now = new ServerEntry(sent.fields().toEntry(new EntryMeta(id, at, at, outcome.version())), deletes,
                outcome.by(), at, item.changeId(), outcome.seq());
        pushed++;
        return new HubLedger.Ack(id, item.seq(), now, local == null ? 0 : local.version());
    }

    /** A change refused because the entry moved on: this knowledge base's own lost acknowledgement, or a teammate's. */
    private void afterRefusal(HubSession session, OutboxItem item, ServerEntry current, int attempt) {
        String team = session.team();
        UUID id = item.entryId();
        Optional<SyncedBase> base = ledger.base(id);
        if (base.isEmpty()) {
            return;
        }
        if (ledger.pendingChangeIds(id).contains(current.changeId())) {
            ledger.landed(team, current, current.changeId(), clock.instant());
        } else {
            reconcile(team, base.get(), current);
        }
        if (attempt + 1 < ATTEMPTS) {
            ledger.outbox(team).stream().filter(next -> next.entryId().equals(id)).findFirst()
                    .ifPresent(next -> push(session, next, attempt + 1));
        }
    }

    private void push(HubSession session, OutboxItem item, int attempt) {
        SyncedBase base = ledger.base(item.entryId()).orElse(null);
        Entry local = ledger.local(item.entryId()).orElse(null);
        Outgoing change = outgoing(item, base, local);
        if (change == null) {
            return;
        }
        PushOutcome outcome = session.pushAll(List.of(change)).get(0);
        if (item.action().equals(HubLedger.UNSHARE)) {
            ledger.dropSent(item.entryId(), item.seq());
            pushed++;
        } else if (outcome.applied()) {
            ledger.acknowledgeAll(session.team(), List.of(ack(item, base, local, change, outcome)));
        } else {
            afterRefusal(session, item, outcome.current(), attempt);
        }
    }

    private void notice(String team, ServerEntry about, String message) {
        notices.add(message);
        ledger.notice(team, about.entry().id(), message, clock.instant());
    }
}
