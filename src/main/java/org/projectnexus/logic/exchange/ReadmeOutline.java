package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * What the README says about each entry, worked out in one read of the knowledge base that keeps a line per
 * entry, never its text (ADR 14): where it goes (by its tags, ADR 35) and its summary line. Only the few
 * {@code #readme/...} entries keep their body, since the README shows it whole.
 */
final class ReadmeOutline {

    /** Tags that put an entry in the README (ADR 35). */
    static final String TECHNOLOGY = "technology";
    static final String CONCEPT = "concept";
    static final String README = "readme";
    /** Entries with this tag (or one under it) are never published, nor listed in a README. */
    public static final String PRIVATE = "private";

    /** One entry as the README lists it; {@code sortKey}: its title in lower case, made once for the sorts. */
    record Item(UUID id, EntryKind kind, String title, String summary, String solution, ChallengeStatus status,
                TakeawayCategory category, String body, String sortKey) {
    }

    final Map<String, List<Item>> technologies = new TreeMap<>(ReadmeGroups.TECHNOLOGY_ORDER);
    final Map<String, List<Item>> concepts = new TreeMap<>(ReadmeGroups.CONCEPT_ORDER);
    /** {@code #readme/...} entries by the README section they fill ({@link ReadmeGroups#section}). */
    final Map<String, List<Item>> sections = new LinkedHashMap<>();
    final List<Item> challenges = new ArrayList<>();
    final List<Item> takeaways = new ArrayList<>();
    int notes;
    int listedNotes;

    private final ObjectMapper yaml = FrontMatter.yamlMapper();

    /** Whether an entry with these tags stays out of every publish and README. */
    static boolean isPrivate(List<Tag> tags) {
        return tags.stream().anyMatch(tag -> tag.name().equals(PRIVATE) || tag.name().startsWith(PRIVATE + "/"));
    }

    /** Takes in one entry; private entries are left out. */
    void add(IndexedEntry indexed) {
        ReadmeLine line = line(indexed);
        if (line != null) {
            add(line);
        }
    }

    /** Where the README puts an entry and what it says of it; null for a private entry. */
    ReadmeLine line(IndexedEntry indexed) {
        if (isPrivate(indexed.tags())) {
            return null;
        }
        Entry entry = indexed.entry();
        String section = tagged(indexed, README).stream().findFirst().map(ReadmeGroups::section).orElse(null);
        List<String> groups = tagged(indexed, TECHNOLOGY);
        List<String> areas = tagged(indexed, CONCEPT);
        if (entry.kind() == EntryKind.NOTE && section == null && groups.isEmpty() && areas.isEmpty()) {
            // Only counted by the README: its summary is never shown, so it is not worked out.
            return new ReadmeLine(entry.id(), entry.kind(), entry.title(), null, null, null, null, null, null,
                    groups, areas);
        }
        FrontMatter split = FrontMatter.split(entry.body(), yaml);
        String text = split.error().isEmpty() ? split.body() : entry.body();
        String summary = split.text("summary").or(() -> split.text("description")).map(SummaryLine::plain)
                .orElseGet(() -> SummaryLine.of(text));
        return new ReadmeLine(entry.id(), entry.kind(), entry.title(), summary,
                entry instanceof Challenge challenge ? SummaryLine.of(challenge.solution()) : null,
                entry instanceof Challenge challenge ? challenge.status() : null,
                entry instanceof Takeaway takeaway ? takeaway.category() : null,
                section == null ? null : text, section, groups, areas);
    }

    /** Takes in an entry's line, made now or kept from an earlier publish. */
    void add(ReadmeLine line) {
        Item item = new Item(line.id(), line.kind(), line.title(), line.summary(), line.solution(), line.status(),
                line.category(), line.body(), line.title().toLowerCase(java.util.Locale.ROOT));
        if (line.section() != null) {
            sections.computeIfAbsent(line.section(), key -> new ArrayList<>()).add(item);
            return;
        }
        switch (line.kind()) {
            case CHALLENGE -> challenges.add(item);
            case TAKEAWAY -> takeaways.add(item);
            case NOTE -> {
                notes++;
                line.technologies().forEach(group -> technologies.computeIfAbsent(group.isEmpty() ? "tools" : group,
                        key -> new ArrayList<>()).add(item));
                line.concepts().forEach(area -> concepts.computeIfAbsent(area.isEmpty() ? item.title() : area,
                        key -> new ArrayList<>()).add(item));
                listedNotes += line.technologies().isEmpty() && line.concepts().isEmpty() ? 0 : 1;
            }
        }
    }

    /** Sorts every list by title, so the README reads the same from one publish to the next. */
    ReadmeOutline sorted() {
        // Each title lowered once, not at each of 10,000 entries' comparisons.
        Comparator<Item> byTitle = Comparator.comparing(Item::sortKey);
        technologies.values().forEach(items -> items.sort(byTitle));
        concepts.values().forEach(items -> items.sort(byTitle));
        challenges.sort(Comparator.comparing((Item item) -> item.status() == ChallengeStatus.SOLVED ? 0 : 1)
                .thenComparing(byTitle));
        takeaways.sort(Comparator.comparing(Item::category).thenComparing(byTitle));
        return this;
    }

    /** The names under {@code root/} of the entry's tags ("" for the bare {@code #root}), in the tags' order. */
    private static List<String> tagged(IndexedEntry indexed, String root) {
        List<String> names = new ArrayList<>();
        for (Tag tag : indexed.tags()) {
            if (tag.name().equals(root)) {
                names.add("");
            } else if (tag.name().startsWith(root + "/")) {
                String rest = tag.name().substring(root.length() + 1);
                names.add(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
            }
        }
        return names.stream().distinct().toList();
    }

    long count(EntryKind kind) {
        return switch (kind) {
            case NOTE -> notes;
            case CHALLENGE -> challenges.size();
            case TAKEAWAY -> takeaways.size();
        };
    }
}
