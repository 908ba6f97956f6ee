package org.projectnexus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/**
 * A deterministic knowledge base for benchmarks: entries whose in-links follow a power law (a few entries are
 * linked from very many, most from few), nested tags, and a share of broken links.
 */
public final class KnowledgeBaseGenerator {

    private static final String[] WORDS = ("cache queue worker broker latency request index query schema deploy "
            + "pipeline service endpoint token retry replica shard partition contract version").split(" ");
    private static final String[] TAGS = {"backend", "backend/caching", "backend/caching/redis", "api", "api/rest",
            "api/graphql", "async/celery", "devops/docker", "database/design", "system-design"};

    private static final int STORED_TOGETHER = 500;

    private KnowledgeBaseGenerator() {
    }

    public static String title(int index) {
        return "Entry " + index;
    }

    /** Adds {@code count} entries with about {@code linksPerEntry} links each; returns them in creation order. */
    public static List<Entry> fill(KnowledgeBase knowledgeBase, int count, int linksPerEntry, long seed) {
        List<Entry> entries = new ArrayList<>(count);
        fill(knowledgeBase, count, linksPerEntry, seed, entries::add);
        return entries;
    }

    /** Adds the entries like {@link #fill(KnowledgeBase, int, int, long)}, handing each stored one to {@code stored}. */
    public static void fill(KnowledgeBase knowledgeBase, int count, int linksPerEntry, long seed,
                            java.util.function.Consumer<Entry> stored) {
        Random random = new Random(seed);
        List<Entry> drafts = new ArrayList<>(STORED_TOGETHER);
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder(2200);
            body.append("## Overview\n\n");
            int links = Math.max(1, (int) Math.round(linksPerEntry * (0.5 + random.nextDouble())));
            for (int l = 0; l < links; l++) {
                sentence(body, random);
                body.append(" See [[").append(target(random, count)).append("]]");
                if (random.nextInt(10) == 0) {
                    body.append(" and [[").append(target(random, count)).append("#Overview]]");
                }
                body.append(".\n");
            }
            if (random.nextInt(50) == 0) {
                body.append("A broken link to [[Missing ").append(i).append("]].\n");
            }
            body.append("\n## Details\n\n");
            while (body.length() < 1800) {
                sentence(body, random);
                body.append('\n');
            }
            body.append("\n#").append(TAGS[random.nextInt(TAGS.length)]).append(" #")
                    .append(TAGS[random.nextInt(TAGS.length)]).append('\n');
            Entry draft = knowledgeBase.entries().draft(kinds[i % kinds.length], title(i));
            drafts.add(draft.withText(title(i), body.toString()));
            if (drafts.size() == STORED_TOGETHER || i == count - 1) { // one transaction each: 100,000 in minutes
                knowledgeBase.entries().addAll(drafts).forEach(stored);
                drafts.clear();
            }
        }
    }

    /** A power-law pick: entry 0 is linked most, then 1, ... (Zipf-like, exponent about 1). */
    private static String target(Random random, int count) {
        int index = (int) Math.floor(Math.pow(count + 1.0, random.nextDouble())) - 1;
        return title(Math.max(0, Math.min(count - 1, index)));
    }

    private static void sentence(StringBuilder body, Random random) {
        int words = 8 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        body.append('.');
    }
}
