package org.projectnexus.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What the window remembers between runs. Missing values (a first run) are null or empty. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(Double x, Double y, Double width, Double height, boolean maximized,
                             List<Double> dividers, boolean previewVisible, boolean darkTheme, String lastEntryId) {

    public WindowSettings {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
    }

    public static WindowSettings defaults() {
        return new WindowSettings(null, null, 1280.0, 800.0, false, List.of(0.22, 0.6), true, false, null);
    }
}
