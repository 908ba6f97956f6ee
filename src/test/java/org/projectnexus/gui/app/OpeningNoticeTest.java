package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.store.EarlierSchema;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the knowledge base opens, before the window is there, a notice says why Nexus waits: at once when the
 * schema is brought up to date after an update of Nexus, after a delay when an opening is merely slow. It goes
 * when the window shows.
 */
class OpeningNoticeTest extends NexusWindowTest {

    @Test
    void anUpdateOfTheSchemaIsExplainedWhileItRunsAndTheWindowThenShowsTheEntries() throws Exception {
        EarlierSchema.write(home, "7", connection -> EarlierSchema.insertWithText(connection, UUID.randomUUID(),
                "NOTE", "Kept through the update", "Its text", null, null));

        startNexus();

        assertThat(app().openingNoticesShown()).containsExactly(OpeningNotice.UPDATING);
        waitUntil(() -> noticeShowing() == null);
        click.on("#entryFilter").write("Kept through");
        waitUntil(() -> robot.lookup(node -> node instanceof javafx.scene.control.TreeCell<?> cell
                && "Kept through the update".equals(cell.getText())).tryQuery().isPresent());
    }

    @Test
    void anUpToDateKnowledgeBaseIsNotSaidToBeUpdated() throws Exception {
        startNexus(); // a new knowledge base, with the starter content
        closeNexus();

        startNexus();

        assertThat(app().openingNoticesShown()).doesNotContain(OpeningNotice.UPDATING);
    }

    @Test
    void aSlowOpeningIsExplainedAfterTheDelayAndTheNoticeGoesWhenTheNextWindowShows() throws Exception {
        OpeningNotice notice = new OpeningNotice("/some/folder", () -> { });
        notice.arm();
        WaitForAsyncUtils.sleep((long) OpeningNotice.DELAY.toMillis() / 2, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShowing()).as("not before the delay").isNull();

        waitUntil(() -> noticeShowing() != null);
        assertThat(noticeShowing().getText()).isEqualTo(OpeningNotice.OPENING);
        notice.openingOver();
        Stage next = Clicks.onFxThread(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new Label("the window that follows")));
            notice.closeOnceShown(stage);
            return stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShowing()).as("kept until the next window shows").isNotNull();

        WaitForAsyncUtils.asyncFx(next::show).get();
        waitUntil(() -> noticeShowing() == null);
        WaitForAsyncUtils.asyncFx(next::close).get();
        assertThat(notice.shown()).containsExactly(OpeningNotice.OPENING);
    }

    /** The heading of the notice on screen, or null. */
    private static Label noticeShowing() throws Exception {
        return Clicks.onFxThread(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null)
                .map(window -> (Label) window.getScene().getRoot().lookup("#openingHeading"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }
}
