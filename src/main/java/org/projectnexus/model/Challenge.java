package org.projectnexus.model;

import java.util.Objects;

/** A problem met along the way, the solution that worked, and whether it is solved yet. */
public record Challenge(EntryMeta meta, String title, String body,
                        String problem, String solution, ChallengeStatus status) implements Entry {

    public Challenge {
        Objects.requireNonNull(meta, "meta");
        title = Objects.requireNonNull(title, "title").strip();
        body = Objects.requireNonNullElse(body, "");
        problem = Objects.requireNonNullElse(problem, "");
        solution = Objects.requireNonNullElse(solution, "");
        status = Objects.requireNonNullElse(status, ChallengeStatus.OPEN);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.CHALLENGE;
    }

    @Override
    public String markdownSources() {
        return problem + "\n\n" + solution + "\n\n" + body;
    }

    @Override
    public Challenge withText(String newTitle, String newBody) {
        return new Challenge(meta, newTitle, newBody, problem, solution, status);
    }

    @Override
    public Challenge withMeta(EntryMeta newMeta) {
        return new Challenge(newMeta, title, body, problem, solution, status);
    }

    public Challenge withDetails(String newProblem, String newSolution, ChallengeStatus newStatus) {
        return new Challenge(meta, title, body, newProblem, newSolution, newStatus);
    }
}
