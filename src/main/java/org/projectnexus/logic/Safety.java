package org.projectnexus.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.logic.backup.Backups;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Revision;
import org.projectnexus.model.TrashedEntry;

/**
 * What keeps work from being lost: each entry's history, the trash, backups and their restore, and whether the
 * knowledge base is encrypted. Methods block on the database: call them off the FX thread.
 */
public final class Safety {

    private final EntryStore store;
    private final Database database;
    private final Entries entries;
    private final Clock clock;

    Safety(EntryStore store, Database database, Entries entries, Clock clock) {
        this.store = store;
        this.database = database;
        this.entries = entries;
        this.clock = clock;
    }

    /** The kept earlier versions of the entry, newest first. */
    public List<Revision> history(UUID id) {
        return store.revisions(id);
    }

    public int revisionCount(UUID id) {
        return store.revisionCount(id);
    }

    /**
     * Brings back the text of an earlier version as a new save over {@code current} (so the restore itself can
     * be undone from the history); a different title there renames the entry with its links.
     */
    public Entry restoreRevision(Entry current, Revision revision) {
        return entries.save(revision.entry().withMeta(current.meta()));
    }

    /** How revisions are thinned as they age. */
    public RevisionThinning revisionThinning() {
        return store.thinning();
    }

    /** Changes how revisions are thinned, for this knowledge base, from the next save on (window and CLI alike). */
    public void setRevisionThinning(RevisionThinning policy) {
        store.putFacts(policy.asFacts());
        store.useThinning(policy);
    }

    /** The entries in the trash, most recently deleted first. */
    public List<TrashedEntry> trash() {
        return store.trashed();
    }

    /** Brings an entry back from the trash (under "Title (restored)" if its title was taken meanwhile). */
    public Entry restoreFromTrash(UUID id) {
        return store.restoreFromTrash(id).orElseThrow(() -> new NexusException("That entry is not in the trash."));
    }

    /** Deletes everything in the trash for good (the window and the CLI ask first); returns how many went. */
    public int emptyTrash() {
        return store.emptyTrash();
    }

    /** The backups of this knowledge base, in {@code backups/} of its data folder, kept by {@code policy}. */
    public Backups backups(BackupPolicy policy) {
        return new Backups(database.folder(), database::backupTo, clock, policy);
    }

    /**
     * Replaces this knowledge base with a backup (the window and the CLI confirm first): the current database is
     * set aside first, in {@code set-aside/}; returns where. Everything read before is stale afterwards, which the
     * change event that follows says.
     */
    public Path restoreBackup(Path zip) {
        return store.restoreBackup(zip);
    }

    /** Whether the knowledge base is encrypted on disk. */
    public boolean encrypted() {
        return database.encrypted();
    }
}
