package org.projectnexus.logic.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.logic.exchange.ReadmeOutline.Item;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.TakeawayCategory;

/**
 * One README being written from an outline, in the template's order. A section filled by {@code #readme/...}
 * entries shows their text; the others are lists of one item per entry, each linking to its page. Where the
 * knowledge base has nothing for a section, a sentence made from its counts stands in, so no section is empty.
 */
final class ReadmeDocument {

    static final String SOLVED = "✅ Solved";
    static final String OPEN = "🔄 Open";
    private static final String RULE = "\n---\n\n";
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(\\s.*)$");

    private final ReadmeOutline outline;
    private final VaultLayout layout;
    private final ReadmeOptions options;
    private final Map<String, List<Item>> sections;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Points the bodies' embeds at the exported attachments (ADR 46), before their [[links]] become Markdown links. */
    private final java.util.function.UnaryOperator<String> embeds;

    ReadmeDocument(ReadmeOutline outline, VaultLayout layout, ReadmeOptions options) {
        this(outline, layout, options, text -> text);
    }

    ReadmeDocument(ReadmeOutline outline, VaultLayout layout, ReadmeOptions options,
                   java.util.function.UnaryOperator<String> embeds) {
        this.embeds = embeds;
        this.outline = outline;
        this.layout = layout;
        this.options = options;
        this.sections = new LinkedHashMap<>(outline.sections);
    }

    String write() {
        out.append("# ").append(options.title()).append('\n');
        if (options.author() != null) {
            out.append("\n*By ").append(options.author()).append(".*\n");
        }
        section("📌", "Overview", "overview", this::overview);
        section("🎯", "Project Objective", "objective", this::objective);
        section("🚀", "Key Features", "features", this::features);
        heading("🛠️", "Key Technologies");
        groups(outline.technologies, "No note is tagged `#technology/<group>` yet.");
        heading("📚", "Important Concepts");
        groups(outline.concepts, "No note is tagged `#concept/<area>` yet.");
        moreNotes();
        heading("⚡", "Challenges & Solutions");
        challenges();
        heading("🌟", "Best Practices & Personal Takeaways");
        takeaways();
        List<Item> collaboration = sections.remove("collaboration");
        List<Item> setup = sections.remove("setup");
        List<Item> conclusion = sections.remove("conclusion");
        for (Map.Entry<String, List<Item>> other : sections.entrySet()) {
            heading("📎", other.getValue().get(0).title());
            bodies(other.getValue());
        }
        filled("🤝", "Collaboration", collaboration, () -> out.append("\nQuestions, corrections and ideas are welcome:"
                + " open an issue or a pull request in this repository.\n"));
        filled("📂", "Repository Setup", setup, this::setup);
        filled("✅", "Conclusion", conclusion, this::conclusion);
        return out.toString();
    }

    private void section(String emoji, String name, String key, Runnable fallback) {
        filled(emoji, name, sections.remove(key), fallback);
    }

    private void filled(String emoji, String name, List<Item> entries, Runnable fallback) {
        heading(emoji, name);
        if (entries == null || entries.stream().allMatch(item -> item.body().isBlank())) {
            fallback.run();
        } else {
            bodies(entries);
        }
    }

    private void heading(String emoji, String name) {
        out.append(out.indexOf("\n## ") < 0 ? "\n" : RULE).append("## ").append(emoji).append(' ').append(name)
                .append('\n');
    }

    private void overview() {
        out.append("\nA knowledge hub of ").append(outline.count(EntryKind.NOTE)).append(" notes, ")
                .append(outline.count(EntryKind.CHALLENGE)).append(" challenges and ")
                .append(outline.count(EntryKind.TAKEAWAY)).append(" takeaways, kept in Nexus.\n");
    }

    private void objective() {
        out.append("\n- Consolidate what was learnt, in one place.\n- Serve as a reference guide, each page one")
                .append(" topic.\n");
    }

    private void features() {
        List<String> technologies = outline.technologies.values().stream().flatMap(List::stream).map(Item::title)
                .distinct().limit(6).toList();
        long solved = outline.challenges.stream().filter(item -> item.status() == ChallengeStatus.SOLVED).count();
        long practices = outline.takeaways.stream().filter(item -> item.category() == TakeawayCategory.BEST_PRACTICE)
                .count();
        out.append("\n- **Comprehensive Documentation**  \n  ").append(outline.count(EntryKind.NOTE))
                .append(" notes on technologies and concepts")
                .append(technologies.isEmpty() ? "" : ", such as " + String.join(", ", technologies)).append(".\n");
        out.append("- **Challenges & Solutions**  \n  ").append(outline.challenges.size())
                .append(" challenges met along the way, ").append(solved).append(" of them solved.\n");
        out.append("- **Best Practices & Takeaways**  \n  ").append(practices).append(" best practices and ")
                .append(outline.takeaways.size() - practices).append(" personal insights.\n");
        out.append("- **Linked Pages**  \n  Every item links to its full page in `notes/`, `challenges/` and")
                .append(" `takeaways/`.\n");
    }

    private void groups(Map<String, List<Item>> groups, String none) {
        if (groups.isEmpty()) {
            out.append('\n').append(none).append('\n');
            return;
        }
        out.append('\n');
        for (Map.Entry<String, List<Item>> group : groups.entrySet()) {
            out.append("- **").append(ReadmeGroups.name(group.getKey())).append("**\n");
            for (Item item : group.getValue()) {
                out.append("  - ").append(link(item)).append(item.summary().isEmpty() ? "" : ": " + item.summary())
                        .append('\n');
            }
        }
    }

    private void moreNotes() {
        int others = outline.notes - outline.listedNotes;
        if (others > 0) {
            out.append("\n").append(others).append(others == 1 ? " more note is" : " more notes are")
                    .append(" in [notes/](notes/).\n");
        }
    }

    private void challenges() {
        if (outline.challenges.isEmpty()) {
            out.append("\nNo challenge is recorded yet.\n");
            return;
        }
        out.append('\n');
        for (Item item : outline.challenges) {
            out.append("- **Challenge:** ").append(link(item)).append(" · ")
                    .append(item.status() == ChallengeStatus.SOLVED ? SOLVED : OPEN).append('\n');
            out.append("  - **Solution:** ").append(item.solution().isEmpty() ? "Not found yet." : item.solution())
                    .append('\n');
        }
    }

    private void takeaways() {
        if (outline.takeaways.isEmpty()) {
            out.append("\nNo takeaway is recorded yet.\n");
            return;
        }
        out.append('\n');
        for (Item item : outline.takeaways) {
            out.append("- **").append(item.category().displayName()).append(":** ").append(link(item))
                    .append(item.summary().isEmpty() ? "" : ": " + item.summary()).append('\n');
        }
    }

    private void setup() {
        if (options.remote() != null) {
            out.append("\nThis repository is published from a Nexus knowledge")
                    .append(" base: `README.md` sums it up and every entry has its page in `notes/`, `challenges/`")
                    .append(" or `takeaways/`. To read it locally:\n\n```bash\ngit clone ").append(options.remote())
                    .append("\n```\n\nThe files are generated: change the entries in Nexus and publish again")
                    .append(" (File ▸ Publish… or `nexus publish`).\n");
            return;
        }
        out.append("\n1. Create a new GitHub repository named **`alx-project-nexus`**.\n")
                .append("2. Publish this hub to it from Nexus (File ▸ Publish…), or on the command line:\n\n")
                .append("```bash\nnexus publish --repo ~/alx-project-nexus \\\n")
                .append("  --remote git@github.com:<your-username>/alx-project-nexus.git\n```\n\n")
                .append("3. Publish again after each change: only what changed is committed and pushed.\n");
    }

    private void conclusion() {
        out.append("\nThis hub is a living record of ").append(outline.count(EntryKind.NOTE)
                + outline.count(EntryKind.CHALLENGE) + outline.count(EntryKind.TAKEAWAY))
                .append(" entries: the tools and concepts, and the problems solved along the way.\n");
    }

    /** The entries' text, without front matter or tag lines, headings under the section's, links to the pages. */
    private void bodies(List<Item> items) {
        for (Item item : items) {
            out.append('\n').append(shifted(WikiLinkEditor.rewrite(embeds.apply(item.body()), layout::linkFromRoot)));
        }
    }

    /** The Markdown without tag lines, its headings moved so the highest is a {@code ###}, under the section's. */
    private static String shifted(String markdown) {
        List<String> lines = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        int highest = 6;
        boolean fenced = false;
        for (String line : markdown.strip().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && SummaryLine.tagsOnly(line)) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            boolean isHeading = !fenced && heading.matches();
            highest = isHeading ? Math.min(highest, heading.group(1).length()) : highest;
            lines.add(line);
            headings.add(isHeading);
        }
        int shift = Math.max(0, 3 - highest);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            text.append(headings.get(i) ? "#".repeat(Math.min(6, line.indexOf(' ') + shift)) + line.substring(line.indexOf(' '))
                    : line).append('\n');
        }
        return text.toString().strip() + "\n";
    }

    /** The entry's title linked to its page. */
    private String link(Item item) {
        String file = layout.file(item.id());
        String title = VaultLayout.escape(item.title());
        return file == null ? title : "[" + title + "](" + VaultLayout.encode(file + ".md") + ")";
    }
}
