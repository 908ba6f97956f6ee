package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus share TITLE [--team TEAM]}: moves an entry into a team's space (it goes out at the next sync). */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Share an entry with a team (sent at the next sync). Entries tagged #private are never shared.")
final class ShareCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", description = "The entry's title.")
    String title;

    @Option(names = "--team", paramLabel = "TEAM", description = "Which team, when this knowledge base joined several.")
    String team;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        String shared = knowledgeBase.teamHub().share(title, team);
        out().println("“" + SafeText.forDisplay(title) + "” is shared with the team “" + shared
                + "”; it goes out at the next sync.");
        return 0;
    }
}
