package org.pathwise.progress;

/** Something the learner should be told after the store opened, such as a restored backup. */
public record Notice(Kind kind, String message) {
    public enum Kind { RESTORED_FROM_BACKUP, STARTED_FRESH_AFTER_DAMAGE, MIGRATED, ORPHANS, BACKUP_FAILED }
}
