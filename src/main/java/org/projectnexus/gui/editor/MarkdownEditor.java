package org.projectnexus.gui.editor;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.StringProperty;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.markdown.MarkdownHighlighter;

/**
 * The Markdown editor of an entry's body, and of a challenge's problem and solution: a RichTextFX code area with
 * wrapped lines and syntax colours. The colours are computed in the background once typing pauses, and only
 * applied if the text has not changed since, so a 1 MB note types as fast as a short one. Pasting a web address
 * over selected text makes it a link, {@code [text](address)}, as in Obsidian.
 */
public final class MarkdownEditor extends VirtualizedScrollPane<CodeArea> {

    // Colours are redone when typing pauses; redoing them for every key would cost a long note its fluency.
    private static final java.time.Duration HIGHLIGHT_PAUSE = java.time.Duration.ofMillis(300);

    private final CodeArea area;
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();
    private final BackgroundExecutor background;
    private boolean updatingFromModel;
    private boolean updatingFromArea;
    private boolean highlighting;
    private boolean highlightAgain;

    public MarkdownEditor(StringProperty text, BackgroundExecutor background) {
        this(text, background, "bodyField");
    }

    /** An editor whose area has the node id {@code id}. */
    public MarkdownEditor(StringProperty text, BackgroundExecutor background, String id) {
        super(new LinkPastingArea());
        this.area = getContent();
        this.background = background;
        area.setWrapText(true);
        area.getStyleClass().add("markdown-editor");
        area.setId(id);
        area.replaceText(text.get() == null ? "" : text.get());
        area.getUndoManager().forgetHistory(); // the text it starts with is not an edit to undo
        // Each change is applied to the model's text, rather than asking the area for its whole text: the area
        // builds that by joining every paragraph, which on a long note held up the FX thread at every key
        // (measured: docs/performance/log/keystroke-to-preview.md).
        area.multiPlainChanges().subscribe(changes -> {
            if (!updatingFromModel) {
                updatingFromArea = true;
                try {
                    text.set(changes.size() == 1 ? applied(text.get(), changes.get(0)) : area.getText());
                } finally {
                    updatingFromArea = false;
                }
            }
        });
        text.addListener((property, old, now) -> {
            if (updatingFromArea) {
                return;
            }
            String wanted = now == null ? "" : now;
            String shown = area.getText();
            if (wanted.length() == shown.length() && !wanted.equals(shown) && replacedInPlace(shown, wanted)) {
                return; // a small change made elsewhere (a task ticked in the preview): the caret stays
            }
            if (!wanted.equals(shown)) {
                updatingFromModel = true;
                try {
                    area.replaceText(wanted);
                    area.moveTo(0);
                    area.scrollYToPixel(0);
                    area.getUndoManager().forgetHistory();
                } finally {
                    updatingFromModel = false;
                }
            }
        });
        area.multiPlainChanges().successionEnds(HIGHLIGHT_PAUSE).subscribe(changes -> highlight());
        highlight();
    }

    public CodeArea area() {
        return area;
    }

    /** Replaces only the characters that differ, when they are a few close together; false otherwise. */
    private boolean replacedInPlace(String shown, String wanted) {
        int start = 0;
        while (shown.charAt(start) == wanted.charAt(start)) {
            start++;
        }
        int end = shown.length();
        while (shown.charAt(end - 1) == wanted.charAt(end - 1)) {
            end--;
        }
        if (end - start > 16) {
            return false;
        }
        updatingFromModel = true;
        try {
            int caret = area.getCaretPosition();
            area.replaceText(start, end, wanted.substring(start, end));
            area.moveTo(Math.min(caret, area.getLength()));
        } finally {
            updatingFromModel = false;
        }
        return true;
    }

    /** Shows {@code hint} in the empty area, as a text field's prompt does. */
    public void setPlaceholder(String hint) {
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label(hint);
        placeholder.getStyleClass().add("editor-placeholder");
        placeholder.setMouseTransparent(true);
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
    }

    /** A code area whose paste of a web address over a selection makes a Markdown link of the selection. */
    private static final class LinkPastingArea extends CodeArea {
        @Override
        public void paste() {
            String pasted = javafx.scene.input.Clipboard.getSystemClipboard().getString();
            String selected = getSelectedText();
            if (pasted != null && !selected.isEmpty() && !selected.contains("\n") && isWebAddress(pasted.strip())) {
                replaceSelection("[" + selected + "](" + pasted.strip() + ")");
            } else {
                super.paste();
            }
        }

        static boolean isWebAddress(String text) {
            return text.matches("(?i)https?://[^\\s()<>]+");
        }
    }

    /**
     * The model's text with the area's one change made to it; the area's own text if they disagree in length.
     * (A change of several parts, which nothing in Nexus makes, takes the area's text too.)
     */
    private String applied(String modelText, PlainTextChange change) {
        String before = modelText == null ? "" : modelText;
        int start = change.getPosition();
        int end = change.getRemovalEnd();
        String inserted = change.getInserted();
        int length = before.length() - (end - start) + inserted.length();
        if (end > before.length() || length != area.getLength()) {
            return area.getText(); // never expected; the area is the truth
        }
        return new StringBuilder(length).append(before, 0, start).append(inserted).append(before, end, before.length())
                .toString();
    }

    /** One highlighting at a time; changes made meanwhile are highlighted once it is done. */
    private void highlight() {
        if (highlighting) {
            highlightAgain = true;
            return;
        }
        highlighting = true;
        String snapshot = area.getText();
        background.run("highlight Markdown", () -> styles(highlighter.highlight(snapshot), snapshot.length()),
                spans -> {
                    if (snapshot.equals(area.getText())) {
                        area.setStyleSpans(0, spans);
                    }
                    highlighted();
                }, failure -> highlighted());
    }

    private void highlighted() {
        highlighting = false;
        if (highlightAgain) {
            highlightAgain = false;
            highlight();
        }
    }

    private static StyleSpans<Collection<String>> styles(List<MarkdownHighlighter.Span> spans, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (MarkdownHighlighter.Span span : spans) {
            builder.add(Collections.emptyList(), span.start() - at);
            builder.add(List.of("md-" + span.style()), span.end() - span.start());
            at = span.end();
        }
        builder.add(Collections.emptyList(), Math.max(0, length - at));
        return builder.create();
    }
}
