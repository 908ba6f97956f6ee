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
public final class ConflictCopies {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm").withZone(ZoneOffset.UTC);

    private static final String OPENING = "Your version of [[";
    private static final String SEPARATOR = "\n\n";

    private ConflictCopies() {
    }

    static String title(String original, String member, Instant when) {
        String tail = " (conflict copy, " + member + ", " + STAMP.format(when) + ")";
        int room = TitleRules.MAX_LENGTH - tail.length();
        return (original.length() > room ? original.substring(0, room) : original) + tail;
    }

    static String body(ServerEntry theirs, Entry mine) {
        return OPENING + theirs.entry().title() + "]], kept when an edit of the same lines by "
                + theirs.changedBy() + " reached the hub first. Keep what you need in the entry, then delete this copy."
                + SEPARATOR + mine.body();
    }

    /** The member's own text in a conflict copy's body: what follows the copy's opening paragraph. */
    public static String yourText(String copyBody) {
        int end = copyBody.indexOf(SEPARATOR);
        return copyBody.startsWith(OPENING) && end >= 0 ? copyBody.substring(end + SEPARATOR.length()) : copyBody;
    }
}
