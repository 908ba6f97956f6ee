package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.SearchHit;
import org.projectnexus.model.StateChange;

/** Issue 26, point 1: a challenge moves from open to solved, verified or regressed, and keeps the history. */
class ChallengeLifeCycleTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Challenge added(String title) {
        return (Challenge) knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.CHALLENGE, title));
    }

    private Challenge moved(Challenge challenge, String solution, ChallengeStatus status) {
        return (Challenge) knowledgeBase.entries().save(challenge.withDetails(challenge.problem(), solution, status));
    }

    @Test
    void everyChangeOfStateIsKeptWithItsDateAndARegressionLinksBackToTheSolutionThatDidNotHold() {
        Challenge open = added("Queue backlog");
        Challenge solved = moved(open, "Scale the consumers", ChallengeStatus.SOLVED);
        Challenge verified = moved(solved, "Scale the consumers", ChallengeStatus.VERIFIED);
        Challenge edited = moved(verified, "Scale the consumers", ChallengeStatus.VERIFIED); // no change of state
        Challenge regressed = moved(edited, "Scale the consumers", ChallengeStatus.REGRESSED);
        moved(regressed, "Partition the queue", ChallengeStatus.SOLVED);

        List<StateChange> history = knowledgeBase.learning().stateHistory(open.id());

        assertThat(history).extracting(StateChange::to).containsExactly(ChallengeStatus.OPEN,
                ChallengeStatus.SOLVED, ChallengeStatus.VERIFIED, ChallengeStatus.REGRESSED, ChallengeStatus.SOLVED);
        assertThat(history).extracting(StateChange::from).containsExactly(null, ChallengeStatus.OPEN,
                ChallengeStatus.SOLVED, ChallengeStatus.VERIFIED, ChallengeStatus.REGRESSED);
        assertThat(history).extracting(StateChange::at).isSorted().doesNotContainNull();
        assertThat(history.get(3).at()).isEqualTo(regressed.meta().updated());
        StateChange regression = knowledgeBase.learning().lastRegression(open.id()).orElseThrow();
        assertThat(regression.failedSolution()).isEqualTo("Scale the consumers");
        assertThat(regression.failedVersion()).isEqualTo(edited.version());
        assertThat(knowledgeBase.safety().history(open.id())).anySatisfy(revision ->
                assertThat(revision.version()).isEqualTo(regression.failedVersion()));
    }

    @Test
    void theListAndTheSearchKnowEveryState() {
        for (ChallengeStatus status : ChallengeStatus.values()) {
            Challenge challenge = added("Challenge " + status.word());
            if (status != ChallengeStatus.OPEN) {
                moved(challenge, "A fix", status);
            }
        }
        assertThat(knowledgeBase.entries().summaries()).filteredOn(summary -> summary.kind() == EntryKind.CHALLENGE)
                .extracting(EntrySummary::title, EntrySummary::status)
                .contains(org.assertj.core.groups.Tuple.tuple("Challenge verified", ChallengeStatus.VERIFIED),
                        org.assertj.core.groups.Tuple.tuple("Challenge regressed", ChallengeStatus.REGRESSED));
        for (ChallengeStatus status : ChallengeStatus.values()) {
            assertThat(knowledgeBase.finding().search("status:" + status.displayName(), 50).hits())
                    .extracting(SearchHit::title).filteredOn(title -> title.startsWith("Challenge "))
                    .as("status:%s", status.displayName()).containsExactly("Challenge " + status.word());
        }
    }

    @Test
    void aTrashedChallengeKeepsItsHistoryUntilTheTrashIsEmptied() {
        Challenge open = added("Flaky deploys");
        moved(open, "Pin the runner image", ChallengeStatus.SOLVED);
        knowledgeBase.entries().delete(open.id());
        knowledgeBase.safety().restoreFromTrash(open.id());
        assertThat(knowledgeBase.learning().stateHistory(open.id())).hasSize(2);

        knowledgeBase.entries().delete(open.id());
        knowledgeBase.safety().emptyTrash();
        assertThat(knowledgeBase.learning().stateHistory(open.id())).isEmpty();
    }
}
