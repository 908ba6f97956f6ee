package org.projectnexus.logic.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.projectnexus.logic.exchange.ExportSource;
import org.projectnexus.logic.exchange.ExportedAttachments;
import org.projectnexus.logic.exchange.ReadmeOptions;
import org.projectnexus.model.EntryVersion;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Progress;

/**
 * One publish, start to end: generate the files, bring in what the remote has that this copy has not, write and
 * commit what changed, push. A remote that cannot be reached leaves the commit in the local copy for the next
 * publish; a remote that is ahead is fetched, and the files are generated again on top of it unless the remote
 * changed a generated file differently (then nothing is committed and the files are named).
 */
public final class HubPublisher {

    private final Clock clock;

    public HubPublisher(Clock clock) {
        this.clock = clock;
    }

    /**
     * {@code versions}: every entry's version and last update, by id (which entries changed since the last publish);
     * {@code attachments}: those the published entries use, in {@code attachments/} (ADR 46); {@code reading} (or
     * null): the working copy as the plan read it, used when it read {@code request}'s folder.
     */
    public PublishResult publish(PublishRequest request, ExportSource source, ExportedAttachments.Source attachments,
                                 java.util.Map<UUID, EntryVersion> versions, Set<UUID> excluded, PublishSecrets secrets,
                                 Progress progress, RepositoryReading reading) throws IOException {
        RepositoryReading.Read read = (reading != null && reading.folder().equals(request.repository())
                ? reading : RepositoryReading.now(request.repository(), request.branch())).read();
        try (PublishRepository repository = PublishRepository.open(request.repository(), request.branch())) {
            repository.knowCommittedFiles(read.head(), read.committed());
            RemoteAddress remote = request.remote() == null ? null : RemoteAddress.parse(request.remote());
            if (remote != null) {
                repository.useRemote(remote);
            } else {
                remote = repository.remote().map(RemoteAddress::parse).orElse(null);
            }
            String shown = remote == null ? null : remote.stored();
            var objects = repository.repository().getObjectDatabase();
            // A kept page's blob is in the repository when the last commit holds it: one set lookup, where asking
            // the object database for each of 10,000 pages cost a tenth of a second.
            Set<ObjectId> committed = new java.util.HashSet<>(repository.committedFiles().values());
            HubFiles hub = HubFiles.generate(source, versions, excluded, new ReadmeOptions(request.title(),
                    request.author(), shown == null ? null : remote.webPage()), attachments, request.repository(),
                    read.pages(), id -> committed.contains(id) || has(objects, id), progress);
            progress.checkCancelled();
            try (GitConnection connection = new GitConnection(request.sshDirectory(),
                    remote != null ? remote : RemoteAddress.parse("."), secrets)) {
                return publish(request, repository, hub, remote, connection, progress);
            } catch (GitAPIException failure) {
                throw new NexusException("Git refused the publish in " + request.repository() + ": "
                        + PublishFailures.oneLine(failure), failure);
            }
        }
    }

    private PublishResult publish(PublishRequest request, PublishRepository repository, HubFiles hub,
                                  RemoteAddress remote, GitConnection connection, Progress progress)
            throws IOException, GitAPIException {
        String shown = remote == null ? null : remote.stored();
        Optional<ObjectId> remoteHead = Optional.empty();
        String problem = null;
        if (remote != null) {
            progress.update("Fetching from " + shown, 0, 1);
            try {
                remoteHead = repository.fetch(connection);
            } catch (InvalidRemoteException | TransportException unreachable) {
                problem = PublishFailures.unreachable(shown, unreachable);
            }
        }
        if (remoteHead.isPresent()) {
            if (repository.head().isEmpty()) {
                repository.resetTo(remoteHead.get());
            } else if (!repository.contains(remoteHead.get())) {
                List<String> conflicts = repository.conflicts(remoteHead.get(), hub);
                if (!conflicts.isEmpty()) {
                    String head = repository.head().map(ObjectId::name).orElse(null);
                    return new PublishResult(null, new HubChanges(List.of(), List.of(), 0, 0, 0, false), false, shown,
                            "The remote " + shown + " has changes to files Nexus writes (" + String.join(", ",
                                    conflicts.subList(0, Math.min(5, conflicts.size())))
                                    + (conflicts.size() > 5 ? ", …" : "") + "): bring them into the entries or undo"
                                    + " them on the remote, then publish again. Nothing was committed.",
                            conflicts, 0, head);
                }
                // The files are generated: writing them again on top of the remote's history is the rebase.
                repository.resetTo(remoteHead.get());
            }
        }
        progress.update("Committing", 0, 1);
        HubChanges changes = repository.write(hub);
        hub.keep(request.repository());
        Optional<RevCommit> commit = changes.isEmpty() ? Optional.empty()
                : repository.commit(message(request, changes), author(request, repository));
        PublishedEntries.add(request.repository(), hub.entries());
        boolean pushed = false;
        if (remote != null && problem == null && repository.aheadOf(remoteHead)) {
            progress.update("Pushing to " + shown, 0, 1);
            try {
                RemoteRefUpdate.Status status = repository.push(connection);
                pushed = status == RemoteRefUpdate.Status.OK || status == RemoteRefUpdate.Status.UP_TO_DATE;
                if (status == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                        || status == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED) {
                    problem = "The remote " + shown + " received other commits meanwhile; the commit stays here:"
                            + " publish again to put it on top of them.";
                } else if (!pushed) {
                    problem = "The remote " + shown + " refused the push (" + status + "); the commit stays here.";
                }
            } catch (TransportException unreachable) {
                problem = PublishFailures.unreachable(shown, unreachable);
            }
        }
        progress.update("Published", 1, 1);
        return new PublishResult(commit.map(ObjectId::name).orElse(null), changes, pushed, shown, problem, List.of(),
                0, repository.head().map(ObjectId::name).orElse(null));
    }

    private static boolean has(org.eclipse.jgit.lib.ObjectDatabase objects, ObjectId id) {
        try {
            return objects.has(id);
        } catch (IOException unreadable) {
            return false; // the page is made again
        }
    }

    private static String message(PublishRequest request, HubChanges changes) {
        return request.message() == null || request.message().isBlank() ? changes.summary()
                : request.message().strip() + "\n\n" + changes.summary();
    }

    /** The hub's author, with the e-mail of the user's Git configuration when there is one. */
    private PersonIdent author(PublishRequest request, PublishRepository repository) {
        UserConfig user = repository.repository().getConfig().get(UserConfig.KEY);
        // The dialog sends an empty field as "": a commit by nobody would show no name on the remote.
        String name = request.author() != null && !request.author().isBlank() ? request.author().strip()
                : user.isAuthorNameImplicit() ? "Nexus" : user.getAuthorName();
        String email = user.isAuthorEmailImplicit() ? "nexus@localhost" : user.getAuthorEmail();
        return new PersonIdent(name, email, clock.instant(), java.time.ZoneOffset.UTC);
    }
}
