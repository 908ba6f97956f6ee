package org.projectnexus.logic.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * A publish's files put in its working copy and staged (ADR 35): only those whose blob differs from the last
 * commit or that are missing from the folder are written, the generated ones no longer made are removed, and the
 * index is edited with the ids already known, instead of {@code git add} walking and hashing every file again.
 */
final class StagedFiles {

    private StagedFiles() {
    }

    /** Writes and stages {@code hub}'s files in the working copy; {@code committed}: the files of its head. */
    static HubChanges write(Repository repository, Map<String, ObjectId> committed, HubFiles hub) throws IOException {
        Path root = repository.getWorkTree().toPath();
        java.util.Set<String> present = present(root);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, HubFiles.Blob> file : hub.files().entrySet()) {
            if (!file.getValue().id().equals(committed.get(file.getKey())) || !present.contains(file.getKey())) {
                written.add(file.getKey());
            }
        }
        written.sort(null); // in path order, as the index and the summary list them
        List<String> deleted = committed.keySet().stream()
                .filter(path -> HubFiles.generated(path) && !hub.files().containsKey(path)).sorted().toList();
        List<DirCacheEditor.PathEdit> edits = new ArrayList<>();
        try (ObjectInserter objects = inserter(repository, written.size());
             ObjectReader reader = repository.newObjectReader()) {
            for (String path : written) {
                HubFiles.Blob blob = hub.files().get(path);
                // A page kept from the last publish has no bytes here: its blob is in the repository.
                byte[] bytes = blob.bytes() != null ? blob.bytes() : reader.open(blob.id(), Constants.OBJ_BLOB).getBytes();
                Path target = root.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                objects.insert(Constants.OBJ_BLOB, bytes);
                edits.add(stage(path, blob.id(), target));
            }
            for (String path : deleted) {
                Files.deleteIfExists(root.resolve(path));
                edits.add(new DirCacheEditor.DeletePath(path));
            }
            objects.flush();
        }
        // The index is locked only now, after the files: Git takes a file written in the same instant as the index
        // lock or after it for "racily clean" and smudges its entry, and the next index write then hashes every
        // smudged file again. Locked before the files, a first publish smudged all 10,000 pages and the next
        // publish spent a second re-reading them (ADR 35).
        DirCache index = repository.lockDirCache();
        try {
            DirCacheEditor editor = index.editor();
            edits.forEach(editor::add);
            editor.commit(); // writes the index and releases its lock
        } finally {
            index.unlock(); // after a failure only: a committed index holds no lock any more
        }
        long added = written.stream().filter(path -> HubFiles.page(path) && !committed.containsKey(path)).count();
        long changed = written.stream().filter(path -> HubFiles.page(path) && committed.containsKey(path)).count();
        return new HubChanges(written, deleted, (int) added, (int) changed, deleted.size(),
                written.contains(HubFiles.README));
    }

    /**
     * The files in the working copy's root and its page folders, from one listing of each: a file deleted there by
     * hand is written again. Listing is one system call per folder where asking for each file was 10,000.
     */
    private static java.util.Set<String> present(Path root) {
        java.util.Set<String> present = new java.util.HashSet<>();
        List<String> folders = new ArrayList<>(HubFiles.OWNED_FOLDERS);
        folders.add(HubFiles.ATTACHMENTS);
        folders.add("");
        for (String folder : folders) {
            // Names, not paths: File.list makes 10,000 strings where a directory stream made 10,000 Path objects too.
            String[] names = root.resolve(folder).toFile().list();
            if (names != null) { // null: no such folder (yet)
                for (String name : names) {
                    present.add(folder + name);
                }
            }
        }
        return present;
    }

    /**
     * Many new blobs go into one pack: 10,000 loose objects cost 10,000 files to write and read again at the push.
     * A few go in loose, as {@code git} does, so that small publishes do not pile up packs.
     */
    private static ObjectInserter inserter(Repository repository, int files) {
        return files > 100 && repository.getObjectDatabase() instanceof ObjectDirectory directory
                ? directory.newPackInserter() : repository.newObjectInserter();
    }

    /** The index entry of a file just written, with its size and time so that Git sees it unchanged. */
    private static DirCacheEditor.PathEdit stage(String path, ObjectId id, Path file) throws IOException {
        long length = Files.size(file);
        java.time.Instant modified = Files.getLastModifiedTime(file).toInstant();
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(id);
                entry.setLength(length);
                entry.setLastModified(modified);
            }
        };
    }
}
