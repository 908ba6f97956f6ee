package org.projectnexus.model;

/** How a member settles a conflict of a team entry (issue 27): nothing is lost whichever they choose. */
public enum ConflictChoice {
    /** The member's version (the conflict copy's text) goes into the team entry; the copy goes to the trash. */
    KEEP_MINE,
    /** The team entry stays as the teammate left it; the copy goes to the trash. */
    KEEP_THEIRS,
    /** Both stay: the copy becomes an ordinary personal entry. */
    KEEP_BOTH
}
