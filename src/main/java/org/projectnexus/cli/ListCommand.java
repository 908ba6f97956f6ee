package org.projectnexus.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus list}: the entries, most recently updated first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List entries, most recently updated first, with a challenge's state and a takeaway's category.")
final class ListCommand extends KnowledgeBaseCommand {

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.",
            converter = EntryKindConverter.class, completionCandidates = EntryKindConverter.Names.class)
    EntryKind kind;

    @Option(names = "--json", description = "Print JSON: every entry with its fields, tags and links.")
    boolean json;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (json) {
            List<IndexedEntry> entries = knowledgeBase.entries().indexedEntries(Optional.ofNullable(kind));
            out().println(EntryJson.write(entries.stream().map(entry -> EntryJson.of(entry, false)).toList()));
            return 0;
        }
        // Titles and tags only: the entries' texts are not read.
        for (Map.Entry<EntrySummary, List<Tag>> listed : knowledgeBase.entries().taggedSummaries(Optional.ofNullable(kind))) {
            EntrySummary summary = listed.getKey();
            out().printf("%-10s %-13s %s%s%n", summary.kind().displayName(), state(summary),
                    SafeText.forDisplay(summary.title()),
                    listed.getValue().isEmpty() ? "" : "  " + SafeText.forDisplay(String.join(" ",
                            listed.getValue().stream().map(Object::toString).toList()), Integer.MAX_VALUE));
        }
        return 0;
    }

    /** A challenge's state ("open") or a takeaway's category ("best practice"); nothing for a note. */
    private static String state(EntrySummary summary) {
        if (summary.status() != null) {
            return summary.status().word();
        }
        return summary.category() == null ? "" : summary.category().displayName().toLowerCase(Locale.ROOT);
    }
}
