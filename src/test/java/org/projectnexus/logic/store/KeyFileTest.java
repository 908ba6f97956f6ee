package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.zip.ZipFile;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.model.DatabaseDamagedException;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.WrongPasswordException;

/** Issue 28, point 11: the file key is derived from the password (PBKDF2, a salt in nexus.key), not the password. */
class KeyFileTest {

    private static final String PHRASE = "correct horse battery staple";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private KnowledgeBase open(Path folder, String password) {
        return KnowledgeBase.open(folder, Clock.systemUTC(), OpeningOptions.DEFAULT.withPassword(password.toCharArray()));
    }

    private void addNote(Path folder, String password, String title) {
        try (KnowledgeBase knowledgeBase = open(folder, password)) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, "Text"));
        }
    }

    /** Whether H2 itself opens the file with this very string as its file password. */
    private static boolean h2Opens(Path folder, String filePassword) {
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("nexus") + ";CIPHER=AES",
                "nexus", filePassword + " ")) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    @Test
    void aPassPhraseWithSpacesIsDerivedIntoTheFileKeyWithASaltKeptBesideTheDatabase() throws Exception {
        addNote(home, PHRASE, "Private");

        String keyFile = Files.readString(home.resolve("nexus.key"));
        assertThat(keyFile).contains("\"kdf\" : \"Argon2id\"").contains("\"memory\" : 19456")
                .contains("\"salt\"").doesNotContain("horse");
        assertThat(h2Opens(home, PHRASE.replace(' ', '-'))).isFalse();
        try (KnowledgeBase reopened = open(home, PHRASE)) {
            assertThat(reopened.entries().findByTitle("Private")).isPresent();
        }
        assertThatThrownBy(() -> open(home, "correct horse battery stapler"))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("does not open");
    }

    @Test
    void aNewPasswordNeedsEightCharactersButAnOldShortOneStillOpensAndIsUpgraded() throws Exception {
        assertThatThrownBy(() -> open(home, "s3cret")).isInstanceOf(NexusException.class)
                .hasMessageContaining("at least 8 characters");
        assertThat(home.resolve("nexus.mv.db")).doesNotExist();

        try (KnowledgeBase plain = KnowledgeBase.open(home, Clock.systemUTC())) {
            plain.entries().add(plain.entries().draft(EntryKind.NOTE, "Old").withText("Old", "From before"));
        }
        assertThatThrownBy(() -> KnowledgeBaseFiles.changeEncryption(home, null, "short".toCharArray()))
                .hasMessageContaining("at least 8 characters");
        // As an earlier Nexus encrypted it: H2's own key from the password itself, no key file.
        ChangeFileEncryption.execute(home.toString(), "nexus", "AES", null, "abc".toCharArray(), true);
        assertThat(h2Opens(home, "abc")).isTrue();

        int[] told = {0};
        try (KnowledgeBase upgraded = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword("abc".toCharArray()).beforeUpdate(() -> told[0]++))) {
            assertThat(upgraded.entries().findByTitle("Old").orElseThrow().body()).isEqualTo("From before");
        }
        assertThat(told[0]).as("the user was told once").isEqualTo(1);
        assertThat(home.resolve("nexus.key")).exists();
        assertThat(home.resolve("nexus.key.new")).doesNotExist();
        assertThat(h2Opens(home, "abc")).as("the password alone no longer opens the file").isFalse();
        try (KnowledgeBase again = open(home, "abc")) {
            assertThat(again.entries().findByTitle("Old")).isPresent();
        }
    }

    @Test
    void aKnowledgeBaseEncryptedUnderPbkdf2IsReEncryptedUnderArgon2idAtItsNextOpening() throws Exception {
        try (KnowledgeBase plain = KnowledgeBase.open(home, Clock.systemUTC())) {
            plain.entries().add(plain.entries().draft(EntryKind.NOTE, "Old").withText("Old", "From before"));
        }
        // As Nexus encrypted it before ADR 52: a PBKDF2 key file, and H2's file key from it.
        KeyFile.Fresh pbkdf2 = KeyFile.create(PHRASE.toCharArray(), KeyFile.PBKDF2);
        pbkdf2.file().write(home.resolve(KeyFile.NAME));
        ChangeFileEncryption.execute(home.toString(), "nexus", "AES", null, pbkdf2.key(), true);
        String before = Files.readString(home.resolve(KeyFile.NAME));

        assertThatThrownBy(() -> open(home, PHRASE + "!")).isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readString(home.resolve(KeyFile.NAME))).as("a wrong password changes nothing")
                .isEqualTo(before);
        assertThat(h2Opens(home, new String(pbkdf2.key()))).isTrue();

        int[] told = {0};
        try (KnowledgeBase upgraded = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword(PHRASE.toCharArray()).beforeUpdate(() -> told[0]++))) {
            assertThat(upgraded.entries().findByTitle("Old").orElseThrow().body()).isEqualTo("From before");
        }
        assertThat(told[0]).as("the user was told once").isEqualTo(1);
        assertThat(Files.readString(home.resolve(KeyFile.NAME))).contains("\"kdf\" : \"Argon2id\"");
        assertThat(home.resolve(KeyFile.PENDING)).doesNotExist();
        assertThat(h2Opens(home, new String(pbkdf2.key()))).as("the PBKDF2 key no longer opens the file").isFalse();
        told[0] = 0;
        try (KnowledgeBase again = KnowledgeBase.open(home, Clock.systemUTC(), OpeningOptions.DEFAULT
                .withPassword(PHRASE.toCharArray()).beforeUpdate(() -> told[0]++))) {
            assertThat(again.entries().findByTitle("Old")).isPresent();
        }
        assertThat(told[0]).as("upgraded once only").isZero();
    }

    @Test
    void aKeyChangeStoppedAfterTheFileWasRewrittenOpensWithTheNewKeyFile() throws Exception {
        addNote(home, PHRASE, "Kept");
        KeyFile.Fresh next = KeyFile.create(PHRASE.toCharArray());
        char[] current = KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().key(PHRASE.toCharArray(), home);
        // Stopped after the file was rewritten under the new key file, before that one replaced the old one.
        next.file().write(home.resolve(KeyFile.PENDING));
        ChangeFileEncryption.execute(home.toString(), "nexus", "AES", current, next.key(), true);

        try (KnowledgeBase opened = open(home, PHRASE)) {
            assertThat(opened.entries().findByTitle("Kept")).isPresent();
        }
        assertThat(home.resolve(KeyFile.PENDING)).doesNotExist();
        assertThat(KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().sameAs(next.file())).isTrue();
    }

    @Test
    void anUpgradeStoppedAtAnyMomentStillOpens() throws Exception {
        try (KnowledgeBase plain = KnowledgeBase.open(home, Clock.systemUTC())) {
            plain.entries().add(plain.entries().draft(EntryKind.NOTE, "Kept").withText("Kept", "Text"));
        }
        ChangeFileEncryption.execute(home.toString(), "nexus", "AES", null, "old-password".toCharArray(), true);
        // Stopped after the key file was written, before the database was re-encrypted.
        KeyFile.Fresh fresh = KeyFile.create(PHRASE.toCharArray());
        fresh.file().write(home.resolve(KeyFile.PENDING));
        try (KnowledgeBase opened = open(home, "old-password")) {
            assertThat(opened.entries().findByTitle("Kept")).isPresent();
        }
        assertThat(home.resolve(KeyFile.PENDING)).doesNotExist();

        // Stopped after the database was re-encrypted, before the key file was committed.
        Files.move(home.resolve(KeyFile.NAME), home.resolve(KeyFile.PENDING));
        try (KnowledgeBase opened = open(home, "old-password")) {
            assertThat(opened.entries().findByTitle("Kept")).isPresent();
        }
        assertThat(home.resolve(KeyFile.NAME)).exists();
        assertThat(home.resolve(KeyFile.PENDING)).doesNotExist();
    }

    @Test
    void aBackupCarriesItsKeyFileAndRestoresWithThePassword() throws Exception {
        addNote(home, PHRASE, "Backed up");
        Path backup;
        try (KnowledgeBase knowledgeBase = open(home, PHRASE)) {
            backup = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("nexus.key")).isNotNull();
        }
        KnowledgeBaseFiles.restoreBackup(elsewhere, backup, PHRASE.toCharArray());
        try (KnowledgeBase restored = open(elsewhere, PHRASE)) {
            assertThat(restored.entries().findByTitle("Backed up")).isPresent();
        }

        // Over a knowledge base with another password: its key file goes aside with it, and comes back on failure.
        Path other = Files.createDirectories(elsewhere.resolve("other"));
        addNote(other, "another pass phrase", "Other");
        String otherKey = Files.readString(other.resolve("nexus.key"));
        assertThatThrownBy(() -> KnowledgeBaseFiles.restoreBackup(other, backup, "another pass phrase".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readString(other.resolve("nexus.key"))).isEqualTo(otherKey);
        try (KnowledgeBase kept = open(other, "another pass phrase")) {
            assertThat(kept.entries().findByTitle("Other")).isPresent();
        }
    }

    @Test
    void withTheRightPasswordAFileThatDoesNotDecryptIsCalledDamaged() throws Exception {
        addNote(home, PHRASE, "Private");
        byte[] file = Files.readAllBytes(home.resolve("nexus.mv.db"));
        for (int at = 16; at < 64; at++) {
            file[at] ^= 0x5A; // H2's salt and check, just after its "H2encrypt" header
        }
        Files.write(home.resolve("nexus.mv.db"), file);
        assertThatThrownBy(() -> open(home, PHRASE)).isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("password is right");
        assertThatThrownBy(() -> open(home, "a wrong pass phrase")).isInstanceOf(WrongPasswordException.class);
    }
}
