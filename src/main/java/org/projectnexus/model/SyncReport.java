package org.projectnexus.model;

import java.util.List;

/**
 * What one sync did: changes sent and acknowledged, server changes taken in, edits merged with a teammate's, new
 * conflict copies, and notices (a delete undone because a teammate edited the entry, an entry tagged #private kept
 * back).
 */
public record SyncReport(String team, int pushed, int pulled, int merged, int conflicts, List<String> notices) {

    public SyncReport {
        notices = List.copyOf(notices);
    }
}
