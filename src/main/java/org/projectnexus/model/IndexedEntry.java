package org.projectnexus.model;

import java.util.List;

/** An entry with the tags and links its Markdown holds, as the index knows them. */
public record IndexedEntry(Entry entry, List<Tag> tags, List<WikiLink> links) {

    public IndexedEntry {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }
}
