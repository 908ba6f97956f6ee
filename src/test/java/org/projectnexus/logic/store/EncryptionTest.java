package org.projectnexus.logic.store;

import org.projectnexus.model.PasswordNeededException;
import org.projectnexus.model.WrongPasswordException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.model.EntryKind;

class EncryptionTest {

    private static final String SECRET = "Quarterly salary negotiation notes for Zanzibar";

    @TempDir
    Path home;

    private KnowledgeBase open(String password) {
        return KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword(password == null ? null : password.toCharArray()));
    }

    private void addSecret(KnowledgeBase knowledgeBase) {
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Private").withText("Private", SECRET));
    }

    @Test
    void anEncryptedKnowledgeBaseHasNoReadableNoteTextAndItsBackupStaysEncrypted() throws IOException {
        Path backup;
        try (KnowledgeBase knowledgeBase = open("correct-horse")) {
            addSecret(knowledgeBase);
            backup = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
        }
        assertThat(printableStrings(Files.readAllBytes(home.resolve("nexus.mv.db")))).doesNotContain("Zanzibar");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            byte[] inside = zip.getInputStream(zip.getEntry("nexus.mv.db")).readAllBytes();
            assertThat(printableStrings(inside)).doesNotContain("Zanzibar");
        }
        try (KnowledgeBase reopened = open("correct-horse")) {
            assertThat(reopened.entries().findByTitle("Private").orElseThrow().body()).isEqualTo(SECRET);
            assertThat(reopened.safety().encrypted()).isTrue();
        }
    }

    @Test
    void theSameNoteTextIsReadableInAPlainFile() throws IOException {
        // Shows that the scan above can fail: without encryption the text is there to find.
        try (KnowledgeBase knowledgeBase = open(null)) {
            addSecret(knowledgeBase);
        }
        assertThat(printableStrings(Files.readAllBytes(home.resolve("nexus.mv.db")))).contains("Zanzibar");
    }

    @Test
    void aWrongOrMissingPasswordGetsAClearMessageAndChangesNothing() throws IOException {
        try (KnowledgeBase knowledgeBase = open("correct-horse")) {
            addSecret(knowledgeBase);
        }
        byte[] before = Files.readAllBytes(home.resolve("nexus.mv.db"));
        assertThatThrownBy(() -> open("battery-staple")).isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("password does not open");
        assertThatThrownBy(() -> open(null)).isInstanceOf(PasswordNeededException.class)
                .hasMessageContaining("is encrypted");
        assertThat(Files.readAllBytes(home.resolve("nexus.mv.db"))).isEqualTo(before);
    }

    @Test
    void anExistingKnowledgeBaseIsConvertedToEncryptedAndBack() throws IOException {
        try (KnowledgeBase knowledgeBase = open(null)) {
            addSecret(knowledgeBase);
        }
        DatabaseEncryption.convert(home, null, "s3cret-phrase".toCharArray());
        assertThat(DatabaseEncryption.isEncrypted(home)).isTrue();
        assertThat(printableStrings(Files.readAllBytes(home.resolve("nexus.mv.db")))).doesNotContain("Zanzibar");
        try (KnowledgeBase reopened = open("s3cret-phrase")) {
            assertThat(reopened.entries().findByTitle("Private").orElseThrow().body()).isEqualTo(SECRET);
        }
        DatabaseEncryption.convert(home, "s3cret-phrase".toCharArray(), null);
        try (KnowledgeBase reopened = open(null)) {
            assertThat(reopened.entries().findByTitle("Private").orElseThrow().body()).isEqualTo(SECRET);
        }
    }

    /** What the {@code strings} tool prints: runs of at least four printable ASCII characters, one per line. */
    static String printableStrings(byte[] bytes) {
        StringBuilder all = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (byte b : bytes) {
            if (b >= 32 && b < 127) {
                run.append((char) b);
            } else {
                if (run.length() >= 4) {
                    all.append(run).append('\n');
                }
                run.setLength(0);
            }
        }
        return all.append(run).toString();
    }
}
