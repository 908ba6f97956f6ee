package org.projectnexus.cli;

import java.io.PrintWriter;
import org.projectnexus.model.Progress;

/**
 * Progress of an import or export as one line on stderr, rewritten in place ({@code \r}), at most ten times a
 * second. Used only when stderr is a terminal: in a pipe or a log the line would be noise.
 */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private long lastShown;
    private boolean shown;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A line on {@code err} when the process has a terminal, else silence. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : Progress.none();
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.nanoTime();
        if (shown && now - lastShown < 100_000_000L && done != total) {
            return;
        }
        lastShown = now;
        shown = true;
        err.print("\r" + phase + ": " + done + (total > 0 ? " of " + total : "") + "\u001B[K");
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Ends the progress line, so what follows starts on a line of its own. */
    static void finish(Progress progress) {
        if (progress instanceof TerminalProgress terminal && terminal.shown) {
            terminal.err.print("\r\u001B[K");
            terminal.err.flush();
        }
    }
}
