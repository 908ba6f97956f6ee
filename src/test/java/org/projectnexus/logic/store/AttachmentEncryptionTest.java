package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/** Attachments live in the database file, so encryption covers them with no step of their own (issue 24). */
class AttachmentEncryptionTest {

    /** A file whose bytes are plainly readable text, so a scan of the database file would find it. */
    private static final byte[] CONTENT = "Confidential floor plan of the Zanzibar data centre\n".repeat(2000)
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    private KnowledgeBase open(String password) {
        return KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword(password == null ? null : password.toCharArray()));
    }

    private void attach(KnowledgeBase knowledgeBase) {
        Entry entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Plans")
                .withText("Plans", "![[plan.txt]]"));
        knowledgeBase.attachments().attach(entry.id(), "plan.txt", new ByteArrayInputStream(CONTENT));
    }

    @Test
    void noAttachmentBytesAreReadableInTheFileOfAnEncryptedKnowledgeBase() throws IOException {
        try (KnowledgeBase knowledgeBase = open("correct-horse")) {
            attach(knowledgeBase);
        }
        assertThat(EncryptionTest.printableStrings(Files.readAllBytes(home.resolve("nexus.mv.db"))))
                .doesNotContain("Zanzibar");
        try (KnowledgeBase reopened = open("correct-horse")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reopened.attachments().copyTo("plan.txt", out);
            assertThat(out.toByteArray()).isEqualTo(CONTENT);
        }
    }

    @Test
    void theSameAttachmentIsReadableInAPlainFile() throws IOException {
        // Shows that the scan above can fail.
        try (KnowledgeBase knowledgeBase = open(null)) {
            attach(knowledgeBase);
        }
        assertThat(EncryptionTest.printableStrings(Files.readAllBytes(home.resolve("nexus.mv.db"))))
                .contains("Zanzibar");
    }
}
