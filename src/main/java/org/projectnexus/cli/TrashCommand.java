package org.projectnexus.cli;

import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.TrashedEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus trash list|restore TITLE|empty}: deleted entries, until the trash is emptied. */
@Command(name = "trash", mixinStandardHelpOptions = true,
        description = "Deleted entries: list them, restore one (with its links and history), or empty the trash.")
final class TrashCommand extends KnowledgeBaseCommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, restore or empty.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TITLE", description = "For restore: the deleted entry's title.")
    String title;

    @Option(names = "--yes", description = "For empty: do not ask first.")
    boolean yes;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        List<TrashedEntry> trash = knowledgeBase.safety().trash();
        switch (action) {
            case "list" -> {
                if (trash.isEmpty()) {
                    out().println("The trash is empty.");
                }
                trash.forEach(entry -> out().printf("%-10s %s  (deleted %s)%n",
                        entry.kind().displayName(), SafeText.forDisplay(entry.title()), entry.deletedAt()));
            }
            case "restore" -> {
                if (title == null) {
                    throw new NexusException("Which entry? Give its title: nexus trash restore TITLE");
                }
                TrashedEntry trashed = trash.stream().filter(entry -> entry.title().equalsIgnoreCase(title))
                        .findFirst().orElseThrow(() -> new NexusException("No entry titled “" + SafeText.forDisplay(title)
                                + "” is in the trash; “nexus trash list” shows what is."));
                Entry restored = knowledgeBase.safety().restoreFromTrash(trashed.id());
                out().println("Restored “" + SafeText.forDisplay(restored.title()) + "”.");
            }
            case "empty" -> {
                if (trash.isEmpty()) {
                    out().println("The trash is empty.");
                } else if (yes || parent.input().confirm("Delete the " + trash.size()
                        + " entries in the trash for good? This cannot be undone.", err())) {
                    out().println("Deleted " + knowledgeBase.safety().emptyTrash() + " entries for good.");
                } else {
                    out().println("Nothing was deleted.");
                }
            }
            default -> throw new NexusException("Unknown trash action “" + SafeText.forDisplay(action) + "”: use list, restore or empty.");
        }
        return 0;
    }
}
