package org.projectnexus.logic;

import org.projectnexus.logic.history.RevisionThinning;

/**
 * How to open a knowledge base: the password of an encrypted one (null for a plain one; it is only held in
 * memory, never stored), how revisions are thinned as they age (null: as the knowledge base keeps it), and whether
 * it is opened for one command that closes it when done ({@code oneCommand}: the command line). Such a command
 * leaves a large change (an import) to the search index's next synchronisation rather than start a catch-up in
 * the background that its own close would cut short.
 */
public record OpeningOptions(char[] password, RevisionThinning thinning, boolean oneCommand) {

    public static final OpeningOptions DEFAULT = new OpeningOptions(null, null, false);

    public OpeningOptions withPassword(char[] newPassword) {
        return new OpeningOptions(newPassword, thinning, oneCommand);
    }

    public OpeningOptions withThinning(RevisionThinning newThinning) {
        return new OpeningOptions(password, newThinning, oneCommand);
    }

    /** The same options for one command, which closes the knowledge base when done. */
    public OpeningOptions forOneCommand() {
        return new OpeningOptions(password, thinning, true);
    }
}
