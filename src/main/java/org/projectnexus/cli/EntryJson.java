package org.projectnexus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.WikiLink;

/** The JSON shape of an entry on the command line: every field, its tags and its links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EntryJson(String id, String kind, String title, String created, String updated, long version,
                 String status, String category, String problem, String solution, String body,
                 List<String> tags, List<LinkJson> links) {

    record LinkJson(String target, String heading, String alias) {
    }

    static EntryJson of(IndexedEntry indexed, boolean withText) {
        Entry entry = indexed.entry();
        Challenge challenge = entry instanceof Challenge c ? c : null;
        return new EntryJson(entry.id().toString(), entry.kind().name().toLowerCase(), entry.title(),
                entry.meta().created().toString(), entry.meta().updated().toString(), entry.version(),
                challenge == null ? null : challenge.status().name().toLowerCase(),
                entry instanceof Takeaway t ? t.category().name().toLowerCase() : null,
                challenge == null || !withText ? null : challenge.problem(),
                challenge == null || !withText ? null : challenge.solution(),
                withText ? entry.body() : null,
                indexed.tags().stream().map(Tag::name).toList(),
                indexed.links().stream().map(EntryJson::link).toList());
    }

    private static LinkJson link(WikiLink link) {
        return new LinkJson(link.target(), emptyToNull(link.heading()), emptyToNull(link.alias()));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Could not write JSON", impossible);
        }
    }
}
