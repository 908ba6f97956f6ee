package org.projectnexus.gui.publish;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.projectnexus.logic.publish.PublishPlan;
import org.projectnexus.logic.publish.PublishSecrets;
import org.projectnexus.model.SafeText;

/**
 * File ▸ Publish…: where to publish (a folder Nexus owns, a remote), the hub's title and author, then Publish with
 * progress and Cancel; entries that would go out for the first time are listed and asked about first. Shows the
 * last publish's time and commit, and a link to the remote's page.
 */
public final class PublishDialog {

    private final PublishViewModel viewModel;
    private final Consumer<String> browser;

    public PublishDialog(PublishViewModel viewModel, Consumer<String> browser) {
        this.viewModel = viewModel;
        this.browser = browser;
    }

    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Publish");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        // The labels keep their whole text (they were cut to "Repository…" at 620 px); the fields take the rest.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label("Repository folder"), field(viewModel.repositoryProperty(), "publishRepository"));
        form.addRow(1, new Label("Remote (optional)"), field(viewModel.remoteProperty(), "publishRemote"));
        form.addRow(2, new Label("Hub title"), field(viewModel.titleProperty(), "publishTitle"));
        form.addRow(3, new Label("Author"), field(viewModel.authorProperty(), "publishAuthor"));
        form.addRow(4, new Label("Commit message"), field(viewModel.messageProperty(), "publishMessage"));
        Label last = new Label();
        last.setId("publishLast");
        last.textProperty().bind(viewModel.lastPublishProperty());
        Hyperlink page = new Hyperlink();
        page.textProperty().bind(viewModel.remotePageProperty());
        page.visibleProperty().bind(viewModel.remotePageProperty().isNotEmpty());
        page.setOnAction(event -> browser.accept(viewModel.remotePageProperty().get()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("publishStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        // A result of two lines ("…; pushed to <remote>") was cut at the window's first size: let the window grow.
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().addListener((text, before, now) -> Platform.runLater(stage::sizeToScene));
        Button publish = new Button("Publish");
        publish.setId("publishButton");
        publish.setDefaultButton(true);
        publish.disableProperty().bind(viewModel.runningProperty());
        publish.setOnAction(event -> viewModel.plan(plan -> consent(stage, plan)));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> {
            if (viewModel.runningProperty().get()) {
                viewModel.cancel();
            } else {
                stage.close();
            }
        });
        VBox content = new VBox(10, form, new HBox(6, last, page), progress, status, new HBox(8, publish, cancel));
        content.setPadding(new Insets(14));
        content.setPrefWidth(620);
        stage.setScene(new Scene(content));
        viewModel.load();
        stage.show();
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Lists what would go out for the first time and asks; publishes what the user agreed to. */
    private void consent(Stage owner, PublishPlan plan) {
        if (!plan.needsConsent()) {
            viewModel.publish(plan, true, PublishSecrets.of(this::askToken, this::askPassphrase));
            return;
        }
        ListView<String> list = new ListView<>();
        list.setId("publishConsentList");
        plan.unpublished().forEach(entry -> list.getItems().add(entry.kind().displayName() + " · " + entry.title()));
        list.setPrefHeight(240);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner);
        ask.setTitle("Publish entries for the first time?");
        ask.setHeaderText("Publishing makes these " + plan.unpublished().size() + " entries public"
                + (plan.privateEntries() > 0 ? " (" + plan.privateEntries() + " tagged #private stay out)" : "") + "."
                + (plan.encrypted() && plan.first() ? "\nThis knowledge base is encrypted: the published copy is not." : ""));
        ask.getDialogPane().setContent(list);
        boolean agreed = ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
        viewModel.publish(plan, agreed, PublishSecrets.of(this::askToken, this::askPassphrase));
    }

    /** Asked on the background thread when an https remote wants a token: the question goes to the FX thread. */
    private char[] askToken() {
        String fromEnvironment = System.getenv("NEXUS_GIT_TOKEN");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip().toCharArray();
        }
        return askSecret("Token", "A token for the remote (used for this publish only, never stored)");
    }

    /** Asked on the background thread for an SSH key that the ssh-agent has not unlocked. */
    private char[] askPassphrase(String keyFile) {
        String fromEnvironment = System.getenv("NEXUS_SSH_PASSPHRASE");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        return askSecret("SSH key passphrase", "The passphrase of the SSH key " + SafeText.forDisplay(keyFile)
                + " (used for this publish only, never stored)");
    }

    private char[] askSecret(String title, String header) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            TextInputDialog dialog = new TextInputDialog();
            PasswordField secret = new PasswordField();
            dialog.setTitle(title);
            dialog.setHeaderText(header);
            dialog.getDialogPane().setContent(secret);
            answer.complete(dialog.showAndWait().isPresent() ? secret.getText().toCharArray() : null);
        });
        return answer.join();
    }
}
