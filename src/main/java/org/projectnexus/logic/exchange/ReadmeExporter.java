package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.logic.NexusException;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

/**
 * Writes the knowledge base as one README in the structure of the Project Nexus template: overview, key
 * technologies, important concepts grouped by tag, challenges with their solutions, best practices and takeaways,
 * collaboration, conclusion. Every entry gets a heading, and {@code [[links]]} become links to those headings'
 * anchors, so the document stands alone on GitHub. Sections read from a README ({@link ReadmeReader}: notes tagged
 * {@code readme/...}) go back to their place.
 */
public final class ReadmeExporter {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(\\s.*)$");
    private static final String RULE = "\n---\n\n";
    private final ObjectMapper yaml = FrontMatter.yamlMapper();

    public int export(List<IndexedEntry> all, Path file, Progress progress) {
        String text = document(all, progress);
        try {
            Files.writeString(file.toAbsolutePath().normalize(), text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            throw new NexusException(file + " exists already. Choose a new file name, so that no file of yours is"
                    + " overwritten.", exists);
        } catch (IOException failure) {
            throw new NexusException("The README could not be written to " + file + ": " + failure.getMessage(), failure);
        }
        return all.size();
    }

    String document(List<IndexedEntry> all, Progress progress) {
        List<IndexedEntry> entries = all.stream().sorted(Comparator.comparing(
                (IndexedEntry indexed) -> indexed.entry().meta().created()).thenComparing(i -> i.entry().id())).toList();
        Map<String, String> anchors = new HashMap<>();
        entries.forEach(indexed -> {
            anchors.putIfAbsent(WikiLink.titleKey(indexed.entry().title()), slug(indexed.entry().title()));
            indexed.aliases().forEach(alias -> anchors.putIfAbsent(WikiLink.titleKey(alias),
                    slug(indexed.entry().title())));
        });
        Map<String, List<IndexedEntry>> sections = new LinkedHashMap<>();
        List<IndexedEntry> technologies = new ArrayList<>();
        Map<String, List<IndexedEntry>> concepts = new java.util.TreeMap<>();
        List<IndexedEntry> challenges = new ArrayList<>();
        List<IndexedEntry> takeaways = new ArrayList<>();
        for (IndexedEntry indexed : entries) {
            String readme = indexed.tags().stream().map(Tag::name).filter(name -> name.startsWith("readme/"))
                    .findFirst().orElse(null);
            if (readme != null) {
                sections.computeIfAbsent(readme, key -> new ArrayList<>()).add(indexed);
            } else if (indexed.entry().kind() == EntryKind.CHALLENGE) {
                challenges.add(indexed);
            } else if (indexed.entry().kind() == EntryKind.TAKEAWAY) {
                takeaways.add(indexed);
            } else if (indexed.tags().stream().anyMatch(tag -> tag.name().equals("technology")
                    || tag.name().startsWith("technology/"))) {
                technologies.add(indexed);
            } else {
                String group = indexed.tags().stream().map(Tag::name).findFirst().orElse("other");
                concepts.computeIfAbsent(group, key -> new ArrayList<>()).add(indexed);
            }
        }
        StringBuilder out = new StringBuilder("# Project Nexus Documentation\n\n");
        List<IndexedEntry> overview = sections.remove("readme/overview");
        out.append("## 📌 Overview\n");
        if (overview != null) {
            overview.forEach(indexed -> out.append('\n').append(body(indexed.entry().body(), 2, anchors)));
        } else {
            out.append("\nA knowledge hub of ").append(entries.size()).append(" entries: ")
                    .append(count(entries, EntryKind.NOTE)).append(" notes, ")
                    .append(count(entries, EntryKind.CHALLENGE)).append(" challenges and ")
                    .append(count(entries, EntryKind.TAKEAWAY)).append(" takeaways, exported from Nexus.\n");
        }
        for (String early : List.of("readme/project-objective", "readme/key-features")) {
            List<IndexedEntry> notes = sections.remove(early);
            if (notes != null) {
                section(out, early.equals("readme/key-features") ? "🚀" : "🎯", notes.get(0).entry().title(), notes,
                        anchors, false);
            }
        }
        section(out, "🛠️", "Key Technologies", technologies, anchors, true);
        out.append(RULE).append("## 📚 Important Concepts\n");
        concepts.forEach((tag, notes) -> {
            out.append("\n### ").append(tag).append('\n');
            notes.forEach(indexed -> entry(out, 4, indexed.entry(), anchors));
        });
        out.append(RULE).append("## ⚡ Challenges & Solutions\n");
        challenges.forEach(indexed -> entry(out, 3, indexed.entry(), anchors));
        out.append(RULE).append("## 🌟 Best Practices & Personal Takeaways\n");
        takeaways.stream().sorted(Comparator.comparing(indexed -> ((Takeaway) indexed.entry()).category()))
                .forEach(indexed -> entry(out, 3, indexed.entry(), anchors));
        List<IndexedEntry> conclusion = sections.remove("readme/conclusion");
        sections.forEach((tag, notes) -> section(out, tag.contains("collaboration") ? "🤝" : "📂",
                notes.get(0).entry().title(), notes, anchors, false));
        out.append(RULE).append("## ✅ Conclusion\n");
        if (conclusion != null) {
            conclusion.forEach(indexed -> out.append('\n').append(body(indexed.entry().body(), 2, anchors)));
        } else {
            out.append("\nThis document was written by Nexus from ").append(entries.size())
                    .append(" entries of a knowledge base; every section above is one of them.\n");
        }
        progress.update("Writing the README", entries.size(), entries.size());
        return out.toString();
    }

    private void section(StringBuilder out, String emoji, String title, List<IndexedEntry> notes,
                         Map<String, String> anchors, boolean asEntries) {
        out.append(RULE).append("## ").append(emoji).append(' ').append(title).append('\n');
        for (IndexedEntry indexed : notes) {
            if (asEntries) {
                entry(out, 3, indexed.entry(), anchors);
            } else {
                out.append('\n').append(body(indexed.entry().body(), 2, anchors));
            }
        }
    }

    private void entry(StringBuilder out, int level, Entry entry, Map<String, String> anchors) {
        out.append('\n').append("#".repeat(level)).append(' ').append(entry.title()).append('\n');
        if (entry instanceof Challenge challenge) {
            out.append("\n**Challenge:** ").append(body(challenge.problem(), level, anchors));
            out.append("\n**Solution:** ").append(body(challenge.solution(), level, anchors));
        } else if (entry instanceof Takeaway takeaway && takeaway.category() == TakeawayCategory.INSIGHT) {
            out.append("\n_Personal insight._\n");
        }
        String body = body(entry.body(), level, anchors);
        if (!body.isBlank() && !body.strip().equals(entry.title())) {
            // A label ends a challenge's solution: without it, importing the README again read the text as solution.
            out.append(entry instanceof Challenge ? "\n" + ReadmeReader.NOTES_LABEL + "\n\n" : "\n").append(body);
        }
    }

    /** The Markdown without its front matter, headings moved under {@code level}, links pointed at anchors. */
    private String body(String markdown, int level, Map<String, String> anchors) {
        String text = FrontMatter.split(markdown, yaml).body().strip();
        if (text.isEmpty()) {
            return "\n";
        }
        String linked = WikiLinkEditor.rewrite(text, link -> {
            String anchor = anchors.get(link.targetKey());
            String shown = link.alias().isEmpty() ? link.target() : link.alias();
            if (anchor == null) {
                return shown;
            }
            return "[" + shown + "](#" + (link.heading().isEmpty() ? anchor : MarkdownRenderer.headingId(link.heading()))
                    + ")";
        });
        StringBuilder out = new StringBuilder();
        String[] lines = linked.split("\n", -1);
        boolean[] prose = new boolean[lines.length];
        int[] index = {0};
        int[] offsets = new int[lines.length];
        for (int i = 0, offset = 0; i < lines.length; offset += lines[i].length() + 1, i++) {
            offsets[i] = offset;
        }
        MarkdownLines.forEachLine(linked, (offset, line) -> {
            while (index[0] < offsets.length && offsets[index[0]] < offset) {
                index[0]++;
            }
            if (index[0] < offsets.length) {
                prose[index[0]] = true;
            }
        });
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i]);
            out.append(prose[i] && heading.matches()
                    ? "#".repeat(Math.min(6, heading.group(1).length() + level - 1)) + heading.group(2) : lines[i]);
            out.append('\n');
        }
        return out.toString();
    }

    private static long count(List<IndexedEntry> entries, EntryKind kind) {
        return entries.stream().filter(indexed -> indexed.entry().kind() == kind).count();
    }

    /** The anchor GitHub (and the preview) gives a heading: lower case, punctuation dropped, spaces as dashes. */
    static String slug(String heading) {
        return MarkdownRenderer.headingId(heading).toLowerCase(Locale.ROOT);
    }
}
