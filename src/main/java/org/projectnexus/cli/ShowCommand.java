package org.projectnexus.cli;

import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.StateChange;
import org.projectnexus.model.Takeaway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus show TITLE}: one entry, all its fields. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry with all its fields.")
final class ShowCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", description = "The entry's title (case does not matter).")
    String title;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Entry entry = knowledgeBase.entries().findByTitle(title)
                .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
        IndexedEntry indexed = knowledgeBase.entries().indexed(entry);
        if (json) {
            EntryJson shown = EntryJson.of(indexed, true);
            if (entry instanceof Challenge) {
                shown = shown.withStates(knowledgeBase.learning().stateHistory(entry.id()));
            }
            shown = shown.withLearning(entry instanceof Takeaway ? titles(knowledgeBase.learning().learnedFrom(entry))
                    : null, entry instanceof Takeaway ? null : titles(knowledgeBase.learning().takeawaysOf(entry)));
            out().println(EntryJson.write(shown));
            return 0;
        }
        out().println("# " + SafeText.forDisplay(entry.title()));
        out().println("kind: " + entry.kind().displayName());
        if (entry instanceof Challenge challenge) {
            out().println("status: " + challenge.status().word());
            for (StateChange change : knowledgeBase.learning().stateHistory(entry.id())) {
                out().println("  " + change.at() + "  " + (change.from() == null ? "created" : change.from().word())
                        + " -> " + change.to().word() + (change.regression() ? "; the solution of version "
                        + change.failedVersion() + " did not hold: " + change.failedSolution().strip() : ""));
            }
        } else if (entry instanceof Takeaway takeaway) {
            out().println("category: " + takeaway.category().displayName());
        }
        out().println("updated: " + entry.meta().updated());
        if (entry instanceof Takeaway) {
            List<String> sources = titles(knowledgeBase.learning().learnedFrom(entry));
            if (!sources.isEmpty()) {
                out().println("learned from: " + SafeText.forDisplay(String.join(", ", sources), Integer.MAX_VALUE));
            }
        } else {
            List<String> takeaways = titles(knowledgeBase.learning().takeawaysOf(entry));
            if (!takeaways.isEmpty()) {
                out().println("takeaways: " + SafeText.forDisplay(String.join(", ", takeaways), Integer.MAX_VALUE));
            }
        }
        if (!indexed.tags().isEmpty()) {
            out().println("tags: " + SafeText.forDisplay(String.join(" ", indexed.tags().stream().map(Object::toString).toList()), Integer.MAX_VALUE));
        }
        if (entry instanceof Challenge challenge) {
            out().println("\n## Problem\n\n" + SafeText.forTerminal(challenge.problem().strip()));
            out().println("\n## Solution\n\n" + SafeText.forTerminal(challenge.solution().strip()));
        }
        out().println();
        // The human view escapes what would command the terminal; --json gives the text exactly.
        out().println(SafeText.forTerminal(entry.body().strip()));
        return 0;
    }

    private static List<String> titles(List<EntrySummary> summaries) {
        return summaries.stream().map(EntrySummary::title).toList();
    }
}
