package org.projectnexus.logic.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;

/**
 * Ticks and unticks the task list items ({@code - [ ] task}, {@code - [x] done}) of an entry's Markdown, found by
 * their place among the entry's tasks in the order the preview shows them: the problem's, the solution's, then
 * the body's. Tasks inside fenced code are not tasks. The preview says how many checkboxes it shows; when the
 * source holds another number, nothing is changed rather than the wrong task (issue 25, point 5).
 */
public final class TaskToggles {

    /** A list item's marker (after any quote markers) followed by {@code [ ]} or {@code [x]} and a space. */
    private static final Pattern TASK = Pattern.compile(
            "^((?:[ \\t]*>)*[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+)\\[([ xX])](?=[ \\t]|$)", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^(?:[ \\t]*>)*[ \\t]{0,3}(`{3,}|~{3,})");

    private TaskToggles() {
    }

    /**
     * The entry with its {@code index}-th task (from 0) ticked or unticked; empty when the entry does not hold
     * exactly {@code shown} tasks (the preview and the text disagree) or there is no such task.
     */
    public static Optional<Entry> toggle(Entry entry, int index, int shown) {
        String problem = entry instanceof Challenge challenge ? challenge.problem() : "";
        String solution = entry instanceof Challenge challenge ? challenge.solution() : "";
        int inProblem = count(problem);
        int inSolution = count(solution);
        int total = inProblem + inSolution + count(entry.body());
        if (total != shown || index < 0 || index >= total) {
            return Optional.empty();
        }
        if (entry instanceof Challenge challenge && index < inProblem + inSolution) {
            return Optional.of(index < inProblem
                    ? challenge.withDetails(toggle(problem, index), solution, challenge.status())
                    : challenge.withDetails(problem, toggle(solution, index - inProblem), challenge.status()));
        }
        return Optional.of(entry.withText(entry.title(), toggle(entry.body(), index - inProblem - inSolution)));
    }

    /** How many tasks the Markdown holds. */
    public static int count(String markdown) {
        int[] found = {0};
        visit(markdown, -1, found, null);
        return found[0];
    }

    /** The Markdown with its {@code index}-th task toggled ({@code [ ]} becomes {@code [x]} and back). */
    static String toggle(String markdown, int index) {
        StringBuilder result = new StringBuilder(markdown);
        visit(markdown, index, new int[] {0}, result);
        return result.toString();
    }

    private static void visit(String markdown, int wanted, int[] seen, StringBuilder result) {
        String fence = null;
        Matcher task = TASK.matcher(markdown);
        Matcher opening = FENCE.matcher(markdown);
        for (int start = 0; start < markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            opening.region(start, end);
            if (opening.lookingAt()) {
                String marker = opening.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            } else if (fence == null) {
                task.region(start, end);
                if (task.lookingAt()) {
                    if (seen[0] == wanted && result != null) {
                        int box = task.start(2);
                        result.setCharAt(box, task.group(2).equals(" ") ? 'x' : ' ');
                    }
                    seen[0]++;
                }
            }
            start = end + 1;
        }
    }
}
