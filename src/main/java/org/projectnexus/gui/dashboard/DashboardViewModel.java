package org.projectnexus.gui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.LatestOnly;
import org.projectnexus.logic.Learning;
import org.projectnexus.model.DashboardFigures;

/**
 * The dashboard's figures (issue 26, ADR 49), computed on a lane of their own (a large knowledge base takes a while,
 * and saves must not wait behind it). Once {@link #prepare prepared} (after start-up, when the app is idle) they are
 * kept fresh: each commit, review or mark {@link #invalidate() invalidates} them, and they are computed again once
 * the changes pause, so that opening the dashboard shows them at once. Opening it with figures known to be out of
 * date (a change not yet counted, or computed on another day) asks for them at once; the ones shown meanwhile are the
 * last computed. Used on the FX thread.
 */
public final class DashboardViewModel {

    /** How long changes must pause before the figures are computed again (a burst of saves counts once). */
    static final Duration QUIET = Duration.millis(1500);

    private final Clock clock;
    private final LatestOnly<DashboardFigures> computing;
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final List<Runnable> whenIn = new ArrayList<>();
    /** Prepared: the figures are kept fresh from now on. */
    private boolean kept;
    /** A change came that the figures asked for last may not count. */
    private boolean stale = true;
    private LocalDate askedOn;
    private LocalDate computedOn;

    public DashboardViewModel(Learning learning, BackgroundExecutor lane, Clock clock, Consumer<Throwable> failed) {
        this.clock = clock;
        this.computing = new LatestOnly<>(lane, "dashboard figures", () -> learning::dashboard, this::computed,
                failure -> {
                    stale = true; // asked again at the next change or opening
                    failed.accept(failure);
                });
        quiet.setOnFinished(event -> compute());
    }

    /**
     * Computes the figures and keeps them fresh from now on; {@code then} runs (on the FX thread) once figures are
     * in, at once if they already are.
     */
    public void prepare(Runnable then) {
        kept = true;
        if (figures.get() != null && computedOn != null) {
            then.run();
        } else {
            whenIn.add(then);
        }
        if (stale) {
            compute();
        }
    }

    /** The dashboard is opened: figures that may be out of date are asked for at once. */
    public void opened() {
        kept = true;
        if (stale || !today().equals(computedOn)) {
            quiet.stop();
            compute();
        }
    }

    /** Something the figures count changed (a commit, a review, a mark): computed again once changes pause. */
    public void invalidate() {
        stale = true;
        if (kept) {
            quiet.playFromStart();
        }
    }

    /** Computes the figures again now; {@link #figuresProperty} changes when they are in. */
    public void refresh() {
        quiet.stop();
        compute();
    }

    /** Whether the figures shown count every change heard of so far. */
    public boolean upToDate() {
        return !stale && computing.settled();
    }

    /** The figures last computed; null until the first are in. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    private void compute() {
        stale = false;
        askedOn = today();
        computing.request();
    }

    private void computed(DashboardFigures result) {
        computedOn = askedOn;
        figures.set(result);
        List<Runnable> waiting = List.copyOf(whenIn);
        whenIn.clear();
        waiting.forEach(Runnable::run);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
