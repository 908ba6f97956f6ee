package org.projectnexus.gui.dialogs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;

/**
 * The sizes of the resizable dialogs (history, check links...), by name: a dialog opens at the size it had when
 * it was last closed, else at a size large enough for its content, never larger than the screen. The window keeps
 * them in its settings between runs.
 */
public final class DialogSizes {

    private final Map<String, List<Double>> sizes;

    public DialogSizes(Map<String, List<Double>> remembered) {
        this.sizes = new LinkedHashMap<>(remembered);
    }

    /** Makes {@code dialog} resizable, gives it its remembered size (else the one given), and remembers it on close. */
    public void fit(Dialog<?> dialog, String name, double width, double height) {
        dialog.setResizable(true);
        // The theme caps every dialog pane at 600 px wide (AtlantaFX: .dialog-pane -fx-max-width), right for an alert,
        // not for these: the Conflicts view opened 600 px wide, its two columns cut. Only a style of the pane's own
        // outranks the theme's (tried under Xvfb: setMaxWidth stays at 600).
        dialog.getDialogPane().setStyle("-fx-max-width: 100000px; -fx-max-height: 100000px; "
                + dialog.getDialogPane().getStyle());
        List<Double> last = sizes.get(name);
        boolean known = last != null && last.size() == 2 && last.get(0) > 100 && last.get(1) > 100;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setPrefSize(Math.min(known ? last.get(0) : width, screen.getWidth() - 40),
                Math.min(known ? last.get(1) : height, screen.getHeight() - 80));
        dialog.setOnHidden(event -> sizes.put(name, List.of(dialog.getDialogPane().getWidth(),
                dialog.getDialogPane().getHeight())));
    }

    /** What to keep in the settings. */
    public Map<String, List<Double>> asMap() {
        return Map.copyOf(sizes);
    }
}
