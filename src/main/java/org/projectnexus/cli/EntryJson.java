package org.projectnexus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.StateChange;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.WikiLink;

/** The JSON shape of an entry on the command line: every field, its tags and its links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EntryJson(String id, String kind, String title, String created, String updated, long version,
                 String status, String category, String problem, String solution, String body,
                 List<String> tags, List<LinkJson> links, List<StateJson> states, List<String> learnedFrom,
                 List<String> takeaways) {

    record LinkJson(String target, String heading, String alias) {
    }

    /** One change of a challenge's state; a regression names the solution that did not hold. */
    record StateJson(String at, String from, String to, long version, Long failedVersion, String failedSolution) {

        static StateJson of(StateChange change) {
            return new StateJson(change.at().toString(), change.from() == null ? null : change.from().word(),
                    change.to().word(), change.version(), change.regression() ? change.failedVersion() : null,
                    change.failedSolution());
        }
    }

    /** The same entry with a challenge's history of states. */
    EntryJson withStates(List<StateChange> history) {
        return new EntryJson(id, kind, title, created, updated, version, status, category, problem, solution, body,
                tags, links, history.stream().map(StateJson::of).toList(), learnedFrom, takeaways);
    }

    /** The same entry with what it was learned from (a takeaway) and the takeaways learned from it (issue 26). */
    EntryJson withLearning(List<String> sources, List<String> learned) {
        return new EntryJson(id, kind, title, created, updated, version, status, category, problem, solution, body,
                tags, links, states, sources, learned);
    }

    static EntryJson of(IndexedEntry indexed, boolean withText) {
        Entry entry = indexed.entry();
        Challenge challenge = entry instanceof Challenge c ? c : null;
        return new EntryJson(entry.id().toString(), entry.kind().name().toLowerCase(), entry.title(),
                entry.meta().created().toString(), entry.meta().updated().toString(), entry.version(),
                challenge == null ? null : challenge.status().word(),
                entry instanceof Takeaway t ? t.category().name().toLowerCase() : null,
                challenge == null || !withText ? null : challenge.problem(),
                challenge == null || !withText ? null : challenge.solution(),
                withText ? entry.body() : null,
                indexed.tags().stream().map(Tag::name).toList(),
                indexed.links().stream().map(EntryJson::link).toList(), null, null, null);
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
