package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.SearchResults;

/**
 * Search at scale (issue #5): on generated knowledge bases of 1k, 10k and 100k entries (kept under
 * bench/target/search-kb-N between runs), times a full rebuild of the index, a mix of queries (words, phrases,
 * prefixes, filters), the quick switcher, and how long a save takes to be searchable. Prints a table.
 * Usage: {@code SearchHarness [sizes, default 1000,10000,100000]}.
 */
public final class SearchHarness {

    private static final int WARMUP = 300;
    private static final int MEASURED = 600;

    private SearchHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("generate")) {
            // Only make the knowledge bases (slow at 100k), for timing on a quiet machine later.
            for (String size : args[1].split(",")) {
                generate(Integer.parseInt(size), new SearchCorpus(5));
            }
            return;
        }
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        SearchCorpus corpus = new SearchCorpus(5);
        System.out.printf("%-8s %-34s %9s %9s %9s   %s%n", "entries", "what", "p50 ms", "p95 ms", "max ms", "target");
        for (int size : sizes) {
            run(size, corpus);
        }
    }

    private static Path generate(int size, SearchCorpus corpus) throws Exception {
        Path home = Path.of("target", "search-kb-" + size);
        if (!Files.exists(home.resolve("complete"))) {
            deleteTree(home);
            try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
                long millis = corpus.fill(knowledgeBase, size, 7);
                row(size, "generate + store + index (once)", millis, millis, millis, "");
            }
            Files.writeString(home.resolve("complete"), "yes");
        }
        return home;
    }

    private static void run(int size, SearchCorpus corpus) throws Exception {
        Path home = generate(size, corpus);
        deleteTree(home.resolve(KnowledgeBase.SEARCH_FOLDER));
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            long start = System.nanoTime();
            int indexed = knowledgeBase.finding().synchronizeSearch((done, total) -> { });
            long rebuild = (System.nanoTime() - start) / 1_000_000;
            row(size, "full rebuild (" + indexed + " entries)", rebuild, rebuild, rebuild, "<= 60000 at 100k");

            List<EntrySummary> entries = knowledgeBase.entries().summaries();
            List<String> queries = queries(corpus, knowledgeBase, entries);
            time(size, "query, 20 hits + snippets", queries, query -> knowledgeBase.finding().search(query, 20),
                    "p50 <= 5, p95 <= 25 at 100k");
            time(size, "query, 100 hits + snippets (panel)", queries, query -> knowledgeBase.finding().search(query, 100), "");
            Map<String, List<String>> byClass = new LinkedHashMap<>();
            for (String query : queries) {
                byClass.computeIfAbsent(classOf(query), key -> new ArrayList<>()).add(query);
            }
            for (Map.Entry<String, List<String>> group : byClass.entrySet()) {
                time(size, "  " + group.getKey(), group.getValue(), query -> knowledgeBase.finding().search(query, 20), "");
            }
            List<String> typed = typed(entries);
            time(size, "quick switcher", typed, text -> knowledgeBase.finding().quickSwitch(text, List.of(), 20),
                    "<= 10 at 100k");
            saveToSearchable(size, knowledgeBase, entries);
        }
    }

    private static List<String> queries(SearchCorpus corpus, KnowledgeBase knowledgeBase, List<EntrySummary> entries) {
        Random random = new Random(3);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            String common = corpus.vocabulary[30 + random.nextInt(300)];
            String rare = corpus.vocabulary[300 + random.nextInt(5000)];
            switch (i % 8) {
                case 0 -> queries.add(rare);
                case 1 -> queries.add(common + " " + rare);
                case 2 -> queries.add(phrase(knowledgeBase, entries.get(random.nextInt(entries.size())), random));
                case 3 -> queries.add(rare.substring(0, Math.min(4, rare.length())) + "*");
                case 4 -> queries.add(common + " kind:challenge status:open");
                case 5 -> queries.add("tag:backend " + rare);
                case 6 -> queries.add(common + " created:>2025-06-01 -" + corpus.vocabulary[random.nextInt(30)]);
                default -> queries.add(rare + " OR " + corpus.vocabulary[300 + random.nextInt(5000)]);
            }
        }
        return queries;
    }

    private static String phrase(KnowledgeBase knowledgeBase, EntrySummary summary, Random random) {
        String[] words = knowledgeBase.entries().find(summary.id()).orElseThrow().body().split("[^\\p{L}]+");
        int at = 3 + random.nextInt(Math.max(1, Math.min(200, words.length) - 6));
        return "\"" + words[at] + " " + words[at + 1] + "\"";
    }

    private static String classOf(String query) {
        if (query.startsWith("\"")) {
            return "phrase";
        }
        if (query.endsWith("*")) {
            return "prefix";
        }
        if (query.contains(" OR ")) {
            return "OR";
        }
        if (query.contains(":")) {
            return "filtered";
        }
        return query.contains(" ") ? "two words" : "one word";
    }

    /** What a user types into the switcher: the start of a title, or letters of it skipped fuzzily. */
    private static List<String> typed(List<EntrySummary> entries) {
        Random random = new Random(9);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            String title = entries.get(random.nextInt(entries.size())).title().toLowerCase();
            typed.add(i % 2 == 0 ? title.substring(0, Math.min(title.length(), 2 + random.nextInt(6)))
                    : title.replaceAll("[aeiou ]", "").substring(0, Math.min(5, title.replaceAll("[aeiou ]", "").length())));
        }
        return typed;
    }

    /** Saves an entry with a new word, then searches for it: the save returns only once the index has it. */
    private static void saveToSearchable(int size, KnowledgeBase knowledgeBase, List<EntrySummary> entries) {
        Random random = new Random(13);
        double[] millis = new double[100];
        for (int i = 0; i < millis.length + 20; i++) {
            Entry entry = knowledgeBase.entries().find(entries.get(random.nextInt(entries.size())).id()).orElseThrow();
            String word = "fresh" + Long.toString(System.nanoTime(), 36) + "x" + i; // unique across runs too
            long start = System.nanoTime();
            knowledgeBase.entries().save(entry.withText(entry.title(), entry.body() + "\n" + word));
            SearchResults found = knowledgeBase.finding().search(word, 5);
            long elapsed = System.nanoTime() - start;
            if (found.total() != 1) {
                throw new IllegalStateException("A saved word was found " + found.total() + " times at once: " + word
                        + " in " + entry.title() + " " + found.hits().stream().map(hit -> hit.title()).toList());
            }
            if (i >= 20) {
                millis[i - 20] = elapsed / 1e6;
            }
        }
        report(size, "save -> searchable (whole save)", millis, "<= 50");
    }

    private interface Work {
        Object run(String input);
    }

    private static void time(int size, String what, List<String> inputs, Work work, String target) {
        for (int i = 0; i < WARMUP; i++) {
            work.run(inputs.get(i % inputs.size()));
        }
        double[] millis = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long start = System.nanoTime();
            work.run(inputs.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        report(size, what, millis, target);
    }

    private static void report(int size, String what, double[] millis, String target) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        row(size, what, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1], target);
    }

    private static void row(int size, String what, double p50, double p95, double max, String target) {
        System.out.printf("%-8d %-34s %9.2f %9.2f %9.2f   %s%n", size, what, p50, p95, max, target);
    }

    private static void deleteTree(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
