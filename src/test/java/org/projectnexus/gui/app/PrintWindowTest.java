package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/** Issue 25, point 9, in the window: File ▸ Print… and File ▸ Export ▸ PDF of this entry…. */
class PrintWindowTest extends NexusWindowTest {

    @Test
    void printWithoutAPrinterSaysSoAndTheEntryPdfIsInTheExportMenu() throws Exception {
        startNexus();
        MenuBar bar = robot.lookup("#menuBar").query();
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(item -> "exportSubmenu".equals(item.getId()))
                .findFirst().orElseThrow();
        assertThat(export.getItems()).extracting(MenuItem::getText).contains("Everything…", "PDF of this entry…");
        MenuItem entryPdf = export.getItems().stream().filter(item -> "exportEntryPdfMenu".equals(item.getId()))
                .findFirst().orElseThrow();
        assertThat(entryPdf.isDisable()).isFalse(); // an entry is open

        MenuItem print = file.getItems().stream().filter(item -> "printMenu".equals(item.getId()))
                .findFirst().orElseThrow();
        // This machine has no printer (no print service): the print path ends in a message in words.
        org.projectnexus.gui.preview.PreviewView preview = robot.lookup(".preview").query();
        waitUntil(() -> preview.shownPageProperty().get() != null);
        robot.interact(print::fire);
        waitUntil(() -> robot.lookup("#printMessage").tryQuery().isPresent());
        DialogPane message = robot.lookup("#printMessage").query();
        assertThat(message.getHeaderText()).isEqualTo("No printer");
        assertThat(message.getContentText()).contains("PDF").doesNotContain("Exception").doesNotContain("java.");
    }
}
