package org.projectnexus.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectnexus.logic.markdown.RemoteImages;

/**
 * What the window remembers between runs, and the backup policy (edited in the file by hand). Missing values
 * (a first run, an older file) are null or empty, or the defaults. {@code remoteImages} is {@code always},
 * {@code ask} or {@code never} (ADR 34); anything else reads as the default rather than losing the whole file.
 * {@code dialogSizes}: the width and height each resizable dialog had when it was last closed, by its name;
 * {@code welcomed}: whether the first-run hint (where help is) was shown.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(Double x, Double y, Double width, Double height, boolean maximized,
                             List<Double> dividers, boolean previewVisible, boolean darkTheme, String lastEntryId,
                             BackupSettings backups, String remoteImages, Map<String, List<Double>> dialogSizes,
                             boolean welcomed) {

    public WindowSettings {
        dialogSizes = dialogSizes == null ? Map.of() : Map.copyOf(dialogSizes);
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        backups = backups == null ? BackupSettings.defaults() : backups;
        remoteImages = RemoteImages.parse(remoteImages).orElse(RemoteImages.DEFAULT).name().toLowerCase(Locale.ROOT);
    }

    public WindowSettings(Double x, Double y, Double width, Double height, boolean maximized, List<Double> dividers,
                          boolean previewVisible, boolean darkTheme, String lastEntryId, BackupSettings backups,
                          String remoteImages) {
        this(x, y, width, height, maximized, dividers, previewVisible, darkTheme, lastEntryId, backups, remoteImages,
                null, false);
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
                backups, policy.name().toLowerCase(Locale.ROOT), dialogSizes, welcomed);
    }

    public WindowSettings withDialogSizes(Map<String, List<Double>> sizes) {
        return new WindowSettings(x, y, width, height, maximized, dividers, previewVisible, darkTheme, lastEntryId,
                backups, remoteImages, sizes, welcomed);
    }

    public WindowSettings withWelcomed(boolean shown) {
        return new WindowSettings(x, y, width, height, maximized, dividers, previewVisible, darkTheme, lastEntryId,
                backups, remoteImages, dialogSizes, shown);
    }
}
