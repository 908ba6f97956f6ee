package org.projectnexus.logic.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code $tex$} and {@code $$tex$$} before emphasis and links do, so that TeX's underscores and
 * brackets stay TeX. Follows Pandoc's rule for single dollars, so prices ("$5 and $10") stay text: the opening
 * {@code $} is not followed by a space, the closing one not preceded by a space nor followed by a digit.
 */
final class MathParser implements InlineContentParserFactory {

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
        return MathParser::tryParse;
    }

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int dollars = scanner.matchMultiple('$');
        if (dollars == 2) {
            return display(scanner, start);
        }
        if (dollars != 1 || Character.isWhitespace(scanner.peek()) || scanner.peek() == Scanner.END) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        while (scanner.find('$') >= 0) {
            Position contentEnd = scanner.position();
            String tex = scanner.getSource(contentStart, contentEnd).getContent();
            scanner.next();
            if (!tex.isEmpty() && !Character.isWhitespace(tex.charAt(tex.length() - 1))
                    && !tex.endsWith("\\") && !Character.isDigit(scanner.peek()) && scanner.peek() != '$') {
                return ParsedInline.of(new MathNode(tex, false), scanner.position());
            }
        }
        return ParsedInline.none();
    }

    private static ParsedInline display(Scanner scanner, Position start) {
        Position contentStart = scanner.position();
        while (scanner.find('$') >= 0) {
            Position contentEnd = scanner.position();
            if (scanner.matchMultiple('$') >= 2) {
                String tex = scanner.getSource(contentStart, contentEnd).getContent().strip();
                if (!tex.isEmpty()) {
                    return ParsedInline.of(new MathNode(tex, true), scanner.position());
                }
                return ParsedInline.none();
            }
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }
}
