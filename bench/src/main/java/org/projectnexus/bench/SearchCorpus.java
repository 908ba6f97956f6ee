package org.projectnexus.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * A deterministic knowledge base for search benchmarks: words drawn from a 30,000-word vocabulary by a Zipf law
 * (as in real text: a few words everywhere, most rare), bodies with a median of ~2 KB and a long tail to 50 KB,
 * headings, code, links and nested tags, the three kinds, created over three years.
 */
public final class SearchCorpus {

    static final String[] TAGS = {"backend", "backend/caching", "backend/caching/redis", "api", "api/rest",
            "api/graphql", "async/celery", "devops/docker", "database/design", "system-design", "frontend", "career"};
    private static final String[] SYLLABLES = ("ka lo mi ne ru sa te vo pi da ge ho ju ki ma no re su ta vi "
            + "ber con dex fan gor hal lin mor nex pol quen ras sol tor ul ven wex yor zan").split(" ");
    private static final String[] TECH = ("cache queue worker broker latency request index query schema deploy "
            + "pipeline service endpoint token retry replica shard partition contract version redis celery rabbitmq "
            + "graphql docker kubernetes postgres django python java spring kafka nginx").split(" ");

    final String[] vocabulary;
    private final double[] cumulative;

    public SearchCorpus(long seed) {
        Random random = new Random(seed);
        vocabulary = new String[30_000];
        for (int i = 0; i < vocabulary.length; i++) {
            if (i < TECH.length) {
                vocabulary[i] = TECH[i];
                continue;
            }
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = word.toString() + (i % 7 == 0 ? "s" : "");
        }
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1 / Math.pow(i + 1, 1.07);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    String word(Random random) {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, index < 0 ? -index - 1 : index)];
    }

    static String title(SearchCorpus corpus, int index) {
        Random random = new Random(index * 31L);
        return capital(corpus.vocabulary[50 + random.nextInt(5000)]) + " " + corpus.vocabulary[50 + random.nextInt(20000)]
                + " " + index;
    }

    /** Adds {@code count} entries in transactions of 1,000; returns how long it took in ms. */
    public long fill(KnowledgeBase knowledgeBase, int count, long seed) {
        long start = System.nanoTime();
        Random random = new Random(seed);
        List<Entry> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(entry(knowledgeBase, i, count, random));
            if (batch.size() == 1000 || i == count - 1) {
                knowledgeBase.entries().addAll(batch);
                batch.clear();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Entry entry(KnowledgeBase knowledgeBase, int index, int count, Random random) {
        EntryKind kind = EntryKind.values()[index % 3];
        String title = title(this, index);
        int length = (int) Math.min(50_000, Math.max(200, Math.exp(Math.log(2000) + 0.6 * random.nextGaussian())));
        StringBuilder body = new StringBuilder(length + 200);
        body.append("## ").append(capital(word(random))).append(' ').append(word(random)).append("\n\n");
        while (body.length() < length) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 6 + random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    body.append(w == 0 ? capital(word(random)) : word(random)).append(w == words - 1 ? ". " : " ");
                }
            }
            if (random.nextInt(4) == 0) {
                body.append("See [[").append(title(this, random.nextInt(count))).append("]].");
            }
            body.append("\n\n");
            if (random.nextInt(8) == 0) {
                body.append("```python\ndef ").append(word(random)).append("_").append(word(random))
                        .append("(request):\n    return ").append(word(random)).append("\n```\n\n");
            }
            if (random.nextInt(6) == 0) {
                body.append("### ").append(capital(word(random))).append("\n\n");
            }
        }
        body.append("#").append(TAGS[random.nextInt(TAGS.length)]).append(" #").append(TAGS[random.nextInt(TAGS.length)]);
        Instant created = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86_400));
        Entry draft = knowledgeBase.entries().draft(kind, title).withText(title, body.toString());
        draft = draft.withMeta(new EntryMeta(draft.id(), created, created.plusSeconds(random.nextInt(86_400 * 30)), 0));
        if (draft instanceof Challenge challenge) {
            return challenge.withDetails(sentence(random, 12), sentence(random, 20),
                    random.nextBoolean() ? ChallengeStatus.OPEN : ChallengeStatus.SOLVED);
        }
        if (draft instanceof Takeaway takeaway) {
            return new Takeaway(takeaway.meta(), takeaway.title(), takeaway.body(),
                    random.nextBoolean() ? TakeawayCategory.BEST_PRACTICE : TakeawayCategory.INSIGHT);
        }
        return draft;
    }

    String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? capital(word(random)) : word(random)).append(w == words - 1 ? "." : " ");
        }
        return text.toString();
    }

    static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
