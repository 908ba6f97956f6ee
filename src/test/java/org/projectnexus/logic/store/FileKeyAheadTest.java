package org.projectnexus.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.WrongPasswordException;

/** The file key derived ahead (ADR 50) is the key the key file gives, and only taken for its folder and password. */
class FileKeyAheadTest {

    private static final String PHRASE = "correct horse battery staple";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private KeyFile keyFileFor(String password) {
        KeyFile keyFile = KeyFile.create(password.toCharArray()).file();
        keyFile.write(home.resolve(KeyFile.NAME));
        return KeyFile.read(home.resolve(KeyFile.NAME)).orElseThrow();
    }

    @Test
    void givesTheKeyTheKeyFileGivesForTheSamePassword() {
        KeyFile keyFile = keyFileFor(PHRASE);
        char[] password = PHRASE.toCharArray();

        FileKeyAhead ahead = FileKeyAhead.start(home, password);

        assertThat(ahead.keyFor(home, password, keyFile)).hasValueSatisfying(key ->
                assertThat(key).isEqualTo(keyFile.key(PHRASE.toCharArray(), home)));
    }

    @Test
    void refusesAWrongPasswordAsTheKeyFileDoes() {
        KeyFile keyFile = keyFileFor(PHRASE);
        char[] wrong = "correct horse battery stapler".toCharArray();

        FileKeyAhead ahead = FileKeyAhead.start(home, wrong);

        assertThatThrownBy(() -> ahead.keyFor(home, wrong, keyFile)).isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void isNotTakenForAnotherPasswordAnotherFolderOrAnotherKeyFile() {
        KeyFile keyFile = keyFileFor(PHRASE);
        char[] password = PHRASE.toCharArray();

        FileKeyAhead ahead = FileKeyAhead.start(home, password);

        assertThat(ahead.keyFor(home, PHRASE.toCharArray(), keyFile)).as("an equal password, not the one given")
                .isEmpty();
        assertThat(ahead.keyFor(elsewhere, password, keyFile)).isEmpty();
        assertThat(ahead.keyFor(home, password, KeyFile.create(password).file())).as("a key file with another salt")
                .isEmpty();
        assertThat(ahead.keyFor(home, password, keyFile)).isPresent();
    }

    @Test
    void withoutAKeyFileThereIsNothingToTake() {
        char[] password = PHRASE.toCharArray();

        FileKeyAhead ahead = FileKeyAhead.start(home, password);

        assertThat(ahead.keyFor(home, password, KeyFile.create(password).file())).isEmpty();
    }
}
