package org.projectnexus.logic.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.ChangeEvent.Change;
import org.projectnexus.model.ChangeEvent.How;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Tag;

/**
 * Collects what one transaction does to the entries, for the {@link ChangeEvent} announced after its commit. An
 * entry touched twice in one transaction is one change: from its state before the first touch to its state after
 * the last.
 */
final class ChangeRecorder {

    private final Map<UUID, Change> changes = new LinkedHashMap<>();

    void record(How how, Entry before, List<Tag> tagsBefore, Entry after, List<Tag> tagsAfter) {
        UUID id = before != null ? before.id() : after.id();
        Change earlier = changes.get(id);
        EntrySummary first = earlier != null ? earlier.before() : summary(before);
        List<Tag> firstTags = earlier != null ? earlier.tagsBefore() : tagsBefore;
        How overall = earlier == null ? how : merged(earlier.how(), how);
        changes.put(id, new Change(id, overall, first, summary(after), firstTags, tagsAfter));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    ChangeEvent event() {
        return new ChangeEvent(new ArrayList<>(changes.values()), false);
    }

    /** A created entry that was then edited is still new to anyone who did not see it; a rename stays a rename. */
    private static How merged(How first, How then) {
        if (then.removes()) {
            return then;
        }
        if (first == How.CREATED || first == How.IMPORTED || first == How.RESTORED || first == How.RENAMED) {
            return first;
        }
        return then;
    }

    static EntrySummary summary(Entry entry) {
        return entry == null ? null : EntrySummary.of(entry);
    }
}
