package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachCommandTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    Path home;
    @TempDir
    Path files;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private void add(String title, String body) {
        stdin = body;
        assertThat(run("add", "--kind", "note", "--title", title)).as(err.toString()).isZero();
        stdin = "";
    }

    private String stdin = "";

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return NexusCli.forArguments((path, report) -> { }, new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null,
                new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
    }

    @Test
    void attachPrintsTheEmbedsItAddedAndRenderInlinesTheImage() throws Exception {
        add("Trip", "Notes of the trip");
        Path image = Files.write(files.resolve("map.png"), PNG);
        Path pdf = Files.write(files.resolve("ticket.pdf"), "%PDF-1.4 ticket".getBytes());

        assertThat(run("attach", "trip", image.toString(), pdf.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("![[map.png]]\n![[ticket.pdf]]\n");

        assertThat(run("show", "Trip", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("body").asText()).endsWith("![[ticket.pdf]]\n");

        assertThat(run("render", "Trip")).isZero();
        assertThat(out.toString()).contains("<img class=\"attachment\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG) + "\"")
                .contains("ticket.pdf <span class=\"attachment-size\">15 bytes</span>")
                .doesNotContain("file:");
    }

    @Test
    void attachmentsListsFilesWithTheirEntriesAsTextAndJson() throws Exception {
        add("Trip", "x");
        run("attach", "Trip", Files.write(files.resolve("map.png"), PNG).toString());

        assertThat(run("attachments")).isZero();
        assertThat(out.toString()).isEqualTo("map.png\t" + PNG.length + " bytes\timage/png\tTrip\n");
        assertThat(run("attachments", "Trip", "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("map.png");
        assertThat(list.get(0).get("size").asLong()).isEqualTo(PNG.length);
        assertThat(list.get(0).get("entries").get(0).asText()).isEqualTo("Trip");
        assertThat(list.get(0).get("unused").asBoolean()).isFalse();
    }

    @Test
    void aMissingFileIsAOneLineErrorAndNothingIsAttached() {
        add("Trip", "x");
        assertThat(run("attach", "Trip", files.resolve("nowhere.png").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("nexus: ").contains("nowhere.png").contains("does not exist")
                .hasLineCount(1);
        assertThat(run("attachments")).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        add("Trip", "x");
        assertThat(run("attachments", "--limit", "1k")).isZero();
        assertThat(out.toString()).contains("1.0 KB");
        Path big = Files.write(files.resolve("big.png"), new byte[2048]);
        assertThat(run("attach", "Trip", big.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("“big.png” was not attached").hasLineCount(1);
    }
}
