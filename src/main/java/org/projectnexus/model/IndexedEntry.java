package org.projectnexus.model;

import java.util.List;

/** An entry with the tags, links and aliases its Markdown holds, as the index knows them. */
public record IndexedEntry(Entry entry, List<Tag> tags, List<WikiLink> links, List<String> aliases) {

    public IndexedEntry {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        aliases = List.copyOf(aliases);
    }
}
