package org.projectnexus.logic.publish;

import java.util.List;
import org.projectnexus.model.EntrySummary;

/**
 * What a publish would make public before it does: the entries never published to this repository (the user is
 * asked about them), how many private entries stay out, and whether this is the first publish there.
 *
 * @param request   the request, with what was remembered filled in
 * @param unpublished entries that would be published for the first time, in title order
 * @param privateEntries how many entries are tagged {@code #private} and never published
 * @param first     whether nothing was ever published to this repository
 * @param encrypted whether the knowledge base is encrypted (its first publish deserves a second look)
 */
public record PublishPlan(PublishRequest request, List<EntrySummary> unpublished, int privateEntries, boolean first,
                          boolean encrypted) {

    /** Whether the user must agree before this publish (it makes entries public for the first time). */
    public boolean needsConsent() {
        return first || !unpublished.isEmpty();
    }
}
