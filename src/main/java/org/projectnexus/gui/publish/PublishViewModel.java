package org.projectnexus.gui.publish;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.concurrency.Running;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.PublishSettings;
import org.projectnexus.logic.Publishing;
import org.projectnexus.logic.publish.PublishPlan;
import org.projectnexus.logic.publish.PublishSecrets;
import org.projectnexus.logic.publish.PublishRequest;
import org.projectnexus.logic.publish.PublishResult;

/**
 * File ▸ Publish… as state: the folder, remote, title and author the user edits (filled from the last publish),
 * the work's progress and a way to stop it, and what the last publish did (time, commit, the remote's page).
 */
public final class PublishViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final Publishing publishing;
    private final BackgroundExecutor background;
    private final StringProperty repository = new SimpleStringProperty("");
    private final StringProperty remote = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lastPublish = new ReadOnlyStringWrapper("Not published yet.");
    private final ReadOnlyStringWrapper remotePage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private Running work;

    public PublishViewModel(Publishing publishing, BackgroundExecutor background) {
        this.publishing = publishing;
        this.background = background;
    }

    /** Fills the fields from what the last publish remembered. */
    public void load() {
        background.run("read the publish settings", publishing::settings, this::show,
                failure -> status.set(UserMessages.of(failure)));
    }

    private void show(PublishSettings settings) {
        repository.set(settings.repository() == null ? defaultFolder() : settings.repository().toString());
        remote.set(settings.remote() == null ? "" : settings.remote());
        title.set(settings.title() == null ? "" : settings.title());
        author.set(settings.author() == null ? "" : settings.author());
        lastPublish.set(settings.lastTime() == null ? "Not published yet." : "Last published "
                + WHEN.format(settings.lastTime().atZone(ZoneId.systemDefault())) + ", commit "
                + settings.lastCommit().substring(0, 7) + ".");
        remotePage.set(settings.remote() == null ? "" : org.projectnexus.logic.publish.RemoteAddress
                .parse(settings.remote()).webPage());
    }

    private static String defaultFolder() {
        return Path.of(System.getProperty("user.home"), "alx-project-nexus").toString();
    }

    private PublishRequest request() {
        return new PublishRequest(Path.of(repository.get().strip()), remote.get().isBlank() ? null : remote.get().strip(),
                null, message.get().isBlank() ? null : message.get(), title.get(), author.get(), null);
    }

    /** Works out what would go out for the first time, then hands the plan to {@code consent} on the FX thread. */
    public void plan(Consumer<PublishPlan> consent) {
        if (repository.get().isBlank()) {
            status.set("Choose the folder of the published repository.");
            return;
        }
        status.set("Looking at what would be published…");
        background.run("plan a publish", () -> publishing.plan(request()), consent,
                failure -> status.set(UserMessages.of(failure)));
    }

    /** Publishes the plan; {@code secrets} are asked for on the background thread only if the remote wants them. */
    public void publish(PublishPlan plan, boolean agreed, PublishSecrets secrets) {
        running.set(true);
        work = background.run("publish", reporting -> publishing.publish(plan, agreed, secrets, reporting),
                this::finished, failure -> {
                    running.set(false);
                    status.set(failure instanceof org.projectnexus.model.ExchangeCancelledException
                            ? "Publish cancelled; nothing was committed." : UserMessages.of(failure));
                });
        progress.bind(work.progressProperty());
        status.bind(work.messageProperty());
    }

    private void finished(PublishResult result) {
        progress.unbind();
        status.unbind();
        progress.set(1);
        running.set(false);
        status.set(result.summary() + (result.problem() == null ? "" : " " + result.problem())
                + (result.heldBack() > 0 ? " " + result.heldBack() + " new entries were held back." : ""));
        load();
    }

    public void cancel() {
        if (work != null) {
            work.stop();
        }
    }

    public StringProperty repositoryProperty() {
        return repository;
    }

    public StringProperty remoteProperty() {
        return remote;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty lastPublishProperty() {
        return lastPublish.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remotePageProperty() {
        return remotePage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
