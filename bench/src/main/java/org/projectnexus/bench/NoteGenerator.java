package org.projectnexus.bench;

import java.util.Random;

/**
 * Deterministic Markdown notes of a given size, shaped like real technical notes: headings, prose with
 * emphasis, [[links]] and #tags, fenced code in several languages, GFM tables, task lists, a little inline HTML.
 */
public final class NoteGenerator {

    private static final String[] WORDS = ("cache queue worker broker latency request response index query "
            + "schema migration deploy pipeline container service endpoint token session retry backoff "
            + "replica shard partition consistency throughput idempotent contract version").split(" ");
    private static final String[] TITLES = {"REST APIs", "Redis", "RabbitMQ", "Celery", "System Design",
            "Database Design", "Docker", "CI-CD Pipelines", "GraphQL APIs", "Caching Strategies"};
    private static final String[] TAGS = {"caching/redis", "api/rest", "async/celery", "devops/docker",
            "database/design", "system-design"};

    private NoteGenerator() {
    }

    public static String note(int approximateBytes, long seed) {
        return note(approximateBytes, seed, true);
    }

    /** @param inlineHtml whether the note contains a little raw HTML (which makes the sanitizer run) */
    public static String note(int approximateBytes, long seed, boolean inlineHtml) {
        Random random = new Random(seed);
        StringBuilder note = new StringBuilder(approximateBytes + 2048);
        int section = 0;
        while (note.length() < approximateBytes) {
            section++;
            note.append("## Section ").append(section).append("\n\n");
            for (int p = 0; p < 3; p++) {
                paragraph(note, random);
            }
            switch (section % 4) {
                case 0 -> note.append("```java\npublic final class Worker").append(section)
                        .append(" {\n    private final Queue<Task> tasks = new ArrayDeque<>();\n")
                        .append("    void run() { tasks.forEach(task -> task.retry(3)); }\n}\n```\n\n");
                case 1 -> note.append("| Setting | Value | Why |\n|---|---|---|\n| ttl | ").append(section)
                        .append(" s | freshness |\n| retries | 3 | *transient* failures |\n| pool | 16 | [[")
                        .append(TITLES[random.nextInt(TITLES.length)]).append("]] |\n\n");
                case 2 -> note.append("```sql\nSELECT id, title FROM entry WHERE kind = 'NOTE' AND updated_at > ?\n")
                        .append("ORDER BY updated_at DESC LIMIT ").append(section).append(";\n```\n\n")
                        .append(inlineHtml ? "- [x] add the index\n- [ ] measure again with <kbd>EXPLAIN</kbd>\n\n"
                                : "- [x] add the index\n- [ ] measure again with `EXPLAIN`\n\n");
                default -> note.append("```python\n@app.task(bind=True, max_retries=3)\ndef send(self, id):\n")
                        .append("    return deliver(id)\n```\n\n> A quote about #").append(TAGS[random.nextInt(TAGS.length)])
                        .append(" and **why it matters**.\n\n");
            }
        }
        return note.toString();
    }

    private static void paragraph(StringBuilder note, Random random) {
        int words = 40 + random.nextInt(40);
        for (int w = 0; w < words; w++) {
            int roll = random.nextInt(60);
            if (roll == 0) {
                note.append("[[").append(TITLES[random.nextInt(TITLES.length)]).append("]]");
            } else if (roll == 1) {
                note.append('#').append(TAGS[random.nextInt(TAGS.length)]);
            } else if (roll == 2) {
                note.append("**").append(WORDS[random.nextInt(WORDS.length)]).append("**");
            } else if (roll == 3) {
                note.append('`').append(WORDS[random.nextInt(WORDS.length)]).append("()`");
            } else if (roll == 4) {
                note.append("[docs](https://example.com/").append(WORDS[random.nextInt(WORDS.length)]).append(')');
            } else {
                note.append(WORDS[random.nextInt(WORDS.length)]);
            }
            note.append(w + 1 < words ? " " : ".\n\n");
        }
    }
}
