package org.projectnexus.gui.dialogs;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.projectnexus.model.Finding;

/** The link-integrity check's findings; double-click one to open its entry. */
public final class CheckDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    /** What the dialog's fix buttons do. */
    public interface Fixes {
        void create(String title);

        void relink(UUID sourceId, String from, String to, Runnable then);

        void check(Consumer<List<Finding>> found);
    }

    public CheckDialog(List<Finding> findings, Consumer<UUID> open, Fixes fixes, Window owner, DialogSizes sizes) {
        dialog.setTitle("Check links");
        dialog.setHeaderText(findings.isEmpty() ? "No problems found."
                : findings.size() + " problem" + (findings.size() == 1 ? "" : "s") + " found. Double-click one to open it.");
        ListView<Finding> list = new ListView<>();
        list.setId("findingList");
        list.getItems().setAll(findings);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new FindingCell(view));
        list.setOnMouseClicked(event -> {
            Finding chosen = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && chosen != null) {
                open.accept(chosen.entryId());
            }
        });
        javafx.scene.control.Button create = new javafx.scene.control.Button();
        create.setId("createFix");
        javafx.scene.control.Button relink = new javafx.scene.control.Button();
        relink.setId("relinkFix");
        list.getSelectionModel().selectedItemProperty().addListener((property, old, finding) -> {
            boolean dangling = finding != null && finding.problem() == Finding.Problem.DANGLING_LINK;
            create.setVisible(dangling);
            relink.setVisible(dangling && !finding.closestTitle().isEmpty());
            if (dangling) {
                create.setText("Create “" + finding.linkTarget() + "”");
                relink.setText("Link to “" + finding.closestTitle() + "” instead");
            }
        });
        create.setVisible(false);
        relink.setVisible(false);
        create.setOnAction(event -> {
            Finding finding = list.getSelectionModel().getSelectedItem();
            fixes.create(finding.linkTarget());
            dialog.close();
        });
        relink.setOnAction(event -> {
            Finding finding = list.getSelectionModel().getSelectedItem();
            fixes.relink(finding.entryId(), finding.linkTarget(), finding.closestTitle(),
                    () -> fixes.check(found -> {
                        list.getItems().setAll(found);
                        dialog.setHeaderText(found.size() + " problem" + (found.size() == 1 ? "" : "s") + " left.");
                    }));
        });
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, create, relink);
        dialog.getDialogPane().setContent(findings.isEmpty() ? new Label("Every link resolves.")
                : new VBox(8, list, actions));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        sizes.fit(dialog, "check-links", 900, 560);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
    }

    public void show() {
        dialog.show();
    }

    /** A finding as whole sentences: its entry and line in bold, then the problem and the fix, wrapped, never cut. */
    private static final class FindingCell extends ListCell<Finding> {
        private final Label where = new Label();
        private final Label what = new Label();
        private final VBox lines = new VBox(2, where, what);

        FindingCell(ListView<Finding> list) {
            where.getStyleClass().add("finding-where");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.maxWidthProperty().bind(list.widthProperty().subtract(36));
            what.prefWidthProperty().bind(what.maxWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            setText(null);
            if (empty || finding == null) {
                setGraphic(null);
                return;
            }
            where.setText(finding.entryTitle() + (finding.line() > 0 ? ", line " + finding.line() : ""));
            what.setText(finding.message() + (finding.fix().isEmpty() ? "" : "  →  " + finding.fix()));
            setGraphic(lines);
        }
    }
}
