package org.projectnexus.cli;

import java.util.List;
import java.util.Optional;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus list}: the entries, most recently updated first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List entries, most recently updated first.")
final class ListCommand extends KnowledgeBaseCommand {

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.",
            converter = EntryKindConverter.class, completionCandidates = EntryKindConverter.Names.class)
    EntryKind kind;

    @Option(names = "--json", description = "Print JSON: every entry with its fields, tags and links.")
    boolean json;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        List<IndexedEntry> entries = knowledgeBase.indexedEntries(Optional.ofNullable(kind));
        if (json) {
            out().println(EntryJson.write(entries.stream().map(entry -> EntryJson.of(entry, false)).toList()));
            return 0;
        }
        for (IndexedEntry indexed : entries) {
            out().printf("%-10s %s%s%n", indexed.entry().kind().displayName(), indexed.entry().title(),
                    indexed.tags().isEmpty() ? "" : "  " + String.join(" ",
                            indexed.tags().stream().map(Object::toString).toList()));
        }
        return 0;
    }
}
