package org.projectnexus.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.markdown.RemoteImages;

class RemoteImagesSettingTest {

    @TempDir
    Path home;

    @Test
    void theChoiceIsKeptAndAnUnknownOneFallsBackToAskWithoutLosingTheRestOfTheSettings() throws Exception {
        SettingsStore store = new SettingsStore(home);
        assertThat(store.load().remoteImagesPolicy()).isEqualTo(RemoteImages.ASK);

        store.save(WindowSettings.defaults().withRemoteImages(RemoteImages.NEVER));
        assertThat(Files.readString(home.resolve("settings.json"))).contains("\"remoteImages\" : \"never\"");
        assertThat(new SettingsStore(home).load().remoteImagesPolicy()).isEqualTo(RemoteImages.NEVER);

        Files.writeString(home.resolve("settings.json"), "{\"darkTheme\": true, \"remoteImages\": \"sometimes\"}");
        WindowSettings read = new SettingsStore(home).load();
        assertThat(read.darkTheme()).isTrue();
        assertThat(read.remoteImagesPolicy()).isEqualTo(RemoteImages.ASK);
    }
}
