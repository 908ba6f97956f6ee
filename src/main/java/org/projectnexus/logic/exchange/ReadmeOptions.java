package org.projectnexus.logic.exchange;

/**
 * What a README says that the entries do not: the hub's title and author, and the remote it is published to
 * (null when it is exported, not published; never with credentials in it).
 */
public record ReadmeOptions(String title, String author, String remote) {

    public static final String DEFAULT_TITLE = "Project Nexus Documentation";
    public static final ReadmeOptions DEFAULT = new ReadmeOptions(null, null, null);

    public ReadmeOptions {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        author = author == null || author.isBlank() ? null : author.strip();
        remote = remote == null || remote.isBlank() ? null : remote.strip();
    }

    public ReadmeOptions withRemote(String address) {
        return new ReadmeOptions(title, author, address);
    }
}
