package org.projectnexus.logic.hub;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.projectnexus.model.Entry;
import org.projectnexus.model.ServerEntry;
import org.projectnexus.model.TitleRules;

/**
 * The personal entry that keeps a member's version when it overlapped a teammate's: titled after the entry, the
 * member and the time, and opening with a link to the team entry, so that the entry's backlinks list its copies.
 */
final class ConflictCopies {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm").withZone(ZoneOffset.UTC);

    private ConflictCopies() {
    }

    static String title(String original, String member, Instant when) {
        String tail = " (conflict copy, " + member + ", " + STAMP.format(when) + ")";
        int room = TitleRules.MAX_LENGTH - tail.length();
        return (original.length() > room ? original.substring(0, room) : original) + tail;
    }

    static String body(ServerEntry theirs, Entry mine) {
        return "Your version of [[" + theirs.entry().title() + "]], kept when an edit of the same lines by "
                + theirs.changedBy() + " reached the hub first. Keep what you need in the entry, then delete this copy.\n\n"
                + mine.body();
    }
}
