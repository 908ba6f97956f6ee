package org.projectnexus.cli;

import java.nio.file.Path;

/** Opens the window on a knowledge base; the command line calls it when no subcommand is given. */
@FunctionalInterface
public interface WindowOpener {

    /**
     * @param home the data folder, or null for the default one
     * @param startupReport print how long the window took to appear, then close it (for measuring start-up)
     */
    void open(Path home, boolean startupReport);
}
