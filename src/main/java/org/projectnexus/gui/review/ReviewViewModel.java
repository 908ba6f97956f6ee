package org.projectnexus.gui.review;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Entries;
import org.projectnexus.logic.Learning;
import org.projectnexus.logic.Rendering;
import org.projectnexus.logic.markdown.RemoteImages;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.ReviewRating;

/**
 * Review mode (issue 26): what is due today, one entry at a time. The user reads it, rates how well it was
 * remembered (again, hard, good, easy), and the next one comes; FSRS moves the rated one into the future. Reads and
 * ratings run on the background lane.
 */
public final class ReviewViewModel {

    /** How many due entries one session takes in; a longer queue is read again when these are done. */
    static final int SESSION = 200;

    private final Learning learning;
    private final Entries entries;
    private final Rendering rendering;
    private final BackgroundExecutor background;
    private final BooleanSupplier dark;
    private final Consumer<Throwable> failed;
    private final Deque<DueEntry> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Entry> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();

    public ReviewViewModel(Learning learning, Entries entries, Rendering rendering, BackgroundExecutor background,
                           BooleanSupplier dark, Consumer<Throwable> failed) {
        this.learning = learning;
        this.entries = entries;
        this.rendering = rendering;
        this.background = background;
        this.dark = dark;
        this.failed = failed;
    }

    /** Reads what is due today and shows the first. */
    public void start() {
        background.run("entries due for review", () -> learning.review().dueToday(SESSION), due -> {
            queue.clear();
            queue.addAll(due);
            showNext();
        }, failed);
    }

    private void showNext() {
        remaining.set(queue.size());
        DueEntry next = queue.peekFirst();
        if (next == null) {
            current.set(null);
            page.set("");
            message.set(message.get().isEmpty() ? "Nothing is due for review today." : message.get()
                    + " That was the last one due today.");
            return;
        }
        show(next.entry().id());
    }

    private void show(UUID id) {
        boolean darkPage = dark.getAsBoolean();
        background.run("entry to review", () -> entries.find(id).map(entry -> new Shown(entry,
                rendering.page(entry, darkPage, RemoteImages.NEVER))), shown -> {
            if (shown.isEmpty()) { // deleted since the queue was read
                queue.removeIf(due -> due.entry().id().equals(id));
                showNext();
                return;
            }
            current.set(shown.get().entry());
            page.set(shown.get().html());
        }, failed);
    }

    private record Shown(Entry entry, String html) {
    }

    /** Rates the entry shown and moves on to the next one due. */
    public void rate(ReviewRating rating) {
        Entry entry = current.get();
        if (entry == null) {
            return;
        }
        current.set(null); // no second rating while this one is stored
        background.run("review rating", () -> learning.review().review(entry, rating), card -> {
            queue.removeIf(due -> due.entry().id().equals(entry.id()));
            message.set("“" + entry.title() + "”: " + rating.word() + ", next review on "
                    + card.due().atZone(ZoneId.systemDefault()).toLocalDate() + ".");
            showNext();
        }, failure -> {
            current.set(entry);
            failed.accept(failure);
        });
    }

    /** Shows the current entry again as now stored (after an edit in the main window). */
    public void refresh() {
        Entry entry = current.get();
        if (entry != null) {
            show(entry.id());
        }
    }

    /** The entry being reviewed; null when none is left (or while a rating is stored). */
    public ReadOnlyObjectProperty<Entry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The entry as a rendered page. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What the last rating did, or that nothing is due. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many entries are still due in this session, the one shown included. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }
}
