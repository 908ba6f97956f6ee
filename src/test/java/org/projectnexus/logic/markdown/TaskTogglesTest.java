package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;

/** Issue 25, point 5: a task ticked in the preview is ticked in the text, and only that one. */
class TaskTogglesTest {

    private static final EntryMeta META = EntryMeta.fresh(Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void theNthTaskOfTheBodyIsToggledAndCodeIsNotATask() {
        String body = "- [ ] first\n```\n- [ ] in code\n```\n* [x] second\n> 1. [ ] quoted third\n- [] not a task\n";
        Note note = new Note(META, "Plan", body);
        assertThat(TaskToggles.count(body)).isEqualTo(3);

        assertThat(TaskToggles.toggle(note, 1, 3)).hasValueSatisfying(entry -> assertThat(entry.body())
                .isEqualTo(body.replace("* [x] second", "* [ ] second")));
        assertThat(TaskToggles.toggle(note, 2, 3)).hasValueSatisfying(entry -> assertThat(entry.body())
                .contains("> 1. [x] quoted third").contains("- [ ] in code").startsWith("- [ ] first"));
    }

    @Test
    void aChallengesTasksCountFromTheProblemThroughTheSolutionToTheBody() {
        Challenge withBody = new Challenge(META, "Lag", "- [ ] b1", "- [ ] p1", "- [ ] s1\n- [ ] s2",
                ChallengeStatus.OPEN);
        assertThat(TaskToggles.toggle(withBody, 2, 4)).hasValueSatisfying(entry ->
                assertThat(((Challenge) entry).solution()).isEqualTo("- [ ] s1\n- [x] s2"));
        assertThat(TaskToggles.toggle(withBody, 3, 4)).hasValueSatisfying(entry ->
                assertThat(entry.body()).isEqualTo("- [x] b1"));
    }

    @Test
    void whenThePreviewAndTheTextDisagreeNothingIsChanged() {
        Note note = new Note(META, "Plan", "- [ ] one\n- [ ] two");
        assertThat(TaskToggles.toggle(note, 0, 3)).isEmpty();
        assertThat(TaskToggles.toggle(note, 2, 2)).isEmpty();
    }
}
