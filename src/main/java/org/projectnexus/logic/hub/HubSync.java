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
import org.projectnexus.logic.store.hub.HubSession.PushOutcome;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
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
        for (OutboxItem item : ledger.outbox(team)) {
            push(session, item, 0);
        }
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
            ledger.advance(session.team(), at, clock.instant());
            if (page.size() < PAGE) {
                return at;
            }
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

    private void push(HubSession session, OutboxItem item, int attempt) {
        String team = session.team();
        UUID id = item.entryId();
        if (item.action().equals(HubLedger.UNSHARE)) {
            session.push(item.changeId(), id, item.action(), item.baseVersion(), null);
            ledger.dropSent(id, item.seq());
            pushed++;
            return;
        }
        Optional<SyncedBase> base = ledger.base(id);
        Optional<Entry> local = ledger.local(id);
        boolean deletes = item.action().equals(HubLedger.DELETE);
        if (base.isEmpty() || !deletes && local.isEmpty()) {
            ledger.dropSent(id, item.seq());
            return;
        }
        if (!deletes && isPrivate.test(local.get())) {
            notices.add("“" + SafeText.forDisplay(local.get().title()) + "” is tagged #private: it was not sent."
                    + " Unshare it, or take the tag off.");
            return;
        }
        EntryFields fields = deletes ? base.get().fields() : EntryFields.of(local.get());
        if (!deletes && fields.equals(base.get().fields()) && base.get().serverVersion() > 0
                && !base.get().serverDeleted()) {
            ledger.alreadySynced(id, item.seq(), local.get().version());
            return;
        }
        if (deletes && (base.get().serverVersion() == 0 || base.get().serverDeleted())) {
            ledger.dropSent(id, item.seq());
            return;
        }
        PushOutcome outcome = session.push(item.changeId(), id, item.action(), base.get().serverVersion(), fields);
        if (outcome.applied()) {
            acknowledged(team, item, base.get(), local, fields, deletes, outcome);
            return;
        }
        ServerEntry current = outcome.current();
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

    private void acknowledged(String team, OutboxItem item, SyncedBase base, Optional<Entry> local, EntryFields fields,
                              boolean deletes, PushOutcome outcome) {
        UUID id = item.entryId();
        if (outcome.current() != null || outcome.duplicate() && outcome.version() < base.serverVersion()) {
            // Nothing was written (a delete of a deleted entry), or an old change acknowledged again.
            ledger.dropSent(id, item.seq());
            return;
        }
        Instant at = outcome.at();
        ServerEntry now = new ServerEntry(fields.toEntry(new org.projectnexus.model.EntryMeta(id, at, at,
                outcome.version())), deletes, outcome.by(), at, item.changeId(), outcome.seq());
        ledger.acknowledge(id, team, item.seq(), now, local.map(Entry::version).orElse(0L), false);
        pushed++;
    }

    private void notice(String team, ServerEntry about, String message) {
        notices.add(message);
        ledger.notice(team, about.entry().id(), message, clock.instant());
    }
}
