package org.projectnexus.logic.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.projectnexus.model.SafeText;

/**
 * What an import did: how many entries were added, overwritten and skipped, and one line for each file or
 * entry that needed attention (what it was, why, and what was done about it).
 */
public final class ImportReport {

    /** One thing worth telling: {@code source} (a file, or an entry of a backup), the reason, what was done. */
    public record Line(String source, String reason, String action) {
        @Override
        public String toString() {
            return source + ": " + reason + " (" + action + ")";
        }
    }

    /** A reason or an action may quote a title or two (each at most {@link SafeText#NAME_LIMIT}) in a sentence. */
    private static final int REASON_LIMIT = 3 * SafeText.NAME_LIMIT;

    private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());
    private int added;
    private int overwritten;
    private int skipped;
    private int attached;

    /**
     * Adds a line. The file names and titles in it come from the imported files, so what the line says is made
     * safe to show (control characters escaped, long names cut) here, once, for the terminal and the window alike.
     */
    public void note(String source, String reason, String action) {
        lines.add(new Line(SafeText.forDisplay(source), SafeText.forDisplay(reason, REASON_LIMIT),
                SafeText.forDisplay(action, REASON_LIMIT)));
    }

    void countAdded() {
        added++;
    }

    void countOverwritten() {
        overwritten++;
    }

    void countSkipped() {
        skipped++;
    }

    /** Files the imported notes embed, attached after them (issue 24). */
    public void countAttached(int files) {
        attached += files;
    }

    public int attached() {
        return attached;
    }

    public List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public int added() {
        return added;
    }

    public int overwritten() {
        return overwritten;
    }

    public int skipped() {
        return skipped;
    }

    /** "Imported 12 entries (1 overwritten), 2 skipped; 3 files needed attention." */
    public String summary() {
        StringBuilder text = new StringBuilder("Imported ").append(added + overwritten)
                .append(added + overwritten == 1 ? " entry" : " entries");
        if (overwritten > 0) {
            text.append(" (").append(overwritten).append(" overwritten)");
        }
        if (skipped > 0) {
            text.append(", ").append(skipped).append(" skipped");
        }
        if (attached > 0) {
            text.append(", with ").append(attached).append(attached == 1 ? " attached file" : " attached files");
        }
        int notes = lines.size();
        if (notes > 0) {
            text.append("; ").append(notes).append(notes == 1 ? " thing needs" : " things need").append(" attention");
        }
        return text.append('.').toString();
    }
}
