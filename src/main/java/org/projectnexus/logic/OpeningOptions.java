package org.projectnexus.logic;

import org.projectnexus.logic.history.RevisionThinning;

/**
 * How to open a knowledge base: the password of an encrypted one (null for a plain one; it is only held in
 * memory, never stored), how revisions are thinned as they age (null: as the knowledge base keeps it), and whether
 * it is opened for one command that closes it when done ({@code oneCommand}: the command line). Such a command
 * leaves a large change (an import) to the search index's next synchronisation rather than start a catch-up in
 * the background that its own close would cut short. {@code beforeUpdate} runs, on the opening thread, just before
 * the schema of an existing knowledge base is brought up to date by a newer Nexus: once, and long for a large one.
 */
public record OpeningOptions(char[] password, RevisionThinning thinning, boolean oneCommand, Runnable beforeUpdate) {

    public static final OpeningOptions DEFAULT = new OpeningOptions(null, null, false, () -> { });

    public OpeningOptions withPassword(char[] newPassword) {
        return new OpeningOptions(newPassword, thinning, oneCommand, beforeUpdate);
    }

    public OpeningOptions withThinning(RevisionThinning newThinning) {
        return new OpeningOptions(password, newThinning, oneCommand, beforeUpdate);
    }

    /** The same options for one command, which closes the knowledge base when done. */
    public OpeningOptions forOneCommand() {
        return new OpeningOptions(password, thinning, true, beforeUpdate);
    }

    /** The same options, telling {@code whenUpdating} before a schema update. */
    public OpeningOptions beforeUpdate(Runnable whenUpdating) {
        return new OpeningOptions(password, thinning, oneCommand, whenUpdating);
    }
}
