package org.projectnexus.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.PasswordRules;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nexus encrypt}: converts the knowledge base to an AES-encrypted one; the password is never stored. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypt the knowledge base (AES). Its password (8 characters at least; a pass phrase of a few"
                + " words is best) is asked for at every start and never stored: if it is lost, so is the knowledge"
                + " base.", "With --password-file or $NEXUS_PASSWORD, that password is taken as it is, without asking."})
final class EncryptCommand implements Callable<Integer> {

    @ParentCommand
    NexusCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path folder = DataFolder.resolve(parent.home());
        try {
            char[] password = parent.givenPassword(err);
            if (password == null) { // typed: asked twice, a typo would lock the knowledge base for good
                password = parent.input().password("New password: ", err);
                char[] again = parent.input().password("The same password again: ", err);
                if (!Arrays.equals(password, again)) {
                    throw new NexusException("The two passwords differ; nothing was changed.");
                }
            }
            PasswordRules.checkNew(password);
            PasswordRules.hint(password).ifPresent(hint -> err.println("nexus: note: " + hint));
            KnowledgeBaseFiles.changeEncryption(folder, null, password);
            spec.commandLine().getOut().println("The knowledge base in " + folder + " is now encrypted."
                    + " Backups made before stay unencrypted: delete those in backups/ if they must not be read.");
            return 0;
        } catch (NexusException failure) {
            err.println("nexus: " + SafeText.forMessage(failure.getMessage()));
            return 1;
        }
    }
}
