package org.projectnexus.gui.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview's page starts without highlight.js, KaTeX and Mermaid (ADR 51): a note that needs them still shows
 * its code highlighted, its math typeset and its diagram drawn, in the real window.
 */
class PreviewLibrariesWindowTest extends NexusWindowTest {

    @Test
    void aNoteWithCodeMathAndADiagramShowsThemTypeset() throws Exception {
        startNexus();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        click.on("New note");
        waitUntil(() -> title().startsWith("Untitled"));
        click.on("#bodyField").write("Inline $x^2$ math.\n\n```mermaid\ngraph TD\n  A-->B\n```\n\n```java\nint x = 1;\n```\n");
        waitUntil(() -> previewSays("document.querySelector('.math .katex') !== null"
                + " && document.querySelector('pre.mermaid svg') !== null"
                + " && document.querySelector('code.hljs') !== null"));
    }

    private boolean previewSays(String condition) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Boolean.TRUE.equals(
                    robot.lookup("#previewWebView").<WebView>query().getEngine().executeScript(condition)))
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            return false;
        }
    }
}
