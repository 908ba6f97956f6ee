package org.projectnexus.gui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the window settings as JSON in the data folder. Writes go to a temporary file that is
 * then moved over the old one, so a crash never leaves a half-written file; an unreadable file is set aside
 * and the defaults are used.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private String notice = "";

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    public WindowSettings load() {
        if (!Files.exists(file)) {
            return WindowSettings.defaults();
        }
        try {
            WindowSettings settings = json.readValue(file.toFile(), WindowSettings.class);
            return settings == null ? WindowSettings.defaults() : settings;
        } catch (IOException unreadable) {
            LOG.warn("Settings file {} is unreadable; setting it aside and using defaults", file, unreadable);
            setAside();
            notice = "The settings file could not be read, so the defaults are used; the old file is kept as "
                    + file.resolveSibling("settings.json.broken") + ".";
            return WindowSettings.defaults();
        }
    }

    /** What the user should be told about the last {@link #load} (empty when all was well). */
    public String notice() {
        return notice;
    }

    public void save(WindowSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            json.writeValue(temporary.toFile(), settings);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failure) {
            LOG.warn("Could not save window settings to {}", file, failure);
        }
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling("settings.json.broken"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            LOG.warn("Could not set aside {}", file, failure);
        }
    }
}
