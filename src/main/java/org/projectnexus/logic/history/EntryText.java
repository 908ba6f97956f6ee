package org.projectnexus.logic.history;

import java.util.List;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Takeaway;

/** An entry as one plain text (title, the kind's fields, body), so two versions can be compared line by line. */
public final class EntryText {

    private EntryText() {
    }

    public static String of(Entry entry) {
        StringBuilder text = new StringBuilder("Title: ").append(entry.title()).append('\n');
        if (entry instanceof Challenge challenge) {
            text.append("Status: ").append(challenge.status()).append('\n')
                    .append("Problem:\n").append(challenge.problem()).append('\n')
                    .append("Solution:\n").append(challenge.solution()).append('\n');
        } else if (entry instanceof Takeaway takeaway) {
            text.append("Category: ").append(takeaway.category()).append('\n');
        }
        return text.append('\n').append(entry.body()).toString();
    }

    /** What changed from {@code older} to {@code newer}, line by line. */
    public static List<LineDiff.Line> diff(Entry older, Entry newer) {
        return LineDiff.between(of(older), of(newer));
    }
}
