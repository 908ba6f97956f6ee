package org.projectnexus.model;

import java.util.Optional;

/**
 * What a new password of an encrypted knowledge base must be, and a hint when it could be stronger. A stolen file can
 * be attacked offline, so length is what counts: pass phrases of a few words, spaces and all, are welcome. Existing
 * passwords are not judged again: a knowledge base encrypted before these rules still opens with its own.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    /** From this length on, a password needs no hint, whatever it is made of. */
    static final int COMFORTABLE_LENGTH = 16;

    private PasswordRules() {
    }

    /** Refuses, with the reason, a password too short to be a new one. */
    public static void checkNew(char[] password) {
        int length = length(password);
        if (length < MIN_LENGTH) {
            throw new NexusException("A password needs at least " + MIN_LENGTH + " characters; this one has " + length
                    + ". A pass phrase of a few words (spaces are fine) is easy to remember and hard to guess.");
        }
    }

    /** A hint for an acceptable password that could be stronger (short, or of one kind of character only). */
    public static Optional<String> hint(char[] password) {
        int length = length(password);
        if (length >= COMFORTABLE_LENGTH) {
            return Optional.empty();
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (kinds >= 3 && length >= 12) {
            return Optional.empty();
        }
        return Optional.of("This password is short enough to be guessed by a patient attacker who has the file. A pass"
                + " phrase of four or more unrelated words (" + COMFORTABLE_LENGTH + " characters or more) is much"
                + " stronger, and easier to remember.");
    }

    private static int length(char[] password) {
        return password == null ? 0 : Character.codePointCount(password, 0, password.length);
    }
}
