package org.projectnexus.logic.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * The body blocks of one live preview, rendered again after every edit but re-parsing only the pieces of the
 * text ({@link MarkdownPieces}) that changed since the last render: typing changes one piece of a note that has
 * hundreds (ADR 19). The result is always exactly {@link MarkdownRenderer#renderBlocks} of the whole text: a
 * text whose pieces hold footnotes, raw HTML or link reference definitions (which reach across blocks) is
 * rendered whole, and a remembered piece is used again only while its wiki links still resolve as they did.
 * One instance serves one preview; its renders run one at a time.
 */
public final class IncrementalBlocks {

    /** One piece as last rendered, with how each link in it resolved then. */
    private record Piece(List<String> blocks, Map<String, Boolean> linkAnswers, boolean needsWholeText) {

        boolean resolvesAsBefore(LinkTargets targets) {
            for (Map.Entry<String, Boolean> answer : linkAnswers.entrySet()) {
                if (targets.exists(answer.getKey()) != answer.getValue()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final MarkdownParser parser;
    private final MarkdownRenderer renderer;
    /** The pieces of the last render, by their text. */
    private Map<String, Piece> lastPieces = Map.of();

    IncrementalBlocks(MarkdownParser parser, MarkdownRenderer renderer) {
        this.parser = parser;
        this.renderer = renderer;
    }

    public synchronized List<String> render(String markdown, LinkTargets targets) {
        List<String> texts = MarkdownPieces.split(markdown, FrontMatter.bodyStart(markdown));
        Map<String, Piece> pieces = new HashMap<>(texts.size() * 2);
        List<String> blocks = new ArrayList<>(texts.size() + 8);
        for (String text : texts) {
            Piece piece = pieces.get(text);
            if (piece == null) {
                piece = lastPieces.get(text);
                if (piece == null || !piece.resolvesAsBefore(targets)) {
                    piece = renderPiece(text, targets);
                }
                pieces.put(text, piece);
            }
            if (piece.needsWholeText()) {
                lastPieces = pieces;
                return renderer.renderBlocks(parser.parse(markdown), targets);
            }
            blocks.addAll(piece.blocks());
        }
        lastPieces = pieces;
        return blocks;
    }

    private Piece renderPiece(String text, LinkTargets targets) {
        ParsedMarkdown parsed = parser.parse(text);
        if (parsed.containsFootnotes() || parsed.containsRawHtml() || definesReferences(parsed.document())) {
            return new Piece(List.of(), Map.of(), true);
        }
        Map<String, Boolean> answers = new LinkedHashMap<>();
        List<String> blocks = renderer.renderBlocks(parsed, titleKey -> answers.computeIfAbsent(titleKey, targets::exists));
        return new Piece(blocks, answers, false);
    }

    /** Whether a link reference definition ({@code [name]: url}) stands anywhere in the text: it serves every block. */
    private static boolean definesReferences(Node container) {
        for (Node block = container.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof LinkReferenceDefinition) {
                return true;
            }
            if ((block instanceof BlockQuote || block instanceof ListBlock || block instanceof ListItem)
                    && definesReferences(block)) {
                return true;
            }
        }
        return false;
    }
}
