package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.RatingGiven;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.StateChange;

/**
 * Checks one item of a backup's learning state at a time ({@link BackupLearningState}). An item with a wrong value
 * (a time that is no time, a state or grade Nexus does not know, a negative stability) is reported with every
 * problem it has, in words, and left out: a wrong schedule would bring an entry back at a nonsense time, and a wrong
 * history would draw a wrong dashboard. The entry itself is not affected: without its card a takeaway is simply due.
 */
final class BackupLearningReader {

    /** FSRS keeps difficulty between 1 and 10. */
    private static final double LEAST_DIFFICULTY = 1;
    private static final double MOST_DIFFICULTY = 10;

    private final ImportReport report;

    BackupLearningReader(ImportReport report) {
        this.report = report;
    }

    Optional<StateChange> stateChange(JsonNode item, String where) {
        Problems problems = new Problems();
        if (!item.isObject()) {
            return problems.refuse(where, "it is " + BackupEntryReader.describe(item) + ", not a state change");
        }
        UUID entry = problems.id(item);
        Instant at = problems.time(item, "at", true);
        ChallengeStatus from = problems.status(item, "from", false);
        ChallengeStatus to = problems.status(item, "to", true);
        long version = problems.count(item, "version", 0);
        long failedVersion = problems.count(item, "failedVersion", 0);
        String failedSolution = problems.text(item, "failedSolution");
        if (!problems.none()) {
            return problems.refuse(where, "state change");
        }
        return Optional.of(new StateChange(entry, from, to, at, version, failedVersion, failedSolution));
    }

    Optional<ReviewCard> card(JsonNode item, String where) {
        Problems problems = new Problems();
        if (!item.isObject()) {
            return problems.refuse(where, "it is " + BackupEntryReader.describe(item) + ", not a review card");
        }
        UUID entry = problems.id(item);
        ReviewCard.Phase phase = problems.phase(item);
        long step = problems.count(item, "step", 0);
        Double stability = problems.positive(item, "stability");
        Double difficulty = problems.difficulty(item);
        Instant due = problems.time(item, "due", true);
        Instant lastReview = problems.time(item, "lastReview", false);
        JsonNode active = item.get("active");
        if (active != null && !active.isBoolean()) {
            problems.add("its “active” is " + BackupEntryReader.describe(active) + ", not true or false");
        }
        if (step > Integer.MAX_VALUE) {
            problems.add("its step " + step + " is not a learning step");
        }
        if (!problems.none()) {
            return problems.refuse(where, "review card");
        }
        return Optional.of(new ReviewCard(entry, phase, (int) step, stability, difficulty, due, lastReview,
                active == null || active.booleanValue()));
    }

    Optional<RatingGiven> rating(JsonNode item, String where) {
        Problems problems = new Problems();
        if (!item.isObject()) {
            return problems.refuse(where, "it is " + BackupEntryReader.describe(item) + ", not a rating");
        }
        UUID entry = problems.id(item);
        Instant at = problems.time(item, "at", true);
        JsonNode grade = item.get("rating");
        Optional<ReviewRating> rating = grade != null && grade.isTextual() ? ReviewRating.parse(grade.textValue())
                : Optional.empty();
        if (rating.isEmpty()) {
            problems.add("its rating " + shown(grade) + " is none of again, hard, good or easy");
        }
        if (!problems.none()) {
            return problems.refuse(where, "rating");
        }
        return Optional.of(new RatingGiven(entry, at, rating.get()));
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "(missing)";
        }
        return value.isTextual() ? "“" + value.textValue() + "”" : "(" + BackupEntryReader.describe(value) + ")";
    }

    /** The problems one item has, gathered so that the report says all of them at once. */
    private final class Problems {
        private final List<String> found = new ArrayList<>();

        void add(String problem) {
            found.add(problem);
        }

        boolean none() {
            return found.isEmpty();
        }

        <T> Optional<T> refuse(String where, String what) {
            String reason = found.isEmpty() ? what : String.join("; ", found);
            report.note(where, reason, "left out; the rest of the backup is restored");
            return Optional.empty();
        }

        UUID id(JsonNode item) {
            JsonNode value = item.get("entryId");
            if (value != null && value.isTextual()) {
                try {
                    return UUID.fromString(value.textValue());
                } catch (IllegalArgumentException notAnId) {
                    // reported below
                }
            }
            add("its entryId " + shown(value) + " is not an id such as 123e4567-e89b-42d3-a456-426614174000");
            return null;
        }

        Instant time(JsonNode item, String field, boolean required) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add("it has no “" + field + "” time");
                }
                return null;
            }
            if (value.isTextual()) {
                try {
                    Instant time = Timestamps.parse(value.textValue());
                    if (Timestamps.inStorableRange(time)) {
                        return time;
                    }
                    add("its “" + field + "” time " + shown(value) + " is outside the years " + Timestamps.FIRST_YEAR
                            + " to " + Timestamps.LAST_YEAR);
                    return null;
                } catch (DateTimeException notATime) {
                    // reported below
                }
            }
            add("its “" + field + "” time " + shown(value) + " is not a time such as 2026-11-26T14:32:55Z");
            return null;
        }

        ChallengeStatus status(JsonNode item, String field, boolean required) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    add("it has no “" + field + "” state");
                }
                return null;
            }
            Optional<ChallengeStatus> status = value.isTextual() ? ChallengeStatus.parse(value.textValue())
                    : Optional.empty();
            if (status.isEmpty()) {
                add("its “" + field + "” state " + shown(value) + " is none of open, solved, verified or regressed");
            }
            return status.orElse(null);
        }

        ReviewCard.Phase phase(JsonNode item) {
            JsonNode value = item.get("phase");
            if (value != null && value.isTextual()) {
                try {
                    return ReviewCard.Phase.valueOf(value.textValue().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    // reported below
                }
            }
            add("its phase " + shown(value) + " is none of learning, review or relearning");
            return null;
        }

        long count(JsonNode item, String field, long ifMissing) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return ifMissing;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                add("its “" + field + "” " + (value.isNumber() ? value.asText() : shown(value))
                        + " is not a whole number of zero or more");
                return ifMissing;
            }
            return value.longValue();
        }

        String text(JsonNode item, String field) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                add("its “" + field + "” is " + BackupEntryReader.describe(value) + " where a text was expected");
                return null;
            }
            return LoneSurrogates.replaced(value.textValue());
        }

        /** Stability: days, above zero and finite; null before the first review. */
        Double positive(JsonNode item, String field) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || value.doubleValue() <= 0) {
                add("its " + field + " " + (value.isNumber() ? value.asText() : shown(value))
                        + " is not a number of days above zero");
                return null;
            }
            return value.doubleValue();
        }

        Double difficulty(JsonNode item) {
            JsonNode value = item.get("difficulty");
            if (value == null || value.isNull()) {
                return null;
            }
            double difficulty = value.isNumber() ? value.doubleValue() : Double.NaN;
            if (!(difficulty >= LEAST_DIFFICULTY && difficulty <= MOST_DIFFICULTY)) {
                add("its difficulty " + (value.isNumber() ? value.asText() : shown(value)) + " is not between 1 and 10");
                return null;
            }
            return difficulty;
        }
    }
}
