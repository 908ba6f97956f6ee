package org.projectnexus.logic.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.RatingGiven;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.StateChange;

/**
 * The learning state a JSON backup carries beside the entries (issue 26, ADR 46): every challenge's state history
 * ({@code challengeStates}), every review card ({@code reviewCards}) and every rating given ({@code reviewRatings}).
 * They are optional top-level arrays after {@code entries}: a backup without them (written before) restores as it
 * did, and an older Nexus skips them. Items are read one at a time ({@link BackupLearningReader} checks each); a wrong
 * one is reported in words and left out, the rest restores.
 */
public final class BackupLearningState {

    static final String STATE_CHANGES = "challengeStates";
    static final String CARDS = "reviewCards";
    static final String RATINGS = "reviewRatings";

    /** What the knowledge base keeps of the learning loop, streamed for the backup. */
    public interface Source {
        void forEachStateChange(Consumer<StateChange> changes);

        void forEachCard(Consumer<ReviewCard> cards);

        void forEachRating(Consumer<RatingGiven> ratings);

        Source NONE = new Source() {
            @Override
            public void forEachStateChange(Consumer<StateChange> changes) {
            }

            @Override
            public void forEachCard(Consumer<ReviewCard> cards) {
            }

            @Override
            public void forEachRating(Consumer<RatingGiven> ratings) {
            }
        };
    }

    /** Takes the learning state read back from a backup, each item checked, with the entry ids the backup gave. */
    public interface Sink {
        void stateChange(StateChange change, String where);

        void card(ReviewCard card, String where);

        void rating(RatingGiven rating, String where);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StateChangeRecord(String entryId, String at, String from, String to, long version, long failedVersion,
                             String failedSolution) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CardRecord(String entryId, String phase, int step, Double stability, Double difficulty, String due,
                      String lastReview, boolean active) {
    }

    record RatingRecord(String entryId, String at, String rating) {
    }

    private final ObjectMapper json;

    BackupLearningState(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the three arrays (each only if it has an item), streamed from {@code source}. */
    void write(JsonGenerator generator, Source source) throws IOException {
        try {
            Section changes = new Section(generator, STATE_CHANGES);
            source.forEachStateChange(change -> changes.write(new StateChangeRecord(change.entryId().toString(),
                    change.at().toString(), change.from() == null ? null : change.from().word(), change.to().word(),
                    change.version(), change.failedVersion(), change.failedSolution())));
            changes.end();
            Section cards = new Section(generator, CARDS);
            source.forEachCard(card -> cards.write(new CardRecord(card.entryId().toString(),
                    card.phase().name().toLowerCase(java.util.Locale.ROOT), card.step(), card.stability(),
                    card.difficulty(), card.due().toString(),
                    card.lastReview() == null ? null : card.lastReview().toString(), card.active())));
            cards.end();
            Section ratings = new Section(generator, RATINGS);
            source.forEachRating(rating -> ratings.write(new RatingRecord(rating.entryId().toString(),
                    rating.at().toString(), rating.rating().word())));
            ratings.end();
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    /** An array field opened at its first item, so an empty one is not written at all. */
    private final class Section {
        private final JsonGenerator generator;
        private final String field;
        private boolean open;

        Section(JsonGenerator generator, String field) {
            this.generator = generator;
            this.field = field;
        }

        void write(Object item) {
            try {
                if (!open) {
                    generator.writeArrayFieldStart(field);
                    open = true;
                }
                json.writeValue(generator, item);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        void end() throws IOException {
            if (open) {
                generator.writeEndArray();
            }
        }
    }

    /**
     * Reads the learning state of {@code file}, handing each usable item to {@code sink}; a wrong item gets a line in
     * {@code report}. The entries and attachments are skipped (read by {@link JsonBackup}).
     */
    public void read(Path file, ImportReport report, Sink sink) {
        String name = file.getFileName().toString();
        BackupLearningReader reader = new BackupLearningReader(report);
        try (JsonParser parser = json.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean ours = field.equals(STATE_CHANGES) || field.equals(CARDS) || field.equals(RATINGS);
                if (!ours || value != JsonToken.START_ARRAY) {
                    if (ours) {
                        report.note(name + " › " + field, "it is " + BackupEntryReader.describe(json.readTree(parser))
                                + " where a list was expected", "left out");
                    } else {
                        parser.skipChildren();
                    }
                    continue;
                }
                int position = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode item = json.readTree(parser);
                    String where = name + " › " + field + " " + ++position;
                    switch (field) {
                        case STATE_CHANGES -> reader.stateChange(item, where).ifPresent(
                                change -> sink.stateChange(change, where));
                        case CARDS -> reader.card(item, where).ifPresent(card -> sink.card(card, where));
                        default -> reader.rating(item, where).ifPresent(rating -> sink.rating(rating, where));
                    }
                }
            }
        } catch (IOException failure) {
            throw new NexusException("The review schedule and challenge history of " + file + " could not be read ("
                    + (failure.getMessage() == null ? "unknown reason" : failure.getMessage().lines().findFirst()
                    .orElse("unknown reason")) + "). Nothing was imported.", failure);
        }
    }
}
