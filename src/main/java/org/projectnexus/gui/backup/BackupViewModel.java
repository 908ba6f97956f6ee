package org.projectnexus.gui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.gui.dialogs.UserMessages;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.backup.BackupPolicy;

/**
 * Backups from the window: the automatic one at start-up (after a day without one), on demand, and restoring
 * one. Backups run on their own lane, so a large one never holds up a save; H2's backup is online.
 */
public final class BackupViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor backupLane;
    private final BackgroundExecutor databaseLane;
    private final BackupPolicy policy;
    private final Consumer<String> tell;

    public BackupViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor backupLane, BackgroundExecutor databaseLane,
                           BackupPolicy policy, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.backupLane = backupLane;
        this.databaseLane = databaseLane;
        this.policy = policy;
        this.tell = tell;
    }

    /** The automatic backup: only if none was made within the policy's interval; says so only if it fails. */
    public void backUpIfDue() {
        backupLane.run("automatic backup", () -> knowledgeBase.safety().backups(policy).backUpIfDue(), made -> { },
                failure -> tell.accept("The automatic backup failed: " + UserMessages.of(failure)));
    }

    public void backUpNow() {
        tell.accept("Backing up…");
        backupLane.run("backup", () -> knowledgeBase.safety().backups(policy).backUpNow(),
                backup -> tell.accept("Backed up to " + backup.file().getFileName() + " (in "
                        + backup.file().getParent() + ")."),
                failure -> tell.accept("The backup failed: " + UserMessages.of(failure)));
    }

    /** Where the backups are, for the file chooser. */
    public Path backupFolder() {
        return knowledgeBase.safety().backups(policy).folder();
    }

    /**
     * Replaces the knowledge base with the backup (the view confirms first) on the database lane, after the saves
     * queued before it; the window starts over when the restore announces that everything changed.
     */
    public void restore(Path zip) {
        tell.accept("Restoring " + zip.getFileName() + "…");
        databaseLane.run("restore backup", () -> knowledgeBase.safety().restoreBackup(zip), aside -> {
            tell.accept("Restored " + zip.getFileName() + ". The knowledge base it replaced is kept in " + aside + ".");
        }, failure -> tell.accept(UserMessages.of(failure)));
    }
}
