package org.projectnexus.gui.dialogs;

import org.projectnexus.model.NexusException;

/** What the window says about a failure: our own messages as they are, anything else without its internals. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof NexusException nexus) {
            return nexus.getMessage();
        }
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Your text is still in the editor; the details are in the log file.";
    }
}
