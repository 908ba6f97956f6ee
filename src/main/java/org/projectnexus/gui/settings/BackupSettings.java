package org.projectnexus.gui.settings;

import java.time.Duration;
import org.projectnexus.logic.backup.BackupPolicy;

/**
 * The automatic-backup policy as the settings file holds it ({@code "backups": {"everyHours": 24, "keepDaily": 7,
 * "keepWeekly": 4}}); values that make no sense (a missing field, zero, a negative number) fall back to the default.
 */
public record BackupSettings(Integer everyHours, Integer keepDaily, Integer keepWeekly) {

    public static BackupSettings defaults() {
        BackupPolicy policy = BackupPolicy.DEFAULT;
        return new BackupSettings((int) policy.interval().toHours(), policy.daily(), policy.weekly());
    }

    public BackupPolicy toPolicy() {
        BackupPolicy fallback = BackupPolicy.DEFAULT;
        return new BackupPolicy(
                everyHours != null && everyHours > 0 ? Duration.ofHours(everyHours) : fallback.interval(),
                keepDaily != null && keepDaily > 0 ? keepDaily : fallback.daily(),
                keepWeekly != null && keepWeekly >= 0 ? keepWeekly : fallback.weekly());
    }
}
