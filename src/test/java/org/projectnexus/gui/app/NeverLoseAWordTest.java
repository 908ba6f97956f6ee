package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.RunningInstance;
import org.projectnexus.model.DatabaseInUseException;

/** Through the window: the trash, the history, backups, and a second Nexus on the same folder. */
class NeverLoseAWordTest extends NexusWindowTest {

    @BeforeEach
    void start() throws Exception {
        startNexus();
    }

    private String status() {
        return robot.lookup("#statusBar").<StatusBar>query().getText();
    }

    @Test
    void aDeletedEntryGoesToTheTrashAndComesBackFromIt() throws Exception {
        String deleted = title();
        click.on("File");
        click.on("Delete entry…");
        click.on("OK");
        waitUntil(() -> !title().equals(deleted));

        click.on("File");
        click.on("#trashMenu");
        ListView<?> trash = robot.lookup("#trashList").query();
        waitUntil(() -> trash.getItems().size() == 1);
        click.on(robot.lookup(".list-cell").match(cell -> ((javafx.scene.control.ListCell<?>) cell).getText() != null
                && ((javafx.scene.control.ListCell<?>) cell).getText().startsWith(deleted)).<javafx.scene.Node>query());
        click.on("#restoreFromTrash");
        waitUntil(() -> trash.getItems().isEmpty());
        waitUntil(() -> title().equals(deleted));
        click.on("Close");
    }

    @Test
    void theHistoryShowsWhatChangedAndRestoresAnEarlierVersion() throws Exception {
        String original = robot.lookup("#titleField").<javafx.scene.control.TextField>query().getText();
        click.on("#titleField").press(KeyCode.END).release(KeyCode.END).write(" v2")
                .press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> status().startsWith("Saved") && title().equals(original + " v2"));

        click.on("File");
        click.on("#historyMenu");
        ListView<?> versions = robot.lookup("#historyVersions").query();
        waitUntil(() -> !versions.getItems().isEmpty());
        robot.interact(() -> versions.getSelectionModel().select(0));
        ListView<?> diff = robot.lookup("#historyDiff").query();
        waitUntil(() -> diff.getItems().stream().anyMatch(line -> line.toString().contains(original + " v2")));
        assertThat(robot.lookup(".version-summary").queryAll()).isNotEmpty();
        click.on("#restoreVersion");
        // Issue 25, point 2: restoring asks first, and says that the entry is renamed back.
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(pane ->
                ((javafx.scene.control.DialogPane) pane).getContentText() != null
                        && ((javafx.scene.control.DialogPane) pane).getContentText().contains("renamed from “"
                        + original + " v2” back to “" + original + "”")));
        assertThat(title()).isEqualTo(original + " v2");
        click.on("OK");
        waitUntil(() -> title().equals(original));
        click.on("Close");
    }

    @Test
    void backUpNowWritesABackupIntoTheDataFolder() throws Exception {
        click.on("File");
        click.on("#backUpNowMenu");
        waitUntil(() -> status().contains("Backed up to"));
        try (var backups = Files.list(home.resolve("backups"))) {
            assertThat(backups.filter(file -> file.toString().endsWith(".zip"))).isNotEmpty();
        }
    }

    @Test
    void aSecondNexusOnTheSameFolderBringsTheRunningWindowToTheFront() throws Exception {
        assertThat(home.resolve("window.port")).exists();
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondNexus.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        String said = new String(second.getInputStream().readAllBytes()).strip();
        second.waitFor();
        assertThat(said).endsWith("in use; shown");
        waitUntil(() -> app().activations() == 1);
    }

    /** Runs in a JVM of its own, as a second Nexus would: refused by the lock, it asks the window to show itself. */
    public static final class SecondNexus {
        public static void main(String[] args) {
            Path home = Path.of(args[0]);
            try {
                KnowledgeBase.open(home, java.time.Clock.systemUTC()).close();
                System.out.println("opened (wrong: the window holds it)");
            } catch (DatabaseInUseException held) {
                System.out.println("in use; " + (RunningInstance.askToShow(home) ? "shown" : "no answer"));
            }
        }
    }
}
