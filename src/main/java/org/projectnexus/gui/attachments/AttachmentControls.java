package org.projectnexus.gui.attachments;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.projectnexus.gui.editor.EditorView;
import org.projectnexus.gui.editor.EditorViewModel;
import org.projectnexus.model.Entry;

/**
 * The window's attachment actions (issue 24): Edit ▸ Attach file…, Tools ▸ Attachments…, opening a file from the
 * preview with the system's application, and attaching the files on the disk a note's images point at.
 */
public final class AttachmentControls {

    private final AttachmentsViewModel viewModel;
    private final EditorViewModel editorModel;
    private final EditorView editor;
    private final Supplier<Window> owner;
    private final Consumer<String> systemOpener;
    private final Consumer<javafx.scene.Scene> styles;
    private AttachmentsDialog dialog;

    public AttachmentControls(AttachmentsViewModel viewModel, EditorViewModel editorModel, EditorView editor,
                              Supplier<Window> owner, Consumer<String> systemOpener,
                              Consumer<javafx.scene.Scene> styles) {
        this.viewModel = viewModel;
        this.editorModel = editorModel;
        this.editor = editor;
        this.owner = owner;
        this.systemOpener = systemOpener;
        this.styles = styles;
    }

    public MenuItem attachFileItem() {
        MenuItem attach = new MenuItem("Attach file…", new FontIcon(Feather.PAPERCLIP));
        attach.setId("attachFileMenu");
        attach.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        attach.setOnAction(event -> chooseFiles());
        attach.disableProperty().bind(editorModel.storedProperty().isNull());
        return attach;
    }

    public MenuItem attachmentsItem() {
        MenuItem list = new MenuItem("Attachments…", new FontIcon(Feather.PAPERCLIP));
        list.setId("attachmentsMenu");
        list.setOnAction(event -> showList());
        return list;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach files to the entry");
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            editor.attachFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    public void showList() {
        if (dialog == null) {
            dialog = new AttachmentsDialog(viewModel, owner.get(), styles, this::open);
        }
        viewModel.refresh();
        dialog.show();
    }

    /** A file's link in the preview: written to a temporary file and opened by the system, off the FX thread. */
    public void open(String name) {
        viewModel.open(name, systemOpener);
    }

    /** The bar over a note with images on the disk: attach them and point the editor's text at them. */
    public void attachLocalFiles() {
        Entry entry = editorModel.currentProperty().get();
        if (entry != null) {
            viewModel.attachLocalImages(entry, rewrite -> {
                Entry still = editorModel.storedProperty().get();
                if (still != null && still.id().equals(entry.id())) {
                    editorModel.bodyProperty().set(rewrite.apply(editorModel.bodyProperty().get()));
                }
            });
        }
    }
}
