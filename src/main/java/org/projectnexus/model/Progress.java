package org.projectnexus.model;

/**
 * How a long import or export tells how far it is, and learns that the user cancelled it. The window shows it
 * as a progress bar with a Cancel button, the command line as a line on a terminal's stderr. Called from the
 * thread doing the work.
 */
public interface Progress {

    /** {@code done} of {@code total} steps of {@code phase} ("Reading files", "Writing entries") are done. */
    void update(String phase, long done, long total);

    boolean isCancelled();

    /** Throws {@link ExchangeCancelledException} when the user cancelled; work calls it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExchangeCancelledException();
        }
    }

    /** Reports to no one and is never cancelled. */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(String phase, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
