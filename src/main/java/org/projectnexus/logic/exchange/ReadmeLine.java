package org.projectnexus.logic.exchange;

import java.util.List;
import java.util.UUID;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.TakeawayCategory;

/**
 * What the README takes from one entry: its line (summary, a challenge's solution and status, a takeaway's
 * category), where it goes (a {@code #readme/...} section, technology groups, concept areas), and for a section
 * entry the text shown whole. A plain value, so that a publish can keep it for an entry that has not changed
 * since and make the README without reading that entry again.
 *
 * @param body        the text, for an entry of a README section only; null otherwise
 * @param section     the README section the entry fills, or null
 */
public record ReadmeLine(UUID id, EntryKind kind, String title, String summary, String solution,
                         ChallengeStatus status, TakeawayCategory category, String body, String section,
                         List<String> technologies, List<String> concepts) {

    public ReadmeLine {
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }
}
