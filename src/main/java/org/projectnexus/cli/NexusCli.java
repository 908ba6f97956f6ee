package org.projectnexus.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the {@code nexus} command line: parsing, help, exit codes (0 ok, 1 user error, 2 bad usage). */
public final class NexusCli {

    private NexusCli() {
    }

    public static CommandLine create(WindowOpener windowOpener, InputStream stdin, PrintWriter out, PrintWriter err) {
        return create(windowOpener, stdin, null, out, err);
    }

    /** With a terminal ({@code console}, may be null) to ask for passwords and confirmations without echo. */
    static CommandLine create(WindowOpener windowOpener, InputStream stdin, java.io.Console console, PrintWriter out,
                              PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NexusCommand(windowOpener, new ConsoleInput(stdin, console)),
                new SubcommandFactory(stdin));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println("nexus: unexpected failure: " + failure);
            return 1;
        });
        return commandLine;
    }

    /** The real process's command line: standard streams. */
    public static int run(WindowOpener windowOpener, String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return create(windowOpener, System.in, System.console(), out, err).execute(args);
    }

    /** Lets the add and render commands read the given standard input; other commands are made the usual way. */
    private record SubcommandFactory(InputStream stdin) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AddCommand.class) {
                return type.cast(new AddCommand(stdin));
            }
            if (type == RenderCommand.class) {
                return type.cast(new RenderCommand(stdin));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
