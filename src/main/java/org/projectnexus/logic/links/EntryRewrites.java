package org.projectnexus.logic.links;

import java.util.function.UnaryOperator;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;

/** Applies a text change (a link or tag rewrite) to the Markdown fields of an entry. */
public final class EntryRewrites {

    private EntryRewrites() {
    }

    /** Applies {@code change} to every Markdown field of the entry. */
    public static Entry rewrite(Entry entry, UnaryOperator<String> change) {
        Entry changed = entry.withText(entry.title(), change.apply(entry.body()));
        if (changed instanceof Challenge challenge) {
            return challenge.withDetails(change.apply(challenge.problem()), change.apply(challenge.solution()),
                    challenge.status());
        }
        return changed;
    }

    /** Applies {@code change} to the first Markdown field it changes: the problem, the solution, then the body. */
    public static Entry rewriteFirst(Entry entry, UnaryOperator<String> change) {
        if (entry instanceof Challenge challenge) {
            String problem = change.apply(challenge.problem());
            if (!problem.equals(challenge.problem())) {
                return challenge.withDetails(problem, challenge.solution(), challenge.status());
            }
            String solution = change.apply(challenge.solution());
            if (!solution.equals(challenge.solution())) {
                return challenge.withDetails(challenge.problem(), solution, challenge.status());
            }
        }
        return entry.withText(entry.title(), change.apply(entry.body()));
    }
}
