package org.projectnexus.logic.publish;

import java.util.List;

/**
 * How a publish went. {@code commit} is the new commit (null when nothing changed); {@code problem} is one line
 * for the user when the push did not happen (unreachable remote, remote ahead with a conflict), null otherwise;
 * {@code heldBack} counts new entries left out because nobody agreed to publish them.
 */
public record PublishResult(String commit, HubChanges changes, boolean pushed, String remote, String problem,
                            List<String> conflicts, int heldBack, String head) {

    public boolean succeeded() {
        return problem == null && heldBack == 0;
    }

    /** One line saying what happened. */
    public String summary() {
        String what = commit == null ? "Nothing changed since the last publish; no commit was made"
                : "Committed " + commit.substring(0, 7) + ": " + changes.summary();
        String where = remote == null ? "" : pushed ? "; pushed to " + remote : "";
        return what + where + ".";
    }
}
