package org.projectnexus.logic.history;

import java.util.ArrayList;
import java.util.List;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Revision;

/**
 * What one version of an entry changed against the version kept before it: lines added and removed (title and
 * the kind's fields count as lines, as the history's diff shows them), and the title it had before when that
 * differs. {@code titleBefore} is null when the title stayed; {@code first} marks the oldest version kept.
 */
public record VersionChange(int added, int removed, String titleBefore, boolean first) {

    /** Each revision's change against the next older one, for revisions listed newest first. */
    public static List<VersionChange> of(List<Revision> newestFirst) {
        List<VersionChange> changes = new ArrayList<>(newestFirst.size());
        for (int i = 0; i < newestFirst.size(); i++) {
            Entry version = newestFirst.get(i).entry();
            changes.add(i + 1 < newestFirst.size() ? between(newestFirst.get(i + 1).entry(), version)
                    : new VersionChange(0, 0, null, true));
        }
        return changes;
    }

    /** What {@code newer} changed against {@code older}. */
    public static VersionChange between(Entry older, Entry newer) {
        int added = 0;
        int removed = 0;
        for (LineDiff.Line line : EntryText.diff(older, newer)) {
            switch (line.change()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                default -> { }
            }
        }
        boolean renamed = !older.title().equals(newer.title());
        return new VersionChange(added, removed, renamed ? older.title() : null, false);
    }

    /** "+3 lines, −1", "title changed", "oldest kept version", as the history lists it. */
    public String describe() {
        if (first) {
            return "oldest version kept";
        }
        String lines = added == 0 && removed == 0 ? "no text changes"
                : "+" + added + (added == 1 ? " line" : " lines") + ", −" + removed;
        return titleBefore == null ? lines : lines + " · title changed";
    }
}
