package org.projectnexus.logic.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.projectnexus.model.NexusException;

/**
 * The Git working copy a publish owns (JGit, ADR 35): created on first use, it holds what {@link HubFiles}
 * generates. A publish writes only the files whose blob differs from the last commit, commits them, and pushes
 * the branch to {@code origin}, never with force.
 */
final class PublishRepository implements AutoCloseable {

    private final Git git;
    private final String branch;
    /** The files of the commit {@link #committedHead} (read once: a publish needs them twice). */
    private Map<String, ObjectId> committedFiles;
    private ObjectId committedHead;

    private PublishRepository(Git git, String branch) {
        this.git = git;
        this.branch = branch;
    }

    /** Opens the working copy in {@code folder}, or makes one there when the folder is new or empty. */
    static PublishRepository open(Path folder, String branch) {
        tellJGitWhereTheSystemConfigIs();
        try {
            if (Files.isDirectory(folder.resolve(".git"))) {
                return new PublishRepository(Git.open(folder.toFile()), branch);
            }
            if (Files.exists(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        throw new NexusException(folder + " holds files and is no Git working copy. Choose a new or"
                                + " empty folder for the published repository, so that no file of yours is overwritten.");
                    }
                }
            }
            Files.createDirectories(folder);
            return new PublishRepository(Git.init().setDirectory(folder.toFile()).setInitialBranch(branch).call(), branch);
        } catch (IOException | GitAPIException failure) {
            throw new NexusException("Could not open the repository in " + folder + ": " + failure.getMessage(), failure);
        }
    }

    /**
     * On Linux, JGit is told where Git's system-wide configuration is: left to find it, it runs {@code git --version}
     * and {@code git config --system --show-origin --list} before it opens a repository, two processes that cost a
     * command's publish 30-50 ms. Git as Linux distributions build it keeps that file in {@code /etc/gitconfig}, or
     * where {@code GIT_CONFIG_SYSTEM} says; elsewhere JGit still asks git.
     */
    private static void tellJGitWhereTheSystemConfigIs() {
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            String chosen = System.getenv("GIT_CONFIG_SYSTEM");
            FS.DETECTED.setGitSystemConfig(new java.io.File(chosen == null || chosen.isBlank() ? "/etc/gitconfig" : chosen));
        }
    }

    Repository repository() {
        return git.getRepository();
    }

    Path folder() {
        return git.getRepository().getWorkTree().toPath();
    }

    /** Makes {@code address} (without credentials) the {@code origin} remote. */
    void useRemote(RemoteAddress address) throws IOException {
        StoredConfig config = repository().getConfig();
        config.setString("remote", "origin", "url", address.stored());
        config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
        config.save();
    }

    Optional<String> remote() {
        return Optional.ofNullable(repository().getConfig().getString("remote", "origin", "url"));
    }

    /** Fetches {@code origin}; returns the remote branch's head, empty when the remote has no such branch. */
    Optional<ObjectId> fetch(GitConnection connection) throws GitAPIException, IOException {
        connection.configure(git.fetch().setRemote("origin")).call();
        return Optional.ofNullable(repository().resolve("refs/remotes/origin/" + branch));
    }

    Optional<ObjectId> head() throws IOException {
        return Optional.ofNullable(repository().resolve("refs/heads/" + branch));
    }

    /**
     * The files the remote changed since the common history that this publish would write differently: a
     * change made on the remote to a file Nexus generates, which regenerating would undo.
     */
    List<String> conflicts(ObjectId remoteHead, HubFiles hub) throws IOException {
        Map<String, ObjectId> remote = tree(remoteHead);
        Map<String, ObjectId> base = new HashMap<>();
        Optional<ObjectId> local = head();
        if (local.isPresent()) {
            try (RevWalk walk = new RevWalk(repository())) {
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(local.get()));
                walk.markStart(walk.parseCommit(remoteHead));
                RevCommit mergeBase = walk.next();
                if (mergeBase != null) {
                    base = tree(mergeBase);
                }
            }
        }
        List<String> conflicts = new ArrayList<>();
        java.util.Set<String> paths = new java.util.TreeSet<>(remote.keySet());
        paths.addAll(base.keySet());
        for (String path : paths) {
            ObjectId theirs = remote.get(path);
            if (!HubFiles.owned(path) || java.util.Objects.equals(theirs, base.get(path))) {
                continue;
            }
            HubFiles.Blob ours = hub.files().get(path);
            if (!java.util.Objects.equals(ours == null ? null : ours.id(), theirs)) {
                conflicts.add(path);
            }
        }
        return conflicts;
    }

    /** Moves the branch and the files to {@code commit} (the remote's, when this copy has nothing of its own). */
    void resetTo(ObjectId commit) throws GitAPIException {
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
    }

    /**
     * Writes the files whose blob differs from the last commit (or that are missing from the folder), removes the
     * generated ones no longer made, and stages exactly those paths. The index is edited directly with the ids
     * already known, instead of {@code git add} walking and hashing every file of the folder again.
     */
    HubChanges write(HubFiles hub) throws IOException {
        Map<String, ObjectId> committed = committedFiles();
        Path root = folder();
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
        try (ObjectInserter objects = inserter(written.size()); ObjectReader reader = repository().newObjectReader()) {
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
        DirCache index = repository().lockDirCache();
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
    private ObjectInserter inserter(int files) {
        return files > 100 && repository().getObjectDatabase() instanceof ObjectDirectory directory
                ? directory.newPackInserter() : repository().newObjectInserter();
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

    /** Commits what {@link #write} staged; empty when nothing differs from the last commit. */
    Optional<RevCommit> commit(String message, PersonIdent author) throws GitAPIException {
        try {
            return Optional.of(git.commit().setMessage(message).setAuthor(author).setCommitter(author)
                    .setAllowEmpty(false).setSign(false).call());
        } catch (EmptyCommitException nothing) {
            return Optional.empty();
        }
    }

    /** Whether the branch has commits the remote has not (or the remote has no such branch yet). */
    boolean aheadOf(Optional<ObjectId> remoteHead) throws IOException {
        Optional<ObjectId> local = head();
        if (local.isEmpty()) {
            return false;
        }
        if (remoteHead.isEmpty()) {
            return true;
        }
        try (RevWalk walk = new RevWalk(repository())) {
            return !local.get().equals(remoteHead.get())
                    && walk.isMergedInto(walk.parseCommit(remoteHead.get()), walk.parseCommit(local.get()));
        }
    }

    /** Whether {@code ancestor} is in the history of the branch's head. */
    boolean contains(ObjectId commit) throws IOException {
        Optional<ObjectId> local = head();
        if (local.isEmpty()) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.isMergedInto(walk.parseCommit(commit), walk.parseCommit(local.get()));
        }
    }

    /** Pushes the branch, never with force; the status of the remote's branch update. */
    RemoteRefUpdate.Status push(GitConnection connection) throws GitAPIException {
        String ref = "refs/heads/" + branch;
        Iterable<PushResult> results = connection.configure(git.push().setRemote("origin")
                .setRefSpecs(new RefSpec(ref + ":" + ref)).setForce(false)).call();
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(ref);
            if (update != null) {
                return update.getStatus();
            }
        }
        return RemoteRefUpdate.Status.NOT_ATTEMPTED;
    }

    /** Takes the files of commit {@code head} as read before (by {@link RepositoryReading}); null: nothing known. */
    void knowCommittedFiles(ObjectId head, Map<String, ObjectId> files) {
        if (head != null) {
            committedHead = head;
            committedFiles = files;
        }
    }

    /** Every file of the branch's head commit by path, with its blob id (none before the first commit). */
    Map<String, ObjectId> committedFiles() throws IOException {
        Optional<ObjectId> head = head();
        if (head.isEmpty()) {
            return Map.of();
        }
        if (!head.get().equals(committedHead)) {
            committedFiles = tree(head.get());
            committedHead = head.get().copy();
        }
        return committedFiles;
    }

    /** Every file of a commit's tree by path, with its blob id. */
    private Map<String, ObjectId> tree(ObjectId commit) throws IOException {
        Map<String, ObjectId> files = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository()); TreeWalk tree = new TreeWalk(repository())) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), tree.getObjectId(0));
            }
        }
        return files;
    }

    @Override
    public void close() {
        git.close();
    }
}
