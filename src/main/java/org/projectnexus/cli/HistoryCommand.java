package org.projectnexus.cli;

import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.history.EntryText;
import org.projectnexus.logic.history.LineDiff;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus history TITLE}: an entry's earlier versions; {@code --diff N} compares one, {@code --restore N} brings it back. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List an entry's earlier versions, show one against the current text, or restore one.")
final class HistoryCommand extends KnowledgeBaseCommand {

    @Parameters(arity = "0..1", paramLabel = "TITLE", description = "The entry's title (case does not matter).")
    String title;

    @Option(names = "--keep-latest", paramLabel = "N", description = "Thinning: always keep an entry's newest N versions.")
    Integer keepLatest;

    @Option(names = "--keep-all-days", paramLabel = "DAYS", description = "Thinning: keep every version this many days.")
    Integer keepAllDays;

    @Option(names = "--daily-days", paramLabel = "DAYS",
            description = "Thinning: keep one version a day until this age (one a week after).")
    Integer dailyDays;

    @Option(names = "--diff", paramLabel = "VERSION", description = "Show what changed from this version to now.")
    Long diff;

    @Option(names = "--restore", paramLabel = "VERSION",
            description = "Bring this version back (as a new version; nothing is lost).")
    Long restore;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        if (keepLatest != null || keepAllDays != null || dailyDays != null) {
            RevisionThinning now = knowledgeBase.safety().revisionThinning();
            RevisionThinning changed;
            try {
                changed = new RevisionThinning(
                        keepAllDays == null ? now.keepAllFor() : java.time.Duration.ofDays(keepAllDays),
                        dailyDays == null ? now.dailyFor() : java.time.Duration.ofDays(dailyDays),
                        keepLatest == null ? now.keepLatest() : keepLatest);
            } catch (IllegalArgumentException impossible) {
                throw new NexusException("That thinning cannot work: " + impossible.getMessage() + ".");
            }
            knowledgeBase.safety().setRevisionThinning(changed);
            out().println("Revisions: every version for " + changed.keepAllFor().toDays() + " days, one a day until "
                    + changed.dailyFor().toDays() + " days, one a week after; the newest " + changed.keepLatest()
                    + " always.");
            if (title == null) {
                return 0;
            }
        }
        if (title == null) {
            throw new NexusException("Which entry? Give its title: nexus history TITLE");
        }
        Entry current = knowledgeBase.entries().findByTitle(title)
                .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
        List<Revision> history = knowledgeBase.safety().history(current.id());
        if (diff != null || restore != null) {
            long wanted = diff != null ? diff : restore;
            Revision revision = history.stream().filter(r -> r.version() == wanted).findFirst()
                    .orElseThrow(() -> new NexusException("“" + SafeText.forDisplay(current.title()) + "” has no kept version "
                            + wanted + "; “nexus history " + SafeText.forDisplay(current.title())
                            + "” lists those there are."));
            if (restore != null) {
                Entry restored = knowledgeBase.safety().restoreRevision(current, revision);
                out().println("Restored version " + wanted + " of “" + SafeText.forDisplay(restored.title()) + "” as version "
                        + restored.version() + ".");
                return 0;
            }
            for (LineDiff.Line line : EntryText.diff(revision.entry(), current)) {
                out().println(switch (line.change()) {
                    case SAME -> "  " + SafeText.forTerminal(line.text());
                    case REMOVED -> "- " + SafeText.forTerminal(line.text());
                    case ADDED -> "+ " + SafeText.forTerminal(line.text());
                });
            }
            return 0;
        }
        out().printf("%6d  %s  (current)%n", current.version(), current.meta().updated());
        for (Revision revision : history) {
            out().printf("%6d  %s  %s%n", revision.version(), revision.savedAt(),
                    SafeText.forDisplay(revision.entry().title()));
        }
        return 0;
    }
}
