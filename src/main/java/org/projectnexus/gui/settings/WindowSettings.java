package org.projectnexus.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import org.projectnexus.logic.markdown.RemoteImages;

/**
 * What the window remembers between runs, and the backup policy (edited in the file by hand). Missing values
 * (a first run, an older file) are null or empty, or the defaults. {@code remoteImages} is {@code always},
 * {@code ask} or {@code never} (ADR 34); anything else reads as the default rather than losing the whole file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(Double x, Double y, Double width, Double height, boolean maximized,
                             List<Double> dividers, boolean previewVisible, boolean darkTheme, String lastEntryId,
                             BackupSettings backups, String remoteImages) {

    public WindowSettings {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        backups = backups == null ? BackupSettings.defaults() : backups;
        remoteImages = RemoteImages.parse(remoteImages).orElse(RemoteImages.DEFAULT).name().toLowerCase(Locale.ROOT);
    }

    /** As the window captures itself; the remote images setting as it was read (see {@link #withRemoteImages}). */
    public WindowSettings(Double x, Double y, Double width, Double height, boolean maximized, List<Double> dividers,
                          boolean previewVisible, boolean darkTheme, String lastEntryId, BackupSettings backups) {
        this(x, y, width, height, maximized, dividers, previewVisible, darkTheme, lastEntryId, backups, null);
    }

    public static WindowSettings defaults() {
        return new WindowSettings(null, null, 1280.0, 800.0, false, List.of(0.22, 0.6), true, false, null,
                BackupSettings.defaults());
    }

    /** Whether the preview loads remote images. */
    public RemoteImages remoteImagesPolicy() {
        return RemoteImages.parse(remoteImages).orElse(RemoteImages.DEFAULT);
    }

    public WindowSettings withRemoteImages(RemoteImages policy) {
        return new WindowSettings(x, y, width, height, maximized, dividers, previewVisible, darkTheme, lastEntryId,
                backups, policy.name().toLowerCase(Locale.ROOT));
    }
}
