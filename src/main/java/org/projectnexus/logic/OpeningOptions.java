package org.projectnexus.logic;

import java.nio.file.Path;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.logic.store.FileKeyAhead;

/**
 * How to open a knowledge base: the password of an encrypted one (null for a plain one; it is only held in
 * memory, never stored), how revisions are thinned as they age (null: as the knowledge base keeps it), and whether
 * it is opened for one command that closes it when done ({@code oneCommand}: the command line). Such a command
 * leaves a large change (an import) to the search index's next synchronisation rather than start a catch-up in
 * the background that its own close would cut short. {@code beforeUpdate} runs, on the opening thread, just before
 * the schema of an existing knowledge base is brought up to date by a newer Nexus: once, and long for a large one.
 * {@code keyAhead}: the derivation of the password's file key, when it was started before the opening (null: the
 * opening starts it; see {@link #withPasswordDerivingNow}).
 */
public record OpeningOptions(char[] password, RevisionThinning thinning, boolean oneCommand, Runnable beforeUpdate,
                             FileKeyAhead keyAhead) {

    public static final OpeningOptions DEFAULT = new OpeningOptions(null, null, false, () -> { }, null);

    public OpeningOptions withPassword(char[] newPassword) {
        return new OpeningOptions(newPassword, thinning, oneCommand, beforeUpdate, null);
    }

    /**
     * With {@code newPassword}, whose file key for the knowledge base in {@code folder} starts deriving now, on a
     * thread of its own: 0.6 s of one core (ADR 38) that the rest of a command's start then overlaps (ADR 50). An
     * opening of another folder, or with another password, derives its own.
     */
    public OpeningOptions withPasswordDerivingNow(Path folder, char[] newPassword) {
        return new OpeningOptions(newPassword, thinning, oneCommand, beforeUpdate,
                FileKeyAhead.start(folder, newPassword));
    }

    public OpeningOptions withThinning(RevisionThinning newThinning) {
        return new OpeningOptions(password, newThinning, oneCommand, beforeUpdate, keyAhead);
    }

    /** The same options for one command, which closes the knowledge base when done. */
    public OpeningOptions forOneCommand() {
        return new OpeningOptions(password, thinning, true, beforeUpdate, keyAhead);
    }

    /** The same options, telling {@code whenUpdating} before a schema update. */
    public OpeningOptions beforeUpdate(Runnable whenUpdating) {
        return new OpeningOptions(password, thinning, oneCommand, whenUpdating, keyAhead);
    }
}
