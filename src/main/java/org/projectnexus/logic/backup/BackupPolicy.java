package org.projectnexus.logic.backup;

import java.time.Duration;

/** When automatic backups are due and how many are kept: the newest of each of the last days and weeks. */
public record BackupPolicy(Duration interval, int daily, int weekly) {

    public static final BackupPolicy DEFAULT = new BackupPolicy(Duration.ofDays(1), 7, 4);
}
