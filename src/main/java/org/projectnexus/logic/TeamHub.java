package org.projectnexus.logic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.hub.ConflictCopies;
import org.projectnexus.logic.hub.HubSync;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.store.HubLedger;
import org.projectnexus.logic.store.hub.HubAddress;
import org.projectnexus.logic.store.hub.HubAdmin;
import org.projectnexus.logic.store.hub.HubRules;
import org.projectnexus.logic.store.hub.HubSession;
import org.projectnexus.model.ConflictChoice;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.HubStatus;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.SyncReport;
import org.projectnexus.model.Tag;

/**
 * The team hub (issue 27, ADR 41): setting one up on PostgreSQL (an admin's work), joining it, moving entries between
 * the personal space and a team's, and syncing. Personal entries never leave the machine; entries tagged
 * {@code #private} can never be shared. Methods block on the network and the database: call them off the FX thread.
 */
public final class TeamHub {

    public static final Tag PRIVATE = new Tag("private");

    private final HubLedger ledger;
    private final Entries entries;
    private final EntryIndexer indexer;
    private final Clock clock;
    /** Each team's connection kept from its last sync, by team. */
    private final Map<String, HubSession> sessions = new java.util.HashMap<>();

    TeamHub(HubLedger ledger, Entries entries, EntryIndexer indexer, Clock clock) {
        this.ledger = ledger;
        this.entries = entries;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** Admin: the hub's schema (made or brought up to date) and the team; returns whether the team is new. */
    public boolean init(String url, String team, char[] adminPassword) {
        HubAddress address = HubAddress.parse(url);
        try (HubAdmin admin = HubAdmin.connect(address, adminPassword(address, adminPassword))) {
            return admin.init(team);
        }
    }

    /** Admin: makes {@code member} a member of {@code team}; returns their generated password. */
    public String invite(String url, String team, String member, char[] adminPassword) {
        HubAddress address = HubAddress.parse(url);
        try (HubAdmin admin = HubAdmin.connect(address, adminPassword(address, adminPassword))) {
            return admin.invite(team, member);
        }
    }

    /** Admin: takes {@code member} out of {@code team}, at once. */
    public boolean remove(String url, String team, String member, char[] adminPassword) {
        HubAddress address = HubAddress.parse(url);
        try (HubAdmin admin = HubAdmin.connect(address, adminPassword(address, adminPassword))) {
            return admin.remove(team, member);
        }
    }

    /**
     * Joins the team: checks everything against the server first (nothing is recorded when anything is wrong), then
     * records the hub, and the password if {@code remember} (inside this knowledge base only).
     */
    public HubMembership join(String url, String team, String member, char[] password, boolean remember) {
        HubAddress address = HubAddress.parse(url);
        HubRules.team(team);
        HubRules.member(member);
        try (HubSession session = HubSession.open(address, team, member, password)) {
            ledger.join(team, address.display(), member, remember ? password : null, clock.instant());
        }
        return membership(team);
    }

    public List<HubMembership> memberships() {
        return ledger.memberships();
    }

    /**
     * Signs a joined member in (the window asked for the password): checks it against the server as a join does,
     * and keeps the connection for the next sync. Nothing is recorded: see {@link #rememberPassword}. A wrong
     * password throws {@link org.projectnexus.model.HubPasswordRefusedException}.
     */
    public void signIn(String team, char[] password) {
        HubMembership membership = membership(team);
        keep(team, HubSession.open(HubAddress.parse(membership.url()), team, membership.member(), password));
    }

    /** Remembers the team's password inside this knowledge base only (where {@code nexus hub join} keeps it). */
    public void rememberPassword(String team, char[] password) {
        ledger.rememberPassword(membership(team).team(), password);
    }

    private synchronized void keep(String team, HubSession session) {
        HubSession before = sessions.put(team, session);
        if (before != null) {
            before.close();
        }
    }

    /** Whether the team's password is remembered (else it must be given to sync). */
    public boolean remembersPassword(String team) {
        return membership(team).passwordRemembered();
    }

    /** Moves the entry into a team's space ({@code team} may be null when only one team was joined). */
    public String share(String title, String team) {
        Entry entry = entryTitled(title);
        if (isPrivate(entry)) {
            throw new NexusException("“" + SafeText.forDisplay(entry.title()) + "” is tagged #private: private entries"
                    + " never leave this machine. Take the tag off first if it should be shared.");
        }
        String chosen = team != null ? membership(team).team() : onlyTeam();
        Optional<String> now = ledger.base(entry.id()).map(HubLedger.SyncedBase::team);
        if (now.isPresent()) {
            if (now.get().equals(chosen)) {
                return chosen;
            }
            throw new NexusException("“" + SafeText.forDisplay(entry.title()) + "” is shared with the team “" + now.get()
                    + "” already; unshare it first.");
        }
        ledger.share(entry.id(), chosen, clock.instant());
        return chosen;
    }

    /** Makes the entry personal again; returns the team it left, empty when it was personal. */
    public Optional<String> unshare(String title) {
        Entry entry = entryTitled(title);
        Optional<String> team = ledger.base(entry.id()).map(HubLedger.SyncedBase::team);
        team.ifPresent(left -> ledger.unshare(entry.id(), clock.instant()));
        return team;
    }

    /** Every team entry's team by entry id; an entry not here is personal. */
    public Map<UUID, String> spaces() {
        return ledger.spaces();
    }

    /** Who changed the team entry last, as the hub knows it. */
    public Optional<String> lastChangedBy(UUID id) {
        return ledger.base(id).map(HubLedger.SyncedBase::changedBy);
    }

    /**
     * Pushes and pulls now, for each joined team; {@code password}: the one given (NEXUS_HUB_PASSWORD, asked), used
     * where none is remembered. A team whose hub cannot be reached keeps its changes queued; its failure is thrown
     * after the other teams synced.
     */
    public List<SyncReport> sync(char[] password) {
        List<SyncReport> reports = new ArrayList<>();
        NexusException first = null;
        for (HubMembership membership : memberships()) {
            try {
                reports.add(sync(membership, password));
            } catch (NexusException failure) {
                first = first == null ? failure : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return reports;
    }

    /** Pushes and pulls one team now (the window syncs each team whose password is remembered on its own). */
    public SyncReport sync(String team, char[] password) {
        return sync(membership(team), password);
    }

    /**
     * One team's sync, over the connection the last sync left open when it still answers and passes the checks an
     * opening makes (a new PostgreSQL backend per sync cost more than the rest of a small sync: ADR 45). A sync that
     * fails closes it: the next one connects afresh.
     */
    private synchronized SyncReport sync(HubMembership membership, char[] password) {
        HubSession session = session(membership, password);
        try {
            return new HubSync(ledger, clock, membership.member(), this::isPrivate).sync(session, membership.cursor());
        } catch (RuntimeException failure) {
            sessions.remove(membership.team());
            session.close();
            throw failure;
        }
    }

    private HubSession session(HubMembership membership, char[] password) {
        HubSession kept = sessions.remove(membership.team());
        if (kept != null) {
            try {
                kept.checkAgain();
                sessions.put(membership.team(), kept);
                return kept;
            } catch (NexusException refusedOrGone) {
                kept.close(); // a fresh opening says which, in its words, or works again
            }
        }
        char[] secret = ledger.password(membership.team()).orElse(password);
        HubSession fresh = HubSession.open(HubAddress.parse(membership.url()), membership.team(), membership.member(),
                secret);
        sessions.put(membership.team(), fresh);
        return fresh;
    }

    /** Closes the connections kept between syncs (the knowledge base closes). */
    public synchronized void close() {
        sessions.values().forEach(HubSession::close);
        sessions.clear();
    }

    /**
     * Opens a watch on the team's hub: {@link HubWatch#awaitPush} returns when a teammate pushed, so the caller syncs
     * then (LISTEN/NOTIFY: a teammate's save shows up without polling). Close it when done.
     */
    public HubWatch watch(String team, char[] password) {
        HubMembership membership = membership(team);
        char[] secret = ledger.password(team).orElse(password);
        HubSession session = HubSession.open(HubAddress.parse(membership.url()), team, membership.member(), secret);
        try {
            session.listen();
            return new HubWatch(session);
        } catch (RuntimeException failure) {
            session.close();
            throw failure;
        }
    }

    /** A connection that hears a team's pushes. */
    public static final class HubWatch implements AutoCloseable {

        private final HubSession session;

        HubWatch(HubSession session) {
            this.session = session;
        }

        /** Waits up to {@code millis} for a teammate's push; true when one came. Fails when the hub went away. */
        public boolean awaitPush(int millis) {
            return session.awaitPush(millis);
        }

        @Override
        public void close() {
            session.close();
        }
    }

    public List<HubStatus> status() {
        List<HubConflict> conflicts = conflicts();
        return memberships().stream().map(m -> new HubStatus(m.team(), m.url(), m.member(), ledger.pending(m.team()),
                (int) conflicts.stream().filter(c -> c.team().equals(m.team())).count(), ledger.sharedCount(m.team()),
                m.cursor(), m.lastSync())).toList();
    }

    public List<HubConflict> conflicts() {
        return ledger.conflicts();
    }

    /** The two sides of a conflict: the team entry as it is, and the member's version kept in the copy. */
    public record ConflictSides(Entry theirs, Entry mine) {
    }

    /** Both versions of an open conflict, the member's without the copy's opening paragraph and titled as the entry. */
    public ConflictSides sides(HubConflict conflict) {
        Entry theirs = entries.find(conflict.entryId()).orElseThrow(() -> gone(conflict.entryTitle()));
        Entry copy = entries.find(conflict.copyId()).orElseThrow(() -> gone(conflict.copyTitle()));
        return new ConflictSides(theirs, copy.withText(theirs.title(), ConflictCopies.yourText(copy.body())));
    }

    /**
     * Settles a conflict (see {@link ConflictChoice}). Every step keeps a way back: the entry's earlier text stays in
     * its history, a copy goes to the trash, not away. The conflict is marked resolved last, so a failure on the way
     * leaves it listed. Returns the team entry as it is afterwards.
     */
    public Entry resolve(HubConflict conflict, ConflictChoice choice) {
        ConflictSides sides = sides(conflict);
        Entry kept = sides.theirs();
        if (choice == ConflictChoice.KEEP_MINE) {
            kept = entries.save(mineOver(sides.theirs(), sides.mine()));
        }
        if (choice != ConflictChoice.KEEP_BOTH) {
            entries.delete(conflict.copyId());
        }
        ledger.resolve(conflict.copyId());
        return kept;
    }

    /** The member's fields on the team entry (its identity, version and title); a kind-specific field only if same kind. */
    private static Entry mineOver(Entry theirs, Entry mine) {
        EntryFields t = EntryFields.of(theirs);
        EntryFields m = EntryFields.of(mine);
        boolean sameKind = t.kind() == m.kind();
        return new EntryFields(t.kind(), t.title(), m.body(), sameKind ? m.problem() : t.problem(),
                sameKind ? m.solution() : t.solution(), sameKind ? m.status() : t.status(),
                sameKind ? m.category() : t.category()).toEntry(theirs.meta());
    }

    private static NexusException gone(String title) {
        return new NexusException("“" + SafeText.forDisplay(java.util.Objects.toString(title, "The team entry")) + "” is no longer here (deleted?): restore it from"
                + " the trash to settle this conflict.");
    }

    private boolean isPrivate(Entry entry) {
        return indexer.index(entry).tags().stream()
                .anyMatch(tag -> tag.equals(PRIVATE) || tag.name().startsWith(PRIVATE.name() + "/"));
    }

    private Entry entryTitled(String title) {
        return entries.findByTitle(title).orElseThrow(() -> new NexusException(
                "No entry is titled “" + SafeText.forDisplay(title) + "”."));
    }

    private HubMembership membership(String team) {
        return memberships().stream().filter(m -> m.team().equals(team)).findFirst().orElseThrow(() ->
                new NexusException("This knowledge base has not joined the team “" + SafeText.forDisplay(team)
                        + "”: nexus hub join URL --team " + SafeText.forDisplay(team) + " --member NAME"));
    }

    private String onlyTeam() {
        List<HubMembership> joined = memberships();
        if (joined.isEmpty()) {
            throw new NexusException("This knowledge base has joined no team yet: nexus hub join URL --team TEAM"
                    + " --member NAME");
        }
        if (joined.size() > 1) {
            throw new NexusException("This knowledge base has joined several teams: say which with --team.");
        }
        return joined.get(0).team();
    }

    /** An admin's password: the one given, else one written in the address. */
    private static char[] adminPassword(HubAddress address, char[] given) {
        return given != null ? given : address.password() == null ? null : address.password().toCharArray();
    }
}
