package org.projectnexus.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Media types of attachments, from their names' extensions, and a look at their first bytes: a file whose content
 * is plainly not what its extension says (an "image.png" that is a program) is refused at import (issue 24).
 */
public final class MediaTypes {

    public static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("bmp", "image/bmp"), Map.entry("ico", "image/x-icon"), Map.entry("avif", "image/avif"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mov", "video/quicktime"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("canvas", "application/json"), Map.entry("excalidraw", "application/json"));

    /** How many first bytes {@link #contentProblem} looks at: enough for an SVG's XML preamble and comments. */
    public static final int HEAD_BYTES = 4096;

    /** The types with a fixed signature: their content is checked, and an empty file is none of them. */
    private static final Set<String> SIGNED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "image/svg+xml", "application/pdf", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    /** The image types the preview may show inline, as an {@code <img>} from a {@code data:} URI (ADR 40, 46). */
    private static final Set<String> INLINE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "image/svg+xml", "image/x-icon", "image/avif");

    private MediaTypes() {
    }

    /**
     * The one content check of every way a file comes in (attach, paste, drop, vault import, JSON restore: ADR 46):
     * why the first bytes ({@code head}, up to {@link #HEAD_BYTES}) cannot be the file {@code name}'s extension says,
     * in words, or empty when they can. Only the formats with a fixed signature are checked (the images the preview
     * shows, PDF, zip-based documents); an empty file is none of them. Any other file may hold anything.
     */
    public static Optional<String> contentProblem(String name, byte[] head) {
        String type = ofName(name);
        if (!SIGNED.contains(type) || contentMatches(type, head)) {
            return Optional.empty();
        }
        String says = "its name says " + type;
        return Optional.of(head.length == 0 ? "it is empty, but " + says
                : "its content is not what its extension says (" + says + ", but it looks like " + looksLike(head)
                        + ")");
    }

    /** Whether the preview may show a file of this type as a picture (an {@code <img>}, never a document). */
    public static boolean showsInline(String mediaType) {
        return INLINE_IMAGES.contains(mediaType);
    }

    /** What the first bytes look like, in words, for the messages of {@link #contentProblem}. */
    static String looksLike(byte[] head) {
        for (String type : new String[] {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
                "application/pdf", "application/zip"}) {
            if (contentMatches(type, head)) {
                return type;
            }
        }
        String text = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return "HTML";
        }
        if (text.contains("<svg")) {
            return "an SVG drawing";
        }
        if (text.contains("<script") || text.contains("<body") || text.contains("<iframe")) {
            return "HTML";
        }
        if (text.startsWith("<")) {
            return "XML or HTML";
        }
        if (text.startsWith("#!") || startsWith(head, new byte[] {0x7f, 'E', 'L', 'F'}) || startsWith(head, ascii("MZ"))) {
            return "a program";
        }
        return "something else";
    }

    /** The media type a name's extension says; {@link #UNKNOWN} for an extension not known. */
    public static String ofName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /**
     * Whether the first bytes of a file can be what its media type says ({@link #contentProblem} says why not). Only the formats with a fixed signature are
     * checked (images, PDF, zip-based documents); for the others anything goes. An empty file matches nothing.
     */
    public static boolean contentMatches(String mediaType, byte[] head) {
        if (head.length == 0) {
            return false;
        }
        return switch (mediaType) {
            case "image/png" -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "image/gif" -> startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"));
            case "image/webp" -> startsWith(head, ascii("RIFF")) && head.length >= 12
                    && Arrays.equals(Arrays.copyOfRange(head, 8, 12), ascii("WEBP"));
            case "image/bmp" -> startsWith(head, ascii("BM"));
            case "application/pdf" -> startsWith(head, ascii("%PDF-"));
            case "application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
                    startsWith(head, new byte[] {'P', 'K', 3, 4});
            case "image/svg+xml" -> new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("<svg");
            default -> true;
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }
}
