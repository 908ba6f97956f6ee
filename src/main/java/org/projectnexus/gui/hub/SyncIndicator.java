package org.projectnexus.gui.hub;

import java.util.List;
import org.projectnexus.model.HubStatus;

/**
 * The status bar's word on the team hub (issue 27): synced, pending N, offline, conflicts N. A state as well as a
 * text, so that the view colours it (in CSS) and a test can read it.
 */
public record SyncIndicator(State state, String text) {

    public enum State { NONE, SYNCED, SYNCING, PENDING, OFFLINE, CONFLICTS, SIGN_IN, FAILED }

    static final SyncIndicator NONE = new SyncIndicator(State.NONE, "");

    /**
     * From where the joined teams stand: open conflicts come first (they need the user), then offline, teams the
     * member has to sign in to ({@code signIn}: no password remembered or held, or it was refused; a click on the
     * indicator asks for it), a failure other than offline ({@code trouble}), changes waiting, a sync under way (or
     * asked for). "Synced" only when nothing is waiting and no sync is under way.
     */
    static SyncIndicator of(List<HubStatus> teams, boolean offline, String trouble, boolean syncing,
                            List<String> signIn) {
        if (teams.isEmpty()) {
            return NONE;
        }
        int pending = teams.stream().mapToInt(HubStatus::pending).sum();
        int conflicts = teams.stream().mapToInt(HubStatus::conflicts).sum();
        String waiting = pending == 0 ? "" : " · " + pending + " pending";
        if (conflicts > 0) {
            return new SyncIndicator(State.CONFLICTS, (conflicts == 1 ? "Conflicts 1" : "Conflicts " + conflicts)
                    + (offline ? " · offline" : "") + waiting);
        }
        if (offline) {
            return new SyncIndicator(State.OFFLINE, "Offline" + waiting);
        }
        if (!signIn.isEmpty()) {
            return new SyncIndicator(State.SIGN_IN, (signIn.size() == 1 ? "Sign in to " + signIn.get(0) + "…"
                    : "Sign in to " + signIn.size() + " teams…") + waiting);
        }
        if (!trouble.isEmpty()) {
            return new SyncIndicator(State.FAILED, "Not synced" + waiting);
        }
        if (pending > 0) {
            return new SyncIndicator(syncing ? State.SYNCING : State.PENDING, "Pending " + pending);
        }
        return syncing ? new SyncIndicator(State.SYNCING, "Syncing…") : new SyncIndicator(State.SYNCED, "Synced");
    }
}
