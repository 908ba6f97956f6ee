package org.projectnexus.logic.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.history.LineDiff.Change;
import org.projectnexus.logic.history.LineDiff.Line;

class LineDiffTest {

    @Test
    void showsRemovedAndAddedLinesBetweenKeptOnes() {
        List<Line> diff = LineDiff.between("one\ntwo\nthree\nfour", "one\n2\nthree\nfour\nfive");
        assertThat(diff).containsExactly(
                new Line(Change.SAME, "one"),
                new Line(Change.REMOVED, "two"),
                new Line(Change.ADDED, "2"),
                new Line(Change.SAME, "three"),
                new Line(Change.SAME, "four"),
                new Line(Change.ADDED, "five"));
        assertThat(LineDiff.changed(diff)).isTrue();
    }

    @Test
    void identicalTextsHaveNoChanges() {
        assertThat(LineDiff.changed(LineDiff.between("a\nb", "a\nb"))).isFalse();
    }

    @Test
    void aMovedLineIsOneRemovalAndOneAddition() {
        List<Line> diff = LineDiff.between("a\nb\nc", "b\nc\na");
        assertThat(diff.stream().filter(line -> line.change() == Change.REMOVED)).hasSize(1);
        assertThat(diff.stream().filter(line -> line.change() == Change.ADDED)).hasSize(1);
    }
}
