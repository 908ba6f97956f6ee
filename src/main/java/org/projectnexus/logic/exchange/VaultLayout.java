package org.projectnexus.logic.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.markdown.MarkdownRenderer;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.WikiLink;

/**
 * Where each entry's file sits in a vault ({@code notes/Redis}, {@code challenges/Slow reports}, without
 * {@code .md}), and where a {@code [[link]]} written in one entry points. The same layout names the files of an
 * export and of a publish, and the README's links to them, so every link finds its page.
 */
public final class VaultLayout {

    private final Map<UUID, String> files = new HashMap<>();
    private final Map<String, UUID> byTitle = new HashMap<>();
    private final Map<String, UUID> byAlias = new HashMap<>();
    /** What fills {@link #byTitle} and {@link #byAlias}, until a link first asks (then null). */
    private Runnable keying;

    /** The layout of these entries, in {@link ExportSource#ORDER} (the order decides who gets a name first). */
    public VaultLayout(List<EntrySummary> ordered, Map<UUID, List<String>> aliases) {
        SafeFileNames names = new SafeFileNames();
        for (EntrySummary entry : ordered) {
            files.put(entry.id(), folderOf(entry.kind()) + "/" + names.claim(entry.title()));
            key(entry.id(), entry.title(), aliases.getOrDefault(entry.id(), List.of()));
        }
    }

    private VaultLayout() {
    }

    /**
     * A layout made before, given back: each entry's {@code file} (without {@code .md}) with its title and aliases,
     * in {@link ExportSource#ORDER}. A publish of edits alone keeps the last publish's layout (ADR 35); the titles
     * are keyed for links only when a link first asks.
     */
    public static VaultLayout known(List<Placed> ordered) {
        VaultLayout layout = new VaultLayout();
        ordered.forEach(entry -> layout.files.put(entry.id(), entry.file()));
        layout.keying = () -> ordered.forEach(entry -> layout.key(entry.id(), entry.title(), entry.aliases()));
        return layout;
    }

    /** One entry of a layout made before. */
    public record Placed(UUID id, String file, String title, List<String> aliases) {
    }

    private void key(UUID id, String title, List<String> aliases) {
        byTitle.putIfAbsent(WikiLink.titleKey(title), id);
        aliases.forEach(alias -> byAlias.putIfAbsent(WikiLink.titleKey(alias), id));
    }

    public static String folderOf(EntryKind kind) {
        return kind.pluralName().toLowerCase(Locale.ROOT);
    }

    /** The entry's file, relative to the vault and without {@code .md}; null for an entry not in the layout. */
    public String file(UUID id) {
        return files.get(id);
    }

    /** The file a link points to, or null when no entry of the layout has that title or alias. */
    String target(WikiLink link) {
        return target(link.targetKey());
    }

    /** The file a link with this target key points to, or null when no entry has that title or alias. */
    public String target(String targetKey) {
        if (keying != null) {
            keying.run();
            keying = null;
        }
        UUID linked = byTitle.getOrDefault(targetKey, byAlias.get(targetKey));
        return linked == null ? null : files.get(linked);
    }

    /** The link's new text in an entry's file, or null to keep it as written. */
    String relink(WikiLink link, String fromFile, LinkStyle style) {
        String toFile = target(link);
        if (toFile == null) {
            return null;
        }
        String name = toFile.substring(toFile.indexOf('/') + 1);
        if (style == LinkStyle.WIKI) {
            // A name that ends in .md is written whole (aux.md.md): Obsidian reads [[aux.md]] as the file aux.md first.
            String linked = name.regionMatches(true, name.length() - 3, ".md", 0, 3) ? name + ".md" : name;
            return linked.equalsIgnoreCase(link.target()) ? null
                    : WikiLinkEditor.wikiLink(linked, link.heading(), link.alias().isEmpty() ? link.target() : link.alias());
        }
        String path = fromFile.substring(0, fromFile.indexOf('/')).equals(toFile.substring(0, toFile.indexOf('/')))
                ? name + ".md" : "../" + toFile + ".md";
        return markdownLink(link, path);
    }

    /** The link as a Markdown link from the vault's root (where the README sits), or its shown text when unknown. */
    String linkFromRoot(WikiLink link) {
        String toFile = target(link);
        String shown = link.alias().isEmpty() ? link.target() : link.alias();
        return toFile == null ? shown : markdownLink(link, toFile + ".md");
    }

    private static String markdownLink(WikiLink link, String path) {
        String shown = link.alias().isEmpty() ? link.target() : link.alias();
        String anchor = link.heading().isEmpty() ? "" : "#" + MarkdownRenderer.headingId(link.heading());
        return "[" + escape(shown) + "](" + encode(path) + anchor + ")";
    }

    /** A Markdown link's text with its brackets escaped. */
    static String escape(String shown) {
        return shown.replace("[", "\\[").replace("]", "\\]");
    }

    /** A relative path as it goes in a Markdown link: spaces and other unsafe characters percent-encoded. */
    public static String encode(String path) {
        if (isPlain(path)) {
            // What URI gives such a path, without making one: a README links 10,000 pages (ADR 35).
            return path.indexOf(' ') < 0 ? path : path.replace(" ", "%20");
        }
        try {
            return new URI(null, null, path, null).getRawPath().replace("(", "%28").replace(")", "%29");
        } catch (URISyntaxException impossible) {
            return path.replace(" ", "%20");
        }
    }

    /** Whether the path has only ASCII letters, digits, spaces and {@code / . _ ~ -}: nothing but spaces to encode. */
    private static boolean isPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '/'
                    || c == '.' || c == '_' || c == '~' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
