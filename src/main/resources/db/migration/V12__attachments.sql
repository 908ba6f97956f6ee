-- Issue 24: images and files in notes, kept in the knowledge base itself (ADR 40), so that backups, encryption and
-- the one-file promise cover them with no extra step.
-- The bytes are content-addressed: one row per distinct SHA-256, however many names or entries use it. They are a
-- BLOB, which H2 streams in and out in blocks: a large file is never held whole in memory.
CREATE TABLE attachment_content (
    sha256      VARCHAR(64)     NOT NULL PRIMARY KEY,
    size        BIGINT       NOT NULL,
    content     BLOB         NOT NULL
);

-- The names notes embed (![[name.png]]): unique ignoring case, as Obsidian resolves them. Two names may share bytes.
CREATE TABLE attachment (
    name        VARCHAR(255) NOT NULL,
    name_key    VARCHAR(255) NOT NULL PRIMARY KEY,
    sha256      VARCHAR(64)     NOT NULL REFERENCES attachment_content (sha256),
    media_type  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_by_content ON attachment (sha256);

-- Which entries use which attachment names: derived from each entry's text in the same transaction as its save,
-- as the link table is, and written at once when a file is attached to an entry (before its text is saved). Keyed by
-- name, not by attachment: an embed may come before its file (an import), and a rename rewrites the embeds.
CREATE TABLE attachment_use (
    entry_id    UUID         NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    name_key    VARCHAR(255) NOT NULL,
    PRIMARY KEY (entry_id, name_key)
);
CREATE INDEX attachment_use_by_name ON attachment_use (name_key);
