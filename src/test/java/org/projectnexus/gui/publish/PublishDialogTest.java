package org.projectnexus.gui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.app.Clicks;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Publish… as a user goes through it, headless, against a bare repository on local disk: the folder and the
 * remote typed in, Publish, the list of entries that would become public shown before anything goes out, Yes, then
 * the commit on the remote and the last publish's time and commit in the dialog.
 */
class PublishDialogTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final Clicks click = new Clicks(robot);
    private final List<String> opened = new ArrayList<>();
    private KnowledgeBase knowledgeBase;
    private FxBackgroundExecutor background;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
        var entries = knowledgeBase.entries();
        entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "An in-memory store. #technology/infrastructure-and-tools\n"));
        entries.add(entries.draft(EntryKind.NOTE, "Diary").withText("Diary", "Not for anyone else. #private\n"));
        background = new FxBackgroundExecutor("test-publish");
        PublishDialog dialog = new PublishDialog(new PublishViewModel(knowledgeBase.publishing(), background), opened::add);
        stage = FxToolkit.setupStage(window -> {
            window.setScene(new Scene(new StackPane(), 400, 300));
            window.show();
        });
        robot.interact(() -> dialog.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownAfter(knowledgeBase::close);
        background.awaitTermination(Duration.ofSeconds(20));
    }

    @Test
    void theNewEntriesAreListedBeforeAnythingGoesOutThenTheCommitIsPushedAndShownAsTheLastPublish() throws Exception {
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        Path folder = temp.resolve("published");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Clicks.onFxThread(() ->
                !field("#publishRepository").getText().isBlank()));
        assertThat(label("#publishLast")).isEqualTo("Not published yet.");
        robot.interact(() -> {
            field("#publishRepository").setText(folder.toString());
            field("#publishRemote").setText(remote.toString());
            field("#publishTitle").setText("Ada's Nexus");
        });

        click.on("#publishButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Clicks.onFxThread(() -> consent() != null));
        List<String> listed = Clicks.onFxThread(() -> List.copyOf(consentList().getItems()));
        assertThat(listed).contains("Note · Redis").noneMatch(item -> item.contains("Diary"));
        assertThat(Clicks.onFxThread(() -> consent().getHeaderText())).contains("public", "#private stay out");
        assertThat(head(remote)).as("nothing goes out before the user agrees").isNull();

        click.on(Clicks.onFxThread(() -> consent().lookupButton(ButtonType.YES)));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> head(remote) != null
                && Clicks.onFxThread(() -> label("#publishLast").startsWith("Last published")));
        ObjectId pushed = head(remote);
        try (Git git = Git.open(remote.toFile())) {
            RevCommit commit = git.log().add(pushed).call().iterator().next();
            assertThat(commit.getFullMessage()).isEqualTo("1 entry added, README updated"); // Redis; Diary is private
            assertThat(commit.getAuthorIdent().getName()).as("the Git user, else Nexus").isNotBlank();
        }
        assertThat(label("#publishLast")).endsWith("commit " + pushed.name().substring(0, 7) + ".");
        assertThat(label("#publishStatus")).contains("Committed " + pushed.name().substring(0, 7), "pushed to");
        assertThat(folder.resolve("notes/Redis.md")).exists();
        assertThat(folder.resolve("notes/Diary.md")).doesNotExist();
    }

    private static ObjectId head(Path remote) throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            return git.getRepository().resolve("refs/heads/main");
        }
    }

    private TextField field(String id) {
        return publishWindow().getScene().getRoot().lookup(id) instanceof TextField field ? field : null;
    }

    private String label(String id) {
        return Clicks.onFxThread(() -> ((Label) publishWindow().getScene().getRoot().lookup(id)).getText());
    }

    private Window publishWindow() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && "Publish".equals(stage.getTitle())).findFirst().orElseThrow();
    }

    /** The question before a first publish, or null while it is not shown. */
    private DialogPane consent() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                        && "Publish entries for the first time?".equals(stage.getTitle()))
                .map(window -> (DialogPane) window.getScene().getRoot()).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> consentList() {
        return (ListView<String>) consent().lookup("#publishConsentList");
    }
}
