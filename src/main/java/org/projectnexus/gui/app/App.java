package org.projectnexus.gui.app;

import org.projectnexus.gui.concurrency.FirstFrame;
import org.projectnexus.gui.dialogs.PasswordDialog;
import org.projectnexus.gui.concurrency.FxBackgroundExecutor;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.projectnexus.gui.settings.SettingsStore;
import org.projectnexus.gui.settings.WindowSettings;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.gui.backup.BackupViewModel;
import org.projectnexus.model.NexusException;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.logic.RunningInstance;
import org.projectnexus.model.DatabaseInUseException;
import org.projectnexus.model.WrongPasswordException;
import org.projectnexus.logic.starter.StarterContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window. The knowledge base and the settings are opened in {@link #init()},
 * which JavaFX runs off the FX thread; {@link #start} only builds the window. If the knowledge base cannot
 * be opened, the user sees why in a dialog and nothing on disk is touched.
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** The parameter that asks for a {@link StartupReport} (see {@code nexus --startup-report}). */
    public static final String STARTUP_REPORT = "--startup-report";

    private KnowledgeBase knowledgeBase;
    private SettingsStore settingsStore;
    private WindowSettings settings;
    private NexusException openingFailure;
    private final BackgroundExecutor background;
    private final BackgroundExecutor rendering;
    /** Keeps the search index up to date: a rebuild holds up neither saves nor rendering. */
    private final FxBackgroundExecutor indexing = new FxBackgroundExecutor("nexus-indexing");
    private final Path homeOverride;
    private final FxBackgroundExecutor backupLane = new FxBackgroundExecutor("nexus-backup");
    /** The dashboard's figures (ADR 49): read while the app is idle, they hold up neither saves nor the list. */
    private final FxBackgroundExecutor figures = new FxBackgroundExecutor("nexus-dashboard");
    /** The editor's syntax colours: a colouring pass over a long note never holds up the preview's next render. */
    private final BackgroundExecutor colouring = new FxBackgroundExecutor("nexus-colouring");
    /** The team hub's lanes (ADR 44): syncs, and the watch that hears teammates' pushes; a slow hub holds up no save. */
    private final FxBackgroundExecutor hubSync = new FxBackgroundExecutor("nexus-hub-sync");
    private final FxBackgroundExecutor hubWatch = new FxBackgroundExecutor("nexus-hub-watch");
    private org.projectnexus.gui.hub.TeamViewModel team;
    private WindowState windowState;
    private final Theme theme = new Theme();
    /** Says why the window is not there yet while the knowledge base opens slowly (an update of its schema). */
    private OpeningNotice openingNotice;
    private MainViewModel viewModel;
    private Path home;
    /** Another window holds this knowledge base and was asked to come to the front: this one just ends. */
    private boolean handedOver;
    private final java.util.concurrent.atomic.AtomicInteger activations = new java.util.concurrent.atomic.AtomicInteger();
    private RunningInstance runningInstance;

    /** Used by JavaFX's launcher: the data folder comes from the {@code --home=DIR} parameter. */
    public App() {
        this(new FxBackgroundExecutor(), new FxBackgroundExecutor("nexus-rendering"), null);
    }

    /**
     * For a caller that composes the app itself (tests): the executor for the database, the one for rendering
     * (preview and editor colours), and the data folder.
     */
    public App(BackgroundExecutor background, BackgroundExecutor rendering, Path home) {
        this.background = background;
        this.rendering = rendering;
        this.homeOverride = home;
    }

    public static void launchWindow(String... parameters) {
        Application.launch(App.class, parameters);
    }

    @Override
    public void init() {
        String homeParameter = homeOverride != null ? homeOverride.toString() : getParameters().getNamed().get("home");
        home = DataFolder.resolve(homeParameter == null ? null : Path.of(homeParameter));
        settingsStore = new SettingsStore(home);
        settings = settingsStore.load();
        openingNotice = new OpeningNotice(home.toString(), () -> theme.apply(settings.darkTheme()));
        try {
            knowledgeBase = openKnowledgeBase(home, openingNotice);
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
        } catch (DatabaseInUseException held) {
            handedOver = RunningInstance.askToShow(home);
            LOG.info("The knowledge base in {} is open in another Nexus; {}", home,
                    handedOver ? "brought that window to the front" : "it did not answer");
            openingFailure = held;
        } catch (NexusException failure) {
            LOG.error("Could not open the knowledge base in {}", home, failure);
            openingFailure = failure;
        } finally {
            openingNotice.openingOver();
        }
    }

    /**
     * Opens the knowledge base; an encrypted one's password is asked for in a dialog (on the FX thread, while
     * this launcher thread waits), again after a wrong one. The password is never stored. While it opens, the
     * notice says why the window is not there yet (it is armed after the password dialog, not over it).
     */
    private static KnowledgeBase openKnowledgeBase(Path home, OpeningNotice notice) {
        OpeningOptions options = OpeningOptions.DEFAULT.beforeUpdate(notice::updating);
        if (!KnowledgeBaseFiles.isEncrypted(home)) {
            notice.arm();
            return KnowledgeBase.open(home, Clock.systemUTC(), options);
        }
        String problem = "";
        while (true) {
            Optional<char[]> password = PasswordDialog.askAndWait(home.toString(), problem);
            if (password.isEmpty()) {
                throw new NexusException("The knowledge base in " + home + " is encrypted, and no password was given.");
            }
            if (password.get().length == 0) {
                problem = "Type the password first.";
                continue;
            }
            try {
                notice.arm();
                return KnowledgeBase.open(home, Clock.systemUTC(), options.withPassword(password.get()));
            } catch (WrongPasswordException wrong) {
                notice.openingOver();
                problem = wrong.getMessage();
            } finally {
                java.util.Arrays.fill(password.get(), '\0');
            }
        }
    }

    @Override
    public void start(Stage stage) {
        if (openingFailure != null) {
            if (!handedOver) {
                showOpeningFailure(openingFailure, openingNotice);
            }
            rendering.shutdownAfter(() -> { });
            colouring.shutdownAfter(() -> { });
            indexing.shutdownAfter(() -> { });
            background.shutdownAfter(() -> { });
            backupLane.shutdownAfter(() -> { });
            figures.shutdownAfter(() -> { });
            hubSync.shutdownAfter(() -> { });
            hubWatch.shutdownAfter(() -> { });
            Platform.exit();
            return;
        }
        theme.apply(settings.darkTheme());
        MainViewModel viewModel = new MainViewModel(knowledgeBase, background, rendering, indexing, figures);
        viewModel.preview().remoteImagesProperty().set(settings.remoteImagesPolicy());
        BackupViewModel backups = new BackupViewModel(knowledgeBase, backupLane, background, settings.backups().toPolicy(),
                viewModel::tellUser);
        MainWindow window = new MainWindow(viewModel, colouring, theme, Platform::exit,
                url -> getHostServices().showDocument(url), backups,
                new org.projectnexus.gui.exchange.ExchangeViewModel(knowledgeBase.exchange(), background),
                new org.projectnexus.gui.publish.PublishViewModel(knowledgeBase.publishing(), background),
                new org.projectnexus.gui.dialogs.DialogSizes(settings.dialogSizes()), home);
        team = TeamParts.install(knowledgeBase, viewModel, window, background, hubSync, hubWatch, stage);
        windowState = new WindowState(stage, window);
        stage.setScene(window.scene(or(settings.width(), 1280), or(settings.height(), 800)));
        windowState.restore(settings);
        stage.setOnCloseRequest(event -> viewModel.saveNow());
        StartupReport report = getParameters() != null && getParameters().getUnnamed().contains(STARTUP_REPORT)
                ? new StartupReport(Platform::exit) : null;
        if (report != null) {
            report.watchFirstFrame(stage.getScene());
        }
        window.show(stage);
        openingNotice.closeOnceShown(stage);
        windowState.restoreDividers(settings);
        // The lists load once the first frame is out: on two cores, loading them alongside delays the window.
        FirstFrame.afterShown(stage.getScene(), () -> viewModel.start(
                Optional.ofNullable(settings.lastEntryId()).flatMap(App::uuid), count -> {
                    if (report != null) {
                        report.listed(count);
                    }
                    team.start();
                    window.prepareDashboardWhenIdle();
                }));
        this.viewModel = viewModel;
        if (!settingsStore.notice().isEmpty()) {
            viewModel.tellUser(settingsStore.notice());
        }
        if (!settings.welcomed()) {
            window.showFirstRunHint();
        }
        backups.backUpIfDue(); // on its own lane, after the window is shown
        listenForASecondNexus(stage);
    }

    /** A second Nexus started on this data folder brings this window to the front instead of opening its own. */
    private void listenForASecondNexus(Stage stage) {
        try {
            runningInstance = RunningInstance.listen(home, () -> background.onFxThread(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
                activations.incrementAndGet();
            }));
        } catch (java.io.IOException failure) {
            LOG.warn("A second Nexus on {} will not be able to bring this window to the front", home, failure);
        }
    }

    /** The headings the opening notice showed (for tests). */
    java.util.List<String> openingNoticesShown() {
        return openingNotice.shown();
    }

    /** The window's view model (for tests that look inside it). */
    MainViewModel viewModel() {
        return viewModel;
    }

    /** How often a second Nexus brought this window to the front (for tests). */
    int activations() {
        return activations.get();
    }

    @Override
    public void stop() {
        if (viewModel == null) {
            return;
        }
        viewModel.close();
        team.close();
        if (runningInstance != null) {
            runningInstance.close();
        }
        backupLane.shutdownAfter(() -> { });
        WindowSettings last = windowState.capture(viewModel.editor().storedProperty().get(), settings.backups())
                .withRemoteImages(viewModel.preview().remoteImagesProperty().get());
        // The background thread writes the last save and the settings, then closes the database.
        rendering.shutdownAfter(() -> { });
        colouring.shutdownAfter(() -> { });
        indexing.shutdownAfter(() -> { });
        figures.shutdownAfter(() -> { });
        background.shutdownAfter(() -> {
            settingsStore.save(last);
            // The indexing lane may still be synchronising or loading the quick switcher's catalogue: stop the
            // search index, let that lane end, and only then close the database it reads. A backup started with
            // the window (the first one is due at once) is let finish too: closing under it cut it short, leaving
            // a .partial file and H2's error trace.
            knowledgeBase.finding().stopSearch();
            awaitQuietly(indexing, java.time.Duration.ofSeconds(10), "the search index's lane");
            awaitQuietly(figures, java.time.Duration.ofSeconds(10), "the dashboard's figures");
            awaitQuietly(backupLane, java.time.Duration.ofMinutes(2), "a backup");
            awaitQuietly(hubSync, java.time.Duration.ofSeconds(30), "a sync with the team hub");
            awaitQuietly(hubWatch, java.time.Duration.ofSeconds(5), "the team hub's watch");
            knowledgeBase.close();
        });
    }

    private static void awaitQuietly(FxBackgroundExecutor lane, java.time.Duration timeout, String what) {
        try {
            if (!lane.awaitTermination(timeout)) {
                LOG.warn("{} was still running when the knowledge base closed", what);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void showOpeningFailure(NexusException failure, OpeningNotice notice) {
        Alert alert = new Alert(Alert.AlertType.ERROR, org.projectnexus.gui.dialogs.UserMessages.of(failure));
        alert.setHeaderText("Nexus cannot open this knowledge base");
        alert.setTitle("Nexus");
        alert.setOnShown(event -> notice.closeOnceShown(alert.getDialogPane().getScene().getWindow()));
        alert.showAndWait();
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
