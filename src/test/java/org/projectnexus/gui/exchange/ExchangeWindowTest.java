package org.projectnexus.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.FxBackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.model.EntryKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's import path after the file chooser: the work runs off the FX thread, the report dialog lists each
 * file that needed attention, and the list is refreshed. File choosers cannot be driven headless, so the test
 * starts where a chosen or dropped path arrives.
 */
class ExchangeWindowTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private KnowledgeBase knowledgeBase;
    private FxBackgroundExecutor background;
    private ExchangeView view;
    private int refreshed;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
        background = new FxBackgroundExecutor("test-exchange");
        view = new ExchangeView(new ExchangeViewModel(knowledgeBase, background), () -> refreshed++);
        Stage stage = FxToolkit.setupStage(window -> {
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
        assertThat(refreshed).isEqualTo(1);
        assertThat(knowledgeBase.indexedEntries(java.util.Optional.of(EntryKind.NOTE))).hasSize(2);
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
}
