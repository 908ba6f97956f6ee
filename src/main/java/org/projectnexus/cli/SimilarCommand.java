package org.projectnexus.cli;

import java.util.List;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SimilarEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus similar TITLE|-}: "seen this before?" from the command line (issue 26). */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "The past challenges and notes most like an entry's problem, or a problem text on standard"
                + " input (-), best first, with scores.")
final class SimilarCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE|-", description = "An entry's title, or - to read a problem text from standard input.")
    String title;

    @Option(names = "--limit", paramLabel = "N", description = "How many to show (default: ${DEFAULT-VALUE}).")
    int limit = 5;

    @Option(names = "--json", description = "Print JSON: each match with its score, state and solution.")
    boolean json;

    record MatchJson(String title, String kind, float score, String status, String solution) {
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (limit < 1) {
            throw new NexusException("--limit takes a number of 1 or more, not " + limit + ".");
        }
        String text;
        UUID excluded = null;
        if ("-".equals(title)) {
            text = readText();
        } else {
            Entry entry = knowledgeBase.entries().findByTitle(title)
                    .orElseThrow(() -> new NexusException("No entry is titled “" + title + "”."));
            excluded = entry.id();
            text = entry instanceof Challenge challenge ? challenge.title() + "\n" + challenge.problem()
                    : entry.title() + "\n" + entry.body();
        }
        List<SimilarEntry> found = knowledgeBase.finding().similar(text, excluded, limit);
        if (json) {
            out().println(EntryJson.write(found.stream().map(SimilarCommand::json).toList()));
            return 0;
        }
        if (found.isEmpty()) {
            out().println("Nothing similar found.");
        }
        for (SimilarEntry match : found) {
            Entry entry = match.entry();
            out().printf("%6.2f  %-10s %-10s %s%n", match.score(), entry.kind().displayName(),
                    entry instanceof Challenge c ? c.status().word() : "", entry.title());
        }
        return 0;
    }

    private static MatchJson json(SimilarEntry match) {
        Challenge challenge = match.entry() instanceof Challenge c ? c : null;
        return new MatchJson(match.entry().title(), match.entry().kind().name().toLowerCase(), match.score(),
                challenge == null ? null : challenge.status().word(), challenge == null ? null : challenge.solution());
    }

    private String readText() {
        return parent.input().remainingText(BodyLimit.MAX_BYTES).orElseThrow(() -> new NexusException(
                "The text on standard input is larger than " + BodyLimit.megabytes(BodyLimit.MAX_BYTES)
                        + "; give the problem in fewer words."));
    }
}
