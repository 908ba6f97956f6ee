package org.projectnexus.logic.exchange;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.TakeawayCategory;

/**
 * Nexus's own fields in the front matter of an exported file (id, times, status, category), read for
 * {@link MarkdownEntries}: a value that cannot be used is replaced, and, where the replacement changes what the
 * entry says (a time out of range, an unknown status or category), the report says so.
 */
final class FrontMatterFields {

    private FrontMatterFields() {
    }

    /** The front matter's time, if it has a usable one; one out of range is reported (the file's time is used). */
    static Optional<Instant> instant(FrontMatter front, String key, String source, ImportReport report) {
        try {
            Optional<Instant> time = front.text(key).map(Timestamps::parse);
            if (time.isPresent() && !Timestamps.inStorableRange(time.get())) {
                report.note(source, "its " + key + " time “" + front.text(key).orElseThrow() + "” is outside the years "
                        + Timestamps.FIRST_YEAR + " to " + Timestamps.LAST_YEAR, "imported with the file's time");
                return Optional.empty();
            }
            return time;
        } catch (RuntimeException notATime) {
            return Optional.empty();
        }
    }

    static ChallengeStatus status(FrontMatter front, String source, ImportReport report) {
        Optional<String> written = front.text("status");
        Optional<ChallengeStatus> status = written.flatMap(ChallengeStatus::parse);
        if (written.isPresent() && status.isEmpty()) {
            report.note(source, "its status “" + written.get() + "” is none of open, solved, verified or regressed",
                    "imported as open; set its status by hand");
        }
        return status.orElse(ChallengeStatus.OPEN);
    }

    static TakeawayCategory category(FrontMatter front, String source, ImportReport report) {
        Optional<String> written = front.text("category");
        Optional<TakeawayCategory> category = written.flatMap(TakeawayCategory::parse);
        if (written.isPresent() && category.isEmpty()) {
            report.note(source, "its category “" + written.get() + "” is neither best practice nor insight",
                    "imported as insight; set its category by hand");
        }
        return category.orElse(TakeawayCategory.INSIGHT);
    }

    /** The entry's id, when the front matter has one that is a UUID. */
    static Optional<UUID> id(FrontMatter front) {
        try {
            return front.text("id").map(text -> UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
