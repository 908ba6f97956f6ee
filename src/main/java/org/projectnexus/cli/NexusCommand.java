package org.projectnexus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nexus}: with no command it opens the window; otherwise it runs one of its subcommands on the
 * knowledge base of {@code --home}. The window is started through {@code windowOpener}, so the command line
 * never depends on the GUI.
 */
@Command(name = "nexus", mixinStandardHelpOptions = true, versionProvider = NexusVersion.class,
        description = "Project Nexus: your knowledge hub of notes, challenges and takeaways.",
        subcommands = {ListCommand.class, ShowCommand.class, AddCommand.class, RenderCommand.class,
                CheckCommand.class, ExportCommand.class, ImportCommand.class})
public final class NexusCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder of the knowledge base (default: $NEXUS_HOME, else the platform's data folder).")
    Path home;

    private final Consumer<Path> windowOpener;

    public NexusCommand(Consumer<Path> windowOpener) {
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        windowOpener.accept(home);
        return 0;
    }

    public Path home() {
        return home;
    }
}
