package org.projectnexus.model;


/** Another entry already has this title (titles are unique regardless of case). */
public final class DuplicateTitleException extends NexusException {
    public DuplicateTitleException(String title) {
        super("An entry titled “" + SafeText.forDisplay(title) + "” already exists. Titles must be unique (ignoring case)"
                + " because [[links]] find entries by title; choose another title.");
    }
}
