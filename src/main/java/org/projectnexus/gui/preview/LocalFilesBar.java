package org.projectnexus.gui.preview;

import javafx.beans.binding.Bindings;

/**
 * "3 images in this note are files on your disk — attach them?", above a note whose images point at files outside
 * the knowledge base (issue 24): the preview never fetches them ({@code file://} is not in the page's policy), and
 * attaching keeps them with the note, in backups and encryption.
 */
final class LocalFilesBar extends PreviewNoticeBar {

    LocalFilesBar(PreviewViewModel viewModel, Runnable attach) {
        super("localFilesBar", "Attach them", "attachLocalFilesButton", attach, Bindings.createBooleanBinding(() -> {
            PreviewViewModel.Page page = viewModel.pageProperty().get();
            return page != null && page.localFiles() > 0;
        }, viewModel.pageProperty()));
        message.setId("localFilesMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            PreviewViewModel.Page page = viewModel.pageProperty().get();
            int count = page == null ? 0 : page.localFiles();
            return count == 1 ? "1 image in this note is a file on your disk, not in the knowledge base: attach it?"
                    : count + " images in this note are files on your disk, not in the knowledge base: attach them?";
        }, viewModel.pageProperty()));
    }
}
