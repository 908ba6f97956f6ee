package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nexus edit TITLE < body.md}: replaces an entry's body with standard input; the old one stays a revision. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Replace an entry's Markdown body with standard input (the previous version is kept in its"
                + " history).")
final class EditCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", description = "The entry's title.")
    String title;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Entry entry = knowledgeBase.entries().findByTitle(title).orElseThrow(() -> new NexusException(
                "No entry is titled “" + SafeText.forDisplay(title) + "”."));
        String body = parent.input().remainingText(BodyLimit.MAX_BYTES).orElseThrow(() -> new NexusException(
                "The body on standard input is larger than " + BodyLimit.megabytes(BodyLimit.MAX_BYTES)
                        + "; nothing was changed."));
        Entry saved = knowledgeBase.entries().save(entry.withText(entry.title(), body));
        out().println(saved.version() == entry.version()
                ? "“" + SafeText.forDisplay(saved.title()) + "” already had that body."
                : "“" + SafeText.forDisplay(saved.title()) + "” is now version " + saved.version() + ".");
        return 0;
    }
}
