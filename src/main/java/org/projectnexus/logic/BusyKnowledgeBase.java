package org.projectnexus.logic;

import java.nio.file.Path;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.SafeText;

/**
 * What to tell someone whose Nexus found the knowledge base held by another: whether that other is a window (which
 * answers on its socket, see {@link RunningInstance}) or a command (an import, a backup), because what to do differs:
 * close the window, or wait for the command to end.
 */
final class BusyKnowledgeBase {

    private BusyKnowledgeBase() {
    }

    /**
     * The refusal, saying who holds the knowledge base in {@code folder}. A refusal without a cause is not the
     * database's lock but a schema update under way elsewhere, which says so itself: it is kept as it is.
     */
    static DatabaseInUseException explained(DatabaseInUseException refused, Path folder) {
        if (refused.getCause() == null) {
            return refused;
        }
        String where = "The knowledge base in " + SafeText.forDisplay(folder) + " is open in another Nexus";
        if (RunningInstance.windowHolds(folder)) {
            return new DatabaseInUseException(where + ": its window. Close that window first, or use another --home"
                    + " folder.", refused);
        }
        return new DatabaseInUseException(where + ": a command (an import, an export, a backup…) is using it. Wait"
                + " until it is done and try again, or use another --home folder.", refused);
    }
}
