package org.projectnexus.logic.links;

import java.util.Map;
import java.util.UUID;
import org.projectnexus.model.Tag;

/** A tag rename as it was done: which entries it rewrote and the version each was given, so it can be undone. */
public record TagRenaming(Tag from, Tag to, Map<UUID, Long> versions) {

    public TagRenaming {
        versions = Map.copyOf(versions);
    }

    public int changed() {
        return versions.size();
    }
}
