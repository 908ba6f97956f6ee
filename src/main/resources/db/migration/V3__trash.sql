-- The trash: a deleted entry's row moves here (and its revisions to trash_revision), out of the entry table,
-- so every query on entries, tags and links stays correct without a "deleted" condition. Restoring moves the
-- rows back and indexes the entry again.
CREATE TABLE trash (
    id          UUID          NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        ${long_text}  NOT NULL,
    problem     ${long_text},
    solution    ${long_text},
    status      VARCHAR(16),
    category    VARCHAR(16),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX trash_deleted ON trash (deleted_at);

CREATE TABLE trash_revision (
    entry_id    UUID          NOT NULL REFERENCES trash (id) ON DELETE CASCADE,
    version     BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        ${long_text}  NOT NULL,
    problem     ${long_text},
    solution    ${long_text},
    status      VARCHAR(16),
    category    VARCHAR(16),
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, version)
);
