package org.projectnexus.logic;

import org.projectnexus.model.NexusException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a knowledge base lives: {@code --home DIR}, else {@code NEXUS_HOME}, else the platform's data folder
 * ({@code $XDG_DATA_HOME/nexus} or {@code ~/.local/share/nexus} on Linux, {@code %APPDATA%\Nexus} on Windows,
 * {@code ~/Library/Application Support/Nexus} on macOS).
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve(Path homeOption, Map<String, String> environment, String osName, Path userHome) {
        if (homeOption != null) {
            return homeOption.toAbsolutePath();
        }
        String nexusHome = environment.get("NEXUS_HOME");
        if (nexusHome != null && !nexusHome.isBlank()) {
            return Path.of(nexusHome).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "Nexus") : userHome.resolve("AppData/Roaming/Nexus");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Nexus");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "nexus") : userHome.resolve(".local/share/nexus");
    }

    /** The data folder of this process: its environment, operating system and user. */
    public static Path resolve(Path homeOption) {
        return resolve(homeOption, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Deletes a folder inside a data folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path folder) {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException failure) {
            throw new NexusException("Nexus could not delete " + folder + ": " + failure.getMessage(), failure);
        }
    }
}
