package org.projectnexus.gui.dialogs;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Menu items as the window's menus make them: a text, an optional shortcut, an icon and an action. */
public final class MenuItems {

    private MenuItems() {
    }

    public static MenuItem item(String text, String accelerator, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
