package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.projectnexus.model.BodyLimit;

/**
 * Reads a Markdown file whatever it holds, and says in the import report what it had to do: files that are not
 * text (binary data named {@code .md}) or too large are skipped; a byte-order mark is dropped; text that is not
 * UTF-8 is read as Windows-1252 (what such files nearly always are); NUL characters are removed; Windows and old
 * Mac line ends become {@code \n}.
 */
final class TextFileReader {

    /**
     * Files larger than this are not read: an entry's text may be {@link BodyLimit#MAX_BYTES}, and its file adds
     * front matter (and a challenge's headings). Whether the entry's text fits is checked when it is imported.
     */
    static final long MAX_BYTES = BodyLimit.MAX_BYTES + 64 * 1024;
    static final long LARGE_BYTES = 1024L * 1024;
    private static final int SNIFF = 8192;

    private TextFileReader() {
    }

    /** The file's text, or empty when it was skipped (the report says why). */
    static Optional<String> read(FileContents contents, Path file, String source, ImportReport report)
            throws IOException {
        long size = contents.size(file);
        if (size > MAX_BYTES) {
            report.note(source, "too large for an entry (" + megabytes(size) + "; the limit is "
                    + megabytes(BodyLimit.MAX_BYTES) + ")", "skipped");
            return Optional.empty();
        }
        byte[] bytes = contents.bytes(file);
        if (binary(bytes)) {
            report.note(source, "not text (binary data in a Markdown file)", "skipped");
            return Optional.empty();
        }
        return Optional.of(decode(bytes, source, report));
    }

    /** The text of {@code bytes}, cleaned as the class comment says; each fix gets a report line. */
    static String decode(byte[] bytes, String source, ImportReport report) {
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            report.note(source, "starts with a byte-order mark", "imported without it");
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            charset = StandardCharsets.UTF_16;
            report.note(source, "written in UTF-16", "imported as text");
        }
        String text = charset == StandardCharsets.UTF_8 ? quickUtf8(bytes, offset) : null;
        if (text == null) {
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
                report.note(source, "not valid UTF-8", "read as Windows-1252; check accented letters");
            }
        }
        if (text.indexOf('\0') >= 0) {
            text = text.replace("\0", "");
            report.note(source, "contains NUL characters", "imported without them");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            report.note(source, "has Windows line ends (CRLF)", "imported with \\n line ends");
        }
        if (bytes.length > LARGE_BYTES && bytes.length <= BodyLimit.MAX_BYTES) { // over the limit: the import says so
            report.note(source, "a large note (" + megabytes(bytes.length) + ")", "imported whole");
        }
        return text;
    }

    /**
     * The bytes as UTF-8 through the JDK's quick path, or null when they may not be valid UTF-8: that path puts
     * U+FFFD in place of anything malformed, so a text without one was valid (one with it, rare, is decoded again
     * strictly). The strict decoder and its buffer were a large part of an import's first look (ADR 27).
     */
    static String quickUtf8(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    /**
     * Binary data: more than 5 % control characters in bytes that are not UTF-8, or more than 30 % in any case (text
     * has tabs and line ends, and at most a few stray NULs).
     */
    static boolean binary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF);
        if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return false; // UTF-16: every other byte of Latin text is NUL
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (length == 0 || control * 20 <= length) {
            return false;
        }
        boolean utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length), CharBuffer.allocate(length), true).isError() == false;
        return !utf8 || control * 10 > length * 3;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
