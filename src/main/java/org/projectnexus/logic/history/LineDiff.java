package org.projectnexus.logic.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line-by-line difference between two texts: lines kept, removed and added, in reading order
 * (a longest-common-subsequence diff after setting aside the common beginning and end).
 */
public final class LineDiff {

    /** Beyond this many cells the middle is shown as all removed, then all added, rather than compared. */
    private static final long MAX_CELLS = 4_000_000L;

    public enum Change { SAME, REMOVED, ADDED }

    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Line> result = new ArrayList<>();
        a.subList(0, start).forEach(line -> result.add(new Line(Change.SAME, line)));
        middle(a.subList(start, endA), b.subList(start, endB), result);
        a.subList(endA, a.size()).forEach(line -> result.add(new Line(Change.SAME, line)));
        return result;
    }

    /** True when the diff shows any change. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.change() != Change.SAME);
    }

    private static void middle(List<String> a, List<String> b, List<Line> result) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(line -> result.add(new Line(Change.REMOVED, line)));
            b.forEach(line -> result.add(new Line(Change.ADDED, line)));
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(new Line(Change.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                result.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                result.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            result.add(new Line(Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            result.add(new Line(Change.ADDED, b.get(j++)));
        }
    }
}
