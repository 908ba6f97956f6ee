package org.projectnexus.model;


/** The user cancelled an import or export; an import then changed nothing. */
public final class ExchangeCancelledException extends NexusException {

    public ExchangeCancelledException() {
        super("Cancelled. The knowledge base is as it was before.");
    }
}
