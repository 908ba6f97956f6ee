package org.projectnexus.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of attachment names and of the references to them in Markdown. A name is what a note embeds, so it
 * holds none of the characters that end or split an embed ({@code [ ] | # ^}), no path separator and no control
 * character; it resolves ignoring case, as Obsidian finds a file by name in any folder. References are read from
 * the text with patterns, not a parse: an embed inside a code block counts as a use too, which only keeps a file
 * longer than needed (never collects one in use).
 */
public final class AttachmentNames {

    /** The longest name kept (file systems allow 255 bytes; names are kept in characters). */
    public static final int LIMIT = 200;
    /** {@code ![[target]]}, {@code ![[target|300]]}, {@code ![[target#page=2]]}. */
    private static final Pattern WIKI_EMBED = Pattern.compile("!\\[\\[([^\\]\\[|#^\\n]+)(?:[#^|][^\\]\\n]*)?]]");
    /** {@code ![alt](target)}, {@code ![alt](<target with spaces>)}, with an optional title. */
    private static final Pattern MARKDOWN_IMAGE =
            Pattern.compile("!\\[[^\\]\\n]*]\\(\\s*(?:<([^>\\n]+)>|([^)\\s]+))(?:\\s+\"[^\"\\n]*\")?\\s*\\)");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\[\\]|#^\\\\/:*?\"<>\\p{Cntrl}]");
    private static final Pattern HAS_EXTENSION = Pattern.compile(".*\\.[A-Za-z0-9]{1,8}$");

    private AttachmentNames() {
    }

    /** The key a name resolves by: trimmed, lower case, NFC. */
    public static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * A name made safe to keep and embed from a file's name: the characters an embed cannot hold become {@code -},
     * it is shortened (keeping its extension), and an empty one becomes {@code file}.
     */
    public static String cleaned(String fileName) {
        String name = NOT_IN_A_NAME.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFC)).replaceAll("-").strip();
        while (name.startsWith(".")) {
            name = name.substring(1); // no hidden files when exported
        }
        if (name.isBlank()) {
            return "file";
        }
        if (name.length() > LIMIT) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, LIMIT - extension.length()).strip() + extension;
        }
        return name;
    }

    /** {@code base.ext} → {@code base 2.ext}: the name given to a second file of the same name. */
    public static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + " " + n + name.substring(dot) : name + " " + n;
    }

    /** Whether an embed's target names a file (it has an extension other than {@code .md}), not a note. */
    public static boolean namesAFile(String target) {
        String stripped = target.strip();
        return HAS_EXTENSION.matcher(stripped).matches() && !stripped.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The name an embed or image address refers to: its last path segment ({@code Attachments/a.png} → {@code a.png}). */
    public static String lastSegment(String target) {
        String path = target.strip().replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Every reference to a file in the text, as written: embeds' targets and images' addresses, decoded. */
    public static List<Reference> referencesIn(String markdown) {
        List<Reference> references = new ArrayList<>();
        if (markdown.indexOf("![") < 0) {
            return references;
        }
        Matcher embed = WIKI_EMBED.matcher(markdown);
        while (embed.find()) {
            if (namesAFile(embed.group(1))) {
                references.add(new Reference(embed.group(1).strip(), true, embed.start(), embed.end()));
            }
        }
        Matcher image = MARKDOWN_IMAGE.matcher(markdown);
        while (image.find()) {
            String address = image.group(1) != null ? image.group(1) : image.group(2);
            boolean web = address.contains("://") && !address.regionMatches(true, 0, "file:", 0, 5);
            if (!web && !address.startsWith("data:")) {
                references.add(new Reference(decoded(address), false, image.start(), image.end()));
            }
        }
        references.sort(java.util.Comparator.comparingInt(Reference::start));
        return references;
    }

    /** The keys of the names the text refers to (last path segments), each once. */
    public static Set<String> keysIn(String markdown) {
        Set<String> keys = new LinkedHashSet<>();
        for (Reference reference : referencesIn(markdown)) {
            keys.add(key(lastSegment(reference.target())));
        }
        return keys;
    }

    /** A percent-encoded address read back ({@code a%20b.png} → {@code a b.png}); as written when it is not one. */
    public static String decoded(String address) {
        if (address.indexOf('%') < 0) {
            return address;
        }
        try {
            return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return address;
        }
    }

    /** One reference in a text: {@code wiki} for {@code ![[…]]}, else a Markdown image; where it stands. */
    public record Reference(String target, boolean wiki, int start, int end) {
    }
}
