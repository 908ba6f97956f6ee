package org.projectnexus.gui.app;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.projectnexus.gui.backup.BackupViewModel;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.gui.history.HistoryDialog;
import org.projectnexus.gui.history.HistoryViewModel;
import org.projectnexus.gui.trash.TrashDialog;
import org.projectnexus.gui.trash.TrashViewModel;
import org.projectnexus.model.Entry;
import static org.projectnexus.gui.dialogs.MenuItems.item;

/** The File menu's safety net: an entry's history, the trash, backing up now and restoring a backup. */
final class SafetyControls {

    private final MainViewModel viewModel;
    private final BackupViewModel backups;
    private final Supplier<Window> owner;
    private final DialogSizes sizes;

    /** {@code backups} may be null (tests that need no backups): the backup items then do nothing. */
    SafetyControls(MainViewModel viewModel, BackupViewModel backups, Supplier<Window> owner, DialogSizes sizes) {
        this.sizes = sizes;
        this.viewModel = viewModel;
        this.backups = backups;
        this.owner = owner;
    }

    MenuItem historyItem() {
        return withId(item("History of this entry…", "Shortcut+Shift+H", Feather.CLOCK, this::showHistory),
                "historyMenu");
    }

    MenuItem trashItem() {
        return withId(item("Trash…", null, Feather.TRASH, this::showTrash), "trashMenu");
    }

    MenuItem backUpItem() {
        return withId(item("Back up now", null, Feather.ARCHIVE, this::backUpNow), "backUpNowMenu");
    }

    MenuItem restoreItem() {
        return withId(item("Restore backup…", null, Feather.ROTATE_CCW, this::restoreBackup), "restoreBackupMenu");
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    private void showHistory() {
        Entry open = viewModel.editor().storedProperty().get();
        if (open == null) {
            return;
        }
        viewModel.saveNow();
        HistoryViewModel history = viewModel.history();
        new HistoryDialog(history, viewModel::showRestored, owner.get(), sizes).show();
        history.show(open);
    }

    private void showTrash() {
        TrashViewModel trash = viewModel.trash();
        new TrashDialog(trash, viewModel::showRestored, owner.get()).show();
        trash.reload();
    }

    private void backUpNow() {
        if (backups != null) {
            backups.backUpNow();
        }
    }

    private void restoreBackup() {
        if (backups == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nexus backups", "*.zip"));
        java.io.File folder = backups.backupFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        java.io.File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            confirmRestore(chosen.toPath());
        }
    }

    /** Asks before replacing the knowledge base with a backup; the current one is set aside, never deleted. */
    public void confirmRestore(java.nio.file.Path zip) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace the whole knowledge base with the backup “"
                + zip.getFileName() + "”? The current one is kept aside in the data folder's set-aside/ folder.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Restore a backup");
        confirm.initOwner(owner.get());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            viewModel.saveNow();
            backups.restore(zip); // the window starts over on the restore's change event
        });
    }
}
