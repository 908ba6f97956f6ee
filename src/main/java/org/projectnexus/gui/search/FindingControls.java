package org.projectnexus.gui.search;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import static org.projectnexus.gui.dialogs.MenuItems.item;
import org.projectnexus.gui.navigation.NavigationViewModel;

/**
 * The window's controls for finding things: the Go menu (back, forward, quick switcher, search, recent entries),
 * the search panel, the quick switcher window, and the mouse's back and forward buttons.
 */
public final class FindingControls {

    private final SearchFeatures features;
    private final SearchPanel panel;
    private final Consumer<UUID> open;
    private final Consumer<String> create;
    private final Supplier<Window> owner;
    private final Consumer<Scene> styling;
    private final Runnable showSearch;
    /** Built on first use. */
    private QuickSwitcherDialog switcher;

    /**
     * @param openFound opens a search result with the words to mark in it
     * @param showSearch brings the search panel into view (the caller decides where it lives)
     */
    public FindingControls(SearchFeatures features, Consumer<UUID> open, BiConsumer<UUID, List<String>> openFound,
                           Consumer<String> create, Supplier<Window> owner, Consumer<Scene> styling,
                           Runnable showSearch) {
        this.features = features;
        this.open = open;
        this.create = create;
        this.owner = owner;
        this.styling = styling;
        this.showSearch = showSearch;
        this.panel = new SearchPanel(features.search(), (hit, words) -> openFound.accept(hit.id(), words));
    }

    public SearchPanel panel() {
        return panel;
    }

    public Menu goMenu() {
        NavigationViewModel navigation = features.navigation();
        MenuItem back = item("Back", "Alt+Left", Feather.ARROW_LEFT, navigation::back);
        back.disableProperty().bind(navigation.history().canGoBackProperty().not());
        MenuItem forward = item("Forward", "Alt+Right", Feather.ARROW_RIGHT, navigation::forward);
        forward.disableProperty().bind(navigation.history().canGoForwardProperty().not());
        MenuItem switcherItem = item("Go to entry…", "Shortcut+O", Feather.NAVIGATION, this::showSwitcher);
        switcherItem.setId("quickSwitcherMenu");
        MenuItem search = item("Search…", "Shortcut+Shift+F", Feather.SEARCH, this::focusSearch);
        search.setId("searchMenu");
        Menu recent = new Menu("Recent entries", new FontIcon(Feather.CLOCK));
        recent.setId("recentMenu");
        navigation.recent().addListener((ListChangeListener<NavigationViewModel.Recent>) change ->
                recent.getItems().setAll(navigation.recent().stream().limit(15)
                        .map(entry -> item(entry.title(), null, Feather.FILE, () -> open.accept(entry.id())))
                        .toList()));
        Menu go = new Menu("Go", null, back, forward, new SeparatorMenuItem(), switcherItem, search,
                new SeparatorMenuItem(), recent);
        go.setId("goMenu");
        return go;
    }

    /**
     * Ctrl+P opens the switcher too (as in other editors), and the mouse's back and forward buttons move through
     * the history, anywhere in the window.
     */
    public void install(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+P"), this::showSwitcher);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.BACK) {
                features.navigation().back();
                event.consume();
            } else if (event.getButton() == MouseButton.FORWARD) {
                features.navigation().forward();
                event.consume();
            }
        });
    }

    public void showSwitcher() {
        if (switcher == null) {
            switcher = new QuickSwitcherDialog(features.switcher(), owner.get(), open, create, styling);
        }
        switcher.show();
    }

    public void focusSearch() {
        showSearch.run();
        panel.focusField();
    }
}
