package org.projectnexus.gui.dashboard;

import java.util.List;
import java.util.Objects;
import javafx.scene.chart.XYChart;

/**
 * Puts new figures into a chart. When only the values changed (the same series, the same categories in the same
 * order) they are changed in place: the bars already there keep their styles and are only laid out again, which
 * keeps refreshing a prepared dashboard cheap. Otherwise the series are replaced.
 */
final class ChartData {

    private ChartData() {
    }

    static <X, Y> void update(XYChart<X, Y> chart, List<XYChart.Series<X, Y>> fresh) {
        if (!sameShape(chart.getData(), fresh)) {
            chart.getData().setAll(fresh);
            return;
        }
        for (int s = 0; s < fresh.size(); s++) {
            List<XYChart.Data<X, Y>> shown = chart.getData().get(s).getData();
            List<XYChart.Data<X, Y>> values = fresh.get(s).getData();
            for (int i = 0; i < values.size(); i++) {
                shown.get(i).setXValue(values.get(i).getXValue());
                shown.get(i).setYValue(values.get(i).getYValue());
            }
        }
    }

    private static <X, Y> boolean sameShape(List<XYChart.Series<X, Y>> shown, List<XYChart.Series<X, Y>> fresh) {
        if (shown.size() != fresh.size()) {
            return false;
        }
        for (int s = 0; s < fresh.size(); s++) {
            List<XYChart.Data<X, Y>> before = shown.get(s).getData();
            List<XYChart.Data<X, Y>> after = fresh.get(s).getData();
            if (!Objects.equals(shown.get(s).getName(), fresh.get(s).getName()) || before.size() != after.size()) {
                return false;
            }
            for (int i = 0; i < after.size(); i++) {
                if (!sameCategory(before.get(i).getXValue(), after.get(i).getXValue())
                        || !sameCategory(before.get(i).getYValue(), after.get(i).getYValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Numbers are values (they may change in place); anything else names a category, which must stay. */
    private static boolean sameCategory(Object before, Object after) {
        return before instanceof Number && after instanceof Number || Objects.equals(before, after);
    }
}
