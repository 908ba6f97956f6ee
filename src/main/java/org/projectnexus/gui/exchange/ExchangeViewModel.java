package org.projectnexus.gui.exchange;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.ExchangeCancelledException;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Progress;

/**
 * Imports and exports for the window: the work runs on the background executor (the FX thread never waits on
 * disk), its progress comes back as properties (coalesced: at most one pending update on the FX thread), and the
 * user can cancel it. One import or export runs at a time.
 */
public final class ExchangeViewModel {

    /** What the window is told when the work ends: a report, a count, or a message. */
    public interface Outcome {
        void imported(ImportReport report);

        void exported(int entries, Path target);

        void failed(String message);
    }

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<String[]> pending = new AtomicReference<>();

    public ExchangeViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    public void importFrom(Path source, ConflictPolicy onConflict, Outcome outcome) {
        start("Reading " + source.getFileName() + "…");
        background.run("import " + source, () -> knowledgeBase.exchange().importFrom(source, onConflict, progressReporter()),
                report -> {
                    stop();
                    outcome.imported(report);
                }, failure -> fail(failure, outcome));
    }

    public void export(ExportFormat format, Path target, LinkStyle links, Outcome outcome) {
        start("Exporting…");
        background.run("export " + format + " to " + target,
                () -> knowledgeBase.exchange().export(format, target, links, progressReporter()),
                count -> {
                    stop();
                    outcome.exported(count, target);
                }, failure -> fail(failure, outcome));
    }

    /** Asks the running work to stop at its next step; an import then changes nothing. */
    public void cancel() {
        cancelled.set(true);
        progressText.set("Cancelling…");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void start(String text) {
        cancelled.set(false);
        progressText.set(text);
        progress.set(-1);
        running.set(true);
    }

    private void stop() {
        running.set(false);
        progressText.set("");
    }

    private void fail(Throwable failure, Outcome outcome) {
        stop();
        outcome.failed(failure instanceof ExchangeCancelledException || failure.getMessage() == null
                ? (failure instanceof ExchangeCancelledException ? failure.getMessage() : "It failed: " + failure)
                : failure.getMessage());
    }

    /** Called on the worker thread; hands the latest counts to the FX thread, dropping those it has not shown yet. */
    private Progress progressReporter() {
        return new Progress() {
            @Override
            public void update(String phase, long done, long total) {
                String[] latest = {phase, Long.toString(done), Long.toString(total)};
                if (pending.getAndSet(latest) == null) {
                    Platform.runLater(() -> show(pending.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private void show(String[] latest) {
        if (latest == null || !running.get() || cancelled.get()) {
            return;
        }
        long done = Long.parseLong(latest[1]);
        long total = Long.parseLong(latest[2]);
        progressText.set(latest[0] + ": " + done + (total > 0 ? " of " + total : ""));
        progress.set(total > 0 ? (double) done / total : -1);
    }

    /** For callers that only need to know when an import is over (tests). */
    public static Outcome onImport(Consumer<ImportReport> imported, Consumer<String> failed) {
        return new Outcome() {
            @Override
            public void imported(ImportReport report) {
                imported.accept(report);
            }

            @Override
            public void exported(int entries, Path target) {
            }

            @Override
            public void failed(String message) {
                failed.accept(message);
            }
        };
    }
}
