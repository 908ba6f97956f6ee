package org.projectnexus.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A file kept in the knowledge base (issue 24): the name notes embed it by ({@code ![[name.png]]}), its media type,
 * its size in bytes, the SHA-256 of its bytes (the same bytes are stored once, whatever their names) and its times.
 */
public record Attachment(String name, String mediaType, long size, String sha256, Instant created, Instant updated) {

    /** Whether the preview shows it as a picture (SVG included, always as an {@code <img>}). */
    public boolean image() {
        return MediaTypes.showsInline(mediaType);
    }

    /** The key names resolve by: ignoring case, as Obsidian finds files. */
    public String nameKey() {
        return AttachmentNames.key(name);
    }

    /** The embed that shows it in a note. */
    public String embed() {
        return "![[" + name + "]]";
    }

    /** The size for people: {@code 812 bytes}, {@code 4.2 KB}, {@code 13.0 MB}. */
    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
