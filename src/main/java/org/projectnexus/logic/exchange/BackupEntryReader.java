package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.markdown.FrontMatter;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/**
 * Turns one item of a backup's {@code entries} into an entry, checking it by hand rather than through data binding:
 * a backup may be written by another tool or by an attacker, and what is wrong with one item must be said in the
 * user's words (never a Java type) and must cost only that item. An item that is no entry, lacks what an entry needs
 * or has a field of the wrong type is not imported; a time that is unreadable or out of range, an unknown status or
 * category, keep the entry with a stated replacement. Each case gets a line in the report.
 */
final class BackupEntryReader {

    /** The text fields an entry of a backup may have; {@code tags}, {@code links} and {@code aliases} are derived. */
    private static final List<String> TEXT_FIELDS =
            List.of("id", "kind", "title", "created", "updated", "body", "problem", "solution", "status", "category");

    private final Clock clock;
    private final NexusFrontMatterMapper yaml = new NexusFrontMatterMapper();

    BackupEntryReader(Clock clock) {
        this.clock = clock;
    }

    /** The entry the item gives, or empty when it cannot be imported (the report says why). */
    Optional<Entry> read(JsonNode item, String position, ImportReport report) {
        if (!item.isObject()) {
            report.note(position, "it is " + describe(item) + ", not an entry", "not imported");
            return Optional.empty();
        }
        JsonNode titleNode = item.get("title");
        String source = position + (titleNode != null && titleNode.isTextual() ? " “" + titleNode.textValue() + "”" : "");
        Map<String, String> written = new LinkedHashMap<>();
        List<String> mistyped = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            JsonNode value = item.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isTextual()) {
                written.put(field, value.textValue());
            } else {
                mistyped.add("its “" + field + "” is " + describe(value));
            }
        }
        if (!mistyped.isEmpty()) {
            report.note(source, String.join(", ", mistyped) + " where a text was expected", "not imported");
            return Optional.empty();
        }
        Map<String, String> texts = wholeCharacters(written, source, report);
        List<String> missing = List.of("id", "kind", "title").stream().filter(field -> !texts.containsKey(field)).toList();
        if (!missing.isEmpty()) {
            report.note(source, "it has no " + String.join(" and no ", missing), "not imported");
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(texts.get("id"));
        } catch (IllegalArgumentException notAnId) {
            report.note(source, "its id “" + texts.get("id") + "” is not an id such as"
                    + " 123e4567-e89b-42d3-a456-426614174000", "not imported");
            return Optional.empty();
        }
        Optional<EntryKind> kind = EntryKind.parse(texts.get("kind"));
        if (kind.isEmpty()) {
            report.note(source, "“" + texts.get("kind") + "” is not a kind of entry (note, challenge or takeaway)",
                    "not imported");
            return Optional.empty();
        }
        Instant created = time(texts.get("created"), "created", source, report);
        Instant updated = time(texts.get("updated"), "updated", source, report);
        EntryMeta meta = new EntryMeta(id, created, updated, 0);
        String title = texts.get("title");
        String body = texts.get("body");
        if (body != null && body.startsWith("---")) {
            FrontMatterTags.reportInvalid(FrontMatter.split(body, yaml), source, report);
        }
        return Optional.of(switch (kind.get()) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, texts.get("problem"), texts.get("solution"),
                    status(texts.get("status"), source, report));
            case TAKEAWAY -> new Takeaway(meta, title, body, category(texts.get("category"), source, report));
        });
    }

    /** The texts with U+FFFD for each lone surrogate ({@link LoneSurrogates}); one report line if any was found. */
    private static Map<String, String> wholeCharacters(Map<String, String> texts, String source, ImportReport report) {
        Map<String, String> whole = new LinkedHashMap<>();
        texts.forEach((field, text) -> whole.put(field, LoneSurrogates.replaced(text)));
        if (whole.entrySet().stream().anyMatch(field -> field.getValue() != texts.get(field.getKey()))) {
            report.note(source, "its text holds half of a character (a lone UTF-16 surrogate)",
                    "imported with " + LoneSurrogates.REPLACEMENT + " in its place");
        }
        return whole;
    }

    /**
     * The time, or the time of the import when it is missing, unreadable or out of the years every store keeps: a
     * wrong time must not wrap around (year +999999999 was once stored as year -169108099), nor cost the entry.
     */
    private Instant time(String text, String field, String source, ImportReport report) {
        String problem;
        if (text == null) {
            problem = "it has no " + field + " time";
        } else {
            try {
                Instant time = Timestamps.parse(text);
                if (Timestamps.inStorableRange(time)) {
                    return time;
                }
                problem = "its " + field + " time “" + text + "” is outside the years "
                        + Timestamps.FIRST_YEAR + " to " + Timestamps.LAST_YEAR;
            } catch (java.time.DateTimeException notATime) {
                problem = "its " + field + " time “" + text + "” is not a time such as 2026-11-26T14:32:55Z";
            }
        }
        report.note(source, problem, "imported with the time of the import as its " + field + " time");
        return clock.instant();
    }

    private static ChallengeStatus status(String text, String source, ImportReport report) {
        Optional<ChallengeStatus> status = ChallengeStatus.parse(text);
        if (text != null && status.isEmpty()) {
            report.note(source, "its status “" + text + "” is none of open, solved, verified or regressed",
                    "imported as open; set its status by hand");
        }
        return status.orElse(ChallengeStatus.OPEN);
    }

    private static TakeawayCategory category(String text, String source, ImportReport report) {
        Optional<TakeawayCategory> category = TakeawayCategory.parse(text);
        if (text != null && category.isEmpty()) {
            report.note(source, "its category “" + text + "” is neither best practice nor insight",
                    "imported as insight; set its category by hand");
        }
        return category.orElse(TakeawayCategory.INSIGHT);
    }

    /** What a JSON value is, in words. */
    static String describe(JsonNode value) {
        if (value.isNull()) {
            return "empty (null)";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        if (value.isTextual()) {
            return "a text";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "a group of fields" : "not a text";
    }
}
