package org.projectnexus.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.markdown.RemoteImages;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 28, point 13: a tracking pixel in a note is not fetched when the note is shown, unless the user chose to
 * load remote images. Proven with a real WebView against a server on this machine that counts what it is asked for.
 */
class RemoteImagesPreviewTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private PreviewViewModel preview;
    private HttpServer tracker;
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        preview = new PreviewViewModel(knowledgeBase, new ImmediateExecutor(), problem -> { throw new AssertionError(problem); });
        tracker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tracker.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        tracker.start();
    }

    @AfterEach
    void close() {
        tracker.stop(0);
        knowledgeBase.close();
    }

    private String pixel(String name) {
        return "http://127.0.0.1:" + tracker.getAddress().getPort() + "/" + name + ".gif";
    }

    private Entry note(String body) {
        return knowledgeBase.entries().draft(EntryKind.NOTE, "Newsletter").withText("Newsletter", body);
    }

    @Test
    void askBlocksTheImagesOfANoteUntilTheUserLoadsThemAndNeverNeverLoadsThem() {
        preview.prepareShell();
        assertThat(preview.shellProperty().get()).contains("img-src data:;");
        Entry newsletter = note("Hello ![](" + pixel("ask") + ")");

        preview.show(newsletter);
        PreviewViewModel.Page page = preview.pageProperty().get();
        assertThat(page.remoteImagesBlocked()).isTrue();
        assertThat(page.remoteImages()).isFalse();
        assertThat(page.html()).contains("remote-image").doesNotContain("<img");

        preview.loadRemoteImages();
        page = preview.pageProperty().get();
        assertThat(page.remoteImagesBlocked()).isFalse();
        assertThat(page.html()).contains("<img src=\"" + pixel("ask") + "\"");
        assertThat(preview.shellProperty().get()).as("a shell that may fetch them").contains("img-src data: https: http:;");

        preview.remoteImagesProperty().set(RemoteImages.NEVER);
        assertThat(preview.pageProperty().get().html()).doesNotContain("<img");
        assertThat(preview.shellProperty().get()).contains("img-src data:;");
        preview.remoteImagesProperty().set(RemoteImages.ALWAYS);
        assertThat(preview.pageProperty().get().html()).contains("<img");
    }

    @Test
    void theShellThatMayNotFetchRemoteImagesFetchesNoneEvenFromHtmlThatStillHoldsOne() throws Exception {
        WebView view = WaitForAsyncUtils.asyncFx(WebView::new).get();
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(view, 600, 400)));
        String strict = knowledgeBase.rendering().previewShell(false, false);
        String permissive = knowledgeBase.rendering().previewShell(false, true);
        // Not through the blocker: the page's policy alone must stop it.
        String html = "<p><img src=\"" + pixel("strict") + "\"></p><p style=\"background: url('" + pixel("css")
                + "')\">styled</p>";

        show(view.getEngine(), strict, html);
        Thread.sleep(2_000);
        assertThat(fetched).isEmpty();

        show(view.getEngine(), permissive, html.replace("strict", "permissive"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fetched.isEmpty());
        assertThat(fetched).contains("/permissive.gif");
    }

    private static void show(WebEngine engine, String shell, String html) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> engine.loadContent(shell)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> engine.getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        WaitForAsyncUtils.asyncFx(() -> ((JSObject) engine.executeScript("window.nexusPreview"))
                .call("show", html, false, true)).get();
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}
