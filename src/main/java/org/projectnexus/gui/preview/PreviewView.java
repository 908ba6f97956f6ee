package org.projectnexus.gui.preview;

import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The live preview: a WebView that loads the preview page once, then swaps the entry's HTML into it, so typing
 * neither reloads scripts nor loses the scroll position; the bundled highlight.js, KaTeX and Mermaid run in the page
 * the first time an entry needs them ({@link PreviewLibraries}).
 * Link clicks go to the {@link PreviewBridge}; the page itself never navigates away.
 */
public final class PreviewView extends StackPane {

    /** Made once the window has shown its first frame (see {@link #startWebKitAfterFirstFrame()}). */
    private WebView webView;
    private WebEngine engine;
    private final PreviewViewModel viewModel;
    /** Held here because WebKit keeps only a weak reference to objects handed to JavaScript. */
    private final PreviewBridge bridge;
    private boolean pageReady;
    /** The blocks the page shows now, to compare the next page with. */
    private java.util.List<String> shownBlocks;
    private boolean shownDark;
    private final javafx.beans.property.ReadOnlyObjectWrapper<PreviewViewModel.Page> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final PreviewLibraries libraries = new PreviewLibraries();

    /** The bar above the page and the page itself, once WebKit has started. */
    private final javafx.scene.layout.VBox layout;

    public PreviewView(PreviewViewModel viewModel, PreviewBridge bridge) {
        this(viewModel, bridge, () -> { });
    }

    /** {@code attachLocalFiles}: what the bar above a note with images on the disk does (issue 24). */
    public PreviewView(PreviewViewModel viewModel, PreviewBridge bridge, Runnable attachLocalFiles) {
        this.viewModel = viewModel;
        this.bridge = bridge;
        getStyleClass().add("preview");
        layout = new javafx.scene.layout.VBox(new RemoteImagesBar(viewModel),
                new LocalFilesBar(viewModel, attachLocalFiles));
        getChildren().add(layout);
        viewModel.pageProperty().addListener((property, old, page) -> showCurrent(
                old == null || page == null || !old.entryId().equals(page.entryId())));
        startWebKitAfterFirstFrame();
    }

    /**
     * WebKit's start (its native library, then the preview's page) need not hold up the window: it waits until the
     * window has shown its first frame.
     */
    private void startWebKitAfterFirstFrame() {
        sceneProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable sceneChanged) {
                if (getScene() != null) {
                    sceneProperty().removeListener(this);
                    org.projectnexus.gui.concurrency.FirstFrame.afterShown(getScene(), PreviewView.this::startWebKit);
                }
            }
        });
    }

    private void startWebKit() {
        webView = new WebView();
        engine = webView.getEngine();
        webView.setId("previewWebView");
        webView.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(true);
        layout.getChildren().add(webView);
        javafx.scene.layout.VBox.setVgrow(webView, javafx.scene.layout.Priority.ALWAYS);
        engine.getLoadWorker().stateProperty().addListener((property, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pageReady = true;
                shownBlocks = null;
                libraries.pageLoaded();
                ((JSObject) engine.executeScript("window.nexusPreview")).call("connect", bridge);
                showCurrent(true);
            }
        });
        // Anything that makes the page itself navigate (its script prevents it) brings the preview back.
        engine.locationProperty().addListener((property, old, location) -> {
            if (pageReady && location != null && !location.isEmpty() && !location.equals("about:blank")) {
                pageReady = false;
                bridge.navigate(location);
                engine.loadContent(viewModel.shellProperty().get());
            }
        });
        viewModel.shellProperty().addListener((property, old, shell) -> {
            pageReady = false; // until the new shell has loaded: it then shows the current page
            engine.loadContent(shell);
        });
        if (viewModel.shellProperty().get() != null) {
            engine.loadContent(viewModel.shellProperty().get());
        }
        viewModel.prepareShell();
    }

    /**
     * Shows the view model's page: all of it for another entry or theme, otherwise only the blocks between the
     * unchanged ones at the start and at the end (typing changes one block; a long note has hundreds).
     */
    private void showCurrent(boolean anotherEntry) {
        PreviewViewModel.Page page = viewModel.pageProperty().get();
        if (!pageReady) {
            return;
        }
        JSObject preview = (JSObject) engine.executeScript("window.nexusPreview");
        java.util.List<String> blocks = page == null ? java.util.List.of() : page.blocks();
        boolean dark = page != null && page.dark();
        if (page != null) {
            libraries.runNeeded(engine, page.libraries());
        }
        if (anotherEntry || shownBlocks == null || dark != shownDark) {
            preview.call("show", String.join("\n", blocks), dark, anotherEntry);
        } else {
            int start = 0;
            while (start < blocks.size() && start < shownBlocks.size() && blocks.get(start).equals(shownBlocks.get(start))) {
                start++;
            }
            int end = 0;
            while (end < blocks.size() - start && end < shownBlocks.size() - start
                    && blocks.get(blocks.size() - 1 - end).equals(shownBlocks.get(shownBlocks.size() - 1 - end))) {
                end++;
            }
            if (start < blocks.size() - end || start < shownBlocks.size() - end) {
                preview.call("patch", start, shownBlocks.size() - end - start,
                        String.join("\n", blocks.subList(start, blocks.size() - end)));
            }
        }
        shownBlocks = blocks;
        shownDark = dark;
        if (page != null && !page.headingId().isEmpty()) {
            preview.call("scrollToHeading", page.headingId());
        }
        if (page != null && !page.highlights().isEmpty()) {
            preview.call("highlight", String.join("\n", page.highlights()));
        }
        shown.set(page);
    }

    /**
     * File ▸ Print…: the open entry as the preview shows it, through the system's print dialog (ADR 42). WebKit lays
     * the page out on the FX thread; JavaFX's print job spools on a thread of its own while the window stays live.
     * Without a printer, or an entry, the user is told so in words.
     */
    public void print(javafx.stage.Window owner) {
        if (engine == null || !pageReady || viewModel.pageProperty().get() == null) {
            tell(owner, "Nothing to print", "Open an entry first: Print prints the entry as the preview shows it.");
            return;
        }
        javafx.print.PrinterJob job;
        try {
            job = javafx.print.PrinterJob.createPrinterJob();
        } catch (RuntimeException | LinkageError unavailable) {
            org.slf4j.LoggerFactory.getLogger(PreviewView.class).warn("Printing is not available", unavailable);
            job = null;
        }
        if (job == null) {
            tell(owner, "No printer", "No printer is set up on this computer. Export the entry as a PDF instead"
                    + " (File ▸ Export ▸ PDF of this entry…) and print that file, or set up a printer and try again.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        engine.print(job);
        job.endJob();
    }

    private static void tell(javafx.stage.Window owner, String header, String text) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION, text);
        alert.setTitle("Print");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("printMessage");
        alert.initOwner(owner);
        alert.show();
    }

    /** The page the WebView shows now (set once its document has been updated): for measurements and tests. */
    public javafx.beans.property.ReadOnlyObjectProperty<PreviewViewModel.Page> shownPageProperty() {
        return shown.getReadOnlyProperty();
    }
}
