package org.projectnexus.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.markdown.EntryPageRenderer;
import org.projectnexus.logic.markdown.HtmlSanitizer;
import org.projectnexus.logic.markdown.LinkTargets;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.logic.markdown.WebAssets;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Feeds known XSS vectors, as note bodies, through the real Markdown pipeline into the real preview page in a
 * real WebView (with its bundled scripts running) and proves that none of them ran: no alert, confirm or
 * prompt, no changed title or global, no event handler or script address left in the page, no click that
 * reaches Nexus with a dangerous address.
 */
class PreviewXssTest {

    private static final String SEPARATOR = "\n%%%\n";

    private final PreviewLibraries libraries = new PreviewLibraries();
    private final EntryPageRenderer pages = new EntryPageRenderer(new MarkdownParser(),
            new MarkdownRenderer(new HtmlSanitizer()), new WebAssets());
    private final List<String> signals = new CopyOnWriteArrayList<>();
    private final List<String> navigations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void noVectorRunsInThePreview() throws Exception {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(60);
        WebView view = WaitForAsyncUtils.asyncFx(WebView::new).get();
        WebEngine engine = view.getEngine();
        PreviewBridge bridge = new PreviewBridge(new RecordingNavigator(), text -> { });
        FxToolkit.setupStage(stage -> stage.setScene(new Scene(view, 800, 600)));
        WaitForAsyncUtils.asyncFx(() -> {
            engine.setOnAlert(event -> signals.add("alert: " + event.getData()));
            engine.setConfirmHandler(message -> signals.add("confirm: " + message));
            engine.setPromptHandler(prompt -> {
                signals.add("prompt: " + prompt.getMessage());
                return "";
            });
            engine.loadContent(pages.previewShell(false));
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> engine.getLoadWorker().getState() == Worker.State.SUCCEEDED));
        fx(() -> ((JSObject) engine.executeScript("window.nexusPreview")).call("connect", bridge));

        List<String> failures = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        for (Vector vector : vectors) {
            String fragment = pages.renderFragment(note(vector.markdown()), LinkTargets.none());
            everything.append(fragment);
            show(engine, fragment);
            String found = fx(() -> (String) engine.executeScript(FIND_DANGER));
            if (!found.isEmpty() || !signals.isEmpty()) {
                failures.add(vector.name() + " -> " + found + " " + signals);
                signals.clear();
            }
        }
        assertThat(failures).as("vectors that left something able to run").isEmpty();

        // All of them at once, then give late events (failed images, animations, diagrams) time to fire.
        show(engine, everything.toString());
        fx(() -> engine.executeScript(CLICK_EVERY_LINK));
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !signals.isEmpty() || scriptGlobalsChanged(engine));
            fail("A vector ran: " + signals);
        } catch (TimeoutException nothingRan) {
            assertThat(signals).isEmpty();
        }
        assertThat(navigations).isNotEmpty().allSatisfy(href -> assertThat(href)
                .matches("(nexus://(entry|tag)/|https?://|mailto:).*"));
    }

    /** Any element or attribute under the content that could run script, described; empty when none. */
    private static final String FIND_DANGER = """
            (function () {
              var found = [];
              var all = document.getElementById('content').querySelectorAll('*');
              for (var i = 0; i < all.length; i++) {
                var el = all[i];
                var name = el.localName.toLowerCase();
                var ours = el.closest('pre.mermaid, .katex');
                if (['script','iframe','object','embed','form','base','meta','link','frame','frameset','applet',
                     'template','foreignobject'].indexOf(name) >= 0 || (name === 'style' && !ours)) {
                  found.push('<' + name + '>');
                }
                for (var j = 0; j < el.attributes.length; j++) {
                  var attr = el.attributes[j];
                  var value = (attr.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                  if (/^on/i.test(attr.name)) { found.push(name + '[' + attr.name + ']'); }
                  if (/^(javascript|vbscript|livescript):|^data:(text|application)/.test(value)
                      && /(href|src|action|formaction|data|background|poster|srcdoc|to|from|values)$/i.test(attr.name)) {
                    found.push(name + '[' + attr.name + '=' + attr.value + ']');
                  }
                }
              }
              if (document.title === 'xss') { found.push('title changed'); }
              if (typeof window.xss !== 'undefined') { found.push('window.xss set'); }
              return found.join(' ');
            })()""";

    private static final String CLICK_EVERY_LINK = """
            (function () {
              var links = document.querySelectorAll('#content a');
              for (var i = 0; i < links.length; i++) {
                links[i].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
                links[i].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
              }
            })()""";

    private void show(WebEngine engine, String fragment) throws Exception {
        // As the preview does: the libraries the fragment needs run in the page first (ADR 51).
        fx(() -> {
            libraries.runNeeded(engine, pages.libraryScripts(fragment));
            return null;
        });
        fx(() -> ((JSObject) engine.executeScript("window.nexusPreview")).call("show", fragment, false, true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> (Boolean) engine.executeScript(
                "document.querySelectorAll('pre.mermaid:not([data-processed])').length === 0")));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static boolean scriptGlobalsChanged(WebEngine engine) {
        return fx(() -> (Boolean) engine.executeScript("document.title === 'xss' || typeof window.xss !== 'undefined'"));
    }

    private static Note note(String markdown) {
        return new Note(EntryMeta.fresh(Instant.now()), "XSS probe", markdown);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private record Vector(String name, String markdown) {
    }

    private static List<Vector> vectors() throws IOException {
        try (InputStream in = PreviewXssTest.class.getResourceAsStream("xss-vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Vector> vectors = new ArrayList<>();
            for (String block : text.split(SEPARATOR)) {
                int newline = block.indexOf('\n');
                String name = block.substring(0, newline).replaceFirst("^## ", "");
                String markdown = block.substring(newline + 1);
                vectors.add(new Vector(name, markdown.endsWith("\n") ? markdown.substring(0, markdown.length() - 1)
                        : markdown));
            }
            return vectors;
        }
    }

    private final class RecordingNavigator implements PreviewBridge.Navigator {
        @Override
        public void openEntry(String title, String heading) {
            navigations.add("nexus://entry/" + title);
        }

        @Override
        public void filterByTag(String tag) {
            navigations.add("nexus://tag/" + tag);
        }

        @Override
        public void openInBrowser(String url) {
            navigations.add(url);
        }
    }
}
