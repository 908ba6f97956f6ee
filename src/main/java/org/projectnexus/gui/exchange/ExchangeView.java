package org.projectnexus.gui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.projectnexus.gui.dialogs.MenuItems;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Entry;
import org.projectnexus.model.SafeText;

/**
 * The window's side of imports and exports: File ▸ Export… and Import… (format and conflict choices, then the
 * system's file chooser), files and folders dropped on the window, a progress dialog with counts and Cancel, and
 * the import report in a dialog. Choosers cannot be driven in headless tests, so everything after them is reachable
 * with a path ({@link #importPath}, {@link #exportTo}).
 */
public final class ExchangeView {

    private final ExchangeViewModel viewModel;
    private Window owner;
    private Dialog<Void> progressDialog;

    public ExchangeView(ExchangeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Accepts files and folders dropped anywhere on the scene, and imports them. */
    public void acceptDrops(Scene scene) {
        owner = scene.getWindow();
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && !viewModel.runningProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            if (!files.isEmpty()) {
                owner = scene.getWindow();
                chooseConflictPolicy().ifPresent(policy -> files.forEach(file -> importPath(file.toPath(), policy)));
            }
        });
    }

    /** File ▸ Import…: a folder (vault) or a file (Markdown, README, JSON backup). */
    public void offerImport(Window window) {
        owner = window;
        ButtonType folder = new ButtonType("A folder or vault…");
        ButtonType file = new ButtonType("A file…");
        Alert choice = new Alert(Alert.AlertType.NONE, "Import a folder of Markdown files (an Obsidian vault, a Nexus"
                + " export), or one file: a Markdown note, a README in the Project Nexus structure, or a JSON backup.",
                folder, file, ButtonType.CANCEL);
        choice.setTitle("Import");
        choice.setHeaderText("What do you want to import?");
        choice.initOwner(window);
        Optional<ButtonType> chosen = choice.showAndWait();
        Optional<Path> source = Optional.empty();
        if (chosen.filter(folder::equals).isPresent()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder or vault");
            source = Optional.ofNullable(chooser.showDialog(window)).map(File::toPath);
        } else if (chosen.filter(file::equals).isPresent()) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown or backup",
                    "*.md", "*.markdown", "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
            source = Optional.ofNullable(chooser.showOpenDialog(window)).map(File::toPath);
        }
        source.ifPresent(path -> chooseConflictPolicy().ifPresent(policy -> importPath(path, policy)));
    }

    /** File ▸ Export…: the format, then where to write it. */
    /** File ▸ Export ▸ every entry (vault, README, JSON, PDF), or the open entry as a PDF (ADR 42). */
    public Menu exportMenu(Supplier<Window> window, ReadOnlyObjectProperty<Entry> open) {
        MenuItem export = MenuItems.item("Everything…", "Shortcut+Shift+E", Feather.UPLOAD,
                () -> offerExport(window.get()));
        export.setId("exportMenu");
        MenuItem entryPdf = MenuItems.item("PDF of this entry…", null, Feather.FILE,
                () -> offerEntryPdf(window.get(), open.get()));
        entryPdf.setId("exportEntryPdfMenu");
        entryPdf.disableProperty().bind(open.isNull());
        Menu menu = new Menu("Export", null, export, entryPdf);
        menu.setId("exportSubmenu");
        return menu;
    }

    public void offerExport(Window window) {
        owner = window;
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.setHeaderText("Export every entry");
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.VAULT);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat value) {
                return value == null ? "" : switch (value) {
                    case VAULT -> "Markdown vault (a folder that opens in Obsidian)";
                    case README -> "README (one document, Project Nexus structure)";
                    case JSON -> "JSON backup (everything, to restore)";
                    case PDF -> "PDF (the README's structure, then every entry's page)";
                };
            }

            @Override
            public ExportFormat fromString(String text) {
                return null;
            }
        });
        CheckBox markdownLinks = new CheckBox("Relative Markdown links (for GitHub) instead of [[wiki links]]");
        markdownLinks.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.VAULT));
        dialog.getDialogPane().setContent(new VBox(10, format, markdownLinks));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.initOwner(window);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        LinkStyle links = markdownLinks.isSelected() ? LinkStyle.MARKDOWN : LinkStyle.WIKI;
        Optional<Path> target;
        if (format.getValue() == ExportFormat.VAULT) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export to an empty folder");
            target = Optional.ofNullable(chooser.showDialog(window)).map(File::toPath);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to a file");
            chooser.setInitialFileName(switch (format.getValue()) {
                case JSON -> "nexus-backup.json";
                case PDF -> "nexus.pdf";
                default -> "README.md";
            });
            target = Optional.ofNullable(chooser.showSaveDialog(window)).map(File::toPath);
        }
        target.ifPresent(path -> exportTo(format.getValue(), path, links));
    }

    /** File ▸ Export ▸ PDF of this entry…: where to write the open entry as a PDF (ADR 42). */
    public void offerEntryPdf(Window window, Entry entry) {
        owner = window;
        if (entry == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export “" + SafeText.forDisplay(entry.title()) + "” as a PDF");
        chooser.setInitialFileName(suggestedName(entry.title()) + ".pdf");
        Optional.ofNullable(chooser.showSaveDialog(window)).map(File::toPath)
                .ifPresent(path -> exportEntryPdfTo(entry, path));
    }

    /** A file name from a title: the characters file systems refuse replaced, cut to a sensible length. */
    private static String suggestedName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "entry" : name.substring(0, Math.min(name.length(), 100));
    }

    public void exportEntryPdfTo(Entry entry, Path target) {
        showProgress("Exporting");
        viewModel.exportPdf(entry, target, outcome());
    }

    public void importPath(Path source, ConflictPolicy policy) {
        showProgress("Importing " + source.getFileName());
        viewModel.importFrom(source, policy, outcome());
    }

    public void exportTo(ExportFormat format, Path target, LinkStyle links) {
        showProgress("Exporting");
        viewModel.export(format, target, links, outcome());
    }

    public void setOwner(Window window) {
        owner = window;
    }

    private Optional<ConflictPolicy> chooseConflictPolicy() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import");
        dialog.setHeaderText("When an imported entry has the title of an entry you have");
        ChoiceBox<ConflictPolicy> choice = new ChoiceBox<>();
        choice.setId("conflictPolicy");
        choice.getItems().setAll(ConflictPolicy.RENAME, ConflictPolicy.SKIP, ConflictPolicy.OVERWRITE);
        choice.setValue(ConflictPolicy.RENAME);
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ConflictPolicy policy) {
                return policy == null ? "" : switch (policy) {
                    case RENAME -> "Keep both: import it as “Title 2”";
                    case SKIP -> "Keep yours: do not import it";
                    case OVERWRITE -> "Replace yours (its earlier text stays in its history)";
                };
            }

            @Override
            public ConflictPolicy fromString(String text) {
                return null;
            }
        });
        dialog.getDialogPane().setContent(new VBox(10, new Label("Nothing is changed until the whole import is"
                + " written; a cancelled import changes nothing."), choice));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> choice.getValue());
    }

    /** One progress dialog while any import or export runs (two dropped folders are imported one after the other). */
    private void showProgress(String title) {
        if (progressDialog != null) {
            progressDialog.setHeaderText(title + "…");
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title + "…");
        ProgressBar bar = new ProgressBar();
        bar.setId("exchangeProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label counts = new Label();
        counts.setId("exchangeProgressText");
        counts.textProperty().bind(viewModel.progressTextProperty());
        dialog.getDialogPane().setContent(new VBox(10, bar, counts));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            // Closing it when the work is over comes here too: only the user's Cancel (while it is shown) cancels.
            if (progressDialog == dialog && viewModel.runningProperty().get()) {
                viewModel.cancel();
            }
            return null;
        });
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        progressDialog = dialog;
        dialog.show();
    }

    private void closeProgress() {
        if (progressDialog != null && !viewModel.runningProperty().get()) {
            Dialog<Void> done = progressDialog;
            progressDialog = null;
            done.setResult(null);
            done.close();
        }
    }

    private ExchangeViewModel.Outcome outcome() {
        return new ExchangeViewModel.Outcome() {
            @Override
            public void imported(ImportReport report) {
                closeProgress();
                showReport(report);
            }

            @Override
            public void exported(int entries, Path target) {
                closeProgress();
                message(Alert.AlertType.INFORMATION, "Export done",
                        "Exported " + entries + (entries == 1 ? " entry" : " entries") + " to " + target + ".");
            }

            @Override
            public void failed(String message) {
                closeProgress();
                message(Alert.AlertType.WARNING, "Nothing was changed", message);
            }
        };
    }

    private void message(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }

    /** The import report: a summary, then a table of the files that needed attention. */
    void showReport(ImportReport report) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Import report");
        dialog.setHeaderText(report.summary());
        TableView<ImportReport.Line> table = new TableView<>();
        table.setId("importReportTable");
        table.getColumns().add(column("File", 200, ImportReport.Line::source));
        table.getColumns().add(column("Why", 360, ImportReport.Line::reason));
        table.getColumns().add(column("What was done", 240, ImportReport.Line::action));
        table.getItems().setAll(report.lines());
        table.setPrefSize(820, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Every file was imported as it was."));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.show();
    }

    private static TableColumn<ImportReport.Line, String> column(String name, double width,
                                                                 java.util.function.Function<ImportReport.Line, String> value) {
        TableColumn<ImportReport.Line, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(table -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }
}
