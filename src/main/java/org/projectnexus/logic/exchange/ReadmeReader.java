package org.projectnexus.logic.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.logic.exchange.VaultFolderReader.MarkdownFile;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * Reads a README in the structure of the Project Nexus template into entries: each challenge with its solution
 * becomes a challenge, each best practice or takeaway a takeaway, each group of key technologies and of concepts a
 * note (tagged {@code technology} or {@code concept}), and the other sections (overview, objective, collaboration,
 * conclusion, ...) notes tagged {@code readme/<section>}, from which {@link ReadmeExporter} rebuilds them. A
 * document wrapped whole in a code fence is unwrapped, and garbled emoji are repaired ({@link Mojibake}).
 */
final class ReadmeReader {

    private static final Pattern SECTION = Pattern.compile("^##\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern WRAPPING_FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*(markdown|md)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY_HEADING = Pattern.compile("^###\\s+(.+?)\\s*$");
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern CHALLENGE = Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*(?:Challenge|Problem):?\\*\\*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOLUTION = Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*Solution:?\\*\\*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** What the export writes before a challenge's own text, after its solution (so that text is not the solution). */
    static final String NOTES_LABEL = "**Notes:**";
    private static final Pattern NOTES = Pattern.compile("^\\*\\*Notes:\\*\\*\\s*(.*)$");
    /** An item that starts with a link to the entry's page, maybe after a bold label: its title is the link's text. */
    private static final Pattern LEADING_LINK = Pattern.compile(
            "^\\s*(?:\\*\\*[^*]+:\\*\\*\\s*)?\\[((?:\\\\.|[^\\]\\\\])+)]\\([^)]*\\).*$", Pattern.DOTALL);
    private static final Pattern SUNK_HEADING = Pattern.compile("^(#{4,6})(\\s.*)$");

    /** Whether the text has the template's sections: a challenges section and at least one other. */
    static boolean looksLikeReadme(String text) {
        boolean challenges = false;
        int known = 0;
        for (String line : text.split("\n")) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                String name = plain(section.group(1));
                challenges |= name.contains("challenges");
                known += name.contains("overview") || name.contains("technolog") || name.contains("takeaway")
                        || name.contains("best practice") || name.contains("conclusion") ? 1 : 0;
            }
        }
        return challenges && known > 0;
    }

    List<ImportCandidate> entries(MarkdownFile file, ImportReport report) {
        String source = file.relativePath();
        String text = unwrap(file.text(), source, report);
        String repaired = Mojibake.repair(text);
        if (!repaired.equals(text)) {
            report.note(source, "garbled emoji (UTF-8 read as Mac Roman)", "repaired");
        }
        List<ImportCandidate> entries = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        MarkdownLines.forEachLine(repaired, (offset, line) -> {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                starts.add(new int[] {offset, offset + line.length()});
                names.add(section.group(1));
            }
        });
        Instant when = file.modified();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : repaired.length();
            String body = repaired.substring(Math.min(starts.get(i)[1] + 1, end), end)
                    .replaceAll("(?m)^-{3,}\\s*$", "").strip();
            String heading = heading(names.get(i));
            String name = plain(names.get(i));
            String where = source + " › " + heading;
            if (name.contains("challenge")) {
                challenges(body, where, when, entries);
            } else if (name.contains("best practice") || name.contains("takeaway")) {
                takeaways(body, where, when, entries);
            } else if (name.contains("technolog")) {
                groups(body, "technology", where, when, entries);
            } else if (name.contains("concept")) {
                groups(body, "concept", where, when, entries);
            } else if (!body.isEmpty()) {
                entries.add(new ImportCandidate(new Note(meta(when), heading,
                        tagged("readme/" + ReadmeExporter.slug(heading), body + "\n")), where));
            }
        }
        return entries;
    }

    /** Without the code fence the whole document was wrapped in (the template comes that way). */
    private static String unwrap(String text, String source, ImportReport report) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !WRAPPING_FENCE.matcher(lines.get(first)).matches()) {
            return text;
        }
        lines.remove(first);
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last >= 0 && lines.get(last).strip().matches("`{3,}|~{3,}")) {
            lines.remove(last);
        }
        report.note(source, "the whole document is wrapped in a code fence", "read without it");
        return String.join("\n", lines);
    }

    private static void challenges(String section, String where, Instant when, List<ImportCandidate> entries) {
        String title = null;
        StringBuilder problem = null;
        StringBuilder solution = null;
        StringBuilder body = null;
        StringBuilder current = null;
        for (String line : (section + "\n### \n").split("\n")) {
            Matcher heading = ENTRY_HEADING.matcher(line);
            Matcher challenge = CHALLENGE.matcher(line);
            Matcher solved = SOLUTION.matcher(line);
            Matcher notes = NOTES.matcher(line);
            if (heading.matches() || line.equals("### ")) {
                addChallenge(title, problem, solution, body, where, when, entries);
                title = heading.matches() ? heading.group(1) : null;
                problem = null;
                solution = null;
                body = null;
                current = null;
            } else if (challenge.matches() && body == null) {
                if (problem != null) {
                    addChallenge(title, problem, solution, null, where, when, entries);
                    title = null;
                    solution = null;
                }
                problem = new StringBuilder(challenge.group(1));
                current = problem;
            } else if (solved.matches() && body == null) {
                solution = new StringBuilder(solved.group(1));
                current = solution;
            } else if (notes.matches() && current != null && body == null) {
                body = new StringBuilder(notes.group(1));
                current = body;
            } else if (current == body && body != null) {
                // The challenge's own text, its headings back at their level (the export puts them under the title's).
                Matcher sunk = SUNK_HEADING.matcher(line);
                body.append('\n').append(sunk.matches() ? sunk.group(1).substring(2) + sunk.group(2) : line);
            } else if (current != null) {
                current.append('\n').append(line.replaceFirst("^ {2,4}", ""));
            }
        }
    }

    private static void addChallenge(String title, StringBuilder problem, StringBuilder solution, StringBuilder body,
                                     String where, Instant when, List<ImportCandidate> entries) {
        if (problem == null && solution == null) {
            return;
        }
        String problemText = problem == null ? "" : problem.toString().strip();
        String solutionText = solution == null ? "" : solution.toString().strip();
        String bodyText = body == null || body.toString().isBlank() ? "" : body.toString().strip() + "\n";
        // The summary README writes "[Title](challenges/Title.md) · ✅ Solved": the title is the link's text.
        boolean open = problemText.endsWith(ReadmeDocument.OPEN) || solutionText.isEmpty();
        problemText = problemText.replace(" · " + ReadmeDocument.OPEN, "").replace(" · " + ReadmeDocument.SOLVED, "");
        String named = title != null ? title : titleFrom(problemText);
        problemText = LEADING_LINK.matcher(problemText).matches() ? named : problemText;
        entries.add(new ImportCandidate(new Challenge(meta(when), named, bodyText, problemText, solutionText,
                open ? ChallengeStatus.OPEN : ChallengeStatus.SOLVED), where + " › " + named));
    }

    private static void takeaways(String section, String where, Instant when, List<ImportCandidate> entries) {
        for (Item item : items(section)) {
            TakeawayCategory category = item.body().startsWith("**" + TakeawayCategory.INSIGHT.displayName() + ":**")
                    ? TakeawayCategory.INSIGHT : TakeawayCategory.BEST_PRACTICE;
            entries.add(new ImportCandidate(new Takeaway(meta(when), item.title(), item.body() + "\n", category),
                    where + " › " + item.title()));
        }
    }

    private static void groups(String section, String tag, String where, Instant when, List<ImportCandidate> entries) {
        for (Item item : items(section)) {
            entries.add(new ImportCandidate(new Note(meta(when), item.title(), tagged(tag, item.body() + "\n")),
                    where + " › " + item.title()));
        }
    }

    /** A bullet (title from its text, body the lines under it) or a {@code ###} heading with its text. */
    private record Item(String title, String body) {
    }

    private static List<Item> items(String section) {
        List<Item> items = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        boolean fromHeading = false;
        for (String line : (section + "\n### \n").split("\n")) {
            Matcher heading = ENTRY_HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (heading.matches() || line.equals("### ") || item.matches() && !fromHeading) {
                if (title != null) {
                    String text = body.toString().strip();
                    items.add(new Item(title, text.isEmpty() ? title : text));
                }
                fromHeading = heading.matches();
                title = heading.matches() ? heading.group(1) : item.matches() ? titleFrom(item.group(1)) : null;
                body.setLength(0);
                if (item.matches() && !fromHeading) {
                    body.append(item.group(1).strip().matches("\\*\\*[^*]+\\*\\*") ? "" : item.group(1));
                }
            } else if (title != null) {
                body.append('\n').append(line.replaceFirst("^ {2}", ""));
            }
        }
        return items;
    }

    /** A title from the first words of Markdown text: markup removed, at most about 100 characters. */
    static String titleFrom(String markdown) {
        Matcher link = LEADING_LINK.matcher(markdown);
        if (link.matches()) {
            return link.group(1).replace("\\[", "[").replace("\\]", "]").strip();
        }
        String plain = markdown.replaceAll("\\[\\[([^\\]|]*)(?:\\|([^\\]]*))?]]", "$1").replaceAll("[*_`]", "")
                .replaceAll("[\\[\\]|#]", " ").replaceAll("\\s+", " ").strip().replaceAll("[.:;,]+$", "");
        if (plain.length() > 100) {
            int cut = plain.lastIndexOf(' ', 100);
            plain = plain.substring(0, cut > 40 ? cut : 100).strip() + "…";
        }
        return plain.isEmpty() ? "Untitled" : plain;
    }

    private static String tagged(String tag, String body) {
        return "---\ntags:\n- " + tag + "\n---\n" + body;
    }

    /** The heading without its emoji and markup: "🛠️ Key Technologies" → "Key Technologies". */
    static String heading(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}&()\\-'’ ,/]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String plain(String heading) {
        return heading(heading).toLowerCase(Locale.ROOT);
    }

    private static EntryMeta meta(Instant when) {
        return new EntryMeta(UUID.randomUUID(), when, when, 0);
    }
}
