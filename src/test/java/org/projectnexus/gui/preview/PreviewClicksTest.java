package org.projectnexus.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 25, points 4 and 5, in a real WebView with the preview's own page: a search marks whole words (or the
 * beginnings of words for {@code prefix*}), and a task checkbox asks Nexus to tick the task, through the same
 * bridge as link clicks.
 */
class PreviewClicksTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private WebEngine engine;
    private final List<String> toggled = new CopyOnWriteArrayList<>();
    /** Held here: WebKit keeps only a weak reference to an object given to a page. */
    private PreviewBridge bridge;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        WebView view = WaitForAsyncUtils.asyncFx(WebView::new).get();
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(view, 700, 500)));
        engine = view.getEngine();
        bridge = new PreviewBridge(new PreviewBridge.Navigator() {
            @Override
            public void openEntry(String title, String heading) {
            }

            @Override
            public void filterByTag(String tag) {
            }

            @Override
            public void openInBrowser(String url) {
            }

            @Override
            public void toggleTask(int index, int shown) {
                toggled.add(index + " of " + shown);
            }
        });
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private void show(String markdown) throws Exception {
        Entry note = knowledgeBase.entries().draft(EntryKind.NOTE, "Page").withText("Page", markdown);
        String shell = knowledgeBase.rendering().previewShell(false, false);
        String html = knowledgeBase.rendering().fragment(note);
        WaitForAsyncUtils.asyncFx(() -> engine.loadContent(shell)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> engine.getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        WaitForAsyncUtils.asyncFx(() -> {
            JSObject preview = (JSObject) engine.executeScript("window.nexusPreview");
            preview.call("connect", bridge);
            return preview.call("show", html, false, true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private Object script(String code) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> engine.executeScript(code)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void searchMarksWholeWordsOrTheBeginningsOfWordsNeverTheirMiddles() throws Exception {
        show("Bottlenecks come from a short TTL; ttl-based caching.\n\nThe cache warms. Precaching is not it.");
        WaitForAsyncUtils.asyncFx(() -> ((JSObject) engine.executeScript("window.nexusPreview"))
                .call("highlight", "ttl\ncach*")).get();
        WaitForAsyncUtils.waitForFxEvents();
        Object marked = script("Array.prototype.map.call(document.querySelectorAll('mark.search-hit'),"
                + " function (m) { return m.textContent; }).join('|')");
        assertThat(marked).isEqualTo("TTL|ttl|cach|cach");
    }

    @Test
    void clickingATaskCheckboxAsksNexusToTickThatTask() throws Exception {
        show("- [ ] first\n- [x] second\n\n```\n- [ ] code\n```\n\n- [ ] third");
        assertThat(script("document.querySelectorAll('input.task-toggle').length")).isEqualTo(3);
        script("document.querySelectorAll('input.task-toggle')[1].click()");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !toggled.isEmpty());
        assertThat(toggled).containsExactly("1 of 3");
        assertThat(script("document.querySelectorAll('input.task-toggle')[1].checked"))
                .as("the box waits for the text").isEqualTo(true);
    }
}
