package org.projectnexus.gui.dialogs;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.projectnexus.model.NexusException;

/** Asks for the password of an encrypted knowledge base; the password is only passed on, never kept. */
public final class PasswordDialog {

    private PasswordDialog() {
    }

    /**
     * {@link #ask} from a thread that is not the FX thread (the launcher's, while the knowledge base opens): the
     * dialog is shown on the FX thread while the caller waits for the answer.
     */
    public static Optional<char[]> askAndWait(String folder, String problem) {
        FutureTask<Optional<char[]>> asking = new FutureTask<>(() -> ask(folder, problem));
        Platform.runLater(asking);
        try {
            return asking.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NexusException("The password could not be asked for.", interrupted);
        } catch (ExecutionException failure) {
            throw new NexusException("The password could not be asked for.", failure.getCause());
        }
    }

    /**
     * The password typed (possibly empty), or nothing if the user cancelled. {@code problem} explains why it is
     * asked again.
     */
    public static Optional<char[]> ask(String folder, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Nexus");
        dialog.setHeaderText("This knowledge base is encrypted");
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        Label explanation = new Label((problem.isEmpty() ? "" : problem + "\n\n")
                + "Type the password of the knowledge base in " + folder + ".");
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, explanation, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait();
    }
}
