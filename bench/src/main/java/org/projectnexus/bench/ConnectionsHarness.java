package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.links.GraphLayout;
import org.projectnexus.model.Entry;
import org.projectnexus.model.KnowledgeGraph;
import org.projectnexus.model.WikiLink;

/**
 * Connected knowledge at scale: 10,000 generated entries with about 50,000 links. Times backlinks of the most
 * linked and of a typical entry, renaming an entry linked from about 1,000 others, the integrity check, and laying
 * out a 2,000-entry graph. Prints a table.
 */
public final class ConnectionsHarness {

    private ConnectionsHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path home = Files.createTempDirectory("nexus-connections");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            long start = System.nanoTime();
            List<Entry> entries = KnowledgeBaseGenerator.fill(knowledgeBase, count, 5, 11);
            long fillMillis = (System.nanoTime() - start) / 1_000_000;
            List<org.projectnexus.model.IndexedEntry> all = knowledgeBase.entries().indexedEntries(Optional.empty());
            int links = all.stream().mapToInt(indexed -> indexed.links().size()).sum();
            System.out.printf("%d entries, %d links, generated and stored in %d ms%n%n", count, links, fillMillis);
            System.out.printf("%-52s %10s %10s%n", "what", "ms", "target");

            Entry top = entries.get(0);
            Entry typical = entries.get(20);
            int topBacklinks = knowledgeBase.connections().backlinks(top).size();
            row("backlinks of the most linked entry (" + topBacklinks + " sources), median of 9",
                    median(() -> knowledgeBase.connections().backlinks(top)), 50);
            row("backlinks of an entry with " + knowledgeBase.connections().backlinks(typical).size() + " sources, median of 9",
                    median(() -> knowledgeBase.connections().backlinks(typical)), 50);

            System.out.printf("%-52s %10.1f %10s%n", "unlinked mentions of that entry, median of 9",
                    median(() -> knowledgeBase.connections().unlinkedMentions(typical)), "(no target)");

            Entry renamed = mostLinkedWith(knowledgeBase, entries, 1000);
            int sources = knowledgeBase.connections().backlinks(renamed).size();
            double[] renames = new double[3];
            for (int round = 0; round < renames.length; round++) {
                Entry current = knowledgeBase.entries().find(renamed.id()).orElseThrow();
                long renameStart = System.nanoTime();
                knowledgeBase.entries().save(current.withText(renamed.title() + " renamed " + round, current.body()));
                renames[round] = (System.nanoTime() - renameStart) / 1e6;
            }
            java.util.Arrays.sort(renames);
            row("rename an entry linked from " + sources + " entries, median of 3", renames[1], 2000);

            int findings = knowledgeBase.connections().check().size();
            row("integrity check (" + findings + " findings), median of 3", median(3, knowledgeBase.connections()::check), 3000);

            KnowledgeGraph whole = knowledgeBase.connections().graph();
            List<KnowledgeGraph.Node> first = new ArrayList<>(whole.nodes().subList(0, Math.min(2000, whole.nodes().size())));
            java.util.Set<UUID> kept = new java.util.HashSet<>();
            first.forEach(node -> kept.add(node.id()));
            KnowledgeGraph part = new KnowledgeGraph(first, whole.edges().stream()
                    .filter(edge -> kept.contains(edge.from()) && kept.contains(edge.to())).toList());
            GraphLayout layout = new GraphLayout();
            layout.layout(part);
            row("lay out a " + part.nodes().size() + "-entry graph (" + part.edges().size() + " edges), median of 3",
                    median(3, () -> layout.layout(part)), 2000);
        }
    }

    /** The entry whose number of backlinks is closest to {@code wanted}. */
    private static Entry mostLinkedWith(KnowledgeBase knowledgeBase, List<Entry> entries, int wanted) {
        Entry best = entries.get(0);
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(20, entries.size()); i++) {
            int gap = Math.abs(knowledgeBase.connections().backlinks(entries.get(i)).size() - wanted);
            if (gap < bestGap) {
                bestGap = gap;
                best = entries.get(i);
            }
        }
        return best;
    }

    private static double median(Runnable work) {
        return median(9, work);
    }

    private static double median(int runs, Runnable work) {
        double[] times = new double[runs];
        work.run();
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private static void row(String what, double millis, int target) {
        System.out.printf("%-52s %10.1f %10s%n", what, millis, millis <= target ? "<= " + target + " ok" : "MISSED " + target);
    }

    static String key(String title) {
        return WikiLink.titleKey(title);
    }
}
