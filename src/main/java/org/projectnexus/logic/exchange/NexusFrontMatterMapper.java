package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The YAML mapper an import reads front matter with: the front matter Nexus writes itself (see
 * {@link VaultEntryFile}: one {@code key: value} a line, values that are plain words, ids and ISO times, lists of
 * them one {@code - item} a line) is read here directly, which is much faster than the YAML library (ADR 18); any
 * other text, or anything in it this reader is not sure of (quotes, comments, numbers, {@code yes}/{@code null},
 * colons, blank lines, indentation, duplicate keys, ...), goes to the YAML library as before. So the result is the
 * library's in every case: this only decides, conservatively, when the library can be skipped.
 *
 * <p>It is an {@link ObjectMapper} so that {@code FrontMatter.split} (which finds the block and reports errors)
 * stays the one way front matter is read; only {@link #readValue(String, Class)} for {@code Object} is short-cut.
 */
final class NexusFrontMatterMapper extends ObjectMapper {

    private static final long serialVersionUID = 1L;

    /** Words a YAML 1.1 or 1.2 reader may take for something other than a string (booleans, null). */
    private static final Set<String> SPECIAL_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "on", "off",
            "null", "nan", "inf");
    /** An id as Nexus writes it: {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. */
    private static final String UUID_SHAPE = "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh";
    /** A time as Nexus writes it: {@code \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z}. */
    private static final String INSTANT_SHAPE = "dddd-dd-ddTdd:dd:dd";
    /** Punctuation that may stand inside a plain value without meaning anything to YAML (after its first letter). */
    /** Longer blocks are not Nexus's own; the YAML library also applies its own limits to them. */
    private static final int MAX_LENGTH = 65_536;
    private static final String SAFE_PUNCTUATION = " -_./()+;=?$^~<";

    NexusFrontMatterMapper() {
        super(new YAMLFactory());
    }

    @Override
    public <T> T readValue(String content, Class<T> valueType) throws JsonProcessingException {
        if (valueType == Object.class) {
            Map<String, Object> simple = simple(content);
            if (simple != null) {
                return valueType.cast(simple);
            }
        }
        return super.readValue(content, valueType);
    }

    /** The fields of {@code yaml} if it is in the simple form; null when the YAML library must read it. */
    static Map<String, Object> simple(String yaml) {
        if (yaml.isEmpty() || yaml.length() > MAX_LENGTH
                || yaml.indexOf('\r') >= 0 || yaml.indexOf('\t') >= 0 || yaml.indexOf('#') >= 0) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> list = null;
        int at = 0;
        while (at < yaml.length()) {
            int end = yaml.indexOf('\n', at);
            if (end < 0) {
                end = yaml.length();
            }
            String line = yaml.substring(at, end);
            at = end + 1;
            if (line.startsWith("- ")) {
                String item = plain(line.substring(2));
                if (list == null || item == null) {
                    return null;
                }
                list.add(item);
                continue;
            }
            list = null;
            int colon = line.indexOf(':');
            if (colon <= 0 || !isKey(line, colon)) {
                return null;
            }
            String key = line.substring(0, colon);
            if (SPECIAL_WORDS.contains(key.toLowerCase(Locale.ROOT))) { // YAML 1.1 reads "on:" as a boolean key
                return null;
            }
            Object value;
            if (colon == line.length() - 1) { // "key:" then "- item" lines; with none, YAML's null: leave it to YAML
                if (at >= yaml.length() || !yaml.startsWith("- ", at)) {
                    return null;
                }
                list = new ArrayList<>();
                value = list;
            } else if (line.charAt(colon + 1) != ' ') {
                return null;
            } else if (line.length() == colon + 4 && line.endsWith("[]")) {
                value = new ArrayList<>();
            } else {
                value = plain(line.substring(colon + 2));
                if (value == null) {
                    return null;
                }
            }
            if (fields.put(key, value) != null) {
                return null;
            }
        }
        return fields;
    }

    /** Whether the value has the shape of {@link #UUID_SHAPE} (without a pattern: it is met in every file). */
    static boolean isUuid(String value) {
        return value.length() == UUID_SHAPE.length() && fits(value, UUID_SHAPE);
    }

    /** Whether the value has the shape of {@link #INSTANT_SHAPE}, with an optional fraction of 1 to 9 digits, Z. */
    static boolean isInstant(String value) {
        int fraction = value.length() - INSTANT_SHAPE.length() - 2; // digits after the point, if there is one
        if (value.length() != INSTANT_SHAPE.length() + 1 && (fraction < 1 || fraction > 9)) {
            return false;
        }
        if (!value.endsWith("Z") || !fits(value, INSTANT_SHAPE)) {
            return false;
        }
        if (value.length() == INSTANT_SHAPE.length() + 1) {
            return true;
        }
        return value.charAt(INSTANT_SHAPE.length()) == '.'
                && fits(value.substring(INSTANT_SHAPE.length() + 1, value.length() - 1), "d".repeat(fraction));
    }

    /** Whether the value starts with the shape: {@code h} a lowercase hex digit, {@code d} a digit, else itself. */
    private static boolean fits(String value, String shape) {
        for (int i = 0; i < shape.length(); i++) {
            char c = value.charAt(i);
            boolean fits = switch (shape.charAt(i)) {
                case 'h' -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
                case 'd' -> c >= '0' && c <= '9';
                default -> c == shape.charAt(i);
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKey(String line, int colon) {
        if (!isAsciiLetter(line.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = line.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The value if it is a plain scalar that every YAML reader takes for exactly this string; null otherwise.
     * It starts with a letter (an id or a time may start with a digit) and holds letters, digits and harmless
     * punctuation, with no space at either end and no two spaces together.
     */
    private static String plain(String value) {
        if (value.isEmpty() || value.endsWith(" ") || value.contains("  ")) {
            return null;
        }
        char first = value.charAt(0);
        if (!Character.isLetter(first)) {
            return isUuid(value) || isInstant(value) ? value : null;
        }
        if (SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80 ? !Character.isLetterOrDigit(c) && SAFE_PUNCTUATION.indexOf(c) < 0
                    : !Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        return value;
    }
}
