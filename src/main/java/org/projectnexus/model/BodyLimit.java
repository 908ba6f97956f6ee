package org.projectnexus.model;

import java.util.Locale;

/**
 * The one limit on how much text an entry holds, the same for adding, saving and importing: its body, and a
 * challenge's problem and solution, at most {@link #MAX_BYTES} bytes together in UTF-8 (as the database keeps them).
 * The whole text is parsed, indexed and rendered at each save, which takes many times its size in memory (a 50 MB
 * body once took 1.4 GB), so a larger text is refused with a message rather than risked.
 */
public final class BodyLimit {

    /** 20 MB: what an import of notes allowed before the limits were made one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private BodyLimit() {
    }

    /** Throws a {@link NexusException} saying what to do when the entry holds more text than an entry may. */
    public static void check(Entry entry) {
        long chars = entry.body().length();
        if (entry instanceof Challenge challenge) {
            chars += challenge.problem().length() + challenge.solution().length();
        }
        if (chars * 3 <= MAX_BYTES) {
            return; // no character takes more than 3 bytes (a pair of surrogates takes 4 for 2): it fits uncounted
        }
        long bytes = textBytes(entry);
        if (bytes > MAX_BYTES) {
            throw new NexusException("“" + entry.title() + "” holds " + megabytes(bytes) + " of text; an entry can hold"
                    + " at most " + megabytes(MAX_BYTES) + ". Split the text into several entries.");
        }
    }

    /** The size in UTF-8 of the entry's texts, counted without encoding them (a body may be 20 MB). */
    public static long textBytes(Entry entry) {
        long bytes = utf8Length(entry.body());
        if (entry instanceof Challenge challenge) {
            bytes += utf8Length(challenge.problem()) + utf8Length(challenge.solution());
        }
        return bytes;
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // half of a character: encoded as "?"
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** "20.0 MB". */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
