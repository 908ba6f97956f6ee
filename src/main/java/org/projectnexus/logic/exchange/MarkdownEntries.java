package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.projectnexus.model.TagRules;
import org.projectnexus.model.TitleRules;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.markdown.ParsedMarkdown;
import org.projectnexus.logic.exchange.VaultFolderReader.MarkdownFile;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.WikiLink;

/**
 * Turns Markdown files into entries. A file Nexus exported (its front matter has {@code id} or {@code kind}) gives
 * back its entry: id, times, kind and fields from the front matter, the rest of it as the body's own front
 * matter. Any other file becomes a note titled by its file name whose text is kept as it is, with its folders as a
 * nested tag. Links are resolved by Obsidian's rules (file name without extension or path in the vault, ignoring
 * case) and rewritten to the titles the entries get.
 */
final class MarkdownEntries {

    private static final int MAX_TAG = 200;
    // Compiled once: every file of an import goes through them (String.replaceAll compiles its pattern each call).
    private static final Pattern NOT_IN_TAGS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_\\-]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private final MarkdownParser parser;
    private final ImportSources.Indexer indexer;
    private final Function<MarkdownFile, Optional<MarkdownFile>> reread;
    /** The headings of the files that links with an {@code #anchor} name, by path: each such file is read once. */
    private final Map<String, List<String>> linkedHeadings = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObjectMapper yaml = new NexusFrontMatterMapper(); // the YAML library for all but Nexus's own

    /**
     * With an {@code indexer}, candidates come indexed; without (null), the caller indexes them. {@code reread}
     * reads a file of the import again (for the headings of a file that a link names with an anchor).
     */
    MarkdownEntries(MarkdownParser parser, ImportSources.Indexer indexer,
                    Function<MarkdownFile, Optional<MarkdownFile>> reread) {
        this.parser = parser;
        this.indexer = indexer;
        this.reread = reread;
    }

    /**
     * What links may find a file of the import by, kept for every file while the entries are read one batch at a
     * time: where it is, the title its entry gets and its aliases. The headings that {@code file.md#anchor} links
     * name are read again from the file when such a link is met: few links have one, and every file has text.
     */
    record LinkTarget(MarkdownFile file, String title, List<String> aliases) {
    }

    /** The files of one import by Obsidian's names for them: path without {@code .md}, and file name alone. */
    static final class Links {
        private final Map<String, LinkTarget> byPath = new HashMap<>();
        private final Map<String, LinkTarget> byStem = new HashMap<>();

        /** Adds the files in order: of two with one name, the first added is the one links find. */
        Links(List<LinkTarget> targets) {
            for (LinkTarget target : targets) {
                String path = target.file().relativePath();
                byPath.putIfAbsent(key(path.substring(0, path.lastIndexOf('.'))), target);
                byStem.putIfAbsent(key(target.file().stem()), target);
            }
        }

        /**
         * The file a wiki link names, by Obsidian's rules: its path or name, with {@code .md} or without. A name that
         * ends in {@code .md} is first the file of that name ({@code [[Redis.md]]}: {@code Redis.md}), then the file
         * whose name without {@code .md} it is ({@code [[aux.md]]}: {@code aux.md.md}, as a title "aux.md" exports).
         */
        LinkTarget find(String linkTarget) {
            String written = linkTarget.startsWith("/") ? linkTarget.substring(1) : linkTarget;
            String withoutSuffix = withoutMdSuffix(written);
            LinkTarget found = named(key(withoutSuffix));
            return found != null || withoutSuffix.equals(written) ? found : named(key(written));
        }

        private LinkTarget named(String target) {
            return byPath.getOrDefault(target, byStem.get(target.substring(target.lastIndexOf('/') + 1)));
        }
    }

    /**
     * The first look at a file: the title its entry will get and its aliases. Cheap (no Markdown parse); the report
     * hears of the file when {@link #candidate} reads it properly.
     */
    LinkTarget describe(MarkdownFile file) {
        FrontMatter front = FrontMatter.split(file.text(), yaml);
        String title = title(front.text("title").filter(text -> front.error().isEmpty()).orElse(file.stem()),
                file.relativePath(), new ImportReport());
        return new LinkTarget(file.withoutText(), title, front.aliases());
    }

    /** The headings of a file a link names with an anchor, read from it the first time. */
    private List<String> headingsOf(LinkTarget linked) {
        return linkedHeadings.computeIfAbsent(linked.file().relativePath(),
                path -> reread.apply(linked.file()).map(this::headings).orElse(List.of()));
    }

    /** The headings of the text the file's entry gets: for an exported file, not those Nexus writes round its fields. */
    private List<String> headings(MarkdownFile file) {
        FrontMatter front = FrontMatter.split(file.text(), yaml);
        String sources = file.text();
        if (exported(front)) {
            sources = front.body();
            if (front.text("kind").flatMap(EntryKind::parse).orElse(EntryKind.NOTE) == EntryKind.CHALLENGE
                    && front.text("problem").isEmpty() && front.text("solution").isEmpty()) {
                VaultEntryFile.ChallengeSections sections = VaultEntryFile.challengeSections(sources);
                sources = sections.problem() + "\n\n" + sections.solution() + "\n\n" + sections.body();
            }
        }
        return headings(sources);
    }

    private static boolean exported(FrontMatter front) {
        return front.error().isEmpty() && (front.fields().containsKey("id") || front.fields().containsKey("kind"));
    }

    /** The file as an entry, with its links rewritten to the titles of the files they name. */
    ImportCandidate candidate(MarkdownFile file, boolean folderTags, Links links, ImportReport report) {
        String folder = file.folder();
        java.util.function.UnaryOperator<String> relink = markdown -> WikiLinkEditor.rewriteFileLinks(
                WikiLinkEditor.rewrite(markdown, link -> {
                    LinkTarget linked = links.find(link.target());
                    return linked == null ? null : retarget(link, linked);
                }), (shown, path, anchor) -> {
                    String resolved = java.nio.file.Path.of(folder.isEmpty() ? "." : folder).resolve(path)
                            .normalize().toString().replace('\\', '/');
                    LinkTarget linked = links.byPath.get(key(resolved.substring(0, resolved.length() - 3)));
                    return linked == null ? null : fromFileLink(shown, anchor, linked);
                });
        FrontMatter front = FrontMatter.split(file.text(), yaml);
        front.error().ifPresent(error -> report.note(file.relativePath(), error,
                "imported; the front matter is kept as text"));
        FrontMatterTags.reportInvalid(front, file.relativePath(), report);
        ParsedOnce parsed = new ParsedOnce();
        Entry entry = draft(file, front, folderTags, report, parsed);
        Entry relinked = entry instanceof Challenge challenge
                ? challenge.withText(challenge.title(), relink.apply(challenge.body()))
                .withDetails(relink.apply(challenge.problem()), relink.apply(challenge.solution()), challenge.status())
                : entry.withText(entry.title(), relink.apply(entry.body()));
        ImportCandidate candidate = new ImportCandidate(relinked, file.relativePath());
        return indexer == null ? candidate : candidate.withIndex(indexer.index(relinked, parsed::parse));
    }

    /** The name without a final {@code .md} (any case), as {@code replaceFirst("(?i)\\.md$", "")} without a regex. */
    private static String withoutMdSuffix(String name) {
        return name.regionMatches(true, name.length() - 3, ".md", 0, 3) ? name.substring(0, name.length() - 3) : name;
    }

    /** Parses Markdown, remembering the last text: an exported body is parsed for its tags, then indexed as it is. */
    private final class ParsedOnce {
        private String text;
        private ParsedMarkdown result;

        ParsedMarkdown parse(String markdown) {
            if (!markdown.equals(text)) {
                result = parser.parseForIndex(markdown);
                text = markdown;
            }
            return result;
        }
    }

    /** The link pointed at the entry's title (or one of its aliases), or null when it does already. */
    private static String retarget(WikiLink link, LinkTarget linked) {
        String title = linked.title();
        String alias = link.alias();
        // [[File|shown]] where "shown" names the entry itself (its title or an alias) is what the export makes of
        // [[shown]]: give that back, as Nexus resolves it to the same entry.
        boolean aliasNamesIt = !alias.isEmpty() && (alias.equalsIgnoreCase(title) && !link.target().equals(title)
                || linked.aliases().stream().anyMatch(alias::equalsIgnoreCase));
        if (aliasNamesIt) {
            return WikiLinkEditor.wikiLink(alias, link.heading(), "");
        }
        return link.target().equalsIgnoreCase(title) ? null : WikiLinkEditor.wikiLink(title, link.heading(), alias);
    }

    /** A Markdown link to a file of the import ({@code [shown](Redis.md#anchor)}) as the wiki link it was made from. */
    private String fromFileLink(String shown, String anchor, LinkTarget linked) {
        String title = linked.title();
        String heading = anchor.isEmpty() ? "" : headingWithId(headingsOf(linked), anchor).orElse(anchor);
        boolean shownNamesIt = shown.equalsIgnoreCase(title) || linked.aliases().stream().anyMatch(shown::equalsIgnoreCase);
        return shownNamesIt ? WikiLinkEditor.wikiLink(shown, heading, "") : WikiLinkEditor.wikiLink(title, heading, shown);
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    /** The texts of the lines that look like ATX headings (a link's {@code #anchor} names one of them). */
    private static List<String> headings(String markdown) {
        if (markdown.indexOf('#') < 0) {
            return List.of();
        }
        List<String> headings = new ArrayList<>();
        java.util.regex.Matcher heading = HEADING.matcher(markdown);
        while (heading.find()) {
            headings.add(heading.group(1));
        }
        return headings;
    }

    private static Optional<String> headingWithId(List<String> headings, String id) {
        return headings.stream()
                .filter(heading -> org.projectnexus.logic.markdown.MarkdownRenderer.headingId(heading).equals(id))
                .findFirst();
    }

    /**
     * The entry a file gives; {@code parsed} remembers the Markdown it parses, for indexing the entry after.
     */
    private Entry draft(MarkdownFile file, FrontMatter front, boolean folderTags, ImportReport report,
                        ParsedOnce parsed) {
        String source = file.relativePath();
        boolean exported = exported(front);
        String title = title(front.text("title").filter(text -> front.error().isEmpty()).orElse(file.stem()), source, report);
        Instant created = FrontMatterFields.instant(front, "created", source, report).orElse(file.modified());
        Instant updated = FrontMatterFields.instant(front, "updated", source, report).orElse(file.modified());
        UUID id = FrontMatterFields.id(front).orElseGet(UUID::randomUUID);
        EntryMeta meta = new EntryMeta(id, created, updated.isBefore(created) ? created : updated, 0);
        if (!exported) {
            String body = file.text();
            if (folderTags && !file.folder().isEmpty()) {
                body = withFolderTag(front, body, file.folder(), source, report);
            }
            return new Note(meta, title, body);
        }
        EntryKind kind = front.text("kind").flatMap(EntryKind::parse).orElse(EntryKind.NOTE);
        String rest = front.body();
        String problem = front.text("problem").orElse("").strip();
        String solution = front.text("solution").orElse("").strip();
        if (kind == EntryKind.CHALLENGE && problem.isEmpty() && solution.isEmpty()) {
            VaultEntryFile.ChallengeSections sections = VaultEntryFile.challengeSections(rest);
            rest = sections.body();
            problem = sections.problem();
            solution = sections.solution();
        }
        // The text whose tags the entry's index finds (EntryIndexer): a challenge's problem and solution count too.
        // Parsed here as the index parses it, it is not parsed again for the index.
        String indexedText = kind == EntryKind.CHALLENGE ? problem + "\n\n" + solution + "\n\n" + rest : rest;
        String body = bodyWithOwnFields(front, rest, indexedText, parsed);
        return switch (kind) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, problem, solution,
                    FrontMatterFields.status(front, source, report));
            case TAKEAWAY -> new Takeaway(meta, title, body, FrontMatterFields.category(front, source, report));
        };
    }

    /**
     * The body of an exported entry: the front-matter fields that are not Nexus's own go back into the body's
     * front matter, with the tags that are not written in the entry's text ({@code indexedText}) itself.
     */
    private String bodyWithOwnFields(FrontMatter front, String rest, String indexedText, ParsedOnce parsed) {
        Map<String, Object> own = new LinkedHashMap<>();
        front.fields().forEach((key, value) -> {
            if (key.equals("tags")) {
                Set<Tag> inline = mayBeInline(front.list("tags"), indexedText)
                        ? parsed.parse(indexedText).inlineTags() : Set.of();
                List<String> written = front.list("tags").stream()
                        .filter(name -> !validTag(name) || !inline.contains(new Tag(name))).toList();
                if (!written.isEmpty()) {
                    own.put("tags", written);
                }
            } else if (!VaultEntryFile.NEXUS_KEYS.contains(key)) {
                own.put(key, value);
            }
        });
        return own.isEmpty() ? rest : "---\n" + VaultEntryFile.yaml(own) + "---\n" + rest;
    }

    /**
     * Whether any of the tags may be written as {@code #tag} in the text, ignoring case (only then is parsing worth
     * it). Each {@code #} is compared where it stands: lowering the case of the whole text first copied every
     * text, which every import paid for (measured: docs/performance/log/session-11.md, change E).
     */
    static boolean mayBeInline(List<String> tags, String text) {
        List<String> names = tags.stream().map(tag -> withoutHash(tag.strip()))
                .filter(name -> !name.isEmpty()).toList();
        for (int hash = text.indexOf('#'); hash >= 0 && !names.isEmpty(); hash = text.indexOf('#', hash + 1)) {
            for (String name : names) {
                if (text.regionMatches(true, hash + 1, name, 0, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the folder path as a nested tag in the note's front matter (Obsidian users file by folder). */
    private static String withFolderTag(FrontMatter front, String body, String folder, String source,
                                        ImportReport report) {
        String tag = folderTag(folder);
        if (tag.length() > MAX_TAG) {
            tag = tag.substring(0, tag.lastIndexOf('/', MAX_TAG));
            report.note(source, "folders nested too deep for a tag", "tagged #" + tag + " (the top folders)");
        }
        if (tag.isEmpty()) {
            return body;
        }
        if (front.error().isPresent()) {
            return body + (body.endsWith("\n") ? "\n#" : "\n\n#") + tag + "\n";
        }
        if (front.fields().isEmpty() && front.body().equals(body)) {
            return "---\ntags:\n- " + tag + "\n---\n" + body;
        }
        Map<String, Object> fields = new LinkedHashMap<>(front.fields());
        List<String> tags = new ArrayList<>(front.list("tags"));
        tags.add(tag);
        fields.put("tags", tags);
        return "---\n" + VaultEntryFile.yaml(fields) + "---\n" + front.body();
    }

    static String folderTag(String folder) {
        return java.util.Arrays.stream(folder.split("/"))
                .map(part -> OUTER_DASHES.matcher(NOT_IN_TAGS.matcher(part.strip().toLowerCase(Locale.ROOT))
                        .replaceAll("-")).replaceAll(""))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("/"));
    }

    /**
     * A usable title ({@link TitleRules#usable}): characters links cannot hold become spaces, invisible ones go, too
     * long is cut; the report says so (not for a title only recomposed to NFC: it is the same title).
     */
    static String title(String wanted, String source, ImportReport report) {
        String cleaned = TitleRules.usable(wanted);
        if (!cleaned.equals(TitleRules.normalised(wanted))) {
            report.note(source, "its title “" + shorten(wanted) + "” cannot be used as it is", "titled “" + cleaned + "”");
        }
        return cleaned;
    }

    private static boolean validTag(String name) {
        return TagRules.isValid(name.strip());
    }

    /** The text without one leading {@code #}, as {@code replaceFirst("^#", "")} without a regex. */
    private static String withoutHash(String text) {
        return text.startsWith("#") ? text.substring(1) : text;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
