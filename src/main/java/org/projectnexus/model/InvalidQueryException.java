package org.projectnexus.model;

/**
 * A search query the language cannot read ({@code kind:} with nothing after it, a day written wrongly). Expected
 * while a query is being typed, so it is told to the user and never logged as a failure.
 */
public final class InvalidQueryException extends NexusException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
