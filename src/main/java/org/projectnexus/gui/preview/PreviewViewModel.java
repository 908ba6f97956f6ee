package org.projectnexus.gui.preview;

import org.projectnexus.gui.dialogs.UserMessages;

import java.util.function.Consumer;

import java.util.UUID;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.markdown.RemoteImageBlocker;
import org.projectnexus.logic.markdown.RemoteImages;
import org.projectnexus.model.Entry;

/**
 * What the preview shows: the HTML of the entry in the editor. Rendering runs in the background and is
 * coalesced: while one render runs, further changes only remember the newest entry, which renders next, so a
 * burst of keystrokes costs one or two renders, never one per key. Each finished render of the open entry is
 * shown, so the preview follows steady typing at the pace of rendering rather than waiting for a pause.
 */
public final class PreviewViewModel {

    /**
     * One rendered state of the preview: the entry as rendered, as HTML blocks (one element each);
     * {@code headingId} names a heading to scroll to. {@code remoteImages}: the page may fetch images from the web
     * (it needs a shell that allows it); {@code remoteImagesBlocked}: some were replaced by placeholders.
     * {@code libraries}: the bundled scripts the blocks need (highlight.js, KaTeX, Mermaid), by name, which the
     * preview runs in its page the first time (ADR 51).
     */
    public record Page(Entry entry, java.util.List<String> blocks, boolean dark, String headingId,
                       java.util.List<String> highlights, boolean remoteImages, boolean remoteImagesBlocked,
                       int localFiles, java.util.Map<String, String> libraries) {

        public Page {
            blocks = java.util.List.copyOf(blocks);
            highlights = java.util.List.copyOf(highlights);
            libraries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(libraries));
        }

        public UUID entryId() {
            return entry.id();
        }

        public String html() {
            return String.join("\n", blocks);
        }
    }

    /** Tells the user (the status bar) what went wrong. */
    private final Consumer<String> tell;
    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    /** Renders this preview's entries, re-parsing only what an edit changed. */
    private final java.util.function.Function<Entry, java.util.List<String>> renderer;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper shell = new javafx.beans.property.ReadOnlyStringWrapper();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObjectProperty<RemoteImages> remoteImages = new SimpleObjectProperty<>(RemoteImages.DEFAULT);
    /** The entries whose remote images the user chose to load ("ask"), for this session. */
    private final Set<UUID> remoteImagesLoaded = new HashSet<>();
    /** The shells made so far, by whether they may fetch remote images; the preview shows one at a time. */
    private final Map<Boolean, String> shells = new HashMap<>();
    private boolean shellAllowsRemoteImages;

    /** How many local files each entry's last render found (written in the background, read on the FX thread). */
    private final Map<UUID, Integer> localFilesOf = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean rendering;
    private boolean shellRequested;
    private Entry waiting;
    private Entry latest;
    private String headingToShow = "";
    private java.util.List<String> highlightsToShow = java.util.List.of();

    public PreviewViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.tell = tell;
        this.background = background;
        this.renderer = knowledgeBase.rendering().livePreview();
        dark.addListener(changed -> show(latest));
        remoteImages.addListener(changed -> show(latest));
    }

    /**
     * Prepares the page the preview loads (several megabytes of bundled scripts, each hashed for the page's
     * Content-Security-Policy), on the background lane; the view asks once the window is on screen.
     */
    public void prepareShell() {
        if (!shellRequested) {
            shellRequested = true;
            useShell(page.get() != null ? page.get().remoteImages() : remoteImages.get() == RemoteImages.ALWAYS);
        }
    }

    /**
     * Shows the shell that may (or may not) fetch remote images, made in the background the first time. The page's
     * Content-Security-Policy cannot change once loaded, so loading a note's remote images loads the other shell.
     */
    private void useShell(boolean allowsRemoteImages) {
        shellAllowsRemoteImages = allowsRemoteImages;
        String ready = shells.get(allowsRemoteImages);
        if (ready != null) {
            shell.set(ready);
            return;
        }
        background.run("prepare preview", () -> knowledgeBase.rendering().previewShell(false, allowsRemoteImages),
                made -> {
                    shells.put(allowsRemoteImages, made);
                    if (shellAllowsRemoteImages == allowsRemoteImages) {
                        shell.set(made);
                        show(latest); // the page that asked for this shell
                    }
                }, failure -> tell.accept("The preview could not be prepared: " + UserMessages.of(failure)));
    }

    /** Whether remote images load always, when asked (the default), or never. */
    public ObjectProperty<RemoteImages> remoteImagesProperty() {
        return remoteImages;
    }

    /** Loads the remote images of the entry shown (the "ask" bar's button), until Nexus closes. */
    public void loadRemoteImages() {
        if (latest != null) {
            remoteImagesLoaded.add(latest.id());
            show(latest);
        }
    }

    /** The page the preview loads once (with the bundled scripts); null until it is ready. */
    public javafx.beans.property.ReadOnlyStringProperty shellProperty() {
        return shell.getReadOnlyProperty();
    }

    /** Shows this entry (null: nothing). */
    public void show(Entry entry) {
        latest = entry;
        if (entry == null) {
            waiting = null;
            page.set(null);
            return;
        }
        if (rendering) {
            waiting = entry;
            return;
        }
        render(entry);
    }

    /** The next time the entry with this heading shows, the preview scrolls to the heading. */
    public void scrollToHeadingOnce(String headingId) {
        headingToShow = headingId;
    }

    /** The next time an entry shows, these words (from a search) are marked in it and the first is scrolled to. */
    public void highlightOnce(java.util.List<String> words) {
        highlightsToShow = java.util.List.copyOf(words);
    }

    private void render(Entry entry) {
        rendering = true;
        boolean darkPage = dark.get();
        background.run("render " + entry.title(), () -> {
            java.util.List<String> blocks = renderer.apply(entry);
            // Files on the disk that the note's images point at: never fetched, offered for attaching (issue 24).
            localFilesOf.put(entry.id(), knowledgeBase.attachments().localFilesIn(entry.body()).size());
            // Read here, off the FX thread: the first time, Mermaid's 3 MB come from the application's jar.
            return new Rendered(blocks, knowledgeBase.rendering().previewLibraries(String.join("\n", blocks)));
        }, rendered -> finished(entry, rendered, darkPage), failure -> finished(entry, null, darkPage));
    }

    /** What a background render made: the entry's blocks and the libraries they need. */
    private record Rendered(java.util.List<String> blocks, java.util.Map<String, String> libraries) {
    }

    /**
     * Shows what was rendered if it is still the entry in the editor, even when newer text waits to render:
     * dropping it would leave the preview unchanged for as long as keys come faster than a render takes (a
     * long note, or the first seconds after start while the JIT is cold), and each key would wait for several
     * renders instead of at most two.
     */
    private void finished(Entry entry, Rendered rendered, boolean darkPage) {
        rendering = false;
        if (rendered != null && latest != null && entry.id().equals(latest.id())) {
            Page next = pageOf(entry, rendered, darkPage);
            if (shellRequested && next.remoteImages() != shellAllowsRemoteImages) {
                useShell(next.remoteImages()); // a shell not made yet shows this entry again once it is
            }
            if (!shellRequested || shells.containsKey(next.remoteImages())) {
                page.set(next);
                headingToShow = "";
                highlightsToShow = java.util.List.of();
            }
        }
        Entry next = waiting;
        waiting = null;
        if (next != null && next == latest) {
            render(next);
        }
    }

    /** The page for these blocks, its remote images replaced by placeholders unless they may load (ADR 34). */
    private Page pageOf(Entry entry, Rendered rendered, boolean darkPage) {
        java.util.List<String> blocks = rendered.blocks();
        boolean allowed = remoteImages.get() == RemoteImages.ALWAYS
                || remoteImages.get() == RemoteImages.ASK && remoteImagesLoaded.contains(entry.id());
        boolean blocked = !allowed && blocks.stream().anyMatch(RemoteImageBlocker::containsRemoteImages);
        java.util.List<String> shown = blocked
                ? blocks.stream().map(RemoteImageBlocker::withoutRemoteImages).toList() : blocks;
        return new Page(entry, shown, darkPage, headingToShow, highlightsToShow, allowed, blocked,
                localFilesOf.getOrDefault(entry.id(), 0), rendered.libraries());
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
