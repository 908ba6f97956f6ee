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
        KeyFile.Fresh fresh = KeyFile.create(PHRASE.toCharArray());
        fresh.file().write(home.resolve(KeyFile.NAME));
        KeyFile.Contents written = KeyFile.parse(Files.readString(home.resolve(KeyFile.NAME)));

        keyFile("{\"check\":\"" + written.check() + "\",\"salt\":\"" + written.salt()
                + "\",\n\t\"iterations\":600000 , \"kdf\":\"PBKDF2-HMAC-SHA256\"}\n");

        assertThat(KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow().sameAs(fresh.file())).isTrue();
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
