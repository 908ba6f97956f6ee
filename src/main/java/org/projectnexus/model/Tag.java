package org.projectnexus.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A tag such as {@code rest} or {@code caching/redis} (written {@code #caching/redis}); stored without the hash.
 * Tags compare case-insensitively, as users expect from Obsidian.
 */
public record Tag(String name) {

    public Tag {
        name = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name");
        }
    }

    @Override
    public String toString() {
        return "#" + name;
    }
}
