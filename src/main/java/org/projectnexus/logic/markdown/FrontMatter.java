package org.projectnexus.logic.markdown;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.projectnexus.model.Tag;
import org.projectnexus.model.TagRules;

/**
 * YAML front matter: the {@code ---} fenced block at the very top of a Markdown text.
 * It holds fields (kind, status, aliases, tags, ...) and is never shown as text.
 */
public record FrontMatter(Map<String, Object> fields, String body, Optional<String> error) {

    /** Separates front matter from the body. Text without front matter gives empty fields and the whole text. */
    public static FrontMatter split(String markdown, ObjectMapper yaml) {
        FrontMatterBlock block = FrontMatterBlock.find(markdown);
        if (block == null) {
            return new FrontMatter(Map.of(), markdown, Optional.empty());
        }
        String body = markdown.substring(block.end());
        try {
            Object parsed = yaml.readValue(markdown.substring(block.yamlStart(), block.yamlEnd()), Object.class);
            if (parsed == null) {
                return new FrontMatter(Map.of(), body, Optional.empty());
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                return new FrontMatter(Map.of(), body, Optional.of("the front matter is not a list of 'key: value' fields"));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> fields.put(String.valueOf(key), value));
            return new FrontMatter(fields, body, Optional.empty());
        } catch (JacksonException badYaml) {
            return new FrontMatter(Map.of(), body,
                    Optional.of("the front matter is not valid YAML (" + firstLine(badYaml.getOriginalMessage()) + ")"));
        }
    }

    /** Where the body starts: after the front matter block, or at 0 when there is none. */
    static int bodyStart(String markdown) {
        FrontMatterBlock block = FrontMatterBlock.find(markdown);
        return block == null ? 0 : block.end();
    }

    public static ObjectMapper yamlMapper() {
        return new ObjectMapper(new YAMLFactory());
    }

    public Optional<String> text(String key) {
        Object value = fields.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** A field that may be written as a list ({@code [a, b]} or one per line) or as one comma-separated value. */
    public List<String> list(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return java.util.List.of();
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        return java.util.Arrays.stream(String.valueOf(value).split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    /**
     * The tags of {@code tags:} that are tag names by the rule of inline tags ({@link TagRules}; {@code #} in front
     * allowed), in order, each once. The others ({@link #invalidTags}) are not tags: a front matter is no way round
     * the rule.
     */
    public Set<Tag> tags() {
        Set<Tag> tags = new LinkedHashSet<>();
        for (String name : list("tags")) {
            if (TagRules.isValid(name.strip())) {
                tags.add(new Tag(name.strip()));
            }
        }
        return tags;
    }

    /** The items of {@code tags:} that {@link #tags} leaves out, as written (for an import to report). */
    public List<String> invalidTags() {
        return list("tags").stream().filter(name -> !TagRules.isValid(name.strip())).toList();
    }

    /** Other names of the entry, from {@code aliases:}; none when the front matter is not valid YAML. */
    public List<String> aliases() {
        if (error.isPresent()) {
            return List.of();
        }
        return list("aliases").stream().map(String::strip).filter(alias -> !alias.isEmpty()).toList();
    }

    /**
     * The titles a takeaway was learned from ({@code learned_from:}, issue 26), each written {@code "[[Title]]"} so
     * that a rename rewrites it like any link; a bare title, and {@code [[Title]]} left unquoted (which YAML reads as
     * a list in a list), count too. None when the front matter is not valid YAML.
     */
    public List<String> learnedFrom() {
        if (error.isPresent()) {
            return List.of();
        }
        List<String> titles = new java.util.ArrayList<>();
        collectTitles(fields.get(LEARNED_FROM), titles);
        return titles.stream().distinct().toList();
    }

    /** The front matter field that names what a takeaway was learned from. */
    public static final String LEARNED_FROM = "learned_from";

    private static void collectTitles(Object value, List<String> titles) {
        if (value instanceof java.util.Collection<?> items) {
            items.forEach(item -> collectTitles(item, titles));
        } else if (value != null) {
            String title = String.valueOf(value).strip();
            if (title.startsWith("[[") && title.endsWith("]]")) {
                title = title.substring(2, title.length() - 2);
            }
            int cut = title.length();
            for (char end : new char[] {'|', '#'}) {
                int at = title.indexOf(end);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            title = title.substring(0, cut).strip();
            if (!title.isEmpty()) {
                titles.add(title);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
