package org.projectnexus.gui.preview;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.projectnexus.logic.markdown.RemoteImages;

/** View › Remote images: always, ask (the default) or never (ADR 34); the choice is kept with the window's settings. */
public final class RemoteImagesMenu {

    private RemoteImagesMenu() {
    }

    /** The menu, its choice bound both ways to {@code setting}. */
    public static Menu of(ObjectProperty<RemoteImages> setting) {
        Menu menu = new Menu("Remote images");
        menu.setId("remoteImagesMenu");
        ToggleGroup group = new ToggleGroup();
        for (RemoteImages choice : RemoteImages.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (choice) {
                case ALWAYS -> "Load always";
                case ASK -> "Ask for each note";
                case NEVER -> "Never load";
            });
            item.setId("remoteImages" + choice.name().charAt(0) + choice.name().substring(1).toLowerCase());
            item.setUserData(choice);
            item.setToggleGroup(group);
            item.setSelected(setting.get() == choice);
            item.setOnAction(event -> setting.set(choice));
            menu.getItems().add(item);
        }
        setting.addListener((property, old, now) -> group.getToggles().forEach(toggle ->
                toggle.setSelected(toggle.getUserData() == now)));
        return menu;
    }
}
