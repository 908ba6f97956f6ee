package org.projectnexus.logic;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the knowledge base remembers about publishing: the repository folder, the remote (never with
 * credentials), the branch, the hub's title and author, and the last publish's time and commit. Any may be null.
 */
public record PublishSettings(Path repository, String remote, String branch, String title, String author,
                              Instant lastTime, String lastCommit) {

    public PublishSettings {
        title = title == null || title.isBlank() ? null : title;
        author = author == null || author.isBlank() ? null : author;
        remote = remote == null || remote.isBlank() ? null : remote;
    }
}
