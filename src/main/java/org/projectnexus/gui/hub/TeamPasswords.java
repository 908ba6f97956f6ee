package org.projectnexus.gui.hub;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.projectnexus.model.HubMembership;

/**
 * The hub passwords the window holds for this session only (ADR 48): those given when signing in, and
 * NEXUS_HUB_PASSWORD from the environment for every team. Never written anywhere: a password the member wants kept
 * is remembered inside the knowledge base by {@link org.projectnexus.logic.TeamHub#signIn}, as {@code nexus hub join}
 * does. Read by the sync and watch lanes, so safe across threads.
 */
public final class TeamPasswords {

    private final char[] environment;
    private final Map<String, char[]> given = new ConcurrentHashMap<>();
    /** Teams whose session password the hub refused: they need signing in again. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    /** {@code environment}: NEXUS_HUB_PASSWORD, or null when it is not set. */
    public TeamPasswords(String environment) {
        this.environment = environment == null || environment.isEmpty() ? null : environment.toCharArray();
    }

    /** The password to give the team's hub when none is remembered; null when the member has to sign in. */
    char[] forTeam(String team) {
        char[] signedIn = given.get(team);
        if (signedIn != null) {
            return signedIn;
        }
        return refused.contains(team) ? null : environment;
    }

    /** Whether the window can sync the team now: its password is remembered, or held for this session. */
    boolean canSync(HubMembership team) {
        return team.passwordRemembered() || forTeam(team.team()) != null;
    }

    /** The joined teams the member has to sign in to before they sync. */
    List<String> signInNeeded(List<HubMembership> teams) {
        return teams.stream().filter(team -> !canSync(team)).map(HubMembership::team).toList();
    }

    void signedIn(String team, char[] password) {
        given.put(team, password.clone());
        refused.remove(team);
    }

    /**
     * The hub refused the team's password: the session's is dropped, so the member is asked to sign in again (a
     * remembered password takes precedence over a session's, so for such a team nothing changes).
     */
    void refused(String team) {
        char[] dropped = given.remove(team);
        if (dropped != null) {
            java.util.Arrays.fill(dropped, '\0');
        }
        refused.add(team);
    }
}
