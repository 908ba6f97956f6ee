package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline was made faster (ADR 16) without changing a byte of what it writes: these snapshots were taken
 * with the pipeline as it was before (commonmark's regular-expression scanning of tags and links, HTML tags
 * built attribute by attribute) on a thousand varied documents; the full text of the first ten is kept so a
 * difference can be read, the rest as SHA-256 hashes. Taken again once, on purpose (issue 28, point 7): a
 * {@code [[<b>x</b>]]} is now a link to the entry "&lt;b&gt;x&lt;/b&gt;" rather than HTML between brackets; the first
 * ten documents' texts showed that this was the only change.
 */
class PipelineOutputUnchangedTest {

    @Test
    void theFirstDocumentsRenderExactlyAsBefore() throws IOException {
        String[] expected = resource("pipeline-snapshots.txt").split("(?<==== end\n)");
        for (int seed = 0; seed < expected.length; seed++) {
            assertThat(PipelineSnapshot.of(VariedMarkdown.document(seed))).as("document %d", seed)
                    .isEqualTo(expected[seed]);
        }
    }

    @Test
    void aThousandDocumentsRenderExactlyAsBefore() throws IOException, NoSuchAlgorithmException {
        List<String> differing = new ArrayList<>();
        String[] lines = resource("pipeline-snapshot-hashes.txt").split("\n");
        for (String line : lines) {
            String[] seedAndHash = line.split(" ");
            long seed = Long.parseLong(seedAndHash[0]);
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(PipelineSnapshot.of(VariedMarkdown.document(seed)).getBytes(StandardCharsets.UTF_8));
            if (!HexFormat.of().formatHex(digest).equals(seedAndHash[1])) {
                differing.add("document " + seed);
            }
        }
        assertThat(lines).hasSize(1000);
        assertThat(differing).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PipelineOutputUnchangedTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
