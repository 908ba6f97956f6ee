package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/** Issue 24: a JSON backup carries the attachments (Base64, streamed), and a round trip keeps every byte. */
class AttachmentJsonRoundTripTest {

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path files;

    @Test
    void aJsonRoundTripKeepsEveryAttachmentByteIdentical() throws Exception {
        byte[] picture = AttachmentsTest.fileBytes("photo.png", 1_500_001, 11); // not a multiple of 3: Base64 padding
        byte[] empty = new byte[0];
        byte[] small = {0, 1, 2, (byte) 255};
        Path backup = files.resolve("backup.json");
        try (KnowledgeBase source = KnowledgeBase.open(first, Clock.systemUTC())) {
            Entry entry = source.entries().add(source.entries().draft(EntryKind.NOTE, "Pictures")
                    .withText("Pictures", "![[photo.png]] ![[empty.txt]] ![[Tiny File.bin]]"));
            source.attachments().attach(entry.id(), "photo.png", new ByteArrayInputStream(picture));
            source.attachments().attach(entry.id(), "empty.txt", new ByteArrayInputStream(empty));
            source.attachments().attach(entry.id(), "Tiny File.bin", new ByteArrayInputStream(small));
            source.exchange().export(ExportFormat.JSON, backup, LinkStyle.WIKI, Progress.none());
        }
        assertThat(Files.readString(backup)).contains("\"attachments\"").contains("\"mediaType\" : \"image/png\"");

        try (KnowledgeBase restored = KnowledgeBase.open(second, Clock.systemUTC())) {
            ImportReport report = restored.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());
            assertThat(report.attached()).isEqualTo(3);
            assertThat(restored.attachments().list()).extracting(Attachment::name)
                    .containsExactlyInAnyOrder("photo.png", "empty.txt", "Tiny File.bin");
            assertThat(bytes(restored, "photo.png")).isEqualTo(picture);
            assertThat(bytes(restored, "empty.txt")).isEqualTo(empty);
            assertThat(bytes(restored, "Tiny File.bin")).isEqualTo(small);
            assertThat(restored.attachments().listWithUses()).allSatisfy(use ->
                    assertThat(use.entries()).extracting(summary -> summary.title()).isEqualTo(List.of("Pictures")));
        }
    }

    private static byte[] bytes(KnowledgeBase knowledgeBase, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(knowledgeBase.attachments().copyTo(name, out)).isTrue();
        return out.toByteArray();
    }
}
