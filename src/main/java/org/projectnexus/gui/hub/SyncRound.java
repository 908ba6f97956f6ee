package org.projectnexus.gui.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.HubPasswordRefusedException;
import org.projectnexus.model.HubStatus;
import org.projectnexus.model.HubUnreachableException;

/**
 * One sync of every team the window can sync (its password remembered or held for the session), run on the sync
 * lane for {@link TeamViewModel}; and which entries it wrote, so that those changes are not sent back out.
 */
final class SyncRound {

    /** Where the teams stand, read on a lane. */
    record Snapshot(List<HubMembership> teams, Map<UUID, String> spaces, List<HubStatus> statuses,
                    List<HubConflict> conflicts) {

        static Snapshot of(TeamHub hub) {
            return new Snapshot(hub.memberships(), hub.spaces(), hub.status(), hub.conflicts());
        }
    }

    /** What came of a round: the first failure worth telling (a refusal before an unreachable hub). */
    record Outcome(Snapshot after, RuntimeException failure, List<String> notices, Set<UUID> changed) {
    }

    private final TeamHub hub;
    private final TeamPasswords passwords;
    /** Set on the sync lane while a sync writes: those changes came from the hub and need no sync of their own. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private final Set<UUID> changed = ConcurrentHashMap.newKeySet();

    SyncRound(TeamHub hub, TeamPasswords passwords) {
        this.hub = hub;
        this.passwords = passwords;
    }

    /** True when the change was this round's own writing (noted, and not to be synced); on the committing thread. */
    boolean ownWriting(ChangeEvent event) {
        if (!writing.get()) {
            return false;
        }
        changed.addAll(event.ids());
        return true;
    }

    Outcome run() {
        changed.clear();
        RuntimeException failure = null;
        List<String> notices = new ArrayList<>();
        writing.set(true);
        try {
            for (HubMembership membership : hub.memberships()) {
                if (passwords.canSync(membership)) {
                    try {
                        notices.addAll(hub.sync(membership.team(), passwords.forTeam(membership.team())).notices());
                    } catch (RuntimeException refused) {
                        if (refused instanceof HubPasswordRefusedException) {
                            passwords.refused(membership.team()); // the indicator offers to sign in again
                        }
                        failure = failure == null || failure instanceof HubUnreachableException ? refused : failure;
                    }
                }
            }
        } finally {
            writing.set(false);
        }
        return new Outcome(Snapshot.of(hub), failure, notices, Set.copyOf(changed));
    }
}
