package org.projectnexus.model;

import java.util.UUID;

/**
 * A piece of knowledge: a {@link Note}, a {@link Challenge} or a {@link Takeaway}.
 * Every kind has a title and a Markdown body; the kinds add their own fields.
 */
public sealed interface Entry permits Note, Challenge, Takeaway {

    EntryMeta meta();

    String title();

    String body();

    EntryKind kind();

    /** The same entry with another title and body, keeping its kind-specific fields. */
    Entry withText(String title, String body);

    Entry withMeta(EntryMeta meta);

    /** All the Markdown the entry holds, where its tags and links are written. */
    default String markdownSources() {
        return body();
    }

    default UUID id() {
        return meta().id();
    }

    default long version() {
        return meta().version();
    }
}
