package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

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

    /**
     * Writes the README of every entry of {@code source} to {@code file}, which must not exist yet. The entries are
     * read twice, a page at a time: once for the outline (which entry goes where, and every anchor), then for their
     * text while it is written, so the README of a large knowledge base never sits in memory whole. A failed or
     * cancelled export removes the unfinished file (it was created here: nothing of the user's is touched).
     */
    public int export(ExportSource source, Path file, Progress progress) {
        Path target = file.toAbsolutePath().normalize();
        boolean created = false;
        // The file is made first, so that a name already taken is said at once, not after the first read.
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            created = true;
            ReadmeOutline outline = ReadmeOutline.of(source, progress);
            new Document(source, outline, writer, progress).write();
            return outline.entries.size();
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            throw new NexusException(file + " exists already. Choose a new file name, so that no file of yours is"
                    + " overwritten.", exists);
        } catch (IOException failure) {
            deleteUnfinished(target, created);
            throw new NexusException("The README could not be written to " + file + ": " + failure.getMessage(), failure);
        } catch (RuntimeException cancelledOrFailed) {
            deleteUnfinished(target, created);
            throw cancelledOrFailed;
        }
    }

    private static void deleteUnfinished(Path target, boolean created) {
        if (created) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The export failed already; its message says so. An unfinished file left behind is the lesser harm.
            }
        }
    }

    /** One README being written: the outline's sections in the template's order, entries read a page at a time. */
    private final class Document {
        private static final int FLUSH_AT = 64 * 1024;
        private final ExportSource source;
        private final ReadmeOutline outline;
        private final Writer writer;
        private final Progress progress;
        private final StringBuilder out = new StringBuilder(FLUSH_AT + 8192);
        private int written;

        Document(ExportSource source, ReadmeOutline outline, Writer writer, Progress progress) {
            this.source = source;
            this.outline = outline;
            this.writer = writer;
            this.progress = progress;
        }

        void write() throws IOException {
            Map<String, List<ReadmeOutline.Item>> sections = new LinkedHashMap<>(outline.sections);
            int total = outline.entries.size();
            out.append("# Project Nexus Documentation\n\n");
            List<ReadmeOutline.Item> overview = sections.remove("readme/overview");
            out.append("## 📌 Overview\n");
            if (overview != null) {
                bodies(overview, 2);
            } else {
                out.append("\nA knowledge hub of ").append(total).append(" entries: ")
                        .append(outline.count(EntryKind.NOTE)).append(" notes, ")
                        .append(outline.count(EntryKind.CHALLENGE)).append(" challenges and ")
                        .append(outline.count(EntryKind.TAKEAWAY)).append(" takeaways, exported from Nexus.\n");
            }
            for (String early : List.of("readme/project-objective", "readme/key-features")) {
                List<ReadmeOutline.Item> notes = sections.remove(early);
                if (notes != null) {
                    heading(early.equals("readme/key-features") ? "🚀" : "🎯", notes.get(0).title());
                    bodies(notes, 2);
                }
            }
            heading("🛠️", "Key Technologies");
            entries(outline.technologies, 3);
            out.append(RULE).append("## 📚 Important Concepts\n");
            for (Map.Entry<String, List<ReadmeOutline.Item>> concept : outline.concepts.entrySet()) {
                out.append("\n### ").append(concept.getKey()).append('\n');
                entries(concept.getValue(), 4);
            }
            out.append(RULE).append("## ⚡ Challenges & Solutions\n");
            entries(outline.challenges, 3);
            out.append(RULE).append("## 🌟 Best Practices & Personal Takeaways\n");
            entries(outline.takeaways, 3);
            List<ReadmeOutline.Item> conclusion = sections.remove("readme/conclusion");
            for (Map.Entry<String, List<ReadmeOutline.Item>> section : sections.entrySet()) {
                heading(section.getKey().contains("collaboration") ? "🤝" : "📂", section.getValue().get(0).title());
                bodies(section.getValue(), 2);
            }
            out.append(RULE).append("## ✅ Conclusion\n");
            if (conclusion != null) {
                bodies(conclusion, 2);
            } else {
                out.append("\nThis document was written by Nexus from ").append(total)
                        .append(" entries of a knowledge base; every section above is one of them.\n");
            }
            writer.append(out);
            progress.update("Writing the README", total, total);
        }

        private void heading(String emoji, String title) {
            out.append(RULE).append("## ").append(emoji).append(' ').append(title).append('\n');
        }

        /** Each entry's body as it is, its headings moved under the section's. */
        private void bodies(List<ReadmeOutline.Item> items, int level) throws IOException {
            forEachEntry(items, entry -> out.append('\n').append(body(entry.body(), level, outline.anchors)));
        }

        /** Each entry under a heading of its own. */
        private void entries(List<ReadmeOutline.Item> items, int level) throws IOException {
            forEachEntry(items, entry -> entry(out, level, entry, outline.anchors));
        }

        /** Reads the entries a page at a time, in the items' order (an entry deleted since the outline is left out). */
        private void forEachEntry(List<ReadmeOutline.Item> items, java.util.function.Consumer<Entry> write)
                throws IOException {
            for (int from = 0; from < items.size(); from += ExportSource.PAGE) {
                List<java.util.UUID> ids = items.subList(from, Math.min(items.size(), from + ExportSource.PAGE))
                        .stream().map(ReadmeOutline.Item::id).toList();
                for (IndexedEntry indexed : source.page(ids)) {
                    progress.checkCancelled();
                    write.accept(indexed.entry());
                    progress.update("Writing the README", ++written, outline.entries.size());
                    if (out.length() >= FLUSH_AT) {
                        writer.append(out);
                        out.setLength(0);
                    }
                }
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

    /** The anchor GitHub (and the preview) gives a heading: lower case, punctuation dropped, spaces as dashes. */
    static String slug(String heading) {
        return MarkdownRenderer.headingId(heading).toLowerCase(Locale.ROOT);
    }
}
