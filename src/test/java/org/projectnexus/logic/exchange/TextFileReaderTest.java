package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick UTF-8 path of {@link TextFileReader} decides exactly as a strict decoder does. */
class TextFileReaderTest {

    @Test
    void theQuickPathAcceptsWhatAStrictDecoderAcceptsAndGivesTheSameText() {
        Random random = new Random(9);
        String[] pieces = {"a", "Zürich ", "\n", "€", "😀", "\uFFFD", "漢字", "#tag ", "[[Link]]", "\t"};
        int invalid = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(3) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // maybe malformed now
            }
            String strict = strict(bytes);
            String quick = TextFileReader.quickUtf8(bytes, 0);
            if (strict == null) {
                invalid++;
                assertThat(quick).as("malformed bytes never pass the quick path").isNull();
            } else if (quick != null) {
                assertThat(quick).isEqualTo(strict);
            } else {
                assertThat(strict).as("only a text holding U+FFFD is left to the strict decoder").contains("\uFFFD");
            }
        }
        assertThat(invalid).as("the rounds include malformed bytes").isGreaterThan(1000);
    }

    @Test
    void malformedBytesAreStillReportedAndReadAsWindows1252() {
        ImportReport report = new ImportReport();
        byte[] latin1 = "café".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(TextFileReader.decode(latin1, "café.md", report)).isEqualTo("café");
        assertThat(report.lines()).extracting(Object::toString).anyMatch(line -> line.contains("not valid UTF-8"));

        ImportReport clean = new ImportReport();
        assertThat(TextFileReader.decode("\uFFFD is a real character".getBytes(StandardCharsets.UTF_8), "ok.md", clean))
                .isEqualTo("\uFFFD is a real character");
        assertThat(clean.lines()).isEmpty();
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException malformed) {
            return null;
        }
    }
}
