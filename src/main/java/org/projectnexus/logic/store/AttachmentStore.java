package org.projectnexus.logic.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.Attachment;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.AttachmentTooLargeException;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.NexusException;

/**
 * The attachments of a knowledge base in its H2 database (ADR 40): bytes content-addressed by SHA-256 in
 * attachment_content (a BLOB, streamed in and out), names in attachment, the entries using each name in
 * attachment_use. Bytes go into the database as they are read, hashed on the way (no temporary file, which would
 * leave an encrypted knowledge base's file readable on disk); the row is then filed under its hash, or dropped when
 * those bytes are there already.
 */
public final class AttachmentStore {

    private static final String COLUMNS = "a.name, a.media_type, c.size, a.sha256, a.created_at, a.updated_at";

    private final Database database;

    public AttachmentStore(Database database) {
        this.database = database;
    }

    /** Reads a stream inside the transaction that opened it. */
    @FunctionalInterface
    public interface ContentReader<T> {
        T read(InputStream content) throws IOException;
    }

    /**
     * Stores the bytes of {@code content} under {@code name} (cleaned; numbered when another file has that name), at
     * most {@code maxBytes} of them, and records that {@code entry} (if not null) uses it. The same bytes under the
     * same name give the attachment already there.
     */
    public Attachment store(String name, String mediaType, InputStream content, long maxBytes, Instant now,
                            UUID entry) {
        return database.inTransaction(connection -> {
            String sha256 = insertContent(connection, name, content, maxBytes);
            Attachment stored = named(connection, AttachmentNames.cleaned(name), sha256, mediaType, now);
            if (entry != null) {
                AttachmentUses.add(connection, entry, stored.nameKey());
            }
            return stored;
        });
    }

    /** A file to store: its name, media type, the entry that uses it (or null), and how to read it. */
    public record Pending(String name, String mediaType, UUID entry, Opener content) {
    }

    /** Opens a file's bytes for reading. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Stores several files in one transaction (an import: one write to the disk for many files instead of one each);
     * all of them, or none when one fails. Returns the attachments in the order given.
     */
    public List<Attachment> storeAll(List<Pending> files, long maxBytes, Instant now) {
        return database.inTransaction(connection -> {
            List<Attachment> stored = new ArrayList<>();
            for (Pending file : files) {
                String sha256;
                try (InputStream content = file.content().open()) {
                    sha256 = insertContent(connection, file.name(), content, maxBytes);
                } catch (IOException unreadable) {
                    throw new NexusException("“" + org.projectnexus.model.SafeText.forDisplay(file.name())
                            + "” could not be read: " + unreadable.getMessage(), unreadable);
                }
                Attachment attachment = named(connection, AttachmentNames.cleaned(file.name()), sha256,
                        file.mediaType(), now);
                if (file.entry() != null) {
                    AttachmentUses.add(connection, file.entry(), attachment.nameKey());
                }
                stored.add(attachment);
            }
            return stored;
        });
    }

    private static String insertContent(Connection connection, String name, InputStream content, long maxBytes)
            throws SQLException {
        String pending = "pending-" + UUID.randomUUID();
        MessageDigest digest = sha256();
        LimitedStream limited = new LimitedStream(new DigestInputStream(content, digest), maxBytes);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO attachment_content (sha256, size, content) VALUES (?, 0, ?)")) {
            insert.setString(1, pending);
            insert.setBinaryStream(2, limited);
            insert.executeUpdate();
        } catch (SQLException | RuntimeException failure) {
            if (limited.over) {
                throw new AttachmentTooLargeException(name, maxBytes);
            }
            if (limited.unreadable != null) {
                throw new NexusException("“" + org.projectnexus.model.SafeText.forDisplay(name)
                        + "” could not be read: " + limited.unreadable.getMessage() + ". Nothing was attached.",
                        limited.unreadable);
            }
            throw failure;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (contentExists(connection, sha256)) {
            execute(connection, "DELETE FROM attachment_content WHERE sha256 = ?", pending);
        } else {
            try (PreparedStatement file = connection.prepareStatement(
                    "UPDATE attachment_content SET sha256 = ?, size = ? WHERE sha256 = ?")) {
                file.setString(1, sha256);
                file.setLong(2, limited.count);
                file.setString(3, pending);
                file.executeUpdate();
            }
        }
        return sha256;
    }

    /** The attachment of that name with these bytes: the one there already, or a new name row (numbered if taken). */
    private static Attachment named(Connection connection, String name, String sha256, String mediaType, Instant now)
            throws SQLException {
        String candidate = name;
        for (int n = 2; ; n++) {
            Optional<Attachment> taken = find(connection, AttachmentNames.key(candidate));
            if (taken.isEmpty()) {
                break;
            }
            if (taken.get().sha256().equals(sha256)) {
                return taken.get();
            }
            candidate = AttachmentNames.numbered(name, n);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attachment (name, name_key, sha256,"
                + " media_type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, candidate);
            insert.setString(2, AttachmentNames.key(candidate));
            insert.setString(3, sha256);
            insert.setString(4, mediaType);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        }
        return find(connection, AttachmentNames.key(candidate)).orElseThrow();
    }

    public Optional<Attachment> find(String name) {
        return database.inTransaction(connection -> find(connection, AttachmentNames.key(name)));
    }

    /** Every attachment, by name. */
    public List<Attachment> list() {
        return database.inTransaction(connection -> {
            List<Attachment> all = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM attachment a"
                    + " JOIN attachment_content c ON c.sha256 = a.sha256 ORDER BY a.name_key");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.add(read(rows));
                }
            }
            return all;
        });
    }

    /** For each attachment name key, the entries whose text uses it, by title. */
    public Map<String, List<EntrySummary>> uses() {
        return database.inTransaction(connection -> {
            Map<String, List<EntrySummary>> uses = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT u.name_key, e.id, e.kind, e.title,"
                    + " e.updated_at FROM attachment_use u JOIN entry e ON e.id = u.entry_id ORDER BY e.title");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    uses.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(new EntrySummary(
                            rows.getObject(2, UUID.class), org.projectnexus.model.EntryKind.valueOf(rows.getString(3)),
                            rows.getString(4), rows.getTimestamp(5).toInstant()));
                }
            }
            return uses;
        });
    }

    /** Names of the attachments the entry's text uses (or that were attached to it and not saved yet). */
    public List<String> usedBy(UUID entry) {
        return database.inTransaction(connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT a.name FROM attachment_use u"
                    + " JOIN attachment a ON a.name_key = u.name_key WHERE u.entry_id = ? ORDER BY a.name_key")) {
                query.setObject(1, entry);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            return names;
        });
    }

    /** Hands the attachment's bytes, streamed from the database, to {@code reader}; empty when there is none. */
    public <T> Optional<T> read(String name, ContentReader<T> reader) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT c.content FROM attachment a"
                    + " JOIN attachment_content c ON c.sha256 = a.sha256 WHERE a.name_key = ?")) {
                query.setString(1, AttachmentNames.key(name));
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<T>empty();
                    }
                    try (InputStream content = rows.getBinaryStream(1)) {
                        return Optional.ofNullable(reader.read(content));
                    } catch (IOException failure) {
                        throw new NexusException("The attachment “" + org.projectnexus.model.SafeText.forDisplay(name)
                                + "” could not be read: " + failure.getMessage(), failure);
                    }
                }
            }
        });
    }

    /** Removes the attachment's name (and its bytes when no other name has them); false when there was none. */
    public boolean remove(String name) {
        return database.inTransaction(connection -> {
            boolean removed = deleteName(connection, AttachmentNames.key(name)) > 0;
            AttachmentCollection.deleteOrphanContent(connection);
            return removed;
        });
    }

    /** Removes every attachment nothing uses (entries, revisions, trash); returns the names removed. */
    public List<String> collectUnused() {
        return database.inTransaction(AttachmentCollection::collect);
    }

    /** Names (keys) of the attachments no entry's text uses now: kept only by revisions or the trash, if at all. */
    public List<String> withoutUses() {
        return database.inTransaction(AttachmentCollection::withoutUses);
    }

    /**
     * Gives the attachment a new name, inside the session that rewrites its embeds (one transaction for both).
     * Refused when another attachment has that name.
     */
    public Attachment rename(StoreSession session, String name, String newName, Instant now) {
        return session.withConnection(connection -> {
            Attachment current = find(connection, AttachmentNames.key(name)).orElseThrow(() -> new NexusException(
                    "There is no attachment named “" + org.projectnexus.model.SafeText.forDisplay(name) + "”."));
            String cleaned = AttachmentNames.cleaned(newName);
            Optional<Attachment> other = find(connection, AttachmentNames.key(cleaned));
            if (other.isPresent() && !other.get().nameKey().equals(current.nameKey())) {
                throw new NexusException("Another attachment is named “" + org.projectnexus.model.SafeText.forDisplay(
                        cleaned) + "” already: choose another name.");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE attachment SET name = ?, name_key = ?, updated_at = ? WHERE name_key = ?")) {
                update.setString(1, cleaned);
                update.setString(2, AttachmentNames.key(cleaned));
                update.setTimestamp(3, Timestamp.from(now));
                update.setString(4, current.nameKey());
                update.executeUpdate();
            }
            return find(connection, AttachmentNames.key(cleaned)).orElseThrow();
        });
    }

    static int deleteName(Connection connection, String nameKey) throws SQLException {
        return execute(connection, "DELETE FROM attachment WHERE name_key = ?", nameKey);
    }

    private static Optional<Attachment> find(Connection connection, String nameKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM attachment a"
                + " JOIN attachment_content c ON c.sha256 = a.sha256 WHERE a.name_key = ?")) {
            query.setString(1, nameKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static Attachment read(ResultSet rows) throws SQLException {
        return new Attachment(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                rows.getTimestamp(5).toInstant(), rows.getTimestamp(6).toInstant());
    }

    private static boolean contentExists(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM attachment_content WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static int execute(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            return statement.executeUpdate();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Counts what passes, and stops the copy (by failing it) past the limit or when the source cannot be read. */
    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean over;
        private IOException unreadable;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read;
            try {
                read = super.read(buffer, offset, length);
            } catch (IOException failure) {
                unreadable = failure;
                throw failure;
            }
            if (read > 0) {
                count += read;
                if (count > limit) {
                    over = true;
                    throw new IOException("over the limit");
                }
            }
            return read;
        }
    }
}
