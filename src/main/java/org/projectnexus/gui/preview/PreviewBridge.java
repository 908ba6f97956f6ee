package org.projectnexus.gui.preview;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.projectnexus.logic.markdown.MarkdownRenderer;

/**
 * What the preview page's own script may ask of Nexus: follow a link, copy a code block, tick a task. Public
 * because WebKit calls it by reflection; it only ever opens entries, filters by tag, opens an attachment with the
 * system's application, hands web links to the system browser, or ticks a task of the open entry (through the
 * editor, as if typed there).
 */
public final class PreviewBridge {

    /** Where a click in the preview leads. */
    public interface Navigator {
        void openEntry(String title, String heading);

        void filterByTag(String tag);

        void openInBrowser(String url);

        /** An attachment's link: open the file with the system's application (issue 24). */
        default void openAttachment(String name) {
        }

        /** The {@code index}-th of the {@code shown} task checkboxes of the preview was clicked. */
        default void toggleTask(int index, int shown) {
        }
    }

    private static final String ENTRY_PREFIX = MarkdownRenderer.ENTRY_SCHEME + "://entry/";
    private static final String TAG_PREFIX = MarkdownRenderer.ENTRY_SCHEME + "://tag/";

    private final Navigator navigator;
    private final Consumer<String> clipboard;

    public PreviewBridge(Navigator navigator) {
        this(navigator, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    PreviewBridge(Navigator navigator, Consumer<String> clipboard) {
        this.navigator = navigator;
        this.clipboard = clipboard;
    }

    /** A link was clicked. {@code file:}, {@code javascript:} and any other address are ignored. */
    public void navigate(String href) {
        if (href == null) {
            return;
        }
        if (href.startsWith(ENTRY_PREFIX)) {
            String target = href.substring(ENTRY_PREFIX.length());
            int hash = target.indexOf('#');
            navigator.openEntry(decode(hash < 0 ? target : target.substring(0, hash)),
                    hash < 0 ? "" : decode(target.substring(hash + 1)));
        } else if (org.projectnexus.logic.markdown.AttachmentMarkup.nameOf(href).isPresent()) {
            navigator.openAttachment(org.projectnexus.logic.markdown.AttachmentMarkup.nameOf(href).get());
        } else if (href.startsWith(TAG_PREFIX)) {
            navigator.filterByTag(decode(href.substring(TAG_PREFIX.length())));
        } else if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
            navigator.openInBrowser(href);
        }
    }

    /** A task checkbox was clicked: the {@code index}-th of {@code shown}, in the page's order. */
    public void toggleTask(int index, int shown) {
        navigator.toggleTask(index, shown);
    }

    public void copy(String text) {
        if (text != null) {
            clipboard.accept(text);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
