package org.projectnexus.logic.publish;

import java.nio.file.Path;

/**
 * What the user asked a publish to do; a null field means "as last time" (remembered with the knowledge base), then
 * the default: branch {@code main}, title "Project Nexus Documentation", no remote.
 */
public record PublishRequest(Path repository, String remote, String branch, String message, String title,
                             String author, Path sshDirectory) {

    public static PublishRequest to(Path repository) {
        return new PublishRequest(repository, null, null, null, null, null, null);
    }

    public PublishRequest withRemote(String address) {
        return new PublishRequest(repository, address, branch, message, title, author, sshDirectory);
    }

    public PublishRequest withMessage(String text) {
        return new PublishRequest(repository, remote, branch, text, title, author, sshDirectory);
    }

    public PublishRequest withBranch(String name) {
        return new PublishRequest(repository, remote, name, message, title, author, sshDirectory);
    }

    public PublishRequest withHub(String hubTitle, String hubAuthor) {
        return new PublishRequest(repository, remote, branch, message, hubTitle, hubAuthor, sshDirectory);
    }

    /** Where the SSH keys and {@code known_hosts} are read (tests use their own). */
    public PublishRequest withSshDirectory(Path folder) {
        return new PublishRequest(repository, remote, branch, message, title, author, folder);
    }
}
