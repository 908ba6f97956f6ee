package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;

/**
 * One entry as a Markdown file of a vault: YAML front matter with id, kind, title, aliases, tags, created, updated
 * and the kind's own fields, then the body; a challenge's problem and solution follow the body as its last two
 * sections, {@code ## Problem} and {@code ## Solution}. Fields of the body's own front matter (other than aliases
 * and tags, which the entry's lists already hold) join the file's front matter, so Obsidian sees one block.
 */
final class VaultEntryFile {

    /** The front-matter keys Nexus writes and reads itself; any other key belongs to the body. */
    static final Set<String> NEXUS_KEYS =
            Set.of("id", "kind", "title", "created", "updated", "status", "category", "problem", "solution");
    static final String PROBLEM = "## Problem";
    static final String SOLUTION = "## Solution";

    private static final ObjectMapper YAML_OUT = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private VaultEntryFile() {
    }

    /**
     * The file's text. {@code rewriteLinks} is applied to each piece of Markdown (body, problem, solution), so
     * links can follow renamed files.
     */
    static String write(IndexedEntry indexed, java.util.function.UnaryOperator<String> rewriteLinks, ObjectMapper yaml) {
        Entry entry = indexed.entry();
        FrontMatter own = FrontMatter.split(entry.body(), yaml);
        boolean ownUsable = own.error().isEmpty() && !own.body().equals(entry.body());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", entry.id().toString());
        fields.put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
        fields.put("title", entry.title());
        if (!indexed.aliases().isEmpty()) {
            fields.put("aliases", indexed.aliases());
        }
        if (!indexed.tags().isEmpty()) {
            fields.put("tags", indexed.tags().stream().map(Tag::name).toList());
        }
        fields.put("created", entry.meta().created().toString());
        fields.put("updated", entry.meta().updated().toString());
        if (entry instanceof Challenge challenge) {
            fields.put("status", challenge.status().name().toLowerCase(Locale.ROOT));
        } else if (entry instanceof Takeaway takeaway) {
            fields.put("category", takeaway.category().name().toLowerCase(Locale.ROOT));
        }
        if (ownUsable) {
            own.fields().forEach((key, value) -> {
                if (!key.equals("aliases") && !key.equals("tags")) {
                    fields.putIfAbsent(key, value);
                }
            });
        }
        StringBuilder text = new StringBuilder("---\n").append(yaml(fields)).append("---\n");
        String body = rewriteLinks.apply(ownUsable ? own.body() : entry.body());
        text.append(body);
        if (!body.isEmpty() && !body.endsWith("\n")) {
            text.append('\n');
        }
        if (entry instanceof Challenge challenge) {
            if (!body.isEmpty()) {
                text.append('\n');
            }
            text.append(PROBLEM).append("\n\n").append(section(rewriteLinks.apply(challenge.problem())))
                    .append(SOLUTION).append("\n\n").append(section(rewriteLinks.apply(challenge.solution())));
        }
        return text.toString();
    }

    private static String section(String markdown) {
        String stripped = markdown.strip();
        return stripped.isEmpty() ? "\n" : stripped + "\n\n";
    }

    static String yaml(Map<String, Object> fields) {
        try {
            return YAML_OUT.writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("Front matter could not be written", impossible);
        }
    }

    /** A challenge file's body, problem and solution: the last {@code ## Problem} then {@code ## Solution}. */
    record ChallengeSections(String body, String problem, String solution) {
    }

    static ChallengeSections challengeSections(String text) {
        List<Integer> problems = MarkdownLines.headingLines(text, PROBLEM);
        if (problems.isEmpty()) {
            return new ChallengeSections(text, "", "");
        }
        int problemAt = problems.get(problems.size() - 1);
        List<Integer> solutions = MarkdownLines.headingLines(text.substring(problemAt), SOLUTION);
        if (solutions.isEmpty()) {
            return new ChallengeSections(text, "", "");
        }
        int solutionAt = problemAt + solutions.get(0);
        String body = text.substring(0, problemAt);
        body = body.endsWith("\n\n") ? body.substring(0, body.length() - 1) : body;
        String problem = text.substring(problemAt + PROBLEM.length(), solutionAt).strip();
        String solution = text.substring(solutionAt + SOLUTION.length()).strip();
        return new ChallengeSections(body, problem, solution);
    }
}
