package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.NexusException;
import org.projectnexus.model.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nexus render TITLE}: the preview's HTML of an entry on standard output. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Print the preview HTML of an entry.")
final class RenderCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", description = "The entry's title (case does not matter).")
    String title;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Entry entry = knowledgeBase.findByTitle(title)
                .orElseThrow(() -> new NexusException("No entry is titled “" + title + "”."));
        out().print(knowledgeBase.renderPage(entry, false));
        out().flush();
        return 0;
    }
}
