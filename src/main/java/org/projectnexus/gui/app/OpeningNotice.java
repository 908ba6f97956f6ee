package org.projectnexus.gui.app;

import atlantafx.base.theme.Styles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * A small window that says why the main window has not appeared yet. The knowledge base is opened before the
 * main window is built (in {@link App#init}), and that is quick, but for the first opening after an update of
 * Nexus that brings its schema up to date, which takes many seconds on a large knowledge base (measured:
 * docs/performance.md, "schema update"; ADR 31). A user who sees nothing for that long starts Nexus again, or
 * gives up on it. So the notice shows at once when an update starts, and after {@link #DELAY} for any opening
 * that is slow (a cold disk, a large search index).
 *
 * <p>The opening thread only posts to the FX thread ({@link #arm}, {@link #updating}, {@link #openingOver}); the
 * window itself lives on the FX thread, which never waits here. It is closed only once another window shows
 * ({@link #closeOnceShown}): when the last window closes, JavaFX ends the application, even before its start.
 */
final class OpeningNotice {

    static final Duration DELAY = Duration.millis(1500);
    static final String OPENING = "Opening your knowledge base…";
    static final String UPDATING = "Updating your knowledge base…";

    private final String folder;
    private final Runnable applyTheme;
    /** Every heading shown, in order (tests read it: the window may be gone before they look). */
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private PauseTransition delay;
    private Stage stage;
    private Label heading;
    private Label detail;

    /** {@code applyTheme}: the look the main window will have, applied before the notice first shows. */
    OpeningNotice(String folder, Runnable applyTheme) {
        this.folder = folder;
        this.applyTheme = applyTheme;
    }

    /**
     * The opening begins: the notice shows if it is still going on after {@link #DELAY}, which is longer than a
     * usual start takes to this point (a new knowledge base with the starter content, on a loaded machine), so that
     * the notice does not flash before every window.
     */
    void arm() {
        Platform.runLater(() -> {
            delay = new PauseTransition(DELAY);
            delay.setOnFinished(event -> show(OPENING, "The knowledge base in " + folder + "."));
            delay.play();
        });
    }

    /** The knowledge base's schema is being brought up to date: said at once. */
    void updating() {
        Platform.runLater(() -> show(UPDATING, "This version of Nexus stores the knowledge base in " + folder
                + " in a newer form. This happens once, after an update; with many thousands of entries it can take"
                + " a minute."));
    }

    /** The opening is over (done or failed): a notice not shown yet never shows. */
    void openingOver() {
        Platform.runLater(() -> {
            if (delay != null) {
                delay.stop();
            }
        });
    }

    /** On the FX thread: the notice, if shown, closes as soon as {@code next} (the window that follows) shows. */
    void closeOnceShown(Window next) {
        Stage notice = stage;
        stage = null;
        if (notice == null) {
            return;
        }
        if (next.isShowing()) {
            closeAndFocus(notice, next);
        } else {
            next.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> closeAndFocus(notice, next));
        }
    }

    /** The notice had the keyboard: the window that follows gets it, or the user's first keys would go nowhere. */
    private static void closeAndFocus(Stage notice, Window next) {
        notice.close();
        next.requestFocus();
    }

    /** The headings shown so far. */
    List<String> shown() {
        return List.copyOf(shown);
    }

    private void show(String headingText, String detailText) {
        if (delay != null) {
            delay.stop();
        }
        if (stage == null) {
            applyTheme.run();
            stage = new Stage();
            stage.setTitle("Nexus");
            heading = new Label();
            heading.setId("openingHeading");
            heading.getStyleClass().add(Styles.TITLE_4);
            heading.setWrapText(true);
            detail = new Label();
            detail.setWrapText(true);
            ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            working.setMaxWidth(Double.MAX_VALUE);
            VBox content = new VBox(12, heading, detail, working);
            content.setPadding(new Insets(20));
            content.setPrefWidth(460);
            stage.setScene(new Scene(content));
            // Closing it would not stop the opening, only hide why Nexus waits.
            stage.setOnCloseRequest(javafx.event.Event::consume);
            stage.show();
        }
        heading.setText(headingText);
        detail.setText(detailText);
        stage.sizeToScene();
        shown.add(headingText);
    }
}
