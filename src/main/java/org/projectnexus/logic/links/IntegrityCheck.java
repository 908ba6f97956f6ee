package org.projectnexus.logic.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Finding;
import org.projectnexus.model.Finding.Problem;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.WikiLink;

/**
 * Checks the links of a whole knowledge base: links to nothing, links to headings that do not exist, links whose
 * name is one entry's title and another's alias, entries nothing links to and that link nowhere, empty entries.
 * Each finding names the entry and line and, where it can, the fix.
 */
public final class IntegrityCheck {

    private final Function<Entry, Set<String>> headingIds;

    /** @param headingIds the anchor ids of an entry's headings (parsed only for entries that links name a heading of) */
    public IntegrityCheck(Function<Entry, Set<String>> headingIds) {
        this.headingIds = headingIds;
    }

    public List<Finding> check(List<IndexedEntry> entries) {
        Map<String, List<Entry>> byTitle = new HashMap<>();
        Map<String, List<Entry>> byAlias = new HashMap<>();
        for (IndexedEntry indexed : entries) {
            byTitle.computeIfAbsent(WikiLink.titleKey(indexed.entry().title()), key -> new ArrayList<>())
                    .add(indexed.entry());
            for (String alias : indexed.aliases()) {
                byAlias.computeIfAbsent(WikiLink.titleKey(alias), key -> new ArrayList<>()).add(indexed.entry());
            }
        }
        Set<UUID> linkedTo = new HashSet<>();
        Map<UUID, Set<String>> headingsSeen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (IndexedEntry indexed : entries) {
            Entry source = indexed.entry();
            for (WikiLink link : indexed.links()) {
                List<Entry> titled = byTitle.getOrDefault(link.targetKey(), List.of());
                List<Entry> aliased = byAlias.getOrDefault(link.targetKey(), List.of());
                Entry target = !titled.isEmpty() ? titled.get(0) : aliased.isEmpty() ? null : aliased.get(0);
                if (target == null) {
                    String closest = closest(link.target(), byTitle.keySet())
                            .map(key -> byTitle.get(key).get(0).title()).orElse("");
                    findings.add(new Finding(Problem.DANGLING_LINK, source.id(), source.title(), lineOf(source, link),
                            "[[" + link.target() + "]] links to no entry", closest.isEmpty()
                            ? "create “" + link.target() + "”"
                            : "did you mean “" + closest + "”? or create “" + link.target() + "”",
                            link.target(), closest));
                    continue;
                }
                linkedTo.add(target.id());
                if (titled.size() + aliased.size() > 1) {
                    findings.add(new Finding(Problem.AMBIGUOUS_TARGET, source.id(), source.title(), lineOf(source, link),
                            "[[" + link.target() + "]] could mean “" + target.title() + "” or “"
                                    + (titled.size() > 1 ? titled.get(1) : aliased.get(titled.isEmpty() ? 1 : 0)).title()
                                    + "”", "link to the title of the entry you mean"));
                }
                if (!link.heading().isEmpty()) {
                    Set<String> headings = headingsSeen.computeIfAbsent(target.id(), id -> headingIds.apply(target));
                    if (!headings.contains(MarkdownRenderer.headingId(link.heading()))) {
                        findings.add(new Finding(Problem.MISSING_HEADING, source.id(), source.title(),
                                lineOf(source, link),
                                "“" + target.title() + "” has no heading “" + link.heading() + "”",
                                closest(link.heading(), headings).map(id -> "link to #" + id).orElse("")));
                    }
                }
            }
        }
        for (IndexedEntry indexed : entries) {
            Entry entry = indexed.entry();
            if (entry.markdownSources().isBlank()) {
                findings.add(new Finding(Problem.EMPTY_ENTRY, entry.id(), entry.title(), 0, "“" + entry.title()
                        + "” is empty", "write it, or delete it"));
            }
            if (indexed.links().isEmpty() && !linkedTo.contains(entry.id())) {
                findings.add(new Finding(Problem.ORPHAN, entry.id(), entry.title(), 0, "“" + entry.title()
                        + "” links nowhere and nothing links to it", "link it from a related entry"));
            }
        }
        findings.sort(Comparator.comparing(Finding::entryTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Finding::line));
        return findings;
    }

    /** The candidate nearest to {@code wanted} by edit distance, if it is near enough to be a likely typo. */
    static java.util.Optional<String> closest(String wanted, Set<String> candidates) {
        String key = wanted.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - key.length()) > bestDistance) {
                continue;
            }
            int distance = distance(key, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? java.util.Optional.ofNullable(best)
                : java.util.Optional.empty();
    }

    /** Levenshtein distance, giving up (returning more than {@code limit}) once it cannot be under it. */
    private static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > limit) {
                return rowBest;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int lineOf(Entry source, WikiLink link) {
        String needle = "[[" + link.target().toLowerCase(Locale.ROOT);
        String[] lines = source.markdownSources().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
