package org.projectnexus.logic.exchange;

import org.projectnexus.model.Progress;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
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
    }

    /**
     * The longest text a backup may hold: Jackson's default (20 million characters) would refuse a whole file for
     * one entry's body at the body limit, so a little more is read, and {@link EntryImport} reports and skips a
     * body over the limit while the other entries are imported. Longer texts refuse the file (said in words).
     */
    static final int MAX_TEXT_CHARS = 64_000_000;

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT_CHARS).build())
            .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private final Clock clock;

    public JsonBackup() {
        this(Clock.systemUTC());
    }

    /** {@code clock} gives the time an entry gets in place of a time it lacks or that cannot be stored. */
    JsonBackup(Clock clock) {
        this.clock = clock;
    }

    /** An attachment as the backup holds it: these fields, then its bytes in Base64 as {@code content}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttachmentRecord(String name, String mediaType, long size, String sha256, String created,
                                   String updated) {
    }

    /** The attachments a backup carries (issue 24): listed, then each streamed from the database. */
    public interface AttachmentSource {
        List<AttachmentRecord> list();

        /** Hands the attachment's bytes to {@code reader}, streamed. */
        void read(String name, ContentReader reader);

        AttachmentSource NONE = new AttachmentSource() {
            @Override
            public List<AttachmentRecord> list() {
                return List.of();
            }

            @Override
            public void read(String name, ContentReader reader) {
            }
        };
    }

    /** Reads a stream of bytes (that may fail). */
    @FunctionalInterface
    public interface ContentReader {
        void read(java.io.InputStream content) throws IOException;
    }

    /** Takes an attachment read back from a backup, its bytes in a temporary file deleted afterwards. */
    @FunctionalInterface
    public interface AttachmentSink {
        void accept(AttachmentRecord attachment, Path content) throws IOException;
    }

    /** Writes the entries of {@code source}, read a page at a time, to {@code file} (which must not exist yet). */
    public int export(ExportSource source, Path file, Progress progress) {
        return export(source, AttachmentSource.NONE, file, progress);
    }

    /**
     * With the attachments of {@code attachments} after the entries, each one's bytes streamed as Base64: a large
     * file is never held whole in memory on the way out (nor on the way in: {@link #readAttachments}).
     */
    public int export(ExportSource source, AttachmentSource attachments, Path file, Progress progress) {
        return export(source, BackupLearningState.Source.NONE, attachments, file, progress);
    }

    /**
     * With the learning state (challenges' state history, review cards, ratings: {@link BackupLearningState}) after
     * the entries, then the attachments.
     */
    public int export(ExportSource source, BackupLearningState.Source learning, AttachmentSource attachments,
                      Path file, Progress progress) {
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
            progress.update("Writing the review schedule and challenge history", 0, 0);
            new BackupLearningState(json).write(generator, learning);
            writeAttachments(generator, attachments, progress);
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

    /**
     * Reads the learning state of a backup (after its entries were restored), each item checked: a wrong one is
     * reported and left out ({@link BackupLearningState#read}).
     */
    public void readLearningState(Path file, ImportReport report, BackupLearningState.Sink sink) {
        new BackupLearningState(json).read(file, report, sink);
    }

    private void writeAttachments(JsonGenerator generator, AttachmentSource attachments, Progress progress)
            throws IOException {
        List<AttachmentRecord> all = attachments.list();
        if (all.isEmpty()) {
            return;
        }
        generator.writeArrayFieldStart("attachments");
        int done = 0;
        for (AttachmentRecord attachment : all) {
            progress.checkCancelled();
            generator.writeStartObject();
            generator.writeStringField("name", attachment.name());
            generator.writeStringField("mediaType", attachment.mediaType());
            generator.writeNumberField("size", attachment.size());
            generator.writeStringField("sha256", attachment.sha256());
            generator.writeStringField("created", attachment.created());
            generator.writeStringField("updated", attachment.updated());
            generator.writeFieldName("content");
            attachments.read(attachment.name(), content -> generator.writeBinary(content, (int) attachment.size()));
            generator.writeEndObject();
            progress.update("Writing attachments", ++done, all.size());
        }
        generator.writeEndArray();
    }

    /**
     * Reads the attachments of a backup, each one's Base64 decoded as it streams into a temporary file that
     * {@code sink} gets and that is deleted afterwards. The entries are skipped (read by {@link #read}).
     */
    public void readAttachments(Path file, ImportReport report, AttachmentSink sink) {
        try (JsonParser parser = json.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("attachments") || value != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                int position = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    position++;
                    readAttachment(parser, file.getFileName() + " › attachment " + position, report, sink);
                }
            }
        } catch (IOException failure) {
            throw new NexusException("The attachments of " + file + " could not be read (" + firstLine(
                    failure.getMessage()) + ").", failure);
        }
    }

    private static void readAttachment(JsonParser parser, String where, ImportReport report, AttachmentSink sink)
            throws IOException {
        Path content = Files.createTempFile("nexus-backup-attachment", ".bin");
        try {
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            boolean hasContent = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("content") && value == JsonToken.VALUE_STRING) {
                    try (OutputStream out = Files.newOutputStream(content)) {
                        parser.readBinaryValue(out);
                    }
                    hasContent = true;
                } else if (value.isScalarValue()) {
                    fields.put(field, parser.getValueAsString());
                } else {
                    parser.skipChildren();
                }
            }
            String name = fields.get("name");
            if (name == null || name.isBlank() || !hasContent) {
                report.note(where, "an attachment without a name or content", "skipped");
                return;
            }
            sink.accept(new AttachmentRecord(name, fields.get("mediaType"), Files.size(content), fields.get("sha256"),
                    fields.get("created"), fields.get("updated")), content);
        } finally {
            Files.deleteIfExists(content);
        }
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
     * Reads the backup entry by entry, handing each usable one to {@code entries}; an item that cannot be used gets a
     * line in the report and the rest go on ({@link BackupEntryReader}). A file that is no Nexus backup at all, or
     * whose JSON breaks off, is refused as a whole (the import is one transaction: nothing is imported).
     */
    public void read(Path file, ImportReport report, Progress progress, Consumer<Entry> entries) {
        String name = file.getFileName().toString();
        BackupEntryReader reader = new BackupEntryReader(clock);
        try (JsonParser parser = json.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup(file);
            }
            boolean formatSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> formatSeen = FORMAT.equals(parser.getValueAsString());
                    case "schemaVersion" -> checkVersion(file, parser, value);
                    case "entries" -> {
                        if (!formatSeen || value != JsonToken.START_ARRAY) {
                            throw notABackup(file);
                        }
                        int position = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            progress.checkCancelled();
                            // One item at a time as a tree: a wrong item is described in words and costs only itself.
                            JsonNode item = json.readTree(parser);
                            reader.read(item, name + " › entry " + ++position, report).ifPresent(entries);
                            progress.update("Reading the backup", position, 0);
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!formatSeen) {
                throw notABackup(file);
            }
        } catch (StreamConstraintsException tooLarge) {
            throw new NexusException(file + " holds a text longer than " + MAX_TEXT_CHARS / 1_000_000
                    + " million characters, or values nested deeper than Nexus reads. Nothing was imported.", tooLarge);
        } catch (JsonProcessingException broken) {
            JsonLocation at = broken.getLocation();
            throw new NexusException(file + " is not a readable Nexus backup: its JSON is broken"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + " (" + firstLine(broken.getOriginalMessage()) + "). Nothing was imported.", broken);
        } catch (IOException failure) {
            throw new NexusException(file + " could not be read (" + firstLine(failure.getMessage())
                    + "). Nothing was imported.", failure);
        }
    }

    private static void checkVersion(Path file, JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new NexusException(file + " is not a Nexus backup: its schemaVersion is not a number. Nothing was"
                    + " imported.");
        }
        if (parser.getLongValue() > SCHEMA_VERSION) {
            throw new NexusException(file + " was written by a newer Nexus (backup schema " + parser.getText()
                    + "). Update Nexus to restore it; nothing was changed.");
        }
    }

    private static NexusException notABackup(Path file) {
        return new NexusException(file + " is not a Nexus backup (it has no \"format\": \"" + FORMAT
                + "\" and \"entries\"). Nothing was imported.");
    }

    private static String firstLine(String message) {
        return message == null ? "unknown reason" : message.lines().findFirst().orElse("unknown reason");
    }
}
