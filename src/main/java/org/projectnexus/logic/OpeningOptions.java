package org.projectnexus.logic;

import org.projectnexus.logic.history.RevisionThinning;

/**
 * How to open a knowledge base: the password of an encrypted one (null for a plain one; it is only held in
 * memory, never stored) and how revisions are thinned as they age (null: as the knowledge base keeps it).
 */
public record OpeningOptions(char[] password, RevisionThinning thinning) {

    public static final OpeningOptions DEFAULT = new OpeningOptions(null, null);

    public OpeningOptions withPassword(char[] newPassword) {
        return new OpeningOptions(newPassword, thinning);
    }

    public OpeningOptions withThinning(RevisionThinning newThinning) {
        return new OpeningOptions(password, newThinning);
    }
}
