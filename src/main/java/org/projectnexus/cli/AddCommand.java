package org.projectnexus.cli;

import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.BodyLimit;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Tag;
import org.projectnexus.model.TagRules;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus add}: a new entry, its body read from standard input. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an entry; its Markdown body is read from standard input.")
final class AddCommand extends KnowledgeBaseCommand {

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = EntryKindConverter.class,
            completionCandidates = EntryKindConverter.Names.class, description = "note, challenge or takeaway.")
    EntryKind kind;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The title (unique).")
    String title;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag to add (repeatable), e.g. caching/redis:"
            + " letters, digits, _ and -, with / between levels.")
    List<String> tags = List.of();

    @Option(names = "--problem", paramLabel = "TEXT", description = "A challenge's problem (Markdown).")
    String problem = "";

    @Option(names = "--solution", paramLabel = "TEXT", description = "A challenge's solution (Markdown).")
    String solution = "";

    @Option(names = "--status", paramLabel = "STATUS", converter = ChallengeStatusConverter.class,
            completionCandidates = ChallengeStatusConverter.Names.class,
            description = "A challenge's state: ${COMPLETION-CANDIDATES} (any case).")
    ChallengeStatus status = ChallengeStatus.OPEN;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "A takeaway's category: ${COMPLETION-CANDIDATES}.")
    TakeawayCategory category = TakeawayCategory.INSIGHT;

    @Option(names = "--from", paramLabel = "TITLE", description = "A takeaway's source: the title of the challenge or"
            + " note it was learned from (repeatable); written as learned_from in its front matter.")
    List<String> from = List.of();

    @Override
    int run(KnowledgeBase knowledgeBase) {
        List<Tag> checkedTags = tags.stream().map(TagRules::check).toList();
        String body = withTags(readBody(), checkedTags);
        Entry draft = knowledgeBase.entries().draft(kind, title).withText(title, body);
        if (draft instanceof Challenge challenge) {
            draft = challenge.withDetails(problem, solution, status);
        } else if (draft instanceof Takeaway takeaway) {
            draft = takeaway.withCategory(category);
        }
        if (!from.isEmpty() && !(draft instanceof Takeaway)) {
            throw new NexusException("--from names what a takeaway was learned from; add it with --kind takeaway.");
        }
        Entry stored = from.isEmpty() ? knowledgeBase.entries().add(draft)
                : knowledgeBase.learning().addTakeaway(draft, from);
        out().println("Added " + stored.kind().displayName().toLowerCase() + " “" + SafeText.forDisplay(stored.title()) + "”.");
        return 0;
    }

    /**
     * The rest of standard input (after the password, if one was read from it), read no further than one byte past
     * the limit: a larger body is refused, not held in memory; refused too if it is not UTF-8.
     */
    private String readBody() {
        return parent.input().remainingText(BodyLimit.MAX_BYTES).orElseThrow(() -> new NexusException(
                "The body on standard input is larger than " + BodyLimit.megabytes(BodyLimit.MAX_BYTES)
                        + ", the most an entry can hold. Nothing was added; split the text into several entries."));
    }

    /** Tags live in the body (the body is the source of truth), so --tag appends them as a last line. */
    private static String withTags(String body, List<Tag> tags) {
        if (tags.isEmpty()) {
            return body;
        }
        String line = String.join(" ", tags.stream().map(Tag::toString).toList());
        return body.isBlank() ? line + "\n" : body.stripTrailing() + "\n\n" + line + "\n";
    }
}
