package org.projectnexus.gui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.HubMembership;

/** Which teams the window can sync, and which it has to ask the member to sign in to. */
class TeamPasswordsTest {

    private static HubMembership team(String name, boolean remembered) {
        return new HubMembership(name, "postgresql://h:5432/hub", "ada", remembered, 0, Instant.EPOCH, null);
    }

    @Test
    void aTeamWithoutARememberedPasswordNeedsSigningInUntilOneIsGiven() {
        TeamPasswords passwords = new TeamPasswords(null);
        List<HubMembership> joined = List.of(team("cohort", false), team("crew", true));
        assertThat(passwords.signInNeeded(joined)).containsExactly("cohort");
        assertThat(passwords.forTeam("cohort")).isNull();

        passwords.signedIn("cohort", "s3cret".toCharArray());

        assertThat(passwords.signInNeeded(joined)).isEmpty();
        assertThat(passwords.forTeam("cohort")).containsExactly("s3cret".toCharArray());
    }

    @Test
    void theEnvironmentsPasswordServesEveryTeamUntilTheHubRefusesIt() {
        TeamPasswords passwords = new TeamPasswords("from-env");
        List<HubMembership> joined = List.of(team("cohort", false), team("crew", false));
        assertThat(passwords.signInNeeded(joined)).isEmpty();

        passwords.refused("crew");

        assertThat(passwords.signInNeeded(joined)).containsExactly("crew");
        assertThat(passwords.forTeam("cohort")).containsExactly("from-env".toCharArray());
        passwords.signedIn("crew", "other".toCharArray());
        assertThat(passwords.signInNeeded(joined)).isEmpty();
    }

    @Test
    void aRefusedSessionPasswordIsDroppedAndAnEmptyEnvironmentCountsAsNone() {
        TeamPasswords passwords = new TeamPasswords("");
        passwords.signedIn("cohort", "wrong-now".toCharArray());
        passwords.refused("cohort");
        assertThat(passwords.forTeam("cohort")).isNull();
        assertThat(passwords.signInNeeded(List.of(team("cohort", false)))).containsExactly("cohort");
    }
}
