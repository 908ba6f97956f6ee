package org.projectnexus.model;

import java.util.Objects;

/** A lesson worth keeping: a best practice or a personal insight. */
public record Takeaway(EntryMeta meta, String title, String body, TakeawayCategory category) implements Entry {

    public Takeaway {
        Objects.requireNonNull(meta, "meta");
        title = Objects.requireNonNull(title, "title").strip();
        body = Objects.requireNonNullElse(body, "");
        category = Objects.requireNonNullElse(category, TakeawayCategory.INSIGHT);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.TAKEAWAY;
    }

    @Override
    public Takeaway withText(String newTitle, String newBody) {
        return new Takeaway(meta, newTitle, newBody, category);
    }

    @Override
    public Takeaway withMeta(EntryMeta newMeta) {
        return new Takeaway(newMeta, title, body, category);
    }

    public Takeaway withCategory(TakeawayCategory newCategory) {
        return new Takeaway(meta, title, body, newCategory);
    }
}
