package org.projectnexus.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the window remembers between runs, and the backup policy (edited in the file by hand). Missing values
 * (a first run, an older file) are null or empty, or the defaults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(Double x, Double y, Double width, Double height, boolean maximized,
                             List<Double> dividers, boolean previewVisible, boolean darkTheme, String lastEntryId,
                             BackupSettings backups) {

    public WindowSettings {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        backups = backups == null ? BackupSettings.defaults() : backups;
    }

    public static WindowSettings defaults() {
        return new WindowSettings(null, null, 1280.0, 800.0, false, List.of(0.22, 0.6), true, false, null,
                BackupSettings.defaults());
    }
}
