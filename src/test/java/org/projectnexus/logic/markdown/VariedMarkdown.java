package org.projectnexus.logic.markdown;

import java.util.Random;

/**
 * Deterministic Markdown documents that mix everything the pipeline treats specially (wiki links in all their
 * forms, tags and things that only look like tags, autolinks, code, math, tables, task lists, footnotes, raw
 * HTML, link reference definitions, front matter), so that a faster pipeline can be proved to write exactly
 * what the previous one wrote.
 */
final class VariedMarkdown {

    private static final String[] INLINE = {
            "word", "cache", "Queue", "ünïcödé", "日本語", "😀", "a_b", "x-y", "#tag", "#Tag/Nested", "#caching/redis",
            "#123", "#12a", "#1/2", "#_", "#-x", "#ünï", "#日本", "#tag/", "#tag//x", "#a/b/c", "a#b", "(#paren)",
            ",#comma", "#tag.", "#tag,more", "\"#quoted\"", "#tag😀", "##double", "&#35;", "&#x23;notag", "\\#escaped",
            "http://x/#a", "https://example.com/path?q=1#frag", "www.example.com", "user@example.com", "a@b",
            "[[Redis]]", "[[redis]]", "[[REST APIs|the API]]", "[[Redis#Data Types]]", "[[Redis#Types|alias]]",
            "[[Missing]]", "[[ ]]", "[[a[b]]", "[[x|]]", "[[#only]]", "[[Redis#]]", "[[Redis]]]", "[[[Redis]]",
            "[[A|B|C]]", "[[Ünïcode Title]]", "[[Tag #inside]]", "[[a]][[b]]", "[[<b>x</b>]]", "[[a&b]]", "[[\"q\"]]",
            "**bold #tag**", "*em [[Redis]]*", "[link [[Inside]]](http://x)", "[text #tag](http://y)",
            "![img](http://z/a.png)", "![img](javascript:alert(1))", "[bad](javascript:alert(1))", "[ok](/rel#x)",
            "<kbd>K</kbd>", "<span onclick=\"x\">y</span>", "<script>alert(1)</script>", "$x_1$", "$$\\frac{a}{b}$$",
            "$5 and $10", "~~strike~~", "`code #notatag [[notalink]]`", "``a ` b``", "[ref]", "[^1]", "[^nope]",
            "<http://auto.link/#x>", "foo_bar_", "&amp;", "&copy;", "<", ">", "\"", "'", "\t"};

    private VariedMarkdown() {
    }

    static String document(long seed) {
        Random random = new Random(seed);
        StringBuilder doc = new StringBuilder();
        boolean footnote = random.nextInt(3) == 0;
        if (random.nextInt(4) == 0) {
            doc.append("---\ntags: [front, \"#second\"]\naliases: [Other Name]\n---\n");
        }
        int blocks = 4 + random.nextInt(10);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(22)) {
                case 0 -> doc.append("#".repeat(1 + random.nextInt(3))).append(' ').append(inline(random, 3))
                        .append("\n\n");
                case 1 -> doc.append("## Same heading\n\n");
                case 2 -> doc.append("```").append(pick(random, "java", "mermaid", "math", "Java Extra", "c++", "",
                        "SQL", "tex")).append('\n').append(inline(random, 6)).append("\n```\n\n");
                case 3 -> doc.append("| a | ").append(inline(random, 1)).append(" |\n|---|:-:|\n| ")
                        .append(inline(random, 2)).append(" | ").append(inline(random, 2)).append(" |\n\n");
                case 4 -> doc.append("- [ ] ").append(inline(random, 3)).append("\n- [x] ").append(inline(random, 2))
                        .append("\n* [X] b\n- [y] not a task\n  - [ ] nested ").append(inline(random, 2)).append("\n\n");
                case 5 -> doc.append("1. ").append(inline(random, 3)).append("\n2. ").append(inline(random, 3))
                        .append("\n\n");
                case 6 -> doc.append("> ").append(inline(random, 5)).append("\n> more ").append(inline(random, 2))
                        .append("\n\n");
                case 7 -> doc.append("<div>\n<b>").append(inline(random, 2)).append("</b>\n</div>\n\n");
                case 8 -> doc.append("[ref]: http://ref.example/#r \"Title\"\n\n");
                case 9 -> doc.append("    indented ").append(inline(random, 3)).append("\n\n");
                case 10 -> doc.append("---\n\n");
                case 11 -> doc.append(inline(random, 4)).append("  \n").append(inline(random, 4)).append("\n\n");
                case 14 -> doc.append(inline(random, 3)).append('\n').append(pick(random, "===", "---")).append("\n\n");
                case 15 -> doc.append("> - [ ] ").append(inline(random, 2)).append("\n> <div>\n> ").append(inline(random, 2))
                        .append("\n> </div>\n>\n> > [^1]: nested definition ").append(inline(random, 2)).append("\n\n");
                case 16 -> doc.append("- item ").append(inline(random, 2)).append("\n\n  <p>").append(inline(random, 1))
                        .append("</p>\n\n  [^1]: in a list ").append(inline(random, 2)).append("\n- [ ]\n- [x]  \n\n");
                case 17 -> doc.append(inline(random, 3)).append("\n| x | y |\n|---|---|\n| ").append(inline(random, 2))
                        .append(" | ").append(inline(random, 1)).append(" |\nlazy ").append(inline(random, 2)).append("\n\n");
                case 18 -> doc.append("> [ref2]: http://two.example/#t\n> ").append(inline(random, 3))
                        .append(" [ref2]\nlazy continuation ").append(inline(random, 2)).append("\n\n");
                case 19 -> doc.append("1. [ ] ").append(inline(random, 2)).append("\n   1. [x] ").append(inline(random, 2))
                        .append("\n      > quoted ").append(inline(random, 2)).append("\n\n");
                case 20 -> doc.append("<!-- ").append(inline(random, 2)).append(" -->\n\n<img src=x onerror=alert(1)> ")
                        .append(inline(random, 2)).append("\n\n");
                default -> doc.append(inline(random, 8 + random.nextInt(20))).append("\n\n");
            }
        }
        if (footnote) {
            doc.append("[^1]: A footnote with #tag and [[Redis]].\n");
        }
        return doc.toString();
    }

    private static String inline(Random random, int tokens) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < tokens; t++) {
            if (t > 0) {
                text.append(random.nextInt(8) == 0 ? "" : random.nextInt(10) == 0 ? "\n" : " ");
            }
            text.append(INLINE[random.nextInt(INLINE.length)]);
        }
        return text.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
