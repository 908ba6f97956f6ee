package org.projectnexus.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.model.SafeText;
import picocli.CommandLine;

/** Builds the {@code nexus} command line: parsing, help, exit codes (0 ok, 1 user error, 2 bad usage). */
public final class NexusCli {

    /** Every subcommand, by the name its {@code @Command} gives it, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ListCommand.class, ShowCommand.class,
            AddCommand.class, RenderCommand.class, CheckCommand.class, SearchCommand.class, ExportCommand.class,
            ImportCommand.class, HistoryCommand.class, TrashCommand.class, BackupCommand.class, RestoreCommand.class,
            EncryptCommand.class, DecryptCommand.class, PublishCommand.class, SimilarCommand.class,
            ReviewCommand.class, StatsCommand.class, AttachCommand.class, AttachmentsCommand.class, EditCommand.class,
            HubCommand.class, ShareCommand.class, UnshareCommand.class, SyncCommand.class);

    private NexusCli() {
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(CommandLine.Command.class).name(), command);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** Without a terminal and without an environment: $NEXUS_PASSWORD of whoever runs the tests is not seen. */
    public static CommandLine create(WindowOpener windowOpener, InputStream stdin, PrintWriter out, PrintWriter err) {
        return create(windowOpener, stdin, Map.of(), out, err);
    }

    /** With these environment variables ({@code NEXUS_PASSWORD}). */
    static CommandLine create(WindowOpener windowOpener, InputStream stdin, Map<String, String> environment,
                              PrintWriter out, PrintWriter err) {
        return create(windowOpener, new ConsoleInput(stdin, null, environment), out, err, SUBCOMMANDS.values());
    }

    /** With a terminal ({@code console}, may be null) to ask for passwords and confirmations without echo. */
    static CommandLine create(WindowOpener windowOpener, InputStream stdin, java.io.Console console, PrintWriter out,
                              PrintWriter err) {
        return create(windowOpener, new ConsoleInput(stdin, console, Map.of()), out, err, SUBCOMMANDS.values());
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is added. Picocli reads the
     * annotations of every subcommand it is given, through reflection, and its own classes (compiled for Java 5)
     * cannot be kept in the AOT cache; building one subcommand instead of fourteen makes every command start
     * sooner. Help, a mistyped command and the window get them all.
     */
    static CommandLine forArguments(WindowOpener windowOpener, InputStream stdin, java.io.Console console,
                                    PrintWriter out, PrintWriter err, String... args) {
        return forArguments(new NexusCommand(windowOpener, new ConsoleInput(stdin, console, Map.of())), out, err, args);
    }

    static CommandLine forArguments(NexusCommand nexus, PrintWriter out, PrintWriter err, String... args) {
        Class<?> named = SUBCOMMANDS.get(commandWord(args));
        return create(nexus, out, err, named == null ? SUBCOMMANDS.values() : java.util.List.of(named));
    }

    /** The first argument that is neither an option nor the value given to {@code --home} or {@code --password-file}. */
    static String commandWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") || args[i].equals("--password-file")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static CommandLine create(WindowOpener windowOpener, ConsoleInput input, PrintWriter out, PrintWriter err,
                                      java.util.Collection<Class<?>> subcommands) {
        return create(new NexusCommand(windowOpener, input), out, err, subcommands);
    }

    private static CommandLine create(NexusCommand nexus, PrintWriter out, PrintWriter err,
                                      java.util.Collection<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(nexus);
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println("nexus: unexpected failure: " + SafeText.forMessage(String.valueOf(failure)));
            return 1;
        });
        return commandLine;
    }

    /** The real process's command line: standard streams. */
    public static int run(WindowOpener windowOpener, String... args) {
        return prepare(args).run(windowOpener);
    }

    /**
     * The real process's command line for {@code args}, prepared first thing in the process: for a command on an
     * encrypted knowledge base whose password is given, the password is read now and its file key starts deriving,
     * while the rest of the start goes on (ADR 50; {@link EarlyKey}).
     */
    public static Prepared prepare(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        ConsoleInput input = new ConsoleInput(System.in, System.console(), System.getenv());
        return new Prepared(input, err, EarlyKey.start(input, err, args), args);
    }

    /** A command line whose password, if given, was read and whose file key is being derived. */
    public static final class Prepared {

        private final ConsoleInput input;
        private final PrintWriter err;
        private final OpeningOptions early;
        private final String[] args;

        private Prepared(ConsoleInput input, PrintWriter err, OpeningOptions early, String[] args) {
            this.input = input;
            this.err = err;
            this.early = early;
            this.args = args;
        }

        /** Parses and runs the command; its exit code. */
        public int run(WindowOpener windowOpener) {
            return forArguments(new NexusCommand(windowOpener, input, early), new PrintWriter(System.out, true), err,
                    args).execute(args);
        }
    }
}
