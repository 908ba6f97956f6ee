package org.projectnexus.gui.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.concurrency.ImmediateExecutor;
import org.projectnexus.logic.Attachments.AttachmentUse;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tools ▸ Attachments… (issue 24), driven with the mouse: it lists each file with its size and the entries that use
 * it ("unused" when none does), Open hands a copy of the file to the system's application, Remove and Remove unused
 * take files out of the knowledge base.
 */
class AttachmentsDialogTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4 quarterly numbers".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private KnowledgeBase knowledgeBase;
    private AttachmentsViewModel viewModel;
    private Stage owner;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        Entry trip = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Trip")
                .withText("Trip", "![[map.png]]"));
        knowledgeBase.attachments().attach(trip.id(), "map.png", new ByteArrayInputStream(PNG));
        knowledgeBase.attachments().attach(null, "old report.pdf", new ByteArrayInputStream(PDF));
        knowledgeBase.attachments().attach(null, "notes.txt", new ByteArrayInputStream("scratch".getBytes()));
        viewModel = new AttachmentsViewModel(knowledgeBase, new ImmediateExecutor(), () -> null, Clock.systemUTC(),
                told::add);
        owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(() -> {
            // As AttachmentControls wires it: Open writes a temporary copy and hands it to the system's opener.
            AttachmentsDialog dialog = new AttachmentsDialog(viewModel, owner, scene -> { },
                    name -> viewModel.open(name, opened::add));
            viewModel.refresh();
            dialog.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attachmentsTable").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        knowledgeBase.close();
    }

    private TableView<AttachmentUse> table() {
        return robot.lookup("#attachmentsTable").query();
    }

    /** The texts of the table's cells, row by row. */
    private List<List<String>> rows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream().map(use -> table().getColumns().stream()
                .map(column -> String.valueOf(column.getCellData(use))).toList()).toList()).get(10, TimeUnit.SECONDS);
    }

    private Node cell(String text) {
        return robot.lookup((Node node) -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText()))
                .query();
    }

    private void press(String id) {
        Button button = robot.lookup(id).query();
        robot.clickOn(button);
    }

    @Test
    void listsEachFileWithItsSizeAndTheEntriesThatUseIt() throws Exception {
        assertThat(rows()).containsExactly(
                List.of("map.png", PNG.length + " bytes", "Trip"),
                List.of("notes.txt", "7 bytes", "unused"),
                List.of("old report.pdf", PDF.length + " bytes", "unused"));
        assertThat(robot.lookup("#openAttachment").<Button>query().isDisabled()).as("nothing chosen yet").isTrue();
    }

    @Test
    void openHandsACopyOfTheChosenFileToTheSystem() throws Exception {
        robot.clickOn(cell("old report.pdf"));
        press("#openAttachment");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Path copy = Path.of(URI.create(opened.get(0)));
        assertThat(copy.getFileName().toString()).isEqualTo("old report.pdf");
        assertThat(copy).hasBinaryContent(PDF);
        assertThat(told).contains("Opened old report.pdf");
    }

    @Test
    void removeTakesTheChosenFileOutAndRemoveUnusedTheRestNoEntryUses() throws Exception {
        robot.clickOn(cell("map.png"));
        press("#removeAttachment");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().size() == 2);
        assertThat(rows()).extracting(row -> row.get(0)).containsExactly("notes.txt", "old report.pdf");
        assertThat(knowledgeBase.attachments().find("map.png")).isEmpty();

        press("#removeUnusedAttachments");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().isEmpty());
        assertThat(knowledgeBase.attachments().list()).extracting(Attachment::name).isEmpty();
        assertThat(told).contains("Removed 2 unused attachments");
    }
}
