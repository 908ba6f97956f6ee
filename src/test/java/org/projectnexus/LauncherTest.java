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
    void logbackStartsOnlyOnceItKnowsTheDataFoldersLogFolder() throws Exception {
        Path home = temporary.resolve("home");
        Path otherTemporary = Files.createDirectories(temporary.resolve("tmp"));
        Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + otherTemporary, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--home", home.toString(), "--version")
                .redirectErrorStream(true).start();
        String output = new String(command.getInputStream().readAllBytes());

        assertThat(command.waitFor()).as(output).isZero();
        assertThat(home.resolve("logs/nexus.log")).exists();
        assertThat(otherTemporary.resolve("nexus.log")).as("logback's fallback, before nexus.log.dir is set").doesNotExist();
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
