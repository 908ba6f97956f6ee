package org.projectnexus.gui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.projectnexus.gui.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;

/**
 * The preview's HTML for the entry in the editor. Rendering runs in the background and is coalesced:
 * while one render runs, further changes only remember the newest entry, which renders next, so a burst
 * of keystrokes costs one or two renders, never one per key.
 */
public final class PreviewViewModel {

    private static final String EMPTY_PAGE = "<!DOCTYPE html><html><body></body></html>";

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(EMPTY_PAGE);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    private boolean rendering;
    private Entry waiting;
    private Entry latest;

    public PreviewViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        dark.addListener(changed -> show(latest));
    }

    /** Shows this entry (null: nothing). */
    public void show(Entry entry) {
        latest = entry;
        if (entry == null) {
            waiting = null;
            html.set(EMPTY_PAGE);
            return;
        }
        if (rendering) {
            waiting = entry;
            return;
        }
        render(entry);
    }

    private void render(Entry entry) {
        rendering = true;
        boolean darkPage = dark.get();
        background.run("render " + entry.title(), () -> knowledgeBase.renderPage(entry, darkPage),
                page -> finished(entry, page), failure -> finished(entry, null));
    }

    private void finished(Entry entry, String page) {
        rendering = false;
        if (page != null && entry == latest) {
            html.set(page);
        }
        Entry next = waiting;
        waiting = null;
        if (next != null && next == latest) {
            render(next);
        } else if (page == null && entry == latest) {
            html.set(EMPTY_PAGE);
        }
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
