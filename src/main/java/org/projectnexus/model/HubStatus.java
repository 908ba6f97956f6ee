package org.projectnexus.model;

import java.time.Instant;

/** Where a joined team stands locally: its hub, how many changes wait to go out, open conflicts, the last sync. */
public record HubStatus(String team, String url, String member, int pending, int conflicts, int sharedEntries,
                        long cursor, Instant lastSync) {
}
