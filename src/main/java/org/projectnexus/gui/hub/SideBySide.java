package org.projectnexus.gui.hub;

import java.util.ArrayList;
import java.util.List;
import org.projectnexus.logic.history.LineDiff;

/**
 * Two versions as rows of a side-by-side comparison: lines both have sit on one row, and each run of differing lines
 * pairs the left version's lines with the right one's, row by row (a blank cell where one side has fewer).
 */
public final class SideBySide {

    /** One row: the left and right cells (null: nothing on that side), and whether the row differs. */
    public record Row(String left, String right, boolean differs) {
    }

    private SideBySide() {
    }

    public static List<Row> of(String left, String right) {
        List<Row> rows = new ArrayList<>();
        List<String> onlyLeft = new ArrayList<>();
        List<String> onlyRight = new ArrayList<>();
        for (LineDiff.Line line : LineDiff.between(left, right)) {
            switch (line.change()) {
                case REMOVED -> onlyLeft.add(line.text());
                case ADDED -> onlyRight.add(line.text());
                case SAME -> {
                    flush(rows, onlyLeft, onlyRight);
                    rows.add(new Row(line.text(), line.text(), false));
                }
            }
        }
        flush(rows, onlyLeft, onlyRight);
        return rows;
    }

    private static void flush(List<Row> rows, List<String> onlyLeft, List<String> onlyRight) {
        for (int i = 0; i < Math.max(onlyLeft.size(), onlyRight.size()); i++) {
            rows.add(new Row(i < onlyLeft.size() ? onlyLeft.get(i) : null,
                    i < onlyRight.size() ? onlyRight.get(i) : null, true));
        }
        onlyLeft.clear();
        onlyRight.clear();
    }
}
