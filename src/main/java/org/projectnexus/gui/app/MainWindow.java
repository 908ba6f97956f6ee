package org.projectnexus.gui.app;

import org.projectnexus.gui.editor.SaveState;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.projectnexus.gui.backlinks.BacklinksView;
import org.projectnexus.gui.backup.BackupViewModel;
import org.projectnexus.gui.attachments.AttachmentControls;
import org.projectnexus.gui.editor.EditorView;
import org.projectnexus.gui.learning.LearningPanel;
import org.projectnexus.gui.exchange.ExchangeView;
import org.projectnexus.gui.exchange.ExchangeViewModel;
import org.projectnexus.gui.publish.PublishDialog;
import org.projectnexus.gui.publish.PublishViewModel;
import org.projectnexus.gui.graph.GraphWindow;
import org.projectnexus.gui.preview.PreviewBridge;
import org.projectnexus.gui.preview.PreviewView;
import org.projectnexus.gui.sidebar.EntryListView;
import org.projectnexus.gui.sidebar.TagBrowserView;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Tag;
import org.projectnexus.gui.search.FindingControls;
import static org.projectnexus.gui.dialogs.MenuItems.item;
import org.projectnexus.gui.preview.RemoteImagesMenu;

/** The main window: menus, the sidebar, the editor, the preview and the status bar. */
public final class MainWindow {

    /** Ctrl+Delete deletes the next word in the editor (where the caret mostly is), so Delete entry takes these. */
    static final String DELETE_ENTRY_KEYS = "Shortcut+Shift+Delete";

    private final MainViewModel viewModel;
    private final EntryListView sidebar;
    private final EditorView editor;
    private final PreviewView preview;
    private final SplitPane panes;
    private final SplitPane previewPane;
    /** Built the first time the graph is asked for: most sessions never open it. */
    private GraphWindow graphWindow;
    private final StatusBar statusBar = new StatusBar();
    private final CheckMenuItem previewToggle = new CheckMenuItem("Show preview");
    private final CheckMenuItem darkToggle = new CheckMenuItem("Dark theme");
    private final BorderPane root = new BorderPane();
    private final TabPane sideTabs = new TabPane();
    private final FindingControls finding;
    private final Theme theme;
    private final SafetyControls safety;
    private final ExchangeView exchange;
    private final PublishDialog publishing;
    private final DialogSizes dialogSizes;
    private final AttachmentControls attachments;
    private final HelpMenu help;
    private final SplitPane left;
    private final BorderPane editorColumn;
    private MenuBar menuBar;
    private LearningMenu learningMenu;

    /**
     * With the backups' view model (null: no backup menu items, as in tests that do not need them) and the one for
     * imports and exports.
     */
    public MainWindow(MainViewModel viewModel, BackgroundExecutor background, Theme theme, Runnable quit,
                      Consumer<String> browser, BackupViewModel backups, ExchangeViewModel exchangeViewModel,
                      PublishViewModel publishViewModel, DialogSizes dialogSizes, java.nio.file.Path dataFolder) {
        this.viewModel = viewModel;
        this.help = new HelpMenu(() -> root.getScene().getWindow(), dataFolder);
        this.dialogSizes = dialogSizes;
        this.safety = new SafetyControls(viewModel, backups, () -> root.getScene().getWindow(), dialogSizes);
        this.exchange = new ExchangeView(exchangeViewModel); // the lists follow an import's change event
        this.publishing = new PublishDialog(publishViewModel, browser);
        this.theme = theme;
        this.sidebar = new EntryListView(viewModel.entryList(), viewModel::open);
        this.editor = new EditorView(viewModel.editor(), background, viewModel::completeTitles, viewModel::completeTags,
                viewModel.attachments());
        this.attachments = new AttachmentControls(viewModel.attachments(), viewModel.editor(), editor,
                () -> root.getScene().getWindow(), browser, theme::addStylesheets);
        this.preview = new PreviewView(viewModel.preview(), new PreviewBridge(new PreviewBridge.Navigator() {
            @Override
            public void openEntry(String title, String heading) {
                viewModel.openByTitle(title, heading, MainWindow.this::offerToCreate);
            }

            @Override
            public void filterByTag(String tag) {
                viewModel.entryList().filterByTag(new Tag(tag));
            }

            @Override
            public void openInBrowser(String url) {
                browser.accept(url);
            }

            @Override
            public void openAttachment(String name) {
                attachments.open(name);
            }

            @Override
            public void toggleTask(int index, int shown) {
                viewModel.toggleTask(index, shown);
            }
        }), attachments::attachLocalFiles);
        this.left = new SplitPane(sidebar, new TagBrowserView(viewModel.tagBrowser(),
                tag -> viewModel.entryList().filterByTag(tag), viewModel::renameTag));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);
        Tab entriesTab = new Tab("Entries", left);
        Tab searchTab = new Tab("Search");
        searchTab.setId("searchTab");
        this.finding = new FindingControls(viewModel.finding(), viewModel::open, viewModel::openFound,
                viewModel.actions()::createTitled, () -> root.getScene().getWindow(), theme::addStylesheets,
                () -> sideTabs.getSelectionModel().select(searchTab));
        searchTab.setContent(finding.panel());
        sideTabs.getTabs().addAll(entriesTab, searchTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.previewPane = new SplitPane(preview, new BacklinksView(viewModel.backlinks(), viewModel::open));
        previewPane.setOrientation(Orientation.VERTICAL);
        previewPane.setDividerPositions(0.68);
        this.editorColumn = new BorderPane(editor);
        editorColumn.setRight(new LearningPanel(viewModel.learning(), viewModel::open,
                viewModel.actions()::recordTakeaway));
        this.panes = new SplitPane(sideTabs, editorColumn, previewPane);
        panes.setId("mainPanes");
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(viewModel.statusText());
        Button undoRename = new Button("Undo tag rename");
        undoRename.setId("undoTagRename");
        undoRename.setOnAction(event -> viewModel.undoTagRename());
        undoRename.visibleProperty().bind(viewModel.lastRenamingProperty().isNotNull());
        undoRename.managedProperty().bind(undoRename.visibleProperty());
        statusBar.getRightItems().add(undoRename);
        viewModel.editor().saveStateProperty().addListener((property, old, state) -> {
            statusBar.getStyleClass().remove("failed");
            if (state == SaveState.FAILED) {
                statusBar.getStyleClass().add("failed");
            }
        });
        viewModel.editor().storedProperty().addListener((property, old, entry) -> {
            if (entry != null) {
                boolean another = old == null || !old.id().equals(entry.id());
                sidebar.select(entry.id(), another);
                if (another) {
                    viewModel.clearNotice();
                }
            }
        });
        root.setTop(menus(quit));
        root.setCenter(panes);
        root.setBottom(statusBar);
        previewToggle.setSelected(true);
        previewToggle.selectedProperty().addListener((property, old, shown) -> showPreview(shown));
        darkToggle.selectedProperty().addListener((property, old, dark) -> {
            theme.apply(dark);
            viewModel.preview().darkProperty().set(dark);
        });
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        theme.addStylesheets(scene);
        finding.install(scene);
        // A filter, not only the menu's accelerator: the Markdown editor would take the keys first.
        KeyCombination deleteKeys = KeyCombination.keyCombination(DELETE_ENTRY_KEYS);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (deleteKeys.match(event)) {
                event.consume();
                confirmDelete();
            }
        });
        exchange.acceptDrops(scene);
        return scene;
    }

    public void show(Stage stage) {
        stage.setTitle("Nexus");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("icons/nexus-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm(), true));
            }
        }
        stage.show();
    }

    /** Prepares the dashboard for a quick first opening, once start-up is over (see {@link LearningMenu}). */
    public void prepareDashboardWhenIdle() {
        learningMenu.prepareDashboardWhenIdle();
    }

    public SplitPane panes() {
        return panes;
    }

    public CheckMenuItem previewToggle() {
        return previewToggle;
    }

    public CheckMenuItem darkToggle() {
        return darkToggle;
    }

    /** On the first run: a hint in the status bar pointing at the Help menu; a click shows the shortcuts. */
    public void showFirstRunHint() {
        javafx.scene.control.Hyperlink hint = new javafx.scene.control.Hyperlink(HelpMenu.FIRST_RUN_HINT);
        hint.setId("firstRunHint");
        hint.setOnAction(event -> {
            statusBar.getRightItems().remove(hint);
            help.showShortcuts();
        });
        statusBar.getRightItems().add(0, hint);
    }

    /** The team hub's parts (issue 27): above the editor, in the sidebar, in the status bar, and a menu. */
    public void install(org.projectnexus.gui.hub.TeamControls team) {
        editorColumn.setTop(team.header());
        team.attachSidebar(left);
        statusBar.getRightItems().add(0, team.indicator());
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, team.menu());
    }

    /** The sizes the resizable dialogs were left at, kept with the window's settings. */
    public DialogSizes dialogSizes() {
        return dialogSizes;
    }

    private MenuBar menus(Runnable quit) {
        MenuItem newEntry = item("New…", "Shortcut+N", Feather.PLUS, this::offerKinds);
        newEntry.setId("newEntryMenu");
        Menu file = new Menu("File", null, newEntry,
                item("New note", null, Feather.FILE_TEXT, () -> viewModel.actions().create(EntryKind.NOTE)),
                item("New challenge", null, Feather.ALERT_TRIANGLE,
                        () -> viewModel.actions().create(EntryKind.CHALLENGE)),
                item("New takeaway", null, Feather.STAR, () -> viewModel.actions().create(EntryKind.TAKEAWAY)),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", Feather.SAVE, viewModel::saveNow),
                item("Delete entry…", DELETE_ENTRY_KEYS, Feather.TRASH_2, this::confirmDelete),
                new SeparatorMenuItem(),
                printItem(), exchange.exportMenu(() -> root.getScene().getWindow(), viewModel.editor().storedProperty()),
                importItem(), publishItem(),
                safety.historyItem(), safety.trashItem(), new SeparatorMenuItem(),
                safety.backUpItem(), safety.restoreItem(), new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", Feather.LOG_OUT, quit));
        previewToggle.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem graph = item("Graph", "Shortcut+G", Feather.SHARE_2, this::showGraph);
        graph.setId("graphMenu");
        Menu view = new Menu("View", null, previewToggle, darkToggle,
                RemoteImagesMenu.of(viewModel.preview().remoteImagesProperty()),
                item("Find entry", "Shortcut+F", Feather.SEARCH, () -> {
                    sideTabs.getSelectionModel().selectFirst();
                    sidebar.focusFilter();
                }), graph);
        Menu tools = new Menu("Tools");
        learningMenu = new LearningMenu(viewModel, () -> root.getScene().getWindow(), theme::addStylesheets,
                this::openInFront);
        tools.getItems().addAll(learningMenu.items());
        tools.getItems().addAll(new SeparatorMenuItem(),
                item("Check links…", "Shortcut+Shift+L", Feather.CHECK_CIRCLE, () -> LinkChecking.check(viewModel,
                        root.getScene().getWindow(), dialogSizes)),
                attachments.attachmentsItem());
        Menu edit = new Menu("Edit", null, attachments.attachFileItem());
        menuBar = new MenuBar(file, edit, view, finding.goMenu(), tools, help.menu());
        menuBar.setId("menuBar");
        return menuBar;
    }

    private MenuItem printItem() {
        MenuItem print = item("Print…", null, Feather.PRINTER, () -> preview.print(root.getScene().getWindow()));
        print.setId("printMenu");
        return print;
    }

    private MenuItem publishItem() {
        MenuItem publish = item("Publish…", "Shortcut+Shift+P", Feather.UPLOAD_CLOUD,
                () -> publishing.show(root.getScene().getWindow()));
        publish.setId("publishMenu");
        return publish;
    }

    private MenuItem importItem() {
        MenuItem importing = item("Import…", "Shortcut+Shift+I", Feather.DOWNLOAD,
                () -> exchange.offerImport(root.getScene().getWindow()));
        importing.setId("importMenu");
        return importing;
    }

    /** Imports and exports, for the window's menus and for tests that cannot drive a file chooser. */
    public ExchangeView exchange() {
        return exchange;
    }

    /** Ctrl+N: a small menu of the three kinds, at the top of the editor. */
    private void offerKinds() {
        ContextMenu kinds = new ContextMenu();
        kinds.setId("newEntryKinds");
        for (EntryKind kind : EntryKind.values()) {
            MenuItem choice = new MenuItem("New " + kind.displayName().toLowerCase());
            choice.setId("new" + kind.displayName());
            choice.setOnAction(event -> {
                viewModel.actions().create(kind);
                viewModel.editor().storedProperty().addListener(new FocusTitleOnce());
            });
            kinds.getItems().add(choice);
        }
        var corner = editor.localToScreen(20, 40);
        kinds.show(editor, corner.getX(), corner.getY());
    }

    private void confirmDelete() {
        Entry open = viewModel.editor().storedProperty().get();
        if (open == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete the " + open.kind().displayName().toLowerCase() + " “" + open.title() + "”?"
                        + " It goes to the trash (File ▸ Trash… brings it back); links to it show as unresolved meanwhile.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Delete entry");
        confirm.initOwner(root.getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.actions().deleteOpenEntry());
    }

    private void showGraph() {
        if (graphWindow == null) {
            graphWindow = new GraphWindow(viewModel.graph(), viewModel::open, root.getScene().getWindow(),
                    theme::addStylesheets);
        }
        Entry open = viewModel.editor().storedProperty().get();
        graphWindow.show(open == null ? null : open.id());
    }

    /** Opens the entry in the editor and brings the main window to the front (from the review or the dashboard). */
    private void openInFront(UUID id) {
        viewModel.open(id);
        ((Stage) root.getScene().getWindow()).toFront();
    }

    /** A link named an entry that does not exist: offer to create it, as Obsidian does. */
    private void offerToCreate(String title) {
        Alert offer = new Alert(Alert.AlertType.CONFIRMATION,
                "There is no entry titled “" + title + "” yet. Create a note with this title?",
                ButtonType.CANCEL, ButtonType.OK);
        offer.setHeaderText("Create “" + title + "”");
        offer.initOwner(root.getScene().getWindow());
        offer.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.actions().createTitled(title));
    }

    private void showPreview(boolean shown) {
        if (shown && !panes.getItems().contains(previewPane)) {
            panes.getItems().add(previewPane);
            panes.setDividerPositions(0.22, 0.6);
        } else if (!shown) {
            panes.getItems().remove(previewPane);
        }
    }

    /** After creating an entry, puts the cursor in its title, once. */
    private final class FocusTitleOnce implements ChangeListener<Entry> {
        @Override
        public void changed(ObservableValue<? extends Entry> property, Entry old, Entry entry) {
            property.removeListener(this);
            editor.focusTitle();
        }
    }
}
