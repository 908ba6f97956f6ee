package org.projectnexus.model;

import java.util.UUID;

/**
 * A problem the link-integrity check found: which entry, which line (1-based; 0 for the entry as a whole), what is
 * wrong, and the fix it suggests (empty when it has none). For a dangling link, {@code linkTarget} is the title it
 * names and {@code closestTitle} the existing title it most likely meant (empty when none is close).
 */
public record Finding(Problem problem, UUID entryId, String entryTitle, int line, String message, String fix,
                      String linkTarget, String closestTitle) {

    public Finding(Problem problem, UUID entryId, String entryTitle, int line, String message, String fix) {
        this(problem, entryId, entryTitle, line, message, fix, "", "");
    }

    public enum Problem {
        DANGLING_LINK, MISSING_HEADING, AMBIGUOUS_TARGET, ORPHAN, EMPTY_ENTRY
    }
}
