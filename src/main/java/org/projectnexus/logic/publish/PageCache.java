package org.projectnexus.logic.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.projectnexus.logic.exchange.ReadmeLine;
import org.projectnexus.logic.exchange.VaultLayout;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.EntryVersion;
import org.projectnexus.model.TakeawayCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last publish made of each entry (its page's path and blob id, its README line), kept in the working
 * copy's {@code .git/nexus/pages.bin} (never pushed), so that the next publish reads and writes again only the
 * entries changed since: regenerating 10,000 pages for a one-entry change cost seconds (ADR 35). An entry's page
 * depends on its own text, its own path and where its links point: under another layout (every page's path, every
 * alias) a page is kept only while those are as they were ({@link PageLinks}); another {@link #FORMAT} makes every
 * page again.
 * <p>
 * The file is plain length-prefixed binary rather than JSON: a one-entry publish from the command line reads the
 * whole cache in a fresh JVM, where Jackson's first read of 10,000 records took 250-450 ms and this takes a few
 * tens (ADR 35).
 */
final class PageCache {

    /**
     * Raise it whenever the bytes of a page or the content of a README line change for the same entry (a new
     * exporter): pages kept from the last publish are then made again.
     */
    static final int FORMAT = 7;

    /** The file's first four bytes, "NXPC": anything else is not a cache of this kind. */
    private static final int MAGIC = 0x4E585043;
    /** The file of the first format, left behind by an older Nexus: removed at the next write. */
    private static final String OLD_FILE = "pages.json";

    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);

    /** The README as last published: {@code key} says which README options it was made with. */
    record Readme(String key, String blob) {
    }

    /** What the last publish left: its pages by entry id, in the README's order, and its README (null when unknown). */
    record Kept(Map<UUID, Page> pages, Readme readme) {
        static final Kept NONE = new Kept(Map.of(), null);
    }

    /**
     * One entry as last published: {@code made} says which version of the entry it was made from; its
     * {@code aliases}, and its title and kind in its README line, are what the layout made of it (a publish of edits
     * alone reuses the layout, ADR 35).
     */
    record Page(EntryVersion made, String path, ObjectId blob, ReadmeLine readme, List<String> aliases,
                PageLinks links) {
    }

    private PageCache() {
    }

    static Path file(Path repository) {
        return repository.resolve(".git").resolve("nexus").resolve("pages.bin");
    }

    /** The cache as read, with the layout it was made for (null when there was none to read). */
    record Stored(String layout, Kept kept) {
        static final Stored NONE = new Stored(null, Kept.NONE);

        /** What was kept for {@code layout}; nothing when the cache was made for another layout. */
        Kept forLayout(String wanted) {
            return wanted.equals(layout) ? kept : Kept.NONE;
        }
    }

    /** Whatever the cache holds, for whichever layout. */
    static Stored readStored(Path repository) {
        Path file = file(repository);
        if (!Files.isRegularFile(file)) {
            return Stored.NONE;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Stored.NONE;
            }
            String layout = text(in);
            Readme readme = in.readBoolean() ? new Readme(text(in), text(in)) : null;
            int count = in.readInt();
            byte[] blob = new byte[Constants.OBJECT_ID_LENGTH];
            Map<UUID, Page> pages = new java.util.LinkedHashMap<>(Math.max(16, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                UUID id = new UUID(in.readLong(), in.readLong());
                EntryVersion made = new EntryVersion(in.readLong(), Instant.ofEpochSecond(in.readLong(), in.readInt()));
                String path = text(in);
                in.readFully(blob);
                pages.put(id, new Page(made, path, ObjectId.fromRaw(blob), in.readBoolean() ? readmeLine(in) : null,
                        texts(in), PageLinks.ofEncoded(bytes(in))));
            }
            return new Stored(layout, new Kept(pages, readme));
        } catch (IOException | RuntimeException unreadable) {
            // A damaged cache costs one full publish, never a wrong page.
            LOG.warn("The publish cache {} could not be read; every page is made again", file, unreadable);
            return Stored.NONE;
        }
    }

    /** Replaces the cache (written beside it first, so a crash leaves the old one or the new one). */
    static void write(Path repository, String layout, Kept kept) throws IOException {
        Map<UUID, Page> pages = kept.pages();
        Path file = file(repository);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
                1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            text(out, layout);
            out.writeBoolean(kept.readme() != null);
            if (kept.readme() != null) {
                text(out, kept.readme().key());
                text(out, kept.readme().blob());
            }
            out.writeInt(pages.size());
            for (Map.Entry<UUID, Page> one : pages.entrySet()) {
                out.writeLong(one.getKey().getMostSignificantBits());
                out.writeLong(one.getKey().getLeastSignificantBits());
                Page page = one.getValue();
                out.writeLong(page.made().number());
                out.writeLong(page.made().updated().getEpochSecond());
                out.writeInt(page.made().updated().getNano());
                text(out, page.path());
                page.blob().copyRawTo(out);
                out.writeBoolean(page.readme() != null);
                if (page.readme() != null) {
                    readmeLine(out, page.readme());
                }
                texts(out, page.aliases());
                bytes(out, page.links().encoded());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(file.resolveSibling(OLD_FILE));
    }

    /** The blob id of each attachment content, by its SHA-256, that the last publish sent (empty when unknown). */
    static Map<String, String> readAttachmentBlobs(Path repository) {
        Path file = attachmentsFile(repository);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            Map<String, String> blobs = new HashMap<>();
            lines.map(line -> line.split(" ")).filter(parts -> parts.length == 2)
                    .forEach(parts -> blobs.put(parts[0], parts[1]));
            return blobs;
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            LOG.warn("The publish cache {} could not be read; every attachment is read again", file, unreadable);
            return Map.of();
        }
    }

    /** Replaces the attachments' blob ids with those of this publish. */
    static void writeAttachmentBlobs(Path repository, Map<String, String> blobs) throws IOException {
        Path file = attachmentsFile(repository);
        if (blobs.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(blobs).forEach((hash, blob) -> text.append(hash).append(' ').append(blob).append('\n'));
        Files.writeString(partial, text, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path attachmentsFile(Path repository) {
        return file(repository).resolveSibling("attachment-blobs");
    }

    private static void readmeLine(DataOutputStream out, ReadmeLine line) throws IOException {
        out.writeLong(line.id().getMostSignificantBits());
        out.writeLong(line.id().getLeastSignificantBits());
        text(out, line.kind().name());
        text(out, line.title());
        text(out, line.summary());
        text(out, line.solution());
        text(out, line.status() == null ? null : line.status().name());
        text(out, line.category() == null ? null : line.category().name());
        text(out, line.body());
        text(out, line.section());
        texts(out, line.technologies());
        texts(out, line.concepts());
    }

    private static ReadmeLine readmeLine(DataInputStream in) throws IOException {
        UUID id = new UUID(in.readLong(), in.readLong());
        EntryKind kind = EntryKind.valueOf(text(in));
        String title = text(in);
        String summary = text(in);
        String solution = text(in);
        String status = text(in);
        String category = text(in);
        return new ReadmeLine(id, kind, title, summary, solution, status == null ? null : ChallengeStatus.valueOf(status),
                category == null ? null : TakeawayCategory.valueOf(category), text(in), text(in), texts(in), texts(in));
    }

    /** A string as its UTF-8 length and bytes (-1: null); unlike writeUTF, not limited to 64 KB. */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 1 << 26) { // a damaged length, not an entry's text (at most 20 MB)
            throw new IOException("a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 26) {
            throw new IOException("a field of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1 << 20) {
            throw new IOException("a list of " + count + " texts");
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    /** How long {@link #layout}'s digest is (SHA-256 in hex); the attachments' digest may follow it. */
    static final int LAYOUT_DIGEST_LENGTH = 64;

    /** A digest of every page's path and every alias: what decides where the links of every page point. */
    static String layout(List<EntrySummary> ordered, VaultLayout layout, Map<UUID, List<String>> aliases) {
        try {
            // One text, encoded and hashed once: the same bytes as a digest updated line by line.
            StringBuilder text = new StringBuilder(ordered.size() * 96);
            for (EntrySummary entry : ordered) {
                List<String> named = aliases.get(entry.id());
                text.append(entry.id()).append('\t').append(layout.file(entry.id())).append('\t').append(entry.title())
                        .append('\t').append(named == null ? "[]" : named.toString()).append('\n');
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
