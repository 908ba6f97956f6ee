package org.projectnexus.logic.markdown;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.MediaTypes;

/**
 * The HTML of attachments in a page, in two steps. The renderer writes a placeholder for each embed and each image of
 * a relative address, addressed {@code nexus://attachment/NAME}: rendered blocks are kept and reused while typing, and
 * must not hold megabytes of image data nor go stale when a file is attached. {@link #inline} then puts in each
 * image's bytes as a {@code data:} URI (the only images the page's policy admits, ADR 40), each other file's size,
 * and marks the names no attachment has.
 */
public final class AttachmentMarkup {

    /** The address of an attachment inside a page; the preview opens a file's when it is clicked. */
    public static final String PREFIX = MarkdownRenderer.ENTRY_SCHEME + "://attachment/";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<img class=\"attachment\" src=\"" + Pattern.quote(PREFIX) + "([^\"]*)\" alt=\"([^\"]*)\"([^>]*)>"
            + "|<a class=\"attachment-file\" href=\"" + Pattern.quote(PREFIX) + "([^\"]*)\">[^<]*</a>");
    private static final Pattern WIDTH = Pattern.compile("(\\d{1,5})(?:x(\\d{1,5}))?");
    private static final Pattern WINDOWS_PATH = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private AttachmentMarkup() {
    }

    /** {@code ![[target|shown]]}: an image when the name says so, else a file's link. */
    static String embed(String target, String shown) {
        String name = org.projectnexus.model.AttachmentNames.lastSegment(target);
        if (MediaTypes.ofName(name).startsWith("image/")) {
            Matcher width = WIDTH.matcher(shown);
            boolean sized = width.matches();
            String size = sized ? " width=\"" + width.group(1) + "\""
                    + (width.group(2) != null ? " height=\"" + width.group(2) + "\"" : "") : "";
            return image(name, sized ? name : shown.isEmpty() ? name : shown, size);
        }
        return "<a class=\"attachment-file\" href=\"" + PREFIX + encode(name) + "\">" + escape(name) + "</a>";
    }

    /** An image placeholder; {@code extra} holds attributes already escaped ({@code width="300"}). */
    static String image(String name, String alt, String extra) {
        return "<img class=\"attachment\" src=\"" + PREFIX + encode(name) + "\" alt=\"" + escape(alt) + "\"" + extra
                + ">";
    }

    /** An image on the user's disk: shown as a placeholder, never fetched; the preview offers to attach it. */
    static String localImage(String path, String alt) {
        return "<span class=\"local-image\" title=\"" + escape("A file on your disk, not in the knowledge base: " + path)
                + "\">" + escape(alt.isEmpty() ? path : alt) + "</span>";
    }

    /** An address that is a path on the disk: absolute, {@code file:}, {@code ~/}, a Windows drive. */
    public static boolean isLocalPath(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("file:") || address.startsWith("/") && !address.startsWith("//")
                || address.startsWith("~/") || address.startsWith("\\\\") || WINDOWS_PATH.matcher(address).matches();
    }

    /** A relative address with no scheme, query or fragment: a file name, perhaps inside folders. */
    static boolean isAttachmentAddress(String address) {
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("//") || address.contains("?")) {
            return false;
        }
        int colon = address.indexOf(':');
        int slash = address.indexOf('/');
        return colon < 0 || slash >= 0 && slash < colon;
    }

    /** Whether rendered HTML holds any attachment placeholder (most blocks do not: no copy then). */
    public static boolean hasPlaceholders(String html) {
        return html.contains(PREFIX);
    }

    /** The HTML with each placeholder filled from {@code files}. */
    public static String inline(String html, EmbeddedFiles files) {
        if (!hasPlaceholders(html)) {
            return html;
        }
        Matcher placeholder = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (placeholder.find()) {
            boolean isImage = placeholder.group(1) != null;
            String name = decode(isImage ? placeholder.group(1) : placeholder.group(4));
            Optional<Attachment> found = files.find(name);
            String replacement;
            if (found.isEmpty()) {
                replacement = "<span class=\"attachment-missing\" title=\"No attachment named " + escape(name)
                        + " in this knowledge base\">" + escape(name) + "</span>";
            } else if (isImage && found.get().image()) {
                Optional<String> data = files.dataUri(found.get());
                replacement = data.isPresent()
                        ? "<img class=\"attachment\" src=\"" + data.get() + "\" alt=\"" + placeholder.group(2) + "\""
                                + placeholder.group(3) + ">"
                        : fileLink(found.get());
            } else {
                replacement = fileLink(found.get());
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return placeholder.appendTail(out).toString();
    }

    /** A file as a link with its icon (drawn by the stylesheet) and size; the preview opens it with the system. */
    private static String fileLink(Attachment file) {
        return "<a class=\"attachment-file\" href=\"" + PREFIX + encode(file.name()) + "\" title=\"Open "
                + escape(file.name()) + " with its application\"><span class=\"attachment-icon\"></span>"
                + escape(file.name()) + " <span class=\"attachment-size\">" + Attachment.readableSize(file.size())
                + "</span></a>";
    }

    /** The attachment's name from a page address ({@code nexus://attachment/a%20b.png}); empty for other addresses. */
    public static Optional<String> nameOf(String address) {
        return address != null && address.startsWith(PREFIX)
                ? Optional.of(decode(address.substring(PREFIX.length()))) : Optional.empty();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded;
        }
    }

    private static String escape(String text) {
        return EntryPageRenderer.escape(text);
    }
}
