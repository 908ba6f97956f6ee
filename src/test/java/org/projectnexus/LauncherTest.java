package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void onlyTheWindowsOwnOptionsSkipTheCommandLine() {
        assertThat(Launcher.onlyWindowOptions(new String[0])).isTrue();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--home=/tmp/kb"})).isTrue();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--home", "/tmp/kb", "--startup-report"})).isTrue();

        assertThat(Launcher.onlyWindowOptions(new String[] {"list"})).isFalse();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--version"})).isFalse();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--help"})).isFalse();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--home"})).isFalse(); // the command line explains
        assertThat(Launcher.onlyWindowOptions(new String[] {"--home="})).isFalse();
        assertThat(Launcher.onlyWindowOptions(new String[] {"--home=/tmp/kb", "search", "x"})).isFalse();
    }
}
