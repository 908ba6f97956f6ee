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
import org.eclipse.jgit.lib.ObjectId;
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
     * generated ones no longer made, and stages exactly those paths ({@link StagedFiles}).
     */
    HubChanges write(HubFiles hub) throws IOException {
        return StagedFiles.write(repository(), committedFiles(), hub);
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
