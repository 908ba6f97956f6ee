package org.projectnexus.logic.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a published page's links pointed when it was made: each link's target key and the file it led to
 * ({@code ""}: to no page). Kept in the page cache as the bytes it was read as, and decoded only when a publish lays
 * everything out again (ADR 35 point 9): a publish of edits alone reads and writes 10,000 pages' links without
 * making a string of them.
 */
final class PageLinks {

    private final byte[] encoded;

    private PageLinks(byte[] encoded) {
        this.encoded = encoded;
    }

    /** Pointed as {@code targets} says, by target key. */
    static PageLinks of(Map<String, String> targets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(targets.size());
            for (Map.Entry<String, String> target : targets.entrySet()) {
                text(out, target.getKey());
                text(out, target.getValue());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new PageLinks(bytes.toByteArray());
    }

    /** As stored: the bytes {@link #encoded} gave. */
    static PageLinks ofEncoded(byte[] encoded) {
        return new PageLinks(encoded);
    }

    byte[] encoded() {
        return encoded;
    }

    /** Each link's target key, and the file it led to ({@code ""}: to no page). */
    Map<String, String> targets() {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int count = in.readInt();
            if (count < 0 || count > encoded.length) {
                return null;
            }
            Map<String, String> targets = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                targets.put(text(in), text(in));
            }
            return targets;
        } catch (IOException damaged) {
            return null; // read from a damaged cache: the page is made again
        }
    }

    /** UTF-8 with an int length: a link's target may be longer than writeUTF's 64 KB in a hostile note. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > encoded.length) {
            throw new IOException("a text of " + length + " bytes in " + encoded.length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageLinks links && Arrays.equals(encoded, links.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return String.valueOf(targets());
    }
}
