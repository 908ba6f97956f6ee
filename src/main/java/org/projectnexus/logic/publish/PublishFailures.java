package org.projectnexus.logic.publish;

/** Turns what JGit throws when a remote cannot be reached into one line for the user, without a stack trace. */
final class PublishFailures {

    private PublishFailures() {
    }

    /** The first message of {@code failure}, on one line. */
    static String oneLine(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
                break;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String line = message == null ? failure.getClass().getSimpleName() : message;
        return line.replaceAll("\\s+", " ").strip();
    }
}
