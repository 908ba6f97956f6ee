package org.projectnexus.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.hub.ScramCluster;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signing in to a team from the window (issue 27, ADR 48) on a PostgreSQL cluster that checks passwords: Ann joined
 * without remembering her password, so the window asks for it; a wrong one is refused in words, the right one starts
 * the sync and the watch; "Remember on this machine" keeps it in the knowledge base, and nothing else does.
 */
class TeamSignInWindowTest extends NexusWindowTest {

    private static ScramCluster cluster;
    private static int teams;

    @TempDir
    Path bobHome;

    private String team;
    private String annPassword;
    private KnowledgeBase bob;
    private UUID streams;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ScramCluster.start();
        cluster.createDatabase("hub");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Ann (the window's knowledge base) joined without remembering her password and shared a note; Bob remembers his. */
    @BeforeEach
    void joinedWithoutRememberingThePassword() throws Exception {
        teams++;
        team = "signin" + teams;
        try (KnowledgeBase ann = KnowledgeBase.open(home, Clock.systemUTC())) {
            ann.teamHub().init(cluster.adminUrl("hub"), team, null);
            annPassword = ann.teamHub().invite(cluster.adminUrl("hub"), team, "ann" + teams, null);
            String bobPassword = ann.teamHub().invite(cluster.adminUrl("hub"), team, "bob" + teams, null);
            ann.teamHub().join(cluster.url("hub"), team, "ann" + teams, annPassword.toCharArray(), false);
            streams = ann.entries().add(ann.entries().draft(EntryKind.NOTE, "Streams")
                    .withText("Streams", "intro\nmap is lazy\noutro")).id();
            ann.teamHub().share("Streams", team);
            bob = KnowledgeBase.open(bobHome, Clock.systemUTC());
            bob.teamHub().join(cluster.url("hub"), team, "bob" + teams, bobPassword.toCharArray(), true);
        }
        startNexus();
    }

    @AfterEach
    void closeBob() {
        if (bob != null) {
            bob.close();
        }
    }

    private String indicator() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#syncIndicator").<Button>query().getText()).get();
    }

    private boolean dialogShown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#signInDialog").tryQuery().isPresent()).get();
    }

    private String message() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#signInMessage").<Label>query().getText()).get();
    }

    private void typePassword(String password) throws Exception {
        PasswordField field = robot.lookup("#signInPassword").query();
        robot.interact(field::clear);
        click.on(field).write(password);
    }

    private boolean remembered() {
        return rememberedIn(home);
    }

    private static boolean rememberedIn(Path home) {
        try (KnowledgeBase ann = KnowledgeBase.open(home, Clock.systemUTC())) {
            return ann.teamHub().memberships().get(0).passwordRemembered();
        }
    }

    /** Whether Ann's password is written in a file of the data folder; {@code butTheDatabase}: its file not looked at. */
    private boolean written(boolean butTheDatabase) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !butTheDatabase || !file.getFileName().toString().equals("nexus.mv.db"))
                    .anyMatch(file -> {
                        try {
                            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                                    .contains(annPassword);
                        } catch (IOException unreadable) {
                            return true;
                        }
                    });
        }
    }

    @Test
    void aWrongPasswordIsRefusedInWordsAndTheRightOneStartsTheSyncForThisSessionOnly() throws Exception {
        waitUntil(() -> indicator().equals("Sign in to " + team + "… · 1 pending"));

        click.on("#syncIndicator");
        waitUntil(this::dialogShown);
        assertThat(robot.lookup("#signInWhere").<Label>query().getText())
                .contains(cluster.url("hub").replace("postgresql://", "")).contains("ann" + teams);
        click.on("Cancel"); // changes nothing
        waitUntil(() -> !dialogShown());
        assertThat(indicator()).isEqualTo("Sign in to " + team + "… · 1 pending");

        click.on("#syncIndicator");
        waitUntil(this::dialogShown);
        typePassword("not-" + annPassword);
        click.on("#signInButton");
        waitUntil(() -> message().contains("refused the password"));
        assertThat(message()).doesNotContain("Exception").doesNotContain("not-" + annPassword);
        assertThat(dialogShown()).isTrue();
        assertThat(indicator()).startsWith("Sign in to " + team);

        typePassword(annPassword);
        click.on("#signInButton");
        waitUntil(() -> !dialogShown());
        waitUntil(() -> indicator().equals("Synced"));
        bob.teamHub().sync(null);
        Entry bobs = bob.entries().find(streams).orElseThrow();

        // The watch runs for the team now: a teammate's push shows up in the window.
        robot.interact(() -> app().viewModel().open(streams));
        bob.entries().save(bobs.withText(bobs.title(), "intro\nmap is lazy, like a generator\noutro"));
        bob.teamHub().sync(null);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#bodyField")
                .<org.fxmisc.richtext.CodeArea>query().getText()).get().equals("intro\nmap is lazy, like a generator\noutro"));

        closeNexus();
        assertThat(remembered()).isFalse();
        assertThat(written(false)).isFalse(); // not in the settings, nor anywhere in the data folder
        startNexus(); // held for that session only: asked again
        waitUntil(() -> indicator().equals("Sign in to " + team + "…"));
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoAndSigningInWorksOnceItIsBack() throws Exception {
        waitUntil(() -> indicator().startsWith("Sign in to " + team));
        click.on("#syncIndicator");
        waitUntil(this::dialogShown);
        typePassword(annPassword);
        cluster.stop();
        try {
            click.on("#signInButton");
            waitUntil(() -> message().contains("cannot be reached"));
            assertThat(message()).contains("Try again once the server answers").doesNotContain("Exception");
            assertThat(dialogShown()).isTrue();
        } finally {
            cluster.startAgain();
        }

        typePassword(annPassword);
        click.on("#signInButton");
        waitUntil(() -> indicator().equals("Synced"));
        assertThat(dialogShown()).isFalse();
    }

    @Test
    void rememberOnThisMachineKeepsThePasswordInTheKnowledgeBaseOnly() throws Exception {
        waitUntil(() -> indicator().startsWith("Sign in to " + team));

        click.on("Team");
        click.on("#signInMenu-" + team);
        waitUntil(this::dialogShown);
        typePassword(annPassword);
        click.on("#signInRemember");
        click.on("#signInButton");
        waitUntil(() -> indicator().equals("Synced"));

        closeNexus();
        assertThat(remembered()).isTrue();
        assertThat(written(true)).isFalse(); // in the knowledge base only: not in the settings, nor elsewhere
        startNexus(); // remembered: syncs without asking
        waitUntil(() -> indicator().equals("Synced"));
        assertThat(dialogShown()).isFalse();
    }
}
