package org.projectnexus.cli;

import java.time.ZoneId;
import java.util.List;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.review.SpacedReview;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nexus review}: spaced review (issue 26). Without a title, what is due today; with one, a rating, or marking
 * the entry for review (or taking it out).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "List what is due for review today (takeaways, and entries marked for review), rate a review,"
                + " or mark an entry for review.")
final class ReviewCommand extends KnowledgeBaseCommand {

    @Parameters(paramLabel = "TITLE", arity = "0..1", description = "The entry to rate, mark or show.")
    String title;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--rating", paramLabel = "RATING", converter = ReviewRatingConverter.class,
                completionCandidates = ReviewRatingConverter.Names.class,
                description = "How well you remembered it: ${COMPLETION-CANDIDATES} (any case).")
        ReviewRating rating;

        @Option(names = "--add", description = "Mark the entry for review (due at once if it never was).")
        boolean add;

        @Option(names = "--remove", description = "Take the entry out of review (its schedule is kept).")
        boolean remove;
    }

    @Option(names = "--limit", paramLabel = "N", description = "How many due entries to list (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record DueJson(String title, String kind, String due, boolean neverReviewed) {
    }

    record CardJson(String title, boolean underReview, String due, String lastReview, Double stability,
                    Double difficulty) {
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        SpacedReview review = knowledgeBase.learning().review();
        if (title == null) {
            if (action != null) {
                throw new NexusException("Name the entry: nexus review TITLE --rating, --add or --remove.");
            }
            return listDue(review);
        }
        Entry entry = knowledgeBase.entries().findByTitle(title)
                .orElseThrow(() -> new NexusException("No entry is titled “" + SafeText.forDisplay(title) + "”."));
        String name = "“" + SafeText.forDisplay(entry.title()) + "”";
        if (action != null && action.rating != null) {
            ReviewCard next = review.review(entry, action.rating);
            out().println("Rated " + name + " " + action.rating.word() + "; next review " + day(next) + ".");
        } else if (action != null) {
            boolean changed = review.mark(entry, action.add);
            out().println(name + (action.add ? (changed ? " is now under review." : " was under review already.")
                    : (changed ? " is no longer under review." : " was not under review.")));
        } else {
            show(review, entry, name);
        }
        return 0;
    }

    private int listDue(SpacedReview review) {
        if (limit < 1) {
            throw new NexusException("--limit takes a number of 1 or more, not " + limit + ".");
        }
        List<DueEntry> due = review.dueToday(limit);
        if (json) {
            out().println(EntryJson.write(due.stream().map(entry -> new DueJson(entry.entry().title(),
                    entry.entry().kind().name().toLowerCase(), entry.due().toString(), entry.neverReviewed())).toList()));
            return 0;
        }
        if (due.isEmpty()) {
            out().println("Nothing is due for review today.");
        }
        for (DueEntry entry : due) {
            out().printf("%-10s  %-9s  %s%n", entry.neverReviewed() ? "new" : entry.due().atZone(ZoneId.systemDefault())
                    .toLocalDate(), entry.entry().kind().displayName(), SafeText.forDisplay(entry.entry().title()));
        }
        return 0;
    }

    private void show(SpacedReview review, Entry entry, String name) {
        var card = review.card(entry).filter(ReviewCard::active);
        if (json) {
            out().println(EntryJson.write(new CardJson(entry.title(), card.isPresent(),
                    card.map(c -> c.due().toString()).orElse(null),
                    card.map(ReviewCard::lastReview).map(Object::toString).orElse(null),
                    card.map(ReviewCard::stability).orElse(null), card.map(ReviewCard::difficulty).orElse(null))));
            return;
        }
        out().println(card.map(c -> name + " is due for review " + day(c) + ".")
                .orElse(name + " is not under review (nexus review TITLE --add marks it)."));
    }

    private static String day(ReviewCard card) {
        return "on " + card.due().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
