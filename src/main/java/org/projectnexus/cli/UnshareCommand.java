package org.projectnexus.cli;

import java.util.Optional;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nexus unshare TITLE}: the entry becomes personal again; the team drops it at the next sync. */
@Command(name = "unshare", mixinStandardHelpOptions = true,
        description = "Make a shared entry personal again (the team drops it at the next sync, unless a teammate"
                + " changed it meanwhile).")
final class UnshareCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", description = "The entry's title.")
    String title;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Optional<String> left = knowledgeBase.teamHub().unshare(title);
        out().println(left.map(team -> "“" + SafeText.forDisplay(title) + "” is personal again; the team “" + team
                + "” drops it at the next sync.").orElse("“" + SafeText.forDisplay(title) + "” was personal already."));
        return 0;
    }
}
