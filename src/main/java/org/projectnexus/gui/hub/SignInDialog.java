package org.projectnexus.gui.hub;

import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small dialog that asks for a team's hub password (ADR 48): the team and its server named, the password, whether
 * to remember it on this machine. It stays open while the server checks the password, and after a refusal so that
 * the member can try again; it closes once signed in. Cancel changes nothing.
 */
final class SignInDialog {

    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);

    private final SignIn.Attempt attempt;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    SignInDialog(SignIn.Attempt attempt, Window owner) {
        this.attempt = attempt;
        String team = attempt.team().team();
        dialog.initOwner(owner);
        dialog.setTitle("Sign in to " + team);
        dialog.setHeaderText("Sign in to the team " + team);
        dialog.setGraphic(new FontIcon(Feather.USERS));
        dialog.getDialogPane().setId("signInDialog");
        Label where = new Label("Server " + attempt.team().url() + ", as " + attempt.team().member() + ".");
        where.setId("signInWhere");
        where.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.setPromptText("Your hub password");
        CheckBox remember = new CheckBox("Remember on this machine");
        remember.setId("signInRemember");
        Label rememberNote = new Label("Kept inside this knowledge base only, as nexus hub join keeps it; otherwise it"
                + " is held until the window closes.");
        rememberNote.getStyleClass().add("sign-in-note");
        rememberNote.setWrapText(true);
        Label message = new Label();
        message.setId("signInMessage");
        message.getStyleClass().add("sign-in-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(attempt.messageProperty());
        attempt.checkingProperty().addListener((property, old, now) -> message.pseudoClassStateChanged(CHECKING, now));
        message.visibleProperty().bind(attempt.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox content = new VBox(8, where, new Label("Password"), password, remember, rememberNote, message);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(SIGN_IN, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Node signIn = dialog.getDialogPane().lookupButton(SIGN_IN);
        signIn.setId("signInButton");
        signIn.disableProperty().bind(password.textProperty().isEmpty().or(attempt.checkingProperty()));
        password.disableProperty().bind(attempt.checkingProperty());
        remember.disableProperty().bind(attempt.checkingProperty());
        // The dialog stays open while the server checks the password, and after a refusal.
        signIn.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            attempt.signIn(password.getText().toCharArray(), remember.isSelected());
        });
        attempt.messageProperty().addListener((property, old, now) -> {
            if (!attempt.checkingProperty().get() && !now.isEmpty()) {
                password.requestFocus();
                password.selectAll();
            }
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        });
        attempt.signedInProperty().addListener((property, old, now) -> {
            if (now) {
                password.clear();
                dialog.setResult(SIGN_IN);
                dialog.close();
            }
        });
        dialog.setOnHidden(event -> {
            password.clear();
            if (!attempt.signedInProperty().get()) {
                attempt.cancel();
            }
        });
        dialog.setOnShown(event -> password.requestFocus());
    }

    void show() {
        dialog.show();
    }
}
