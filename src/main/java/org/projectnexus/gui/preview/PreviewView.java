package org.projectnexus.gui.preview;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.projectnexus.logic.markdown.MarkdownRenderer;

/**
 * The live preview: a WebView showing the {@link PreviewViewModel}'s HTML. JavaScript is off, so nothing in
 * a note can run. Clicking a {@code [[link]]} opens that entry; web links open in the system browser; any
 * other navigation (such as {@code file:}) is refused and the preview stays as it was.
 */
public final class PreviewView extends StackPane {

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private String shownHtml = "";

    public PreviewView(PreviewViewModel viewModel, Consumer<String> openEntryTitled, Consumer<String> openInBrowser) {
        getStyleClass().add("preview");
        webView.setId("previewWebView");
        webView.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(false);
        getChildren().add(webView);
        viewModel.htmlProperty().addListener((property, old, html) -> load(html));
        load(viewModel.htmlProperty().get());
        engine.locationProperty().addListener((property, old, location) -> navigated(location,
                openEntryTitled, openInBrowser));
    }

    private void load(String html) {
        shownHtml = html;
        engine.loadContent(html);
    }

    private void navigated(String location, Consumer<String> openEntryTitled, Consumer<String> openInBrowser) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return;
        }
        String entryPrefix = MarkdownRenderer.ENTRY_SCHEME + "://entry/";
        if (location.startsWith(entryPrefix)) {
            String target = location.substring(entryPrefix.length());
            int heading = target.indexOf('#');
            openEntryTitled.accept(URLDecoder.decode(heading < 0 ? target : target.substring(0, heading),
                    StandardCharsets.UTF_8));
        } else if (location.startsWith("http://") || location.startsWith("https://")) {
            openInBrowser.accept(location);
        }
        // Whatever was clicked, the preview itself never navigates away from the entry.
        Platform.runLater(() -> engine.loadContent(shownHtml));
    }

    /** The engine, for tests that read the rendered document. */
    WebEngine engine() {
        return engine;
    }
}
