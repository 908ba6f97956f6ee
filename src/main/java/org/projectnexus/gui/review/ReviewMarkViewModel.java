package org.projectnexus.gui.review;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Learning;
import org.projectnexus.model.Entry;

/**
 * Whether the open entry is under review, and marking it for review or taking it out (issue 26): what the window's
 * "Under review" menu item shows and does. Read again whenever another entry is opened.
 */
public final class ReviewMarkViewModel {

    private final Learning learning;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectProperty<Entry> open;
    private final Consumer<String> tell;
    private final Consumer<Throwable> failed;
    private final ReadOnlyBooleanWrapper underReview = new ReadOnlyBooleanWrapper();

    public ReviewMarkViewModel(Learning learning, BackgroundExecutor background, ReadOnlyObjectProperty<Entry> open,
                               Consumer<String> tell, Consumer<Throwable> failed) {
        this.learning = learning;
        this.background = background;
        this.open = open;
        this.tell = tell;
        this.failed = failed;
        open.addListener((property, before, now) -> {
            if (now == null) {
                underReview.set(false);
            } else if (before == null || !before.id().equals(now.id())) {
                read(now);
            }
        });
    }

    private void read(Entry entry) {
        background.run("whether under review", () -> learning.review().underReview(entry), under -> {
            if (open.get() != null && open.get().id().equals(entry.id())) {
                underReview.set(under);
            }
        }, failed);
    }

    /** Marks the open entry for review, or takes it out. */
    public void mark(boolean inReview) {
        Entry entry = open.get();
        if (entry == null) {
            return;
        }
        background.run("mark for review", () -> learning.review().mark(entry, inReview), changed -> {
            underReview.set(inReview);
            tell.accept("“" + entry.title() + "”" + (inReview ? " is under review: it comes back on a spaced schedule."
                    : " is no longer under review."));
        }, failed);
    }

    public ReadOnlyBooleanProperty underReviewProperty() {
        return underReview.getReadOnlyProperty();
    }
}
