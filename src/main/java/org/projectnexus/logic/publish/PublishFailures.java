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

    /**
     * Why a remote was not reached, for the user: a refused token or key is not a network problem, and the user must
     * know which to fix.
     */
    static String unreachable(String remote, Throwable failure) {
        String line = oneLine(failure);
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail")
                || lower.contains("cannot log in")) {
            return "The remote " + remote + " refused the credentials (" + line + "): check the token or the SSH"
                    + " key; the commit stays here and goes out at the next publish.";
        }
        return "The remote " + remote + " could not be reached (" + line + "); the commit stays here and goes out"
                + " at the next publish.";
    }
}
