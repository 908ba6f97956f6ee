package org.projectnexus.gui.app;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.projectnexus.gui.dialogs.CheckDialog;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.model.Finding;

/** Tools ▸ Check links…: the link-integrity check, run in the background, and its findings with their fixes. */
final class LinkChecking {

    private LinkChecking() {
    }

    static void check(MainViewModel viewModel, Window owner, DialogSizes dialogSizes) {
        viewModel.check(findings -> new CheckDialog(findings, viewModel::open, new CheckDialog.Fixes() {
            @Override
            public void create(String title) {
                viewModel.actions().createTitled(title);
            }

            @Override
            public void relink(UUID sourceId, String from, String to, Runnable then) {
                viewModel.relink(sourceId, from, to, then);
            }

            @Override
            public void check(Consumer<List<Finding>> found) {
                viewModel.check(found);
            }
        }, owner, dialogSizes).show());
    }
}
