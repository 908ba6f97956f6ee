package org.projectnexus.logic.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.AttachmentNames.Reference;

/**
 * Rewrites the references to attachments in a text: {@code ![[name|shown]]} keeps what follows the name, a Markdown
 * image {@code ![alt](name)} keeps its text and title. A reference is matched by its last path segment, ignoring
 * case, as it resolves.
 */
public final class EmbedRewriter {

    private EmbedRewriter() {
    }

    /** The text with every reference to {@code oldKey} pointing at {@code newName} instead (a bare name). */
    public static String renamed(String text, String oldKey, String newName) {
        return rewritten(text, target -> AttachmentNames.key(AttachmentNames.lastSegment(target)).equals(oldKey)
                ? newName : null);
    }

    /**
     * The text with each reference whose target {@code change} maps to a new target rewritten to it (null: left as
     * it is). A Markdown image's new target is percent-encoded where a space or parenthesis would break it.
     */
    public static String rewritten(String text, UnaryOperator<String> change) {
        StringBuilder out = null;
        int done = 0;
        for (Reference reference : AttachmentNames.referencesIn(text)) {
            String newTarget = change.apply(reference.target());
            if (newTarget == null || reference.start() < done) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 32) : out;
            String written = text.substring(reference.start(), reference.end());
            out.append(text, done, reference.start()).append(reference.wiki()
                    ? wiki(written, newTarget) : markdown(written, newTarget));
            done = reference.end();
        }
        return out == null ? text : out.append(text.substring(done)).toString();
    }

    /**
     * The text with every reference whose name {@code names} knows (by key) pointing at {@code folder/name}: as a
     * Markdown image ({@code ![shown](../attachments/a%20b.png)}, which GitHub shows) with {@code markdown}, else
     * wiki embeds as bare names (Obsidian finds them in any folder) and Markdown images by their path.
     */
    public static String exported(String text, java.util.function.Function<String, String> names, String folder,
                                  boolean markdown) {
        StringBuilder out = null;
        int done = 0;
        for (Reference reference : AttachmentNames.referencesIn(text)) {
            String name = names.apply(AttachmentNames.key(AttachmentNames.lastSegment(reference.target())));
            if (name == null || reference.start() < done) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 64) : out;
            String written = text.substring(reference.start(), reference.end());
            String replacement;
            if (!reference.wiki()) {
                replacement = markdown(written, folder + "/" + name);
            } else if (markdown) {
                replacement = "![" + shownOf(written, name) + "](" + encoded(folder + "/" + name) + ")";
            } else {
                replacement = wiki(written, name);
            }
            out.append(text, done, reference.start()).append(replacement);
            done = reference.end();
        }
        return out == null ? text : out.append(text.substring(done)).toString();
    }

    /** What an embed shows: its text after {@code |} unless that is a size, else the name. */
    private static String shownOf(String written, String name) {
        int bar = written.indexOf('|');
        String shown = bar < 0 ? "" : written.substring(bar + 1, written.length() - 2).strip();
        return shown.isEmpty() || shown.matches("\\d+(x\\d+)?") ? name.replace("]", "\\]").replace("[", "\\[")
                : shown.replace("]", "\\]").replace("[", "\\[");
    }

    private static String wiki(String written, String newTarget) {
        int rest = 3;
        while (rest < written.length() - 2 && "|#^]".indexOf(written.charAt(rest)) < 0) {
            rest++;
        }
        return "![[" + newTarget + written.substring(rest);
    }

    private static String markdown(String written, String newTarget) {
        int open = written.indexOf("](");
        String tail = written.substring(open + 2, written.length() - 1).strip();
        String title = "";
        int quote = tail.indexOf(" \"");
        if (quote >= 0 && !tail.startsWith("<")) {
            title = tail.substring(quote);
        } else if (tail.startsWith("<") && tail.indexOf('>') < tail.length() - 1) {
            title = tail.substring(tail.indexOf('>') + 1);
        }
        return written.substring(0, open + 2) + encoded(newTarget) + title + ")";
    }

    /** A path safe inside {@code (…)}: each segment percent-encoded, slashes kept. */
    public static String encoded(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            out.append(out.length() == 0 ? "" : "/")
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
