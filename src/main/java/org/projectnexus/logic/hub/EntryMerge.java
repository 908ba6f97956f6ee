package org.projectnexus.logic.hub;

import java.util.Objects;
import java.util.Optional;
import org.projectnexus.model.EntryFields;

/**
 * A three-way merge of an entry against the version last synced (ADR 41): each field on its own, the texts (body,
 * problem, solution) line by line, the others (kind, title, state, category) whole. A rename on one side and an
 * edit on the other both survive. Empty when any field was changed differently on both sides.
 */
public final class EntryMerge {

    private EntryMerge() {
    }

    /** {@code base} null: never synced; then only identical sides merge. */
    public static Optional<EntryFields> merge(EntryFields base, EntryFields mine, EntryFields theirs) {
        if (mine.equals(theirs)) {
            return Optional.of(theirs);
        }
        if (base == null) {
            return Optional.empty();
        }
        Optional<String> title = whole(base.title(), mine.title(), theirs.title());
        Optional<String> kind = whole(base.kind().name(), mine.kind().name(), theirs.kind().name());
        Optional<String> status = whole(base.status(), mine.status(), theirs.status());
        Optional<String> category = whole(base.category(), mine.category(), theirs.category());
        Optional<String> body = text(base.body(), mine.body(), theirs.body());
        Optional<String> problem = text(base.problem(), mine.problem(), theirs.problem());
        Optional<String> solution = text(base.solution(), mine.solution(), theirs.solution());
        if (title.isEmpty() || kind.isEmpty() || status.isEmpty() || category.isEmpty() || body.isEmpty()
                || problem.isEmpty() || solution.isEmpty() || !kind.get().equals(theirs.kind().name())) {
            return Optional.empty();
        }
        return Optional.of(new EntryFields(theirs.kind(), title.get(), body.get(), nullIfAbsent(problem.get()),
                nullIfAbsent(solution.get()), nullIfAbsent(status.get()), nullIfAbsent(category.get())));
    }

    private static final String ABSENT = "\u0000absent";

    private static Optional<String> whole(String base, String mine, String theirs) {
        String o = Objects.requireNonNullElse(base, ABSENT);
        String a = Objects.requireNonNullElse(mine, ABSENT);
        String b = Objects.requireNonNullElse(theirs, ABSENT);
        if (a.equals(b) || a.equals(o)) {
            return Optional.of(b);
        }
        return b.equals(o) ? Optional.of(a) : Optional.empty();
    }

    private static Optional<String> text(String base, String mine, String theirs) {
        if (mine == null || theirs == null) {
            return whole(base, mine, theirs);
        }
        return LineMerge.merge(Objects.requireNonNullElse(base, ""), mine, theirs);
    }

    private static String nullIfAbsent(String value) {
        return ABSENT.equals(value) ? null : value;
    }
}
