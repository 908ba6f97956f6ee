package org.projectnexus.logic.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Reference;

/** A reference to an entry as a backlink or a mention shows it: the source, and the line around the match. */
public final class ReferenceLines {

    private static final int CONTEXT_LENGTH = 180;

    private ReferenceLines() {
    }

    /** The first line of {@code source} where {@code where} matches, shortened around the match. */
    public static Reference reference(Entry source, Pattern where) {
        String[] lines = source.markdownSources().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher found = where.matcher(lines[i]);
            if (found.find()) {
                return new Reference(summary(source), i + 1, around(lines[i].strip(), found.start()));
            }
        }
        return new Reference(summary(source), 0, "");
    }

    /** A reference known only by its summary (its line was not read). */
    public static Reference unread(EntrySummary source) {
        return new Reference(source, 0, "");
    }

    private static String around(String line, int at) {
        if (line.length() <= CONTEXT_LENGTH) {
            return line;
        }
        int start = Math.max(0, Math.min(at - CONTEXT_LENGTH / 3, line.length() - CONTEXT_LENGTH));
        return (start > 0 ? "…" : "") + line.substring(start, start + CONTEXT_LENGTH) + "…";
    }

    private static EntrySummary summary(Entry entry) {
        return new EntrySummary(entry.id(), entry.kind(), entry.title(), entry.meta().updated());
    }
}
