package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.projectnexus.model.Tag;
import org.projectnexus.model.TagRules;
import org.projectnexus.model.WikiLink;

/**
 * Turns {@code [[wiki links]]} and {@code #tags} in a document's text into {@link WikiLinkNode}s and
 * {@link TagNode}s, collects them, marks task-list items, links bare URLs, and notes whether the document holds
 * raw HTML or footnotes. It works block by block, right after the parser has made each block's inline nodes
 * ({@link #markInlines}), while they are still in the processor's cache: on a large note a separate walk over the
 * finished tree cost more than the work done in it (ADR 16). {@link #markBlocks} then only looks at the
 * container blocks for raw HTML blocks and footnote definitions.
 * Working on the tree (not the raw text) is what keeps code spans, code blocks, math, URLs and heading markers
 * out: those never reach a plain {@link Text} node.
 */
final class InlineMarkup extends AbstractVisitor {


    private final Set<Tag> tags = new LinkedHashSet<>();
    private final List<WikiLink> links = new ArrayList<>();
    private static final Pattern TASK = Pattern.compile("^\\[([xX\\s])]\\s+(.*)");

    /** Where the next {@code [[} of the text being split is, so it is looked for once, not at every {@code #}. */
    private int nextBrackets;
    private static final int NONE_LEFT = Integer.MAX_VALUE;

    private boolean rawHtml;
    private boolean footnotes;
    private int linkDepth;

    /**
     * Marks up one block whose inline content the parser has just made (a paragraph, a heading, a table cell).
     * Blocks come in document order, so tags and links are collected in the order they are written.
     */
    void markInlines(Node block) {
        if (block instanceof Paragraph paragraph && paragraph.getParent() instanceof ListItem item
                && item.getFirstChild() == paragraph) {
            markTask(item, paragraph);
        }
        joinLinksSplitByHtml(block);
        block.accept(this);
    }

    /**
     * Commonmark reads {@code <String>} in {@code [[List<String>]]} as inline HTML, which splits the link's text
     * into a text, an HTML and a text node, and the link would never be seen. Where a text holds a {@code [[} that
     * it does not close, and HTML nodes then a text holding {@code ]]} follow on the same line, their literals are
     * joined into one text (the HTML becomes text: inside a link's title it is a title, not markup).
     */
    private static void joinLinksSplitByHtml(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                while (opensLink(text.getLiteral()) && joinFrom(text)) {
                    // the joined text may open another link
                }
            } else if (child.getFirstChild() != null) {
                joinLinksSplitByHtml(child);
            }
        }
    }

    private static boolean opensLink(String literal) {
        int open = literal.lastIndexOf("[[");
        return open >= 0 && literal.indexOf("]]", open) < 0;
    }

    /** @return whether the text was joined with what followed it */
    private static boolean joinFrom(Text start) {
        StringBuilder joined = new StringBuilder(start.getLiteral());
        List<Node> taken = new ArrayList<>();
        for (Node next = start.getNext(); next != null; next = next.getNext()) {
            if (next instanceof HtmlInline html) {
                joined.append(html.getLiteral());
                taken.add(next);
            } else if (next instanceof Text text && taken.size() > 0) {
                joined.append(text.getLiteral());
                taken.add(next);
                if (text.getLiteral().contains("]]")) {
                    start.setLiteral(joined.toString());
                    taken.forEach(Node::unlink);
                    return true;
                }
            } else {
                return false;
            }
        }
        return false;
    }

    /** Notes raw HTML blocks and footnote definitions, which have no inline content; leaf blocks are skipped. */
    void markBlocks(Node container) {
        for (Node block = container.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof HtmlBlock) {
                rawHtml = true;
            } else if (block instanceof FootnoteDefinition) {
                footnotes = true;
                markBlocks(block);
            } else if (block instanceof BlockQuote || block instanceof ListBlock || block instanceof ListItem) {
                markBlocks(block);
            }
        }
    }

    Set<Tag> tags() {
        return tags;
    }

    List<WikiLink> links() {
        return links;
    }

    boolean rawHtml() {
        return rawHtml;
    }

    boolean footnotes() {
        return footnotes;
    }

    /** A list item starting with {@code [ ]} or {@code [x]} is a task (the task-list extension's rule, done here). */
    private static void markTask(ListItem item, Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("[")) {
            Matcher task = TASK.matcher(text.getLiteral());
            if (task.matches()) {
                item.prependChild(new TaskListItemMarker(task.group(1).equalsIgnoreCase("x")));
                text.setLiteral(task.group(2));
            }
        }
    }

    @Override
    public void visit(CustomNode node) {
        footnotes |= node instanceof FootnoteReference;
        visitChildren(node);
    }

    @Override
    public void visit(Text text) {
        if (linkDepth > 0) {
            return; // text inside a Markdown link stays as written: a link inside a link is not a link
        }
        // Changing the tree here is safe: the visitor has taken the next sibling before visiting this node.
        if (Autolinks.mayContainLink(text.getLiteral())) {
            for (Text rest : Autolinks.linkify(text)) {
                split(rest);
            }
        } else {
            split(text);
        }
    }

    @Override
    public void visit(Link link) {
        // Still visited: raw HTML inside link text must be seen, or it would skip the sanitizer.
        linkDepth++;
        visitChildren(link);
        linkDepth--;
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        rawHtml = true;
    }

    /** Jumps from one place that can start markup to the next, and only there tries a pattern. */
    private void split(Text text) {
        String literal = text.getLiteral();
        nextBrackets = -1; // not looked for yet in this text
        int at = nextCandidate(literal, 0);
        if (at < 0) {
            return;
        }
        List<Node> replacement = null;
        int done = 0;
        while (at >= 0) {
            Node found = null;
            int end = at + 1;
            int start = at;
            if (literal.charAt(at) == '[') {
                MarkupSyntax.WikiLinkMatch link = MarkupSyntax.wikiLinkAt(literal, at);
                if (link != null && at > done && literal.charAt(at - 1) == '!'
                        && org.projectnexus.model.AttachmentNames.namesAFile(link.link().target())) {
                    // ![[file.png]]: an attachment's embed, not a link to an entry (issue 24)
                    found = new EmbedNode(link.link().target(), link.link().alias());
                    start = at - 1;
                    end = link.end();
                } else if (link != null) {
                    links.add(link.link());
                    found = new WikiLinkNode(link.link());
                    end = link.end();
                }
            } else if (at == 0 || startsTag(literal.charAt(at - 1))) {
                int tagEnd = MarkupSyntax.tagEnd(literal, at);
                String written = tagEnd < 0 ? null : literal.substring(at + 1, tagEnd);
                if (written != null && !TagRules.isNumber(written)) {
                    Tag parsed = new Tag(written);
                    tags.add(parsed);
                    found = new TagNode(parsed, written);
                    end = tagEnd;
                }
            }
            if (found != null) {
                replacement = replacement == null ? new ArrayList<>() : replacement;
                if (start > done) {
                    replacement.add(new Text(literal.substring(done, start)));
                }
                replacement.add(found);
                done = end;
            }
            at = nextCandidate(literal, end);
        }
        if (replacement == null) {
            return;
        }
        if (done < literal.length()) {
            replacement.add(new Text(literal.substring(done)));
        }
        replacement.forEach(text::insertBefore);
        text.unlink();
    }

    /** The next {@code #} or {@code [[} from {@code from} on; -1 when there is none. */
    private int nextCandidate(String literal, int from) {
        int hash = literal.indexOf('#', from);
        if (nextBrackets != NONE_LEFT && nextBrackets < from) {
            nextBrackets = literal.indexOf("[[", from);
            nextBrackets = nextBrackets < 0 ? NONE_LEFT : nextBrackets;
        }
        int brackets = nextBrackets == NONE_LEFT ? -1 : nextBrackets;
        if (hash < 0) {
            return brackets;
        }
        return brackets < 0 ? hash : Math.min(hash, brackets);
    }

    /** A tag starts after a space or punctuation, not inside a word, a URL ({@code /#a}) or an entity ({@code &#}). */
    private static boolean startsTag(char before) {
        if (before == ' ' || before == '\n' || before == '(' || before == ',') {
            return true;
        }
        return !(Character.isLetterOrDigit(before) || Character.getType(before) == Character.NON_SPACING_MARK
                || before == '_' || before == '/' || before == '&' || before == '#' || before == '-');
    }
}
