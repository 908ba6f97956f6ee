package org.projectnexus.model;

/**
 * An entry's content field by field, as plain strings (null where the kind has no such field): what a team hub
 * stores and sends, and what a three-way merge compares one field at a time.
 */
public record EntryFields(EntryKind kind, String title, String body, String problem, String solution, String status,
                          String category) {

    public static EntryFields of(Entry entry) {
        if (entry instanceof Challenge challenge) {
            return new EntryFields(EntryKind.CHALLENGE, challenge.title(), challenge.body(), challenge.problem(),
                    challenge.solution(), challenge.status().name(), null);
        }
        if (entry instanceof Takeaway takeaway) {
            return new EntryFields(EntryKind.TAKEAWAY, takeaway.title(), takeaway.body(), null, null, null,
                    takeaway.category().name());
        }
        return new EntryFields(EntryKind.NOTE, entry.title(), entry.body(), null, null, null, null);
    }

    /** These fields as an entry with {@code meta}. */
    public Entry toEntry(EntryMeta meta) {
        return switch (kind) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, problem, solution,
                    ChallengeStatus.parse(status).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, title, body, TakeawayCategory.parse(category).orElse(TakeawayCategory.INSIGHT));
        };
    }
}
