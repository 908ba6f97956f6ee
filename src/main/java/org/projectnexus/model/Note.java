package org.projectnexus.model;

import java.util.Objects;

/** A note on a concept or a technology. */
public record Note(EntryMeta meta, String title, String body) implements Entry {

    public Note {
        Objects.requireNonNull(meta, "meta");
        title = Objects.requireNonNull(title, "title").strip();
        body = Objects.requireNonNullElse(body, "");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.NOTE;
    }

    @Override
    public Note withText(String newTitle, String newBody) {
        return new Note(meta, newTitle, newBody);
    }

    @Override
    public Note withMeta(EntryMeta newMeta) {
        return new Note(newMeta, title, body);
    }
}
