package org.projectnexus.logic.markdown;

import java.util.Set;

/** Everything the pipeline makes of one text, written out so two versions of it can be compared byte by byte. */
final class PipelineSnapshot {

    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new HtmlSanitizer());
    /** Some titles resolve and some do not, so both kinds of wiki link are written. */
    private static final Set<String> TITLES = Set.of("redis", "rest apis", "inside", "other name");

    private PipelineSnapshot() {
    }

    static String of(String markdown) {
        ParsedMarkdown parsed = PARSER.parse(markdown);
        StringBuilder snapshot = new StringBuilder();
        snapshot.append("=== markdown\n").append(markdown).append("\n=== tags\n").append(parsed.tags())
                .append("\n=== links\n").append(parsed.links()).append("\n=== heading ids\n").append(parsed.headingIds())
                .append("\n=== html\n").append(RENDERER.render(parsed, TITLES::contains)).append("\n=== blocks\n");
        for (String block : RENDERER.renderBlocks(PARSER.parse(markdown), TITLES::contains)) {
            snapshot.append(block).append("\n---\n");
        }
        return snapshot.append("=== end\n").toString();
    }
}
