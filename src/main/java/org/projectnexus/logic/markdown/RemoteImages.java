package org.projectnexus.logic.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the preview (and {@code nexus render}) fetches images from the web: a remote image loads the moment a note
 * is shown, and tells its server when and from where the note was read, as a mail's tracking pixel does (ADR 34).
 */
public enum RemoteImages {
    /** Fetched as soon as the note shows. */
    ALWAYS,
    /** Blocked until the user asks to load them, note by note (a static page has no one to ask: blocked). */
    ASK,
    /** Never fetched; a placeholder stands in each one's place. */
    NEVER;

    /** The default, where nothing else is said (ADR 34). */
    public static final RemoteImages DEFAULT = ASK;

    /** {@code always}, {@code ask} or {@code never}, in any case; empty for anything else. */
    public static Optional<RemoteImages> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
