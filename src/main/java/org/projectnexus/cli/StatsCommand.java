package org.projectnexus.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DashboardFigures;
import org.projectnexus.model.DashboardFigures.TagCount;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus stats}: the learning dashboard's figures (issue 26), the same the window draws. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "The learning dashboard's figures: challenges by state over the last 12 weeks, entries written"
                + " per week, what is due for review and the streak, the most used tags, the oldest open challenges.")
final class StatsCommand extends KnowledgeBaseCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record StatsJson(List<String> weeks, Map<String, List<Integer>> challengesByState, List<Integer> entriesWritten,
                     Map<String, Integer> challengesNow, int takeawaysDue, int dueForReview, int reviewStreak,
                     List<TagCount> topTags, List<TagCount> openChallengeTags, List<OpenJson> oldestOpen) {
    }

    record OpenJson(String title, String status, String created) {
    }

    @Override
    int run(KnowledgeBase knowledgeBase) {
        DashboardFigures figures = knowledgeBase.learning().dashboard();
        if (json) {
            Map<String, List<Integer>> byState = new LinkedHashMap<>();
            figures.challengesByState().forEach((status, counts) -> byState.put(status.word(), counts));
            Map<String, Integer> now = new LinkedHashMap<>();
            figures.challengesNow().forEach((status, count) -> now.put(status.word(), count));
            out().println(EntryJson.write(new StatsJson(figures.weeks().stream().map(Object::toString).toList(),
                    byState, figures.entriesWritten(), now, figures.takeawaysDue(), figures.dueForReview(),
                    figures.reviewStreak(), figures.topTags(), figures.openChallengeTags(),
                    figures.oldestOpen().stream().map(open -> new OpenJson(open.challenge().title(),
                            open.challenge().status().word(), open.created().toString())).toList())));
            return 0;
        }
        StringBuilder states = new StringBuilder();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            states.append(states.length() == 0 ? "" : ", ").append(figures.challengesNow().get(status)).append(' ')
                    .append(status.word());
        }
        out().println("Challenges now: " + states);
        out().println("Due for review today: " + figures.dueForReview() + " (takeaways " + figures.takeawaysDue()
                + "); review streak: " + figures.reviewStreak() + " day" + (figures.reviewStreak() == 1 ? "" : "s"));
        out().println();
        out().println("Week of      written  open  solved  verified  regressed");
        for (int i = 0; i < figures.weeks().size(); i++) {
            out().printf("%-10s  %8d  %4d  %6d  %8d  %9d%n", figures.weeks().get(i), figures.entriesWritten().get(i),
                    figures.challengesByState().get(ChallengeStatus.OPEN).get(i),
                    figures.challengesByState().get(ChallengeStatus.SOLVED).get(i),
                    figures.challengesByState().get(ChallengeStatus.VERIFIED).get(i),
                    figures.challengesByState().get(ChallengeStatus.REGRESSED).get(i));
        }
        out().println();
        out().println("Most used tags: " + tags(figures.topTags()));
        out().println("Tags of open challenges: " + tags(figures.openChallengeTags()));
        out().println("Oldest open challenges:");
        figures.oldestOpen().forEach(open -> out().println("  " + open.created().toString().substring(0, 10) + "  "
                + SafeText.forDisplay(open.challenge().title())));
        return 0;
    }

    private static String tags(List<TagCount> counts) {
        return counts.isEmpty() ? "none" : SafeText.forDisplay(String.join(", ", counts.stream()
                .map(count -> "#" + count.tag() + " " + count.count()).toList()), Integer.MAX_VALUE);
    }
}
