package org.projectnexus.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.app.Clicks;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's import path after the file chooser: the work runs off the FX thread, the report dialog lists each
 * file that needed attention, and the import is announced as a change event (from which the window's lists are
 * patched). File choosers cannot be driven headless, so the test
 * starts where a chosen or dropped path arrives.
 */
class ExchangeWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final Clicks click = new Clicks(robot);
    private KnowledgeBase knowledgeBase;
    private FxBackgroundExecutor background;
    private ExchangeView view;
    private final java.util.List<org.projectnexus.model.ChangeEvent> announced =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
        background = new FxBackgroundExecutor("test-exchange");
        knowledgeBase.onChange(announced::add);
        view = new ExchangeView(new ExchangeViewModel(knowledgeBase.exchange(), background));
        stage = FxToolkit.setupStage(window -> {
            window.setScene(new Scene(new StackPane(), 400, 300));
            window.show();
        });
        robot.interact(() -> view.setOwner(stage));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownAfter(knowledgeBase::close);
        background.awaitTermination(Duration.ofSeconds(20));
    }

    @Test
    void aDroppedFolderIsImportedAndTheReportDialogListsTheFilesThatNeededAttention() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Files.writeString(vault.resolve("Good.md"), "A good note. #fine\n");
        Files.write(vault.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 4, 5, 6, 7,
                (byte) 0xFF, (byte) 0xFE, 0, 0, 1});
        Files.writeString(vault.resolve("crlf.md"), "One\r\nTwo\r\n");

        robot.interact(() -> view.importPath(vault, ConflictPolicy.RENAME));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importReportTable").tryQuery().isPresent());
        TableView<ImportReport.Line> table = robot.lookup("#importReportTable").queryTableView();
        assertThat(table.getItems()).extracting(ImportReport.Line::source).containsExactlyInAnyOrder("image.md", "crlf.md");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Imported 2 entries; 2 things need attention.");
        assertThat(robot.lookup("#exchangeProgress").tryQuery()).isEmpty();
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).changes()).extracting(change -> change.after().title())
                .containsExactlyInAnyOrder("Good", "crlf");
        assertThat(announced.get(0).changes()).allMatch(change -> change.how() == org.projectnexus.model.ChangeEvent.How.IMPORTED);
        assertThat(knowledgeBase.entries().indexedEntries(java.util.Optional.of(EntryKind.NOTE))).hasSize(2);
    }

    @Test
    void theOpenEntryIsExportedAsAPdfInTheBackground() throws Exception {
        var entry = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Printable")
                .withText("Printable", "Words worth keeping on paper."));
        Path pdf = temp.resolve("Printable.pdf");
        robot.interact(() -> view.exportEntryPdfTo(entry, pdf));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exchangeProgress").tryQuery().isEmpty()
                && Files.exists(pdf) && Files.size(pdf) > 0);
        assertThat(org.projectnexus.logic.exchange.PdfExportTest.text(pdf)).contains("Printable",
                "Words worth keeping on paper.");
    }

    @Test
    void filesDroppedOnTheWindowAreImportedAfterTheConflictChoice() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("dropped"));
        Files.writeString(vault.resolve("Dropped note.md"), "Dropped here. #dnd\n");
        Path single = Files.writeString(temp.resolve("Single.md"), "One file on its own.\n");
        robot.interact(() -> view.acceptDrops(stage.getScene()));

        // A dragboard as the toolkit makes for a drop from the desktop, holding the dropped files.
        Dragboard dragboard = WaitForAsyncUtils.asyncFx(() -> {
            Dragboard made = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new DroppedFiles());
            com.sun.javafx.scene.input.DragboardHelper.setDataAccessRestriction(made, false);
            made.setContent(java.util.Map.of(DataFormat.FILES, List.of(vault.toFile(), single.toFile())));
            return made;
        }).get(10, TimeUnit.SECONDS);
        Node target = stage.getScene().getRoot();
        DragEvent over = dragEvent(DragEvent.DRAG_OVER, dragboard, target);
        robot.interact(() -> Event.fireEvent(target, over));
        assertThat(over.isAccepted()).isTrue();

        // The drop asks how to treat title clashes (a dialog that waits): fire it, then answer it.
        javafx.application.Platform.runLater(() -> Event.fireEvent(target,
                dragEvent(DragEvent.DRAG_DROPPED, dragboard, target)));
        // The dialog's nodes exist before its window is on screen: wait until its OK button can be clicked.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conflictPolicy").tryQuery().isPresent()
                && robot.lookup("OK").match(Node::isVisible).tryQuery()
                        .map(ok -> ok.getScene().getWindow().isShowing()).orElse(false));
        click.on(robot.lookup("OK").match(Node::isVisible).<Node>query());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> knowledgeBase.entries().findByTitle("Dropped note").isPresent() && knowledgeBase.entries().findByTitle("Single").isPresent());
        // One report per dropped item.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .header-panel .label")
                .queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(label -> label.getText().startsWith("Imported 1 entry")).count() == 2);
        assertThat(knowledgeBase.entries().findByTitle("Dropped note").orElseThrow().body()).contains("Dropped here. #dnd");
    }

    private static DragEvent dragEvent(javafx.event.EventType<DragEvent> type, Dragboard dragboard, Node target) {
        return new DragEvent(type, dragboard, 10, 10, 10, 10, TransferMode.COPY, null, target,
                new PickResult(target, 10, 10));
    }

    @Test
    void aFailedExportSaysWhyInADialog() throws Exception {
        Path full = Files.createDirectories(temp.resolve("full"));
        Files.writeString(full.resolve("mine.md"), "mine");

        robot.interact(() -> view.exportTo(org.projectnexus.logic.exchange.ExportFormat.VAULT, full,
                org.projectnexus.logic.exchange.LinkStyle.WIKI));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .content").tryQuery()
                .map(node -> ((javafx.scene.control.Label) node).getText().contains("not empty")).orElse(false));
        assertThat(Files.readString(full.resolve("mine.md"))).isEqualTo("mine");
    }

    /** What the toolkit's dragboard reads from when files come from another application: their list, to copy. */
    private static final class DroppedFiles implements com.sun.javafx.tk.TKClipboard {
        private final java.util.Map<DataFormat, Object> content = new java.util.HashMap<>();

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (javafx.util.Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
