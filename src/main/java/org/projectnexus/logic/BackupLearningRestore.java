package org.projectnexus.logic;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.exchange.BackupLearningState;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.JsonBackup;
import org.projectnexus.logic.store.LearningRestore;
import org.projectnexus.model.RatingGiven;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.StateChange;

/**
 * Restores the learning state of a JSON backup (ADR 46) in the import's transaction, after its entries: each state
 * change and review card follows its entry to the id it was stored under. Those of entries this restore did not
 * store (skipped or overwritten because the title existed, or not in the backup) are left out, so an entry already
 * in the knowledge base keeps its own history and schedule; the report says how many. Ratings are kept whatever
 * became of their entry, as the review log keeps them (the days were reviewed), once each.
 */
final class BackupLearningRestore implements BackupLearningState.Sink {

    private final LearningRestore restore;
    private final Map<UUID, UUID> storedIds;
    private final ImportReport report;
    private int changesLeftOut;
    private int cardsLeftOut;

    BackupLearningRestore(LearningRestore restore, Map<UUID, UUID> storedIds, ImportReport report) {
        this.restore = restore;
        this.storedIds = storedIds;
        this.report = report;
    }

    void restoreFrom(Path backup) {
        new JsonBackup().readLearningState(backup, report, this);
        String name = backup.getFileName().toString();
        if (changesLeftOut > 0) {
            report.note(name, changesLeftOut + " state change" + (changesLeftOut == 1 ? " belongs" : "s belong")
                    + " to challenges this restore did not add", "left out; those challenges keep their own history");
        }
        if (cardsLeftOut > 0) {
            report.note(name, cardsLeftOut + " review card" + (cardsLeftOut == 1 ? " belongs" : "s belong")
                    + " to entries this restore did not add", "left out; those entries keep their own schedule");
        }
    }

    @Override
    public void stateChange(StateChange change, String where) {
        UUID stored = storedIds.get(change.entryId());
        if (stored == null) {
            changesLeftOut++;
            return;
        }
        restore.addStateChange(new StateChange(stored, change.from(), change.to(), change.at(), change.version(),
                change.failedVersion(), change.failedSolution()));
    }

    @Override
    public void card(ReviewCard card, String where) {
        UUID stored = storedIds.get(card.entryId());
        if (stored == null) {
            cardsLeftOut++;
            return;
        }
        restore.putCard(new ReviewCard(stored, card.phase(), card.step(), card.stability(), card.difficulty(),
                card.due(), card.lastReview(), card.active()));
    }

    @Override
    public void rating(RatingGiven rating, String where) {
        restore.addRating(new RatingGiven(storedIds.getOrDefault(rating.entryId(), rating.entryId()), rating.at(),
                rating.rating()));
    }
}
