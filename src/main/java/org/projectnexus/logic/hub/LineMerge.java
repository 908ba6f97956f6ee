package org.projectnexus.logic.hub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A three-way merge of texts line by line (diff3, ADR 41): the lines both sides kept anchor the texts; between two
 * anchors, a part only one side changed takes that side's lines, a part both changed alike takes them once, and a
 * part both changed differently is a conflict, unless both replaced the same number of lines one for one and no
 * line was changed on both sides (edits of neighbouring lines then merge too).
 */
public final class LineMerge {

    /** Beyond this many cells the changed middles are not compared line by line (a conflict unless one side kept it). */
    private static final long MAX_CELLS = 16_000_000L;

    private LineMerge() {
    }

    /** The merged text, or empty when the two sides changed the same lines differently. */
    public static Optional<String> merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        List<String> o = lines(base);
        List<String> a = lines(mine);
        List<String> b = lines(theirs);
        int[] inA = matches(o, a);
        int[] inB = matches(o, b);
        List<String> merged = new ArrayList<>();
        int i = 0;
        int ja = 0;
        int jb = 0;
        while (i < o.size() || ja < a.size() || jb < b.size()) {
            if (i < o.size() && inA[i] == ja && inB[i] == jb) {
                merged.add(o.get(i));
                i++;
                ja++;
                jb++;
                continue;
            }
            int next = i;
            while (next < o.size() && (inA[next] < 0 || inB[next] < 0)) {
                next++;
            }
            int endA = next < o.size() ? inA[next] : a.size();
            int endB = next < o.size() ? inB[next] : b.size();
            if (!mergeChunk(o.subList(i, next), a.subList(ja, endA), b.subList(jb, endB), merged)) {
                return Optional.empty();
            }
            i = next;
            ja = endA;
            jb = endB;
        }
        return Optional.of(String.join("\n", merged));
    }

    private static boolean mergeChunk(List<String> base, List<String> mine, List<String> theirs, List<String> merged) {
        if (mine.equals(base) || mine.equals(theirs)) {
            merged.addAll(theirs);
            return true;
        }
        if (theirs.equals(base)) {
            merged.addAll(mine);
            return true;
        }
        if (base.size() != mine.size() || base.size() != theirs.size()) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < base.size(); k++) {
            String o = base.get(k);
            String a = mine.get(k);
            String b = theirs.get(k);
            if (a.equals(o) || a.equals(b)) {
                lines.add(b);
            } else if (b.equals(o)) {
                lines.add(a);
            } else {
                return false;
            }
        }
        merged.addAll(lines);
        return true;
    }

    /** A text's lines; joined with "\n" they give the text back exactly (a last newline is a last empty line). */
    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    /**
     * For each line of {@code base}, the index of the line of {@code other} it is matched with in a longest common
     * subsequence, or -1. The common beginning and end are matched first, and only the middle is compared.
     */
    static int[] matches(List<String> base, List<String> other) {
        int[] match = new int[base.size()];
        Arrays.fill(match, -1);
        int start = 0;
        while (start < base.size() && start < other.size() && base.get(start).equals(other.get(start))) {
            match[start] = start;
            start++;
        }
        int endO = base.size();
        int endX = other.size();
        while (endO > start && endX > start && base.get(endO - 1).equals(other.get(endX - 1))) {
            endO--;
            endX--;
            match[endO] = endX;
        }
        int n = endO - start;
        int m = endX - start;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return match;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = base.get(start + i).equals(other.get(start + j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (base.get(start + i).equals(other.get(start + j))) {
                match[start + i] = start + j;
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}
