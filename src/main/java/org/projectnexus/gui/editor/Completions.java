package org.projectnexus.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ranking for the editor's {@code [[} and {@code #} completion: those starting with the query, then containing it. */
public final class Completions {

    private Completions() {
    }

    public static List<String> ranked(List<String> candidates, String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lower.startsWith(wanted)) {
                starting.add(candidate);
            } else if (lower.contains(wanted)) {
                containing.add(candidate);
            }
        }
        starting.addAll(containing);
        return starting;
    }
}
