package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/** Issue 28, point 13, in the window: a note's tracking pixel waits for "Load"; View › Remote images is kept. */
class RemoteImagesWindowTest extends NexusWindowTest {

    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private HttpServer tracker;

    @AfterEach
    void stopTracker() {
        if (tracker != null) {
            tracker.stop(0);
        }
    }

    @Test
    void aNotesRemoteImagesLoadOnlyWhenAskedAndTheChoiceIsKept() throws Exception {
        tracker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tracker.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        tracker.start();
        Entry newsletter;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            newsletter = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Newsletter")
                    .withText("Newsletter", "Hello ![](http://127.0.0.1:" + tracker.getAddress().getPort()
                            + "/pixel.gif)"));
        }
        Files.writeString(home.resolve("settings.json"), "{\"previewVisible\": true, \"lastEntryId\": \"" + newsletter.id() + "\"}");

        startNexus();
        waitUntil(() -> "Newsletter".equals(title()));
        waitUntil(() -> bar().isVisible());
        Thread.sleep(1_000);
        assertThat(fetched).as("nothing fetched before Load").isEmpty();

        click.on("#loadRemoteImagesButton");
        waitUntil(() -> fetched.contains("/pixel.gif"));
        waitUntil(() -> !bar().isVisible());

        click.on("View");
        click.on("Remote images");
        waitUntil(() -> Clicks.onFxThread(() -> robot.lookup("Never load")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent()));
        // Across to the submenu first: a straight line to it would pass over the View menu's other items.
        robot.clickOn(Clicks.onFxThread(() -> robot.lookup("Never load")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).<Node>query()), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        closeNexus();
        assertThat(Files.readString(home.resolve("settings.json"))).contains("\"remoteImages\" : \"never\"");
    }

    private Node bar() {
        return robot.lookup("#remoteImagesBar").query();
    }
}
