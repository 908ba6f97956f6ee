package org.projectnexus.gui;

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
import org.projectnexus.logic.NexusException;
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

    private KnowledgeBase knowledgeBase;
    private SettingsStore settingsStore;
    private WindowSettings settings;
    private NexusException openingFailure;
    private final BackgroundExecutor background;
    private final BackgroundExecutor rendering;
    private final Path homeOverride;
    private WindowState windowState;
    private MainViewModel viewModel;

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
        Path home = DataFolder.resolve(homeParameter == null ? null : Path.of(homeParameter));
        settingsStore = new SettingsStore(home);
        settings = settingsStore.load();
        try {
            knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
            knowledgeBase.addStarterContentIfNew(new StarterContent());
        } catch (NexusException failure) {
            LOG.error("Could not open the knowledge base in {}", home, failure);
            openingFailure = failure;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openingFailure != null) {
            showOpeningFailure(openingFailure);
            rendering.shutdownAfter(() -> { });
            background.shutdownAfter(() -> { });
            Platform.exit();
            return;
        }
        Theme theme = new Theme();
        theme.apply(settings.darkTheme());
        MainViewModel viewModel = new MainViewModel(knowledgeBase, background, rendering);
        MainWindow window = new MainWindow(viewModel, rendering, theme, Platform::exit,
                url -> getHostServices().showDocument(url),
                new org.projectnexus.gui.exchange.ExchangeViewModel(knowledgeBase, background));
        windowState = new WindowState(stage, window);
        stage.setScene(window.scene(or(settings.width(), 1280), or(settings.height(), 800)));
        windowState.restore(settings);
        stage.setOnCloseRequest(event -> viewModel.saveNow());
        window.show(stage);
        windowState.restoreDividers(settings);
        viewModel.start(Optional.ofNullable(settings.lastEntryId()).flatMap(App::uuid));
        this.viewModel = viewModel;
    }

    @Override
    public void stop() {
        if (viewModel == null) {
            return;
        }
        viewModel.close();
        WindowSettings last = windowState.capture(viewModel.editor().storedProperty().get());
        // The background thread writes the last save and the settings, then closes the database.
        rendering.shutdownAfter(() -> { });
        background.shutdownAfter(() -> {
            settingsStore.save(last);
            knowledgeBase.close();
        });
    }

    private static void showOpeningFailure(NexusException failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
        alert.setHeaderText("Nexus cannot open this knowledge base");
        alert.setTitle("Nexus");
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
