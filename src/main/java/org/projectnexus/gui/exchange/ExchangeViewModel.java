package org.projectnexus.gui.exchange;

import java.nio.file.Path;
import org.projectnexus.model.Entry;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.Running;
import org.projectnexus.logic.Exchange;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.ExchangeCancelledException;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;

/**
 * Imports and exports for the window: the work runs on the background executor (the FX thread never waits on
 * disk), its progress comes back through the task's own properties, and the user can cancel it. One import or
 * export runs at a time.
 */
public final class ExchangeViewModel {

    /** What the window is told when the work ends: a report, a count, or a message. */
    public interface Outcome {
        void imported(ImportReport report);

        void exported(int entries, Path target);

        void failed(String message);
    }

    private final Exchange exchange;
    private final BackgroundExecutor background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private Running work;
    /** Imports and exports started and not ended yet (dropping two folders starts two, one after the other). */
    private int pending;

    public ExchangeViewModel(Exchange exchange, BackgroundExecutor background) {
        this.exchange = exchange;
        this.background = background;
    }

    public void importFrom(Path source, ConflictPolicy onConflict, Outcome outcome) {
        begin("Reading " + source.getFileName() + "…");
        follow(background.run("import " + source,
                progress -> exchange.importFrom(exchange.prepare(source, progress), onConflict, progress),
                report -> {
                    ended();
                    outcome.imported(report);
                }, failure -> fail(failure, outcome)));
    }

    public void export(ExportFormat format, Path target, LinkStyle links, Outcome outcome) {
        begin("Exporting…");
        follow(background.run("export " + format + " to " + target,
                progress -> exchange.export(format, target, links, progress),
                count -> {
                    ended();
                    outcome.exported(count, target);
                }, failure -> fail(failure, outcome)));
    }

    /** Writes one entry as a PDF, as the preview shows it (ADR 42). */
    public void exportPdf(Entry entry, Path target, Outcome outcome) {
        begin("Exporting…");
        follow(background.run("export a PDF of an entry to " + target,
                progress -> {
                    exchange.exportPdf(entry, target);
                    return 1;
                },
                count -> {
                    ended();
                    outcome.exported(count, target);
                }, failure -> fail(failure, outcome)));
    }

    /** Asks the running work to stop at its next step; an import then changes nothing. */
    public void cancel() {
        if (work != null) {
            work.stop();
            progressText.unbind();
            progressText.set("Cancelling…");
        }
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

    private void begin(String text) {
        pending++;
        progress.unbind();
        progressText.unbind();
        running.set(true);
        progressText.set(text);
        progress.set(-1);
    }

    /** Shows how far the work is, from its own properties, until it ends (it may have ended already). */
    private void follow(Running started) {
        if (started.isDone() || pending == 0) {
            return;
        }
        work = started;
        String first = progressText.get();
        progress.bind(started.progressProperty());
        progressText.bind(Bindings.when(started.messageProperty().isEmpty()).then(first)
                .otherwise(started.messageProperty()));
    }

    private void ended() {
        pending--;
        if (pending == 0) {
            stop();
        }
    }

    private void stop() {
        work = null;
        progress.unbind();
        progressText.unbind();
        running.set(false);
        progressText.set("");
        progress.set(-1);
    }

    private void fail(Throwable failure, Outcome outcome) {
        ended();
        outcome.failed(failure instanceof ExchangeCancelledException || failure.getMessage() != null
                ? failure.getMessage() : "It failed: " + failure);
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
