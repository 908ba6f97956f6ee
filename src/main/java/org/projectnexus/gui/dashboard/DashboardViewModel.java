package org.projectnexus.gui.dashboard;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Learning;
import org.projectnexus.model.DashboardFigures;

/** The dashboard's figures (issue 26), computed on the background lane each time the dashboard is shown. */
public final class DashboardViewModel {

    private final Learning learning;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();

    public DashboardViewModel(Learning learning, BackgroundExecutor background, Consumer<Throwable> failed) {
        this.learning = learning;
        this.background = background;
        this.failed = failed;
    }

    /** Computes the figures again; {@link #figuresProperty} changes when they are in. */
    public void refresh() {
        background.run("dashboard figures", learning::dashboard, figures::set, failed);
    }

    /** The figures last computed; null until the first are in. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
