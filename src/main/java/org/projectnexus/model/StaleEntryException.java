package org.projectnexus.model;


/** The entry changed (or vanished) in the database since it was read: saving would overwrite someone's work. */
public final class StaleEntryException extends NexusException {
    public StaleEntryException(String title) {
        super("“" + SafeText.forDisplay(title) + "” was changed or deleted elsewhere since you opened it. Reopen it before saving.");
    }
}
