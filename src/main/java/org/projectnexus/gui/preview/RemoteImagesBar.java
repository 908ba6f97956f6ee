package org.projectnexus.gui.preview;

import javafx.beans.binding.Bindings;
import org.projectnexus.logic.markdown.RemoteImages;

/**
 * "Remote images blocked — Load", above a note whose images from the web were not fetched (the "ask" setting,
 * ADR 34), as mail clients offer it. Loading them is for this note, until Nexus closes.
 */
final class RemoteImagesBar extends PreviewNoticeBar {

    RemoteImagesBar(PreviewViewModel viewModel) {
        super("remoteImagesBar", "Load", "loadRemoteImagesButton", viewModel::loadRemoteImages,
                Bindings.createBooleanBinding(() -> {
                    PreviewViewModel.Page page = viewModel.pageProperty().get();
                    return page != null && page.remoteImagesBlocked()
                            && viewModel.remoteImagesProperty().get() == RemoteImages.ASK;
                }, viewModel.pageProperty(), viewModel.remoteImagesProperty()));
        message.setText("Remote images blocked: loading them tells their servers that you read this note.");
    }
}
