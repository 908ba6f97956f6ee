package org.projectnexus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.projectnexus.cli.NexusCli;
import org.projectnexus.gui.app.App;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.store.PrivateFiles;

/**
 * The entry point. {@code nexus} with no command opens the window, anything else is the command line.
 * It is deliberately not an {@code Application}: JavaFX then starts from the plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = onlyWindowOptions(args);
        // First of all, for a command on an encrypted knowledge base whose password is given: its file key starts
        // deriving (0.6 s of one core) before logging and the command line are set up (ADR 50).
        NexusCli.Prepared commandLine = window ? null : NexusCli.prepare(args);
        Path logFolder = DataFolder.resolve(homeOption(args)).resolve("logs");
        prepareLogFile(logFolder);
        System.setProperty("nexus.log.dir", logFolder.toString());
        String training = System.getProperty(AotTraining.PROPERTY);
        if (training != null) {
            AotTraining.runCommands(Path.of(training));
        }
        if (window) {
            // Straight to the window: building the whole command line (a dozen commands, by reflection) would
            // slow the start (measured: docs/performance/log/desktop-bundle.md).
            openWindow(homeOption(args), Arrays.asList(args).contains(App.STARTUP_REPORT));
            return;
        }
        boolean[] windowOpened = {false};
        int exitCode = commandLine.run((home, startupReport) -> {
            windowOpened[0] = true;
            openWindow(home, startupReport);
        });
        if (!windowOpened[0]) {
            // The window's own background thread ends the process once its last save is written.
            System.exit(exitCode);
        }
    }

    /**
     * Creates the log folder and file private to their owner (the log quotes titles and file names) before logback
     * would create them with the umask's permissions; and with them a new data folder, private too.
     */
    static void prepareLogFile(Path logFolder) {
        try {
            PrivateFiles.createFile(PrivateFiles.createFolder(logFolder).resolve("nexus.log"));
        } catch (java.io.IOException | RuntimeException unwritable) {
            // Logback says so when it cannot write there either; the knowledge base's own errors come first.
        }
    }

    private static void openWindow(Path home, boolean startupReport) {
        List<String> parameters = new ArrayList<>();
        if (home != null) {
            parameters.add("--home=" + home.toAbsolutePath());
        }
        if (startupReport) {
            parameters.add(App.STARTUP_REPORT);
        }
        App.launchWindow(parameters.toArray(String[]::new));
    }

    /** Whether the arguments ask for nothing but the window: {@code --home} and {@code --startup-report}. */
    static boolean onlyWindowOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length && !args[i + 1].isBlank()) {
                i++;
            } else if (!(args[i].startsWith("--home=") && args[i].length() > "--home=".length())
                    && !args[i].equals(App.STARTUP_REPORT)) {
                return false;
            }
        }
        return true;
    }

    private static Path homeOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--home=")) {
                return Path.of(args[i].substring("--home=".length()));
            }
        }
        return null;
    }
}
