package org.projectnexus.gui.dialogs;

import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * What the window says about a failure: our own messages with the titles and file names in them made safe to show
 * (control characters escaped, a very long message cut), anything else without its internals.
 */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof NexusException nexus) {
            return SafeText.forMessage(nexus.getMessage());
        }
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Your text is still in the editor; the details are in the log file.";
    }
}
