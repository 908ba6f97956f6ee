package org.projectnexus.cli;

import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.logic.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus backup}: a consistent backup now, in the data folder's {@code backups/}, old ones rotated. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the knowledge base now (kept in the data folder's backups/, 7 daily and 4 weekly).")
final class BackupCommand extends KnowledgeBaseCommand {

    @Option(names = "--list", description = "List the backups there are instead.")
    boolean list;

    @Override
    int run(KnowledgeBase knowledgeBase) {
        Backups backups = knowledgeBase.safety().backups(BackupPolicy.DEFAULT);
        if (list) {
            backups.list().forEach(backup -> out().println(backup.madeAt() + "  " + backup.file()));
            return 0;
        }
        out().println("Backed up to " + backups.backUpNow().file());
        return 0;
    }
}
