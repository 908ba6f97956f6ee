package org.projectnexus.gui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.projectnexus.gui.settings.BackupSettings;
import org.projectnexus.gui.settings.WindowSettings;
import org.projectnexus.model.Entry;

/** Puts the window back where the user left it, and reads where that is when it closes. */
final class WindowState {

    private final Stage stage;
    private final MainWindow window;

    WindowState(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    void restore(WindowSettings settings) {
        if (settings.x() != null && settings.y() != null && onSomeScreen(settings)) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        if (settings.width() != null && settings.height() != null) {
            stage.setWidth(settings.width());
            stage.setHeight(settings.height());
        }
        stage.setMaximized(settings.maximized());
        window.darkToggle().setSelected(settings.darkTheme());
        window.previewToggle().setSelected(settings.previewVisible());
    }

    /** Divider positions only hold once the window has its size, so they come after it is shown. */
    void restoreDividers(WindowSettings settings) {
        List<Double> dividers = settings.dividers();
        double[] positions = new double[dividers.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = dividers.get(i);
        }
        if (positions.length == window.panes().getDividers().size()) {
            window.panes().setDividerPositions(positions);
        }
    }

    /** The window as it is now; {@code backups} (not the window's to change) is kept as it was read. */
    WindowSettings capture(Entry openEntry, BackupSettings backups) {
        List<Double> dividers = new ArrayList<>();
        for (double position : window.panes().getDividerPositions()) {
            dividers.add(position);
        }
        return new WindowSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), dividers, window.previewToggle().isSelected(),
                window.darkToggle().isSelected(), openEntry == null ? null : openEntry.id().toString(), backups)
                .withDialogSizes(window.dialogSizes().asMap()).withWelcomed(true);
    }

    private static boolean onSomeScreen(WindowSettings settings) {
        Rectangle2D corner = new Rectangle2D(settings.x(), settings.y(), 50, 50);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(corner));
    }
}
