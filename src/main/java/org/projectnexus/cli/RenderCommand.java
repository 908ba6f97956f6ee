package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus render TITLE|-}: the preview of an entry, or of Markdown from standard input, as one HTML page. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Print the preview of an entry as a self-contained HTML page.",
                "With - instead of a title, render Markdown read from standard input; its [[links]] resolve"
                        + " against the knowledge base."})
final class RenderCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE|-", description = "The entry's title (case does not matter), or - for stdin.")
    String title;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (title.equals("-")) {
            out().print(knowledgeBase.rendering().markdownPage(readInput(), dark));
        } else {
            Entry entry = knowledgeBase.entries().findByTitle(title)
                    .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
            out().print(knowledgeBase.rendering().page(entry, dark));
        }
        out().flush();
        return 0;
    }

    private String readInput() {
        return parent.input().remainingText();
    }
}
