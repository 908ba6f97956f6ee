package org.projectnexus.logic.exchange;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names the README gives to the tags that place entries (ADR 35): {@code #technology/apis} is listed under
 * "APIs", {@code #concept/caching-strategies} under "Caching Strategies", {@code #readme/collaboration} fills the
 * Collaboration section. The template's own groups come first, in its order; any other follows alphabetically.
 */
final class ReadmeGroups {

    static final Comparator<String> TECHNOLOGY_ORDER = known(List.of("programming-and-frameworks", "apis",
            "infrastructure-and-tools", "asynchronous-and-distributed-systems"));
    static final Comparator<String> CONCEPT_ORDER = known(List.of("database-design", "asynchronous-programming",
            "caching-strategies", "system-design"));

    /** The README's own sections that {@code #readme/...} entries fill, by the word their tag holds. */
    static final List<String> SECTIONS = List.of("overview", "objective", "features", "collaboration", "setup",
            "conclusion");

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("and", "&"), Map.entry("api", "API"),
            Map.entry("apis", "APIs"), Map.entry("ci", "CI"), Map.entry("cd", "CD"), Map.entry("sql", "SQL"),
            Map.entry("nosql", "NoSQL"), Map.entry("orm", "ORM"), Map.entry("ui", "UI"), Map.entry("ux", "UX"),
            Map.entry("aws", "AWS"), Map.entry("gcp", "GCP"), Map.entry("http", "HTTP"), Map.entry("devops", "DevOps"),
            Map.entry("graphql", "GraphQL"), Map.entry("rest", "REST"), Map.entry("of", "of"), Map.entry("for", "for"));

    private ReadmeGroups() {
    }

    /** A tag's last part as a heading: {@code infrastructure-and-tools} → "Infrastructure & Tools". */
    static String name(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("[-_]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String known = WORDS.get(word.toLowerCase(Locale.ROOT));
            name.append(name.length() == 0 ? "" : " ").append(known != null && (name.length() > 0 || known.length() > 3
                    || known.equals(known.toUpperCase(Locale.ROOT))) ? known
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** The section a {@code #readme/<name>} tag fills: one of {@link #SECTIONS}, or its own name when none fits. */
    static String section(String tagName) {
        String name = tagName.toLowerCase(Locale.ROOT);
        for (String section : SECTIONS) {
            if (name.contains(section.substring(0, section.length() - 1))) {
                return section;
            }
        }
        return name.isEmpty() ? "overview" : name;
    }

    private static Comparator<String> known(List<String> order) {
        return Comparator.comparingInt((String slug) -> order.contains(slug) ? order.indexOf(slug) : order.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
