package org.projectnexus.gui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 25, point 6: labels in the dense centre give way to each other instead of overlapping. */
class LabelPlacementTest {

    private static LabelPlacement.Candidate at(double x, double y, int priority) {
        return new LabelPlacement.Candidate(UUID.randomUUID(), x, y, 60, 14, priority);
    }

    @Test
    void overlappingLabelsGiveWayToTheMoreImportantOneAndTheNeighbourhoodAlwaysShows() {
        LabelPlacement.Candidate hub = at(100, 100, 9);
        LabelPlacement.Candidate crowded = at(120, 105, 2);
        LabelPlacement.Candidate apart = at(400, 100, 1);
        LabelPlacement.Candidate hovered = at(110, 102, 1_000);

        assertThat(LabelPlacement.place(List.of(crowded, apart, hub), 1_000)).containsExactly(hub, apart);
        assertThat(LabelPlacement.place(List.of(crowded, apart, hub, hovered), 1_000))
                .containsExactly(hovered, apart).doesNotContain(hub, crowded);
    }
}
