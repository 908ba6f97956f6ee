package org.projectnexus.logic.markdown;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The one Markdown parser of Nexus: CommonMark with GFM tables, strikethrough, task lists and autolinks
 * ({@link Autolinks}), footnotes, math, plus Nexus's own {@code [[wiki links]]} and {@code #tags}. The preview, the index and the
 * exports all read Markdown through it, so they always agree on what a text contains.
 */
public final class MarkdownParser {

    /** What the renderer needs to write every node the parser makes (task items and footnotes included). */
    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create(),
            HeadingAnchorExtension.create());

    /** The markup of the parse under way on this thread; the parser is built once and shared. */
    private final ThreadLocal<InlineMarkup> markupUnderWay = new ThreadLocal<>();
    /**
     * Task items are marked by {@link InlineMarkup} instead of the extension's own walk over the tree, and
     * InlineMarkup sees each block as soon as commonmark's own inline parser (pinned with commonmark, ADR 3) has
     * parsed it.
     */
    private final Parser parser = build(false);
    /** The same parser for {@link #parseForIndex}: blocks that cannot hold a tag or a link get no inline parse. */
    private final Parser indexParser = build(true);
    private final ObjectMapper yaml = FrontMatter.yamlMapper();

    private Parser build(boolean indexOnly) {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        FootnotesExtension.create(), HeadingAnchorExtension.create()))
                .customInlineContentParserFactory(new MathParser())
                .inlineParserFactory(context -> {
                    InlineParser commonmark = new InlineParserImpl(context);
                    InlineMarkup markup = markupUnderWay.get();
                    return (lines, block) -> {
                        if (!indexOnly || mayHoldTagOrLink(lines)) {
                            commonmark.parse(lines, block);
                            markup.markInlines(block);
                        }
                    };
                })
                .build();
    }

    /**
     * Whether a block's text can give a tag or a wiki link: only text with a {@code #} or a {@code [} can, or with
     * an {@code &} (a character reference such as {@code &num;} may stand for either). Most paragraphs of prose
     * have none, and their inline parse was most of an import's Markdown work.
     */
    private static boolean mayHoldTagOrLink(SourceLines lines) {
        for (SourceLine line : lines.getLines()) {
            CharSequence text = line.getContent();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '#' || c == '[' || c == '&') {
                    return true;
                }
            }
        }
        return false;
    }


    public ParsedMarkdown parse(String markdown) {
        return parse(markdown, parser);
    }

    /**
     * The tags, links, front matter and aliases of the text, as {@link #parse} finds them, with less work: blocks
     * without {@code #}, {@code [} or {@code &} are not parsed for inline markup. Its document and its other
     * findings (raw HTML, footnotes, headings) are incomplete: for indexing only, never to render.
     */
    public ParsedMarkdown parseForIndex(String markdown) {
        return parse(markdown, indexParser);
    }

    private ParsedMarkdown parse(String markdown, Parser blocks) {
        FrontMatter frontMatter = FrontMatter.split(markdown == null ? "" : markdown, yaml);
        InlineMarkup markup = new InlineMarkup();
        markupUnderWay.set(markup);
        org.commonmark.node.Node document;
        try {
            document = blocks.parse(frontMatter.body());
        } finally {
            markupUnderWay.remove();
        }
        markup.markBlocks(document);
        return new ParsedMarkdown(document, frontMatter, markup.tags(), markup.links(), markup.footnotes(),
                markup.rawHtml());
    }

    /** The front matter {@link #parse} would find, read alone (the Markdown after it is not parsed). */
    public FrontMatter frontMatter(String markdown) {
        return FrontMatter.split(markdown == null ? "" : markdown, yaml);
    }
}
