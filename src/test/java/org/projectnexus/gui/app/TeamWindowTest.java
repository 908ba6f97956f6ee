package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.gui.hub.SideBySide;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.hub.TestHubServer;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.HubConflict;

/**
 * The window's team features (issue 27) against a real PostgreSQL hub: Ann works in the window, her teammate Bob in
 * a knowledge base of his own (as his own Nexus would), both members of one team.
 */
class TeamWindowTest extends NexusWindowTest {

    private static TestHubServer server;
    private static int teams;

    @TempDir
    Path bobHome;

    private String team;
    private String bobRole;
    private KnowledgeBase bob;
    private UUID streams;
    private UUID diary;
    /** Ann's window reaches the hub through it, so a test can take the hub away from her. */
    private TcpRelay relay;

    @BeforeAll
    static void startServer() {
        server = TestHubServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Ann's knowledge base (the window's) and Bob's joined one team; Ann has a note and a #private diary. */
    @BeforeEach
    void joinedATeam() throws Exception {
        teams++;
        team = "crew" + teams;
        String annRole = server.member("ann" + teams);
        bobRole = server.member("bob" + teams);
        try (KnowledgeBase ann = KnowledgeBase.open(home, Clock.systemUTC())) {
            ann.teamHub().init(server.adminUrl(), team, null);
            String annPassword = ann.teamHub().invite(server.adminUrl(), team, annRole, null);
            String bobPassword = ann.teamHub().invite(server.adminUrl(), team, bobRole, null);
            var address = server.adminAddress();
            relay = new TcpRelay(address.host(), address.port());
            ann.teamHub().join("postgresql://127.0.0.1:" + relay.port() + "/" + address.database(), team, annRole,
                    annPassword.toCharArray(), true);
            bob = KnowledgeBase.open(bobHome, Clock.systemUTC());
            bob.teamHub().join(server.url(), team, bobRole, bobPassword.toCharArray(), true);
            diary = note(ann, "Diary", "Tired today. #private").id();
            streams = note(ann, "Streams", "intro\nmap is lazy\noutro").id();
        }
        startNexus();
    }

    @AfterEach
    void closeBob() throws Exception {
        if (bob != null) {
            bob.close();
        }
        closeNexus(); // before the relay: the window's last sync must not meet a hub taken away
        if (relay != null) {
            relay.close();
        }
    }

    private static Entry note(KnowledgeBase kb, String title, String body) {
        return kb.entries().add(kb.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    /** Read on the FX thread, so that a condition sees the window between two of its updates, never halfway. */
    private String text(String query) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> textNow(query)).get();
    }

    private String textNow(String query) {
        Object node = robot.lookup(query).query();
        if (node instanceof org.fxmisc.richtext.CodeArea code) {
            return code.getText();
        }
        return ((Label) node).getText();
    }

    private String indicator() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#syncIndicator").<Button>query().getText())
                .get();
    }

    /** The space label and the indicator read together, in one visit to the FX thread. */
    private boolean sharedAndSynced() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> textNow("#spaceLabel").equals("Team " + team)
                && robot.lookup("#syncIndicator").<Button>query().getText().equals("Synced")).get();
    }

    private void open(UUID id) throws Exception {
        robot.interact(() -> app().viewModel().open(id));
        waitUntil(() -> app().viewModel().editor().storedProperty().get() != null
                && app().viewModel().editor().storedProperty().get().id().equals(id));
    }

    private void shareStreams() throws Exception {
        open(streams);
        waitUntil(() -> text("#spaceLabel").startsWith("Personal"));
        assertThat(robot.lookup("#shareButton").<Button>query().getText()).isEqualTo("Share with " + team);
        click.on("#shareButton");
        waitUntil(this::sharedAndSynced);
        bob.teamHub().sync(null);
        assertThat(bob.entries().find(streams)).isPresent();
    }

    @Test
    void anEntrySharedFromTheHeaderReachesATeammateAndTheirSaveShowsUpInTheWindow() throws Exception {
        shareStreams();

        Entry bobs = bob.entries().find(streams).orElseThrow();
        bob.entries().save(bobs.withText(bobs.title(), "intro\nmap is lazy, like a generator\noutro"));
        bob.teamHub().sync(null); // the push NOTIFYs; the window's watch hears it and pulls

        waitUntil(() -> text("#bodyField").equals("intro\nmap is lazy, like a generator\noutro"));
        waitUntil(() -> text("#changedByLabel").equals("changed last by " + bobRole));
        assertThat(indicator()).isEqualTo("Synced");

        click.on("File");
        click.on("#historyMenu");
        waitUntil(() -> text("#historyChangedBy").contains("changed last by " + bobRole));
        click.on("Close");
    }

    @Test
    void sharingAnEntryTaggedPrivateIsRefusedWithItsReason() throws Exception {
        open(diary);
        waitUntil(() -> text("#spaceLabel").startsWith("Personal"));

        click.on("#shareButton");

        waitUntil(() -> robot.lookup("#shareRefusal").tryQuery().isPresent());
        assertThat(robot.lookup("#shareRefusal").<DialogPane>query().getContentText())
                .contains("#private").contains("never leave this machine");
        click.on("OK");
        assertThat(text("#spaceLabel")).startsWith("Personal");
        bob.teamHub().sync(null);
        assertThat(bob.entries().find(diary)).isEmpty();
    }

    @Test
    void theSpacesSectionFiltersTheListToATeamOrToPersonalEntries() throws Exception {
        shareStreams();
        ListView<String> spaces = robot.lookup("#spaceList").query();
        assertThat(spaces.getItems()).containsExactly("All spaces", "Personal", team);

        robot.interact(() -> spaces.getSelectionModel().select(team));
        waitUntil(() -> shownTitles().equals(java.util.List.of("Streams")));

        robot.interact(() -> spaces.getSelectionModel().select("Personal"));
        waitUntil(() -> shownTitles().contains("Diary") && !shownTitles().contains("Streams"));

        robot.interact(() -> spaces.getSelectionModel().select("All spaces"));
        waitUntil(() -> shownTitles().containsAll(java.util.List.of("Diary", "Streams")));
    }

    private java.util.List<String> shownTitles() {
        return app().viewModel().entryList().shownEntries().stream().map(EntrySummary::title).toList();
    }

    @Test
    void aSameLineConflictIsShownSideBySideAndKeepMineSendsMine() throws Exception {
        shareStreams();
        closeNexus();
        // Ann edits with the window closed (offline, as it were) while Bob changes the same line and pushes first.
        try (KnowledgeBase ann = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry hers = ann.entries().find(streams).orElseThrow();
            ann.entries().save(hers.withText(hers.title(), "intro\nmap is lazy until a terminal operation\noutro"));
        }
        Entry bobs = bob.entries().find(streams).orElseThrow();
        bob.entries().save(bobs.withText(bobs.title(), "intro\nmap is lazy, like a generator\noutro"));
        bob.teamHub().sync(null);

        startNexus(); // the window syncs as it starts: Ann's edit meets Bob's

        waitUntil(() -> indicator().startsWith("Conflicts 1"));
        click.on("#syncIndicator");
        ListView<HubConflict> conflicts = robot.lookup("#conflictList").query();
        waitUntil(() -> conflicts.getItems().size() == 1);
        // Wide enough for two columns of text (the theme's 600 px cap on dialogs no longer applies).
        assertThat(conflicts.getScene().getWindow().getWidth()).isGreaterThan(900);
        ListView<SideBySide.Row> sides = robot.lookup("#conflictSides").query();
        waitUntil(() -> sides.getItems().contains(new SideBySide.Row("map is lazy, like a generator",
                "map is lazy until a terminal operation", true)));
        assertThat(sides.getItems()).contains(new SideBySide.Row("intro", "intro", false));

        click.on("#keepMine");

        waitUntil(() -> conflicts.getItems().isEmpty());
        waitUntil(() -> indicator().equals("Synced"));
        click.on("Close");
        bob.teamHub().sync(null);
        assertThat(bob.entries().find(streams).orElseThrow().body())
                .isEqualTo("intro\nmap is lazy until a terminal operation\noutro");
    }

    @Test
    void offlineIsShownWhileTheHubIsAwayAndTheQueuedEditGoesOutWhenItIsBack() throws Exception {
        shareStreams();

        relay.cut();
        waitUntil(() -> indicator().startsWith("Offline"));
        click.on("#bodyField").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.CONTROL).write("\nwritten offline");
        waitUntil(() -> indicator().equals("Offline · 1 pending"));

        relay.resume();
        waitUntil(() -> indicator().equals("Synced"));
        bob.teamHub().sync(null);
        assertThat(bob.entries().find(streams).orElseThrow().body()).isEqualTo("intro\nmap is lazy\noutro\nwritten offline");
    }
}
