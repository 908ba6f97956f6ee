package org.projectnexus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nexus decrypt}: turns an encrypted knowledge base back into a plain one. */
@Command(name = "decrypt", mixinStandardHelpOptions = true, description = "Remove the encryption of the knowledge base.")
final class DecryptCommand implements Callable<Integer> {

    @ParentCommand
    NexusCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path folder = DataFolder.resolve(parent.home());
        try {
            KnowledgeBaseFiles.changeEncryption(folder, parent.password("Current password: ", err), null);
            spec.commandLine().getOut().println("The knowledge base in " + folder + " is no longer encrypted.");
            return 0;
        } catch (NexusException failure) {
            err.println("nexus: " + SafeText.forMessage(failure.getMessage()));
            return 1;
        }
    }
}
