package org.projectnexus.logic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.projectnexus.logic.markdown.AttachmentMarkup;
import org.projectnexus.logic.markdown.EmbeddedFiles;
import org.projectnexus.logic.markdown.EntryPageRenderer;
import org.projectnexus.logic.markdown.LinkTargets;
import org.projectnexus.logic.markdown.RemoteImages;
import org.projectnexus.model.Entry;

/**
 * A knowledge base's entries as HTML: the live preview's blocks and page, and the pages of {@code nexus render}.
 * Links resolve against the knowledge base at the time of rendering. Methods read the database: call them off the
 * FX thread.
 */
public final class Rendering {

    private final EntryPageRenderer pages;
    /** Whether a title key names an entry (by title or alias), asked of the database. */
    private final Predicate<String> resolves;
    /** The attachments pages show: images inlined as {@code data:} URIs (ADR 40). */
    private final EmbeddedFiles files;

    Rendering(EntryPageRenderer pages, Predicate<String> resolves, EmbeddedFiles files) {
        this.pages = pages;
        this.resolves = resolves;
        this.files = files;
    }

    /**
     * Answers whether a link target exists (by title or alias), from the database at the time of asking. Each
     * answer is remembered by the returned object, which serves one render: a note links to the same few titles
     * again and again, and a query per link was a large part of a render (measured: ADR 15).
     */
    public LinkTargets linkTargets() {
        Map<String, Boolean> answers = new HashMap<>();
        return titleKey -> answers.computeIfAbsent(titleKey, resolves::test);
    }

    /**
     * The entry as a complete HTML page, its scripts admitted by hash (what {@code nexus render TITLE} prints). A page
     * has no one to ask, so {@link RemoteImages#ASK} blocks remote images as {@link RemoteImages#NEVER} does.
     */
    public String page(Entry entry, boolean dark, RemoteImages remoteImages) {
        return AttachmentMarkup.inline(pages.renderPage(entry, linkTargets(), dark, remoteImages == RemoteImages.ALWAYS),
                files);
    }

    /**
     * Renders entries as the live preview's blocks, again and again: the returned renderer remembers its last
     * render and re-parses only the pieces of the body an edit changed. One per preview; call it off the FX thread.
     */
    public java.util.function.Function<Entry, List<String>> livePreview() {
        org.projectnexus.logic.markdown.IncrementalBlocks body = pages.incrementalBlocks();
        // The blocks with images, as inlined at the last render: typing elsewhere in a note with twenty images then
        // neither reads nor copies them again, and the preview sees the same strings (ADR 40). A block with a
        // missing attachment is inlined anew each time, so that it shows once the file is attached.
        Map<String, String> inlinedBefore = new HashMap<>();
        return entry -> {
            Map<String, String> inlined = new HashMap<>();
            List<String> blocks = pages.renderBlocks(entry, linkTargets(), body).stream().map(block -> {
                if (!AttachmentMarkup.hasPlaceholders(block)) {
                    return block;
                }
                String done = inlinedBefore.get(block);
                if (done == null) {
                    done = AttachmentMarkup.inline(block, files);
                }
                if (!done.contains("class=\"attachment-missing\"")) {
                    inlined.put(block, done);
                }
                return done;
            }).toList();
            inlinedBefore.clear(); // renders of one preview run one after the other
            inlinedBefore.putAll(inlined);
            return blocks;
        };
    }

    /** The entry as the preview shows it inside its page: an HTML fragment, safe to insert. */
    public String fragment(Entry entry) {
        return AttachmentMarkup.inline(pages.renderFragment(entry, linkTargets()), files);
    }

    /**
     * The page the live preview loads once, into which entries are swapped; only with {@code remoteImages} may it
     * fetch images from the web. It runs no library: see {@link #previewLibraries}.
     */
    public String previewShell(boolean dark, boolean remoteImages) {
        return pages.previewShell(dark, remoteImages);
    }

    /**
     * The bundled libraries (highlight.js, KaTeX, Mermaid) that the preview's HTML needs, by name, each with its
     * script: the preview runs each in its page the first time a shown entry needs it (ADR 51).
     */
    public java.util.Map<String, String> previewLibraries(String html) {
        return pages.libraryScripts(html);
    }

    /** Markdown that belongs to no entry (a README), as an HTML fragment; links resolve against this knowledge base. */
    public String markdownFragment(String markdown) {
        return pages.renderMarkdownFragment(markdown, linkTargets());
    }

    /** Markdown that belongs to no entry, as a complete page; links resolve against this knowledge base. */
    public String markdownPage(String markdown, boolean dark, RemoteImages remoteImages) {
        return AttachmentMarkup.inline(pages.renderMarkdownPage(markdown, linkTargets(), dark,
                remoteImages == RemoteImages.ALWAYS), files);
    }
}
