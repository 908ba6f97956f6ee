package org.projectnexus.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a title usable: links find entries by title, so a title must be writable inside {@code [[...]]}, must
 * mean one thing however its letters are encoded, and must look like what it is. Titles are kept in Unicode NFC, so
 * "Café" typed on macOS (e + combining accent, NFD) and elsewhere (é) is one title.
 * <p>
 * Refused, each with a reason a user can act on:
 * <ul>
 *   <li>{@code [ ] | #} and line breaks: they end a {@code [[link]]} early;</li>
 *   <li>the backslash: Markdown reads {@code \]} or {@code \|} inside a link as an escape, so {@code [[C:\]]} or
 *   {@code [[a\|b]]} never reaches the entry, Obsidian and Windows read it as a folder separator, and the export
 *   must turn it into another character. Refusing it is simpler and safer than making every reader resolve it;</li>
 *   <li>character references such as {@code &amp;amp;}: Markdown reads them as the character
 *   they stand for, so no {@code [[link]]} could reach such a title. ({@code <…>} is fine: the link parser joins
 *   what Markdown took for HTML back into the link.)</li>
 *   <li>invisible characters that change how text is shown (bidirectional overrides and isolates U+202A–U+202E,
 *   U+2066–U+2069) and zero-width ones (U+200B–U+200D, U+FEFF): a title holding them looks like another title, or
 *   shows a file name backwards ("Trojan Source").</li>
 * </ul>
 */
public final class TitleRules {

    public static final int MAX_LENGTH = 200;

    /**
     * A named character reference as Markdown may decode it ({@code &amp;}); numeric ones ({@code &#169;}) hold a
     * {@code #}, refused anyway. Any name is refused, not only the ones Markdown knows: simpler to explain.
     */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&[A-Za-z][A-Za-z0-9]{0,31};");

    private TitleRules() {
    }

    /** @return the title, trimmed and in NFC; throws a {@link NexusException} with the reason when it cannot be used */
    public static String check(String title) {
        String normal = normalised(title);
        if (normal.isEmpty()) {
            throw new InvalidTitleException("An entry needs a title.");
        }
        if (normal.length() > MAX_LENGTH) {
            throw new InvalidTitleException("A title can have at most " + MAX_LENGTH + " characters; this one has "
                    + normal.length() + ".");
        }
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            if (breaksLinks(c)) {
                throw new InvalidTitleException("A title cannot contain [ ] | # or line breaks, because [[links]]"
                        + " to it would break: “" + SafeText.forDisplay(normal) + "”.");
            }
            if (c == '\\') {
                throw new InvalidTitleException("A title cannot contain a backslash (\\): links and file names read"
                        + " it as an escape or a folder separator. Use / or another character: “"
                        + SafeText.forDisplay(normal) + "”.");
            }
            if (invisible(c)) {
                throw new InvalidTitleException("A title cannot contain invisible characters that change how text is"
                        + " shown (" + String.format(Locale.ROOT, "U+%04X", c) + " "
                        + Character.getName(c).toLowerCase(Locale.ROOT)
                        + ", character " + (normal.codePointCount(0, i) + 1) + "): such a title can pass for another."
                        + " Type the title again without it.");
            }
            i += Character.charCount(c);
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(normal);
        if (reference.find()) {
            throw new InvalidTitleException("A title cannot contain a character code such as “"
                    + SafeText.forDisplay(reference.group()) + "”: Markdown reads & … ; as the character it stands"
                    + " for, so [[links]] to the title would break. Type the character itself, or put a space after &.");
        }
        return normal;
    }

    /** The title trimmed and in NFC (null as empty), without judging it: how every title is compared and kept. */
    public static String normalised(String title) {
        String trimmed = title == null ? "" : title.strip();
        return isSurelyNfc(trimmed) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * A title that {@link #check} accepts, made from {@code wanted} (a file name, a title from another tool): itself
     * if {@link #check} accepts it; else the characters that break links become spaces (runs of spaces one),
     * invisible ones are dropped, a title too long is cut, an empty one is "Untitled".
     */
    public static String usable(String wanted) {
        String normal = normalised(wanted);
        try {
            return check(normal);
        } catch (InvalidTitleException unusable) {
            // made usable below
        }
        StringBuilder usable = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (breaksLinks(c) || c == '\\' || c == ' ') {
                if (usable.length() > 0 && usable.charAt(usable.length() - 1) != ' ') {
                    usable.append(' ');
                }
            } else if (!invisible(c)) {
                usable.appendCodePoint(c);
            }
        }
        String cut = CHARACTER_REFERENCE.matcher(usable).replaceAll(found -> "& " + found.group().substring(1))
                .strip();
        if (cut.length() > MAX_LENGTH) {
            int end = Character.isLowSurrogate(cut.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            cut = cut.substring(0, end).strip();
        }
        return cut.isEmpty() ? "Untitled" : cut;
    }

    private static boolean breaksLinks(int c) {
        return c == '[' || c == ']' || c == '|' || c == '#' || Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029';
    }

    /** Bidirectional overrides and isolates, zero-width characters and the byte-order mark. */
    static boolean invisible(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c >= 0x200B && c <= 0x200D || c == 0xFEFF;
    }

    /**
     * Whether the text is in NFC without asking {@link Normalizer}: every character below U+0300 (ASCII, Latin-1,
     * Latin Extended) is its own NFC and combines with nothing before it. Titles and link targets are compared on
     * every save and import, and nearly all of them are such text.
     */
    public static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }
}
