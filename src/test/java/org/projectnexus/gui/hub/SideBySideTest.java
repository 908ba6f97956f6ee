package org.projectnexus.gui.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.projectnexus.gui.hub.SideBySide.Row;

/** Two versions side by side: shared lines on one row, differing runs paired row by row. */
class SideBySideTest {

    @Test
    void aChangedLineSitsBesideItsCounterpartBetweenTheLinesBothHave() {
        assertThat(SideBySide.of("intro\nmap is lazy\noutro", "intro\nmap is lazy, like a generator\noutro"))
                .containsExactly(new Row("intro", "intro", false),
                        new Row("map is lazy", "map is lazy, like a generator", true),
                        new Row("outro", "outro", false));
    }

    @Test
    void aLineOnlyOneSideHasFacesABlankCell() {
        assertThat(SideBySide.of("a\nc", "a\nb\nc")).containsExactly(new Row("a", "a", false),
                new Row(null, "b", true), new Row("c", "c", false));
    }
}
