package org.projectnexus.logic.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the times of imported entries. An import reads two per entry, and {@link Instant#parse} goes through the
 * whole formatter machinery each time; the form Nexus writes ({@code 2026-11-26T14:32:55.906Z}: four-digit year,
 * seconds, up to nine digits of fraction, UTC) is read directly, and anything else is left to {@link Instant#parse},
 * with its errors.
 */
final class Timestamps {

    private static final int SHORTEST = "2026-11-26T14:32:55Z".length();
    /** The years an entry's times may have: what every store (H2, PostgreSQL) and format keeps as written. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;
    private static final Instant FIRST = LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST = LocalDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    private Timestamps() {
    }

    static Instant parse(CharSequence text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 10 || !separatorsAt(text)) {
            return Instant.parse(text);
        }
        int nanos = 0;
        if (length > SHORTEST) {
            int digits = length - SHORTEST - 1;
            if (text.charAt(19) != '.' || digits < 1) {
                return Instant.parse(text);
            }
            nanos = number(text, 20, 20 + digits);
            for (int i = digits; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return Instant.parse(text);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException unusual) { // 24:00, a leap second: as Instant.parse reads it, or its error
            return Instant.parse(text);
        }
    }

    /**
     * Whether the time is within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. {@link Instant} reads years
     * up to a billion, which the database does not keep: such a time came back as another year entirely.
     */
    static boolean inStorableRange(Instant time) {
        return !time.isBefore(FIRST) && time.isBefore(AFTER_LAST);
    }

    private static boolean separatorsAt(CharSequence text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(text.length() - 1) == 'Z';
    }

    /** The decimal number of text[from, to), or -1 if any of it is not an ASCII digit. */
    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
