package org.projectnexus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import org.projectnexus.logic.starter.StarterContent;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand that works on the knowledge base of {@code --home}: opens it (adding the starter content to
 * a brand-new one, as the window does), runs, closes it, and turns any {@link NexusException} into a one-line
 * message on stderr with exit code 1.
 */
abstract class KnowledgeBaseCommand implements Callable<Integer> {

    @ParentCommand
    NexusCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Path folder = DataFolder.resolve(parent.home());
        boolean asksPassword = KnowledgeBaseFiles.isEncrypted(folder);
        if (!asksPassword) {
            startWhileOpening();
        }
        try (KnowledgeBase knowledgeBase = open(folder, asksPassword)) {
            if (addsStarterContent()) {
                knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            }
            return run(knowledgeBase);
        } catch (NexusException failure) {
            err().println("nexus: " + SafeText.forMessage(failure.getMessage()));
            return 1;
        }
    }

    /**
     * Opens the knowledge base, asking for its password if it is encrypted (never stored anywhere). The first opening
     * after an update of Nexus may update its schema, which takes a while on a large one: stderr says so first.
     */
    private KnowledgeBase open(Path folder, boolean asksPassword) {
        char[] password = asksPassword
                ? parent.password("Password for the knowledge base in " + folder + ": ", err()) : null;
        return KnowledgeBase.open(folder, Clock.systemUTC(), parent.openingOptions(password)
                .forOneCommand().beforeUpdate(() -> {
                    err().println("nexus: updating the knowledge base in " + folder
                            + " for this version of Nexus (once; a large one can take a minute)");
                    err().flush();
                }));
    }

    /**
     * Starts work that needs no knowledge base, to go on while it opens (on a thread of its own, which the command
     * waits for in {@link #run}). Not called when a password is asked for: nothing may write to the terminal then.
     */
    void startWhileOpening() {
    }

    abstract int run(KnowledgeBase knowledgeBase);

    /** Whether a brand-new knowledge base gets the starter content first (as the window does); not before an import. */
    boolean addsStarterContent() {
        return true;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
