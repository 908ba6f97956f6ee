package org.projectnexus.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javax.imageio.ImageIO;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 24: an attached image shows inline in the real preview, handed over as a {@code data:} URI; the page's policy
 * admits images from {@code data:} only, so a file on the disk is never fetched, even from HTML that names it.
 */
class AttachmentPreviewTest {

    @TempDir
    Path home;
    @TempDir
    Path disk;

    private KnowledgeBase knowledgeBase;
    private PreviewViewModel preview;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        preview = new PreviewViewModel(knowledgeBase, new ImmediateExecutor(), problem -> {
            throw new AssertionError(problem);
        });
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xffff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Entry note(String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Pictures")
                .withText("Pictures", body));
    }

    @Test
    void anAttachedImageShowsInlineAndAFileOnTheDiskIsNeverFetched() throws Exception {
        Path onDisk = Files.write(disk.resolve("screenshot.png"), png(5, 4));
        Entry entry = note("![[chart.png|200]]\n\n![a diagram](diagram%20one.png)\n\n![[report.pdf]]\n\n"
                + "![mine](" + onDisk + ")\n\n![also mine](file://" + onDisk + ")\n");
        knowledgeBase.attachments().attach(entry.id(), "chart.png", new ByteArrayInputStream(png(7, 3)));
        knowledgeBase.attachments().attach(entry.id(), "diagram one.png", new ByteArrayInputStream(png(2, 2)));
        knowledgeBase.attachments().attach(entry.id(), "report.pdf",
                new ByteArrayInputStream("%PDF-1.4 report".getBytes()));

        preview.prepareShell();
        String shell = preview.shellProperty().get();
        String policy = shell.substring(shell.indexOf("Content-Security-Policy"), shell.indexOf("<title>"));
        assertThat(policy).contains("default-src 'none'").contains("img-src data:;").doesNotContain("file:");
        preview.show(entry);
        PreviewViewModel.Page page = preview.pageProperty().get();
        assertThat(page.html()).contains("<img class=\"attachment\" src=\"data:image/png;base64,")
                .contains("width=\"200\"")
                .contains("alt=\"a diagram\"")
                .contains("href=\"nexus://attachment/report.pdf\"").contains("15 bytes")
                .contains("class=\"local-image\"")
                .doesNotContain("src=\"file:").doesNotContain("src=\"" + onDisk);
        assertThat(page.localFiles()).as("both offered for attaching").isEqualTo(2);

        WebView view = WaitForAsyncUtils.asyncFx(WebView::new).get();
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(view, 600, 400)));
        // The file on the disk written into the page directly, past the renderer: the policy alone must stop it.
        String html = page.html() + "<p><img id=\"sneaky\" src=\"file://" + onDisk + "\"></p>";
        show(view.getEngine(), shell, html);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> number(view.getEngine(),
                "document.querySelectorAll('img.attachment')[0].naturalWidth") == 7);
        assertThat(number(view.getEngine(), "document.querySelectorAll('img.attachment')[1].naturalWidth"))
                .isEqualTo(2);
        // complete turns true once WebKit has loaded the image or given it up (the page's policy refuses file:).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> Boolean.TRUE.equals(
                view.getEngine().executeScript("document.getElementById('sneaky').complete"))).get());
        assertThat(number(view.getEngine(), "document.getElementById('sneaky').naturalWidth")).isZero();
    }

    @Test
    void aFileLinkOpensTheAttachmentThroughTheBridge() {
        java.util.List<String> opened = new java.util.ArrayList<>();
        PreviewBridge bridge = new PreviewBridge(new PreviewBridge.Navigator() {
            @Override
            public void openEntry(String title, String heading) {
            }

            @Override
            public void filterByTag(String tag) {
            }

            @Override
            public void openInBrowser(String url) {
                opened.add("browser " + url);
            }

            @Override
            public void openAttachment(String name) {
                opened.add(name);
            }
        }, text -> { });
        bridge.navigate("nexus://attachment/annual%20report.pdf");
        bridge.navigate("file:///etc/passwd");
        assertThat(opened).containsExactly("annual report.pdf");
    }

    private static int number(WebEngine engine, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Number) engine.executeScript(script)).intValue()).get();
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
