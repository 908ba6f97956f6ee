package org.projectnexus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path temporary;

    @Test
    void theLogIsPrivateToItsOwnerBeforeLogbackWritesIt() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path logs = temporary.resolve("nexus/logs");
        Launcher.prepareLogFile(logs);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("nexus.log"))))
                .isEqualTo("rw-------");
    }

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
