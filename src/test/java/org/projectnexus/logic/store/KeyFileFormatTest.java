package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.DatabaseDamagedException;

/** The key file is read without Jackson (ADR 50): what it writes is read back, anything else is refused. */
class KeyFileFormatTest {

    private static final String PHRASE = "correct horse battery staple";

    @TempDir
    Path home;

    private Path keyFile(String json) throws Exception {
        return Files.writeString(home.resolve(KeyFile.NAME), json);
    }

    @Test
    void readsWhatItWritesAndGivesTheSameKey() {
        KeyFile.Fresh fresh = KeyFile.create(PHRASE.toCharArray());
        fresh.file().write(home.resolve(KeyFile.NAME));

        KeyFile read = KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow();

        assertThat(read.sameAs(fresh.file())).isTrue();
        assertThat(read.key(PHRASE.toCharArray(), home)).isEqualTo(fresh.key());
    }

    @Test
    void readsTheMembersInAnyOrderAndLayout() throws Exception {
        KeyFile.Fresh fresh = KeyFile.create(PHRASE.toCharArray(), KeyFile.PBKDF2);
        fresh.file().write(home.resolve(KeyFile.NAME));
        KeyFile.Contents written = KeyFile.parse(Files.readString(home.resolve(KeyFile.NAME)));

        keyFile("{\"check\":\"" + written.check() + "\",\"salt\":\"" + written.salt()
                + "\",\n\t\"iterations\":600000 , \"kdf\":\"PBKDF2-HMAC-SHA256\"}\n");

        assertThat(KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().sameAs(fresh.file())).isTrue();

        KeyFile.Fresh argon2 = KeyFile.create(PHRASE.toCharArray());
        argon2.file().write(home.resolve(KeyFile.NAME));
        KeyFile.Contents second = KeyFile.parse(Files.readString(home.resolve(KeyFile.NAME)));
        keyFile("{\"parallelism\":1,\"check\":\"" + second.check() + "\",\"memory\" : 19456,\"salt\":\""
                + second.salt() + "\",\"iterations\":2 , \"kdf\":\"Argon2id\"}");

        assertThat(KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().sameAs(argon2.file())).isTrue();
    }

    @Test
    void readsAKeyFileOfEitherDerivation() throws Exception {
        KeyFile.Fresh argon2 = KeyFile.create(PHRASE.toCharArray());
        argon2.file().write(home.resolve(KeyFile.NAME));
        assertThat(Files.readString(home.resolve(KeyFile.NAME))).contains("\"kdf\" : \"Argon2id\"")
                .contains("\"memory\" : 19456").contains("\"iterations\" : 2").contains("\"parallelism\" : 1");
        assertThat(KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().current()).isTrue();

        KeyFile.Fresh pbkdf2 = KeyFile.create(PHRASE.toCharArray(), KeyFile.PBKDF2);
        pbkdf2.file().write(home.resolve(KeyFile.NAME));
        assertThat(Files.readString(home.resolve(KeyFile.NAME))).contains("\"iterations\" : 600000")
                .doesNotContain("memory").doesNotContain("parallelism");
        KeyFile read = KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow();
        assertThat(read.current()).as("a PBKDF2 key file is upgraded at its next opening").isFalse();
        assertThat(read.key(PHRASE.toCharArray(), home)).isEqualTo(pbkdf2.key());
        assertThat(read.sameAs(argon2.file())).isFalse();
    }

    @Test
    void refusesAnArgon2idCostThatWouldTakeTheMachine() throws Exception {
        String salt = "\"salt\" : \"s5WzwWBNQi3qPlnmHnLNsg==\"";
        String check = "\"check\" : \"KZIaG4VfGmjUH8IJXtNYMynZm8IX2Pgvt1qhzAXu0PA=\"";
        String[] hostile = {
            "{ \"kdf\" : \"Argon2id\", \"memory\" : 99999999, \"iterations\" : 2, \"parallelism\" : 1, " + salt + ", "
                    + check + " }",
            "{ \"kdf\" : \"Argon2id\", \"memory\" : 262145, \"iterations\" : 2, \"parallelism\" : 1, " + salt + ", "
                    + check + " }",
            "{ \"kdf\" : \"Argon2id\", \"memory\" : 19456, \"iterations\" : 100000, \"parallelism\" : 1, " + salt
                    + ", " + check + " }",
            "{ \"kdf\" : \"Argon2id\", \"memory\" : 19456, \"iterations\" : 2, \"parallelism\" : 0, " + salt + ", "
                    + check + " }",
            "{ \"kdf\" : \"Argon2id\", \"memory\" : 4, \"iterations\" : 2, \"parallelism\" : 1, " + salt + ", "
                    + check + " }",
            "{ \"kdf\" : \"Argon2id\", \"iterations\" : 2, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"memory\" : 19456, \"iterations\" : 600000, \"parallelism\" : 1, "
                    + salt + ", " + check + " }",
        };
        for (String json : hostile) {
            Path file = keyFile(json);
            assertThatThrownBy(() -> KeyFile.read(file)).as(json).isInstanceOf(DatabaseDamagedException.class)
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    void refusesAnythingElseAsDamaged() throws Exception {
        String salt = "\"salt\" : \"s5WzwWBNQi3qPlnmHnLNsg==\"";
        String check = "\"check\" : \"KZIaG4VfGmjUH8IJXtNYMynZm8IX2Pgvt1qhzAXu0PA=\"";
        String[] broken = {
            "",
            "[]",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 600000, " + salt + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 600000, " + salt + ", " + check + ", \"x\" : 1 }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 600000, " + salt + ", " + salt + ", " + check + " }",
            "{ \"kdf\" : \"scrypt\", \"iterations\" : 600000, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 0, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 99999999999, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : -1, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2\\\"-HMAC-SHA256\", \"iterations\" : 600000, " + salt + ", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 600000, \"salt\" : \"not base64!\", " + check + " }",
            "{ \"kdf\" : \"PBKDF2-HMAC-SHA256\", \"iterations\" : 600000, " + salt + ", " + check + " } trailing",
        };
        for (String json : broken) {
            Path file = keyFile(json);
            assertThatThrownBy(() -> KeyFile.read(file)).as(json).isInstanceOf(DatabaseDamagedException.class)
                    .hasMessageContaining("cannot be read");
        }
    }
}
