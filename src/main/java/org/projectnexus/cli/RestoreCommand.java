package org.projectnexus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.projectnexus.logic.DataFolder;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nexus restore FILE}: replaces the knowledge base with a backup, after confirming; the current database is
 * set aside first. It does not open the knowledge base the usual way, so it also rescues a damaged one.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the knowledge base with a backup (the current one is kept in set-aside/ first).")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    NexusCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup zip, e.g. from the data folder's backups/.")
    Path backup;

    @Option(names = "--yes", description = "Do not ask first.")
    boolean yes;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path folder = DataFolder.resolve(parent.home());
        try {
            if (!Files.isRegularFile(backup)) {
                throw new NexusException("There is no file " + backup + ".");
            }
            if (!yes && !parent.input().confirm("Replace the knowledge base in " + folder + " with " + backup
                    + "? The current one is kept in set-aside/.", err)) {
                spec.commandLine().getOut().println("Nothing was changed.");
                return 1;
            }
            char[] password = KnowledgeBaseFiles.isEncrypted(folder) || isEncryptedBackup()
                    ? parent.password("Password of the backup: ", err) : null;
            Path aside = KnowledgeBaseFiles.restoreBackup(folder, backup, password);
            spec.commandLine().getOut().println("Restored " + backup + "."
                    + (aside == null ? "" : " The knowledge base it replaced is in " + aside + "."));
            return 0;
        } catch (NexusException failure) {
            err.println("nexus: " + SafeText.forMessage(failure.getMessage()));
            return 1;
        }
    }

    private boolean isEncryptedBackup() {
        return KnowledgeBaseFiles.isEncryptedBackup(backup);
    }
}
