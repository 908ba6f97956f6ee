package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Note;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

/**
 * The full backup: every entry with every field, its id and times, and (for other tools) the tags, links and
 * aliases derived from it, in one JSON document with a format name and a schema version. Written and read entry
 * by entry with Jackson's streaming API, so neither side holds the whole document as a tree.
 */
public final class JsonBackup {

    public static final String FORMAT = "nexus-backup";
    public static final int SCHEMA_VERSION = 1;

    /** One entry as the backup holds it. Tags, links and aliases are for readers; restoring derives them again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryRecord(String id, String kind, String title, String created, String updated, String body,
                              String problem, String solution, String status, String category,
                              List<String> tags, List<String> links, List<String> aliases) {

        /** This record with U+FFFD for each lone surrogate in its texts ({@link LoneSurrogates}), or itself. */
        EntryRecord withoutLoneSurrogates() {
            String wholeTitle = LoneSurrogates.replaced(title);
            String wholeBody = LoneSurrogates.replaced(body);
            String wholeProblem = LoneSurrogates.replaced(problem);
            String wholeSolution = LoneSurrogates.replaced(solution);
            if (wholeTitle == title && wholeBody == body && wholeProblem == problem && wholeSolution == solution) {
                return this;
            }
            return new EntryRecord(id, kind, wholeTitle, created, updated, wholeBody, wholeProblem, wholeSolution,
                    status, category, tags, links, aliases);
        }
    }

    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** Writes the entries of {@code source}, read a page at a time, to {@code file} (which must not exist yet). */
    public int export(ExportSource source, Path file, Progress progress) {
        List<org.projectnexus.model.EntrySummary> ordered = source.ordered();
        Path target = file.toAbsolutePath().normalize();
        int[] done = {0};
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // Line ends fixed to \n: the same backup byte for byte on every system.
            generator.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
            generator.writeStartObject();
            generator.writeStringField("format", FORMAT);
            generator.writeNumberField("schemaVersion", SCHEMA_VERSION);
            generator.writeArrayFieldStart("entries");
            source.forEachInPages(ordered, indexed -> {
                progress.checkCancelled();
                json.writeValue(generator, record(indexed));
                progress.update("Writing entries", ++done[0], ordered.size());
            });
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeRaw('\n');
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            throw new NexusException(target + " exists already. Choose a new file name for the backup, so that no"
                    + " file of yours is overwritten.", exists);
        } catch (IOException failure) {
            throw new NexusException("The backup could not be written to " + target + ": " + failure.getMessage(),
                    failure);
        }
        return done[0];
    }

    static EntryRecord record(IndexedEntry indexed) {
        Entry entry = indexed.entry();
        Challenge challenge = entry instanceof Challenge c ? c : null;
        Takeaway takeaway = entry instanceof Takeaway t ? t : null;
        return new EntryRecord(entry.id().toString(), entry.kind().name().toLowerCase(Locale.ROOT), entry.title(),
                entry.meta().created().toString(), entry.meta().updated().toString(), entry.body(),
                challenge == null ? null : challenge.problem(), challenge == null ? null : challenge.solution(),
                challenge == null ? null : challenge.status().name().toLowerCase(Locale.ROOT),
                takeaway == null ? null : takeaway.category().name().toLowerCase(Locale.ROOT),
                indexed.tags().stream().map(Tag::name).toList(),
                indexed.links().stream().map(link -> WikiLinkEditor.wikiLink(link.target(), link.heading(), link.alias()))
                        .toList(),
                indexed.aliases());
    }

    /** Whether the file starts like a backup (a JSON object), for telling it from Markdown. */
    public static boolean looksLikeBackup(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads the backup entry by entry, handing each usable one to {@code entries}; an entry that cannot be used
     * gets a line in the report and the rest go on. A file that is no Nexus backup at all is refused.
     */
    public void read(Path file, ImportReport report, Progress progress, Consumer<Entry> entries) {
        String name = file.getFileName().toString();
        try (JsonParser parser = json.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup(file);
            }
            boolean formatSeen = false;
            int read = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "format" -> formatSeen = FORMAT.equals(parser.getValueAsString());
                    case "schemaVersion" -> {
                        if (parser.getIntValue() > SCHEMA_VERSION) {
                            throw new NexusException(file + " was written by a newer Nexus (backup schema "
                                    + parser.getIntValue() + "). Update Nexus to restore it; nothing was changed.");
                        }
                    }
                    case "entries" -> {
                        if (!formatSeen || parser.currentToken() != JsonToken.START_ARRAY) {
                            throw notABackup(file);
                        }
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            progress.checkCancelled();
                            EntryRecord record = json.readValue(parser, EntryRecord.class);
                            read++;
                            String source = name + " › entry " + read
                                    + (record.title() == null ? "" : " “" + record.title() + "”");
                            EntryRecord whole = record.withoutLoneSurrogates();
                            if (whole != record) {
                                report.note(source, "its text holds half of a character (a lone UTF-16 surrogate)",
                                        "imported with " + LoneSurrogates.REPLACEMENT + " in its place");
                            }
                            try {
                                entries.accept(entry(whole));
                            } catch (RuntimeException unusable) {
                                report.note(source, unusable.getMessage(), "not imported");
                            }
                            progress.update("Reading the backup", read, 0);
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!formatSeen) {
                throw notABackup(file);
            }
        } catch (IOException failure) {
            throw new NexusException(file + " is not a readable Nexus backup (" + firstLine(failure.getMessage())
                    + "). Nothing was imported.", failure);
        }
    }

    static Entry entry(EntryRecord record) {
        if (record.id() == null || record.title() == null || record.kind() == null) {
            throw new IllegalArgumentException("it has no id, title or kind");
        }
        UUID id;
        Instant created;
        Instant updated;
        try {
            id = UUID.fromString(record.id());
            created = Timestamps.parse(record.created());
            updated = Timestamps.parse(record.updated());
        } catch (RuntimeException bad) {
            throw new IllegalArgumentException("its id or times are not valid (" + bad.getMessage() + ")");
        }
        EntryMeta meta = new EntryMeta(id, created, updated, 0);
        EntryKind kind = EntryKind.parse(record.kind())
                .orElseThrow(() -> new IllegalArgumentException("“" + record.kind() + "” is not a kind of entry"));
        return switch (kind) {
            case NOTE -> new Note(meta, record.title(), record.body());
            case CHALLENGE -> new Challenge(meta, record.title(), record.body(), record.problem(), record.solution(),
                    ChallengeStatus.parse(record.status()).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, record.title(), record.body(),
                    TakeawayCategory.parse(record.category()).orElse(TakeawayCategory.INSIGHT));
        };
    }

    private static NexusException notABackup(Path file) {
        return new NexusException(file + " is not a Nexus backup (it has no \"format\": \"" + FORMAT
                + "\" and \"entries\"). Nothing was imported.");
    }

    private static String firstLine(String message) {
        return message == null ? "unknown reason" : message.lines().findFirst().orElse("unknown reason");
    }
}
