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
        assertThat(SyncIndicator.of(List.of(), false, "", false, true).state()).isEqualTo(State.NONE);
    }

    @Test
    void syncedOnlyWhenNothingWaitsAndNoSyncIsUnderWay() {
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "", false, true).text()).isEqualTo("Synced");
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "", true, true).text()).isEqualTo("Syncing…");
        assertThat(SyncIndicator.of(List.of(team(2, 0)), false, "", false, true).text()).isEqualTo("Pending 2");
    }

    @Test
    void offlineSaysHowManyChangesWait() {
        assertThat(SyncIndicator.of(List.of(team(1, 0)), true, "", false, true))
                .isEqualTo(new SyncIndicator(State.OFFLINE, "Offline · 1 pending"));
    }

    @Test
    void conflictsComeFirstAndCountOverTeams() {
        SyncIndicator shown = SyncIndicator.of(List.of(team(0, 1), team(0, 2)), true, "", false, true);
        assertThat(shown.state()).isEqualTo(State.CONFLICTS);
        assertThat(shown.text()).isEqualTo("Conflicts 3 · offline");
    }

    @Test
    void aRefusedPasswordIsNotShownAsSynced() {
        assertThat(SyncIndicator.of(List.of(team(0, 0)), false, "The hub refused the password", false, true).state())
                .isEqualTo(State.FAILED);
    }
}
