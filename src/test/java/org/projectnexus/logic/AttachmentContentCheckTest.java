package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;

/**
 * Issue 24 (ADR 46): one content check for every way a file comes in. A ".png" that is HTML, a ".pdf" that is a
 * script, is refused in words when attached and reported when a JSON backup brings it; and a file let in before the
 * check never shows as a picture.
 */
class AttachmentContentCheckTest {

    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    Path home;
    @TempDir
    Path files;
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    @Test
    void attachingAPngThatIsHtmlIsRefusedInWordsAndNothingIsKept() throws IOException {
        Entry entry = note("Trip", "text");
        Path disguised = Files.write(files.resolve("holiday.png"), HTML);

        assertThatThrownBy(() -> knowledgeBase.attachments().attach(entry.id(), disguised))
                .isInstanceOf(NexusException.class)
                .hasMessage("“holiday.png” was not attached: its content is not what its extension says (its name"
                        + " says image/png, but it looks like HTML). Give it the extension of what it is, or attach"
                        + " the right file.");
        assertThatThrownBy(() -> knowledgeBase.attachments().attach(entry.id(), "invoice.pdf",
                new ByteArrayInputStream("#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(NexusException.class).hasMessageContaining("it looks like a program");
        assertThatThrownBy(() -> knowledgeBase.attachments().attach(entry.id(), "pixel.png",
                new ByteArrayInputStream(new byte[0]))).hasMessageContaining("it is empty, but its name says image/png");
        assertThatThrownBy(() -> knowledgeBase.attachments().attachAtEnd(entry.id(),
                java.util.List.of(Files.write(files.resolve("drawing.svg"), HTML))))
                .hasMessageContaining("“drawing.svg” was not attached");

        assertThat(knowledgeBase.attachments().list()).isEmpty();
        assertThat(AttachmentTestDatabase.count(home, "attachment_content")).isZero();
        assertThat(knowledgeBase.entries().find(entry.id()).orElseThrow().body()).isEqualTo("text");
    }

    @Test
    void filesThatAreWhatTheirNamesSayComeInWhole() throws IOException {
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- " + "drawn by hand ".repeat(100) + "-->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>").getBytes(StandardCharsets.UTF_8);
        byte[] anything = AttachmentsTest.randomBytes(10_000, 3);

        knowledgeBase.attachments().attach(null, Files.write(files.resolve("map.png"), PNG));
        knowledgeBase.attachments().attach(null, "sketch.svg", new ByteArrayInputStream(svg));
        knowledgeBase.attachments().attach(null, "notes.txt", new ByteArrayInputStream(new byte[0]));
        knowledgeBase.attachments().attach(null, "data.bin", new ByteArrayInputStream(anything));
        knowledgeBase.attachments().attach(null, "page.html", new ByteArrayInputStream(HTML));

        assertThat(knowledgeBase.attachments().list()).extracting(Attachment::name)
                .containsExactly("data.bin", "map.png", "notes.txt", "page.html", "sketch.svg");
        assertThat(read("sketch.svg")).isEqualTo(svg);
        assertThat(read("data.bin")).isEqualTo(anything);
        assertThat(read("map.png")).isEqualTo(PNG);
    }

    @Test
    void aJsonBackupBringingDisguisedFilesHasThemReportedAndTheRestRestored() throws IOException {
        String backup = "{\"format\": \"nexus-backup\", \"schemaVersion\": 1, \"entries\": [\n"
                + "{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"note\", \"title\": \"Trip\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\","
                + " \"body\": \"![[map.png]] ![[evil.png]] ![[invoice.pdf]]\"}\n"
                + "],\n\"attachments\": [\n"
                + attachment("map.png", "image/png", PNG) + ",\n"
                + attachment("evil.png", "image/png", HTML) + ",\n"
                + attachment("invoice.pdf", "application/pdf", "MZ\u0090 this is a program".getBytes(
                        StandardCharsets.ISO_8859_1))
                + "\n]}\n";
        Path file = Files.writeString(files.resolve("backup.json"), backup);

        ImportReport report = knowledgeBase.exchange().importFrom(file, ConflictPolicy.RENAME, Progress.none());

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.attached()).isEqualTo(1);
        assertThat(report.lines()).extracting(ImportReport.Line::toString).containsExactly(
                "backup.json › evil.png: “evil.png” was not attached: its content is not what its extension says (its"
                        + " name says image/png, but it looks like HTML). Give it the extension of what it is, or attach"
                        + " the right file. (not attached)",
                "backup.json › invoice.pdf: “invoice.pdf” was not attached: its content is not what its extension"
                        + " says (its name says application/pdf, but it looks like a program). Give it the extension"
                        + " of what it is, or attach the right file. (not attached)");
        assertThat(knowledgeBase.attachments().list()).extracting(Attachment::name).containsExactly("map.png");
        assertThat(read("map.png")).isEqualTo(PNG);
    }

    /**
     * The preview's last line of defence: a ".png" whose bytes are HTML (stored before every way in was checked) is
     * never made an image, so no {@code data:} URI of it reaches the page; it shows as a file's link.
     */
    @Test
    void aStoredPngThatIsHtmlShowsAsAFileLinkNeverAsAPicture() throws SQLException {
        Entry entry = note("Trip", "![[holiday.png]] and ![[map.png]]");
        Attachment holiday = knowledgeBase.attachments().attach(entry.id(), "holiday.png", new ByteArrayInputStream(PNG));
        knowledgeBase.attachments().attach(entry.id(), "map.png",
                new ByteArrayInputStream(AttachmentsTest.fileBytes("map.png", 64, 9)));
        overwriteContent(holiday.sha256(), HTML);

        String html = knowledgeBase.rendering().fragment(knowledgeBase.entries().find(entry.id()).orElseThrow());

        assertThat(html).contains("<a class=\"attachment-file\" href=\"nexus://attachment/holiday.png\"")
                .contains("src=\"data:image/png;base64,")
                .doesNotContain(Base64.getEncoder().encodeToString(HTML)).doesNotContain("text/html");
    }

    private void overwriteContent(String sha256, byte[] bytes) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath()
                .resolve("nexus"), "nexus", "");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE attachment_content SET content = ?, size = ? WHERE sha256 = ?")) {
            update.setBytes(1, bytes);
            update.setLong(2, bytes.length);
            update.setString(3, sha256);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String attachment(String name, String type, byte[] bytes) {
        return "{\"name\": \"" + name + "\", \"mediaType\": \"" + type + "\", \"size\": " + bytes.length
                + ", \"content\": \"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    private byte[] read(String name) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(knowledgeBase.attachments().copyTo(name, out)).isTrue();
        return out.toByteArray();
    }
}
