package org.projectnexus.cli;

import java.nio.file.Path;
import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nexus attach TITLE FILE…}: keeps files in the knowledge base and embeds them at the end of the entry. */
@Command(name = "attach", mixinStandardHelpOptions = true,
        description = {"Attach files to an entry: each is kept in the knowledge base (the same bytes once) and its"
                + " embed, ![[name]], is added at the end of the entry's text. Prints each embed added.",
                "A file larger than the limit per file (nexus attachments --limit) is refused."})
final class AttachCommand extends KnowledgeBaseCommand {

    @Parameters(index = "0", paramLabel = "TITLE", description = "The entry's title (case does not matter).")
    String title;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to attach.")
    List<Path> files;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Entry entry = knowledgeBase.entries().findByTitle(title)
                .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
        for (String embed : knowledgeBase.attachments().attachAtEnd(entry.id(), files)) {
            out().println(SafeText.forTerminal(embed));
        }
        out().flush();
        return 0;
    }
}
