package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * Finds {@code [[wiki links]]} and {@code #tags} in the text of a parsed document and turns them into
 * {@link WikiLinkNode}s and {@link TagNode}s. Working on the tree (not the raw text) is what keeps code spans,
 * code blocks, URLs and heading markers out: those never reach a plain {@link Text} node.
 */
final class InlineMarkupProcessor implements PostProcessor {

    private static final String TAG_CHAR = "[\\p{L}\\p{M}\\p{N}_\\-]";
    private static final Pattern MARKUP = Pattern.compile(
            "\\[\\[([^\\[\\]|#\\n]+)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]]"
                    + "|(?<![\\p{L}\\p{M}\\p{N}_/&#\\-])#(" + TAG_CHAR + "+(?:/" + TAG_CHAR + "+)*)");

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // Text inside a Markdown link stays as written: a link inside a link is not a link.
            }
        });
        texts.forEach(InlineMarkupProcessor::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = MARKUP.matcher(literal);
        int done = 0;
        List<Node> replacement = new ArrayList<>();
        while (matcher.find()) {
            Node found = markupNode(matcher);
            if (found == null) {
                continue;
            }
            if (matcher.start() > done) {
                replacement.add(new Text(literal.substring(done, matcher.start())));
            }
            replacement.add(found);
            done = matcher.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        if (done < literal.length()) {
            replacement.add(new Text(literal.substring(done)));
        }
        replacement.forEach(text::insertBefore);
        text.unlink();
    }

    private static Node markupNode(Matcher matcher) {
        if (matcher.group(1) != null) {
            String target = matcher.group(1).strip();
            return target.isEmpty() ? null : new WikiLinkNode(new WikiLink(target, matcher.group(2), matcher.group(3)));
        }
        String written = matcher.group(4);
        boolean onlyDigits = written.chars().allMatch(c -> Character.isDigit(c) || c == '/' || c == '-' || c == '_');
        return onlyDigits ? null : new TagNode(new Tag(written), written);
    }
}
