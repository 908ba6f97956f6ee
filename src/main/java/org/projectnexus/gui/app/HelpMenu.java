package org.projectnexus.gui.app;

import static org.projectnexus.gui.dialogs.MenuItems.item;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Help menu (issue 25, point 8): the keyboard shortcuts (Ctrl+/), the search's query language, and About
 * (version, data folder, log file), each in a dialog of its own.
 */
final class HelpMenu {

    /** The shortcuts as the menus give them; a test keeps this list and the menus' accelerators in step. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N", "New entry (pick the kind)"},
            new String[] {"Ctrl+S", "Save now (saving is automatic too)"},
            new String[] {"Ctrl+Shift+Delete", "Delete the open entry (to the trash)"},
            new String[] {"Ctrl+Shift+H", "History of the open entry"},
            new String[] {"Ctrl+E", "Show or hide the preview"},
            new String[] {"Ctrl+F", "Filter the entry list by title"},
            new String[] {"Ctrl+Shift+F", "Search everything"},
            new String[] {"Ctrl+O, Ctrl+P", "Go to an entry by title"},
            new String[] {"Alt+Left, Alt+Right", "Back, forward"},
            new String[] {"Ctrl+G", "Graph (Esc or Ctrl+W closes it)"},
            new String[] {"Ctrl+Shift+L", "Check links"},
            new String[] {"[[ and #", "In the editor: complete a title or a tag (Enter or Tab inserts)"},
            new String[] {"Ctrl+/", "These shortcuts"});

    static final List<String[]> QUERY_LANGUAGE = List.of(
            new String[] {"redis ttl", "entries with both words (every word must match, whole words)"},
            new String[] {"\"cache aside\"", "the exact phrase"},
            new String[] {"cach*", "a word starting with cach"},
            new String[] {"redis -kafka", "with redis and without kafka"},
            new String[] {"kafka OR rabbitmq", "with either"},
            new String[] {"kind:challenge", "one kind: note, challenge, takeaway"},
            new String[] {"status:open", "challenges by state: open, solved, verified, regressed"},
            new String[] {"category:insight", "takeaways by category: insight, best-practice"},
            new String[] {"tag:backend", "tagged #backend (or a tag under it)"},
            new String[] {"title:word", "the word in the title"},
            new String[] {"created:>2026-01-01", "by day: >, >=, <, <= or the day itself (also updated:)"});

    private final Supplier<Window> owner;
    private final Path dataFolder;

    HelpMenu(Supplier<Window> owner, Path dataFolder) {
        this.owner = owner;
        this.dataFolder = dataFolder;
    }

    Menu menu() {
        MenuItem shortcuts = item("Keyboard shortcuts", "Shortcut+Slash", Feather.COMMAND, this::showShortcuts);
        shortcuts.setId("shortcutsMenu");
        MenuItem queries = item("Search query language", null, Feather.SEARCH,
                () -> show("Search query language", "Search (Ctrl+Shift+F) understands", table(QUERY_LANGUAGE)));
        queries.setId("queryLanguageMenu");
        MenuItem about = item("About Nexus", null, Feather.INFO, this::about);
        about.setId("aboutMenu");
        Menu help = new Menu("Help", null, shortcuts, queries, about);
        help.setId("helpMenu");
        return help;
    }

    void showShortcuts() {
        show("Keyboard shortcuts", "Keyboard shortcuts", table(SHORTCUTS));
    }

    /** What the first run shows in the status bar, until it is clicked or the window closes. */
    static final String FIRST_RUN_HINT = "New here? Keyboard shortcuts (Ctrl+/), the search's query language and"
            + " more are in the Help menu.";

    private void about() {
        String version = HelpMenu.class.getPackage().getImplementationVersion();
        Path log = Path.of(System.getProperty("nexus.log.dir", System.getProperty("java.io.tmpdir")), "nexus.log");
        show("About Nexus", "Project Nexus " + (version == null ? "(development build)" : version),
                table(List.of(new String[] {"Data folder", dataFolder.toAbsolutePath().toString()},
                        new String[] {"Log file", log.toAbsolutePath().toString()},
                        new String[] {"Java", System.getProperty("java.version") + ", JavaFX "
                                + System.getProperty("javafx.runtime.version", "?")})));
    }

    private static GridPane table(List<String[]> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add("help-table");
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i)[0]);
            key.getStyleClass().add("help-key");
            Label meaning = new Label(rows.get(i)[1]);
            meaning.setWrapText(true);
            grid.addRow(i, key, meaning);
        }
        return grid;
    }

    private void show(String title, String header, GridPane content) {
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("helpDialog");
        dialog.setResizable(true);
        dialog.initOwner(owner.get());
        dialog.show();
    }
}
