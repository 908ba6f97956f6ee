package org.projectnexus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.projectnexus.logic.OpeningOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus}: with no command it opens the window; otherwise it runs one of its subcommands on the
 * knowledge base of {@code --home}. The window is started through {@code windowOpener}, so the command line
 * never depends on the GUI. Its subcommands are added by {@link NexusCli}.
 */
@Command(name = "nexus", mixinStandardHelpOptions = true, versionProvider = NexusVersion.class,
        description = "Project Nexus: your knowledge hub of notes, challenges and takeaways.")
public final class NexusCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder of the knowledge base (default: $NEXUS_HOME, else the platform's data folder).")
    Path home;

    @Option(names = "--password-file", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Read the password of an encrypted knowledge base from the first line of FILE (else from"
                    + " $NEXUS_PASSWORD, else it is asked for).")
    Path passwordFile;

    @Option(names = "--startup-report",
            description = "Open the window, print the milliseconds from the start of Java to its first frame and "
                    + "to the entry list loaded, then close it.")
    boolean startupReport;

    private final WindowOpener windowOpener;
    private final ConsoleInput input;
    /** A password read and its file key started before parsing (ADR 50), or null. */
    private final OpeningOptions early;

    public NexusCommand(WindowOpener windowOpener) {
        this(windowOpener, new ConsoleInput(System.in, System.console(), System.getenv()));
    }

    NexusCommand(WindowOpener windowOpener, ConsoleInput input) {
        this(windowOpener, input, null);
    }

    NexusCommand(WindowOpener windowOpener, ConsoleInput input, OpeningOptions early) {
        this.windowOpener = windowOpener;
        this.input = input;
        this.early = early;
    }

    /**
     * How to open a knowledge base with {@code password} (null: a plain one): with the file key whose derivation
     * started before parsing when it is this very password (see {@link EarlyKey}), else the opening derives it.
     */
    OpeningOptions openingOptions(char[] password) {
        return early != null && password != null && early.password() == password ? early
                : OpeningOptions.DEFAULT.withPassword(password);
    }

    /** Where confirmations, passwords and the text of standard input come from. */
    ConsoleInput input() {
        return input;
    }

    /** The password of an encrypted knowledge base: {@code --password-file}, else $NEXUS_PASSWORD, else asked. */
    char[] password(String prompt, java.io.PrintWriter err) {
        return input.password(passwordFile, prompt, err);
    }

    /** The password given by {@code --password-file} or $NEXUS_PASSWORD, or null (then it is asked for). */
    char[] givenPassword(java.io.PrintWriter err) {
        return input.givenPassword(passwordFile, err);
    }

    @Override
    public Integer call() {
        windowOpener.open(home, startupReport);
        return 0;
    }

    public Path home() {
        return home;
    }
}
