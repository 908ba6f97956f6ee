package org.projectnexus.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void aCorruptSettingsFileIsSetAsideDefaultsAreUsedAndTheUserIsTold() throws IOException {
        Files.writeString(home.resolve("settings.json"), "{\"width\": 900, \"darkTh");
        SettingsStore store = new SettingsStore(home);
        assertThat(store.load()).isEqualTo(WindowSettings.defaults());
        assertThat(store.notice()).contains("could not be read").contains("settings.json.broken");
        assertThat(home.resolve("settings.json.broken")).hasContent("{\"width\": 900, \"darkTh");
        assertThat(home.resolve("settings.json")).doesNotExist();
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws IOException {
        SettingsStore store = new SettingsStore(home);
        WindowSettings dark = new WindowSettings(1.0, 2.0, 800.0, 600.0, false, java.util.List.of(0.3), true, true, null,
                new BackupSettings(12, 3, 2));
        store.save(dark);
        store.save(dark);
        assertThat(new SettingsStore(home).load()).isEqualTo(dark);
        try (var files = Files.list(home)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(store.notice()).isEmpty();
    }

    @Test
    void theBackupPolicyComesFromTheFileAndNonsenseFallsBackToTheDefault() throws IOException {
        Files.writeString(home.resolve("settings.json"),
                "{\"darkTheme\": true, \"backups\": {\"everyHours\": 6, \"keepDaily\": 3, \"keepWeekly\": -1}}");
        org.projectnexus.logic.backup.BackupPolicy policy = new SettingsStore(home).load().backups().toPolicy();
        assertThat(policy.interval()).isEqualTo(java.time.Duration.ofHours(6));
        assertThat(policy.daily()).isEqualTo(3);
        assertThat(policy.weekly()).isEqualTo(org.projectnexus.logic.backup.BackupPolicy.DEFAULT.weekly());

        Files.writeString(home.resolve("settings.json"), "{\"darkTheme\": true}");
        assertThat(new SettingsStore(home).load().backups().toPolicy())
                .isEqualTo(org.projectnexus.logic.backup.BackupPolicy.DEFAULT);
    }
}
