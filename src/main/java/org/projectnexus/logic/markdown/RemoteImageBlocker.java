package org.projectnexus.logic.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the remote images out of rendered HTML: each {@code <img>} whose address is not the page's own (a
 * {@code data:} image, or Nexus's own scheme) becomes a placeholder with its alternative text, and its address only
 * in a tooltip, so nothing is fetched. It works on the renderer's and the sanitizer's output, where every tag is
 * well formed, every attribute value quoted and every {@code <} of text escaped: an {@code <img} there is an image.
 * The page's Content-Security-Policy, without {@code http:} and {@code https:} in {@code img-src}, is the second
 * line: what this missed (an image in a stylesheet, say) is not fetched either.
 */
public final class RemoteImageBlocker {

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("\\ssrc\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|lt|gt|colon);");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\salt\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private RemoteImageBlocker() {
    }

    /** Whether {@code html} holds an image that would be fetched from elsewhere. */
    public static boolean containsRemoteImages(String html) {
        if (!html.contains("<img") && !html.contains("<IMG")) {
            return false;
        }
        Matcher image = IMAGE.matcher(html);
        while (image.find()) {
            if (isRemote(image.group())) {
                return true;
            }
        }
        return false;
    }

    /** {@code html} with each remote image replaced by a placeholder. */
    public static String withoutRemoteImages(String html) {
        if (!html.contains("<img") && !html.contains("<IMG")) {
            return html; // most blocks: no copy
        }
        Matcher image = IMAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (image.find()) {
            String tag = image.group();
            image.appendReplacement(out, Matcher.quoteReplacement(isRemote(tag) ? placeholder(tag) : tag));
        }
        return image.appendTail(out).toString();
    }

    /** The tag's values are HTML-escaped as the renderer wrote them: they go into the placeholder as they are. */
    private static String placeholder(String tag) {
        Matcher source = SOURCE.matcher(tag);
        Matcher alternative = ALTERNATIVE.matcher(tag);
        String address = source.find() ? source.group(1) : "";
        String text = alternative.find() && !alternative.group(1).isBlank() ? alternative.group(1) : "image";
        return "<span class=\"remote-image\" title=\"Remote image not loaded: " + address + "\">" + text + "</span>";
    }

    /**
     * Whether the image would be fetched from outside the page. Anything but a {@code data:} or {@code nexus:} address
     * counts: the renderer lets only web addresses through, and an address it did not expect is better blocked.
     */
    private static boolean isRemote(String tag) {
        Matcher source = SOURCE.matcher(tag);
        if (!source.find()) {
            return false;
        }
        String address;
        try {
            address = unescape(source.group(1)).strip().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notACharacter) {
            return true; // a reference to no character: not an address a page of ours writes
        }
        return !address.isEmpty() && !address.startsWith("data:")
                && !address.startsWith(MarkdownRenderer.ENTRY_SCHEME + ":");
    }

    /** The few character references an address can hold, read back (so {@code h&#116;tps:} is https). */
    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "colon" -> ":";
                default -> new String(Character.toChars(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            reference.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(out).toString();
    }
}
