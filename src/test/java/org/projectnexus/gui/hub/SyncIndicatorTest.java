package org.projectnexus.gui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.gui.hub.SyncIndicator.State;
import org.projectnexus.model.HubStatus;

/** The status bar's word on the team hub: what the user needs to act on comes first. */
class SyncIndicatorTest {

    private static HubStatus team(int pending, int conflicts) {
        return new HubStatus("cohort", "postgresql://h:5432/hub", "ada", pending, conflicts, 3, 7, null);
    }

    @Test
    void noTeamShowsNothing() {
        assertThat(SyncIndicator.of(List.of(), false, "", false, List.of()).state()).isEqualTo(State.NONE);
    }

    @Test
    void syncedOnlyWhenNothingWaitsAndNoSyncIsUnderWay() {
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "", false, List.of()).text()).isEqualTo("Synced");
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "", true, List.of()).text()).isEqualTo("Syncing…");
        assertThat(SyncIndicator.of(List.of(team(2, 0)), false, "", false, List.of()).text()).isEqualTo("Pending 2");
    }

    @Test
    void offlineSaysHowManyChangesWait() {
        assertThat(SyncIndicator.of(List.of(team(1, 0)), true, "", false, List.of()))
                .isEqualTo(new SyncIndicator(State.OFFLINE, "Offline · 1 pending"));
    }

    @Test
    void conflictsComeFirstAndCountOverTeams() {
        SyncIndicator shown = SyncIndicator.of(List.of(team(0, 1), team(0, 2)), true, "", false, List.of());
        assertThat(shown.state()).isEqualTo(State.CONFLICTS);
        assertThat(shown.text()).isEqualTo("Conflicts 3 · offline");
    }

    @Test
    void aTeamWithoutAPasswordOffersToSignInAndSaysWhatWaits() {
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "", false, List.of("cohort")))
                .isEqualTo(new SyncIndicator(State.SIGN_IN, "Sign in to cohort…"));
        assertThat(SyncIndicator.of(List.of(team(2, 0), team(1, 0)), false, "", false, List.of("cohort", "crew")))
                .isEqualTo(new SyncIndicator(State.SIGN_IN, "Sign in to 2 teams… · 3 pending"));
        // A refused password (trouble) of a team that can sign in again: the way out is shown, not just the failure.
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "The hub refused the password", false,
                List.of("cohort")).state()).isEqualTo(State.SIGN_IN);
        assertThat(SyncIndicator.of(List.of(team(0, 1)), false, "", false, List.of("cohort")).state())
                .isEqualTo(State.CONFLICTS);
    }

    @Test
    void aRefusedPasswordIsNotShownAsSynced() {
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "The hub refused the password", false, List.of()).state())
                .isEqualTo(State.FAILED);
    }
}
