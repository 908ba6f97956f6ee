package org.projectnexus.logic.exchange;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.projectnexus.model.TitleRules;

/**
 * Turns titles into file names that work on Linux, Windows and macOS and in Obsidian: no path separators or
 * traversal, none of {@code <>:"/\|?*} nor the characters Obsidian links cannot hold ({@code # ^ [ ]}), no
 * control characters, no leading dot (hidden) nor trailing dot or space (Windows drops them), no reserved device
 * name ({@code CON}, {@code aux}, {@code com1}), at most {@value #MAX_BYTES} bytes of UTF-8; and unique across the
 * whole export ignoring case and Unicode normalisation (Windows and macOS folders ignore case, and Obsidian
 * resolves a link by file name in any folder). One instance names one export; ask in a fixed order to get the
 * same names every time.
 */
final class SafeFileNames {

    /** Leaves room for " 99" and ".md" within the 255 bytes every common file system allows. */
    static final int MAX_BYTES = 120;
    /** Dots and spaces at either end (compiled once: a publish names every entry's file each time). */
    private static final Pattern EDGE_DOTS = Pattern.compile("^[.\\s]+|[.\\s]+$");
    private static final Pattern UNSAFE = Pattern.compile("[<>:\"/\\\\|?*#^\\[\\]\\p{Cntrl}\\u2028\\u2029]");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Set<String> taken = new HashSet<>();

    /** A file name (without extension) for the title, not given out before by this instance. */
    String claim(String title) {
        String base = safe(title);
        String name = base;
        for (int n = 2; !taken.add(key(name)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** The title made safe, without the uniqueness check. */
    static String safe(String title) {
        if (plainAscii(title)) { // most titles: the rules below would leave them as they are (a publish names 10,000)
            return reserved(title) ? "_" + title : title;
        }
        String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        name = EDGE_DOTS.matcher(name).replaceAll("");
        name = truncate(name);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_' || c == '.')) {
            name = "Untitled" + (name.isEmpty() ? "" : " " + name);
        }
        return reserved(name) ? "_" + name : name;
    }

    /** A device name of Windows before the first dot ({@code aux}, {@code con .md}). */
    private static boolean reserved(String name) {
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return RESERVED.contains(stem.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether every rule of {@link #safe} but the reserved names leaves {@code title} as it is: printable ASCII
     * (already NFC, one byte a character) without an unsafe character, not too long, with no dot or space at either
     * end, and not only underscores and dots.
     */
    private static boolean plainAscii(String title) {
        if (title == null || title.isEmpty() || title.length() > MAX_BYTES) {
            return false;
        }
        boolean onlyUnderscoresAndDots = true;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 0x20 || c > 0x7e || "<>:\"/\\|?*#^[]".indexOf(c) >= 0) {
                return false;
            }
            onlyUnderscoresAndDots &= c == '_' || c == '.';
        }
        char first = title.charAt(0);
        char last = title.charAt(title.length() - 1);
        return !onlyUnderscoresAndDots && first != '.' && first != ' ' && last != '.' && last != ' ';
    }

    private static String truncate(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            cut.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString().replaceAll("[.\\s]+$", "");
    }

    private static String key(String name) {
        // Most names are surely NFC already, and skip the normaliser.
        return (TitleRules.isSurelyNfc(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }
}
