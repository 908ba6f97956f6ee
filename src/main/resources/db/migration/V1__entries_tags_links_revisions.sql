-- Nexus schema, version 1. Portable SQL: the only dialect-specific type is ${long_text}
-- (CLOB on H2), set by the store when it runs the migrations.

CREATE TABLE entry (
    id          UUID          NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    -- Titles are unique case-insensitively because links resolve by title.
    title_key   VARCHAR(200)  NOT NULL,
    body        ${long_text}  NOT NULL,
    problem     ${long_text},
    solution    ${long_text},
    status      VARCHAR(16),
    category    VARCHAR(16),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT entry_title_unique UNIQUE (title_key),
    CONSTRAINT entry_kind_known CHECK (kind IN ('NOTE', 'CHALLENGE', 'TAKEAWAY')),
    CONSTRAINT entry_status_known CHECK (status IS NULL OR status IN ('OPEN', 'SOLVED')),
    CONSTRAINT entry_category_known CHECK (category IS NULL OR category IN ('BEST_PRACTICE', 'INSIGHT'))
);

CREATE INDEX entry_updated ON entry (updated_at);

-- Derived from the Markdown of each entry, in the same transaction as its save.
CREATE TABLE entry_tag (
    entry_id  UUID          NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag       VARCHAR(200)  NOT NULL,
    PRIMARY KEY (entry_id, tag)
);

CREATE INDEX entry_tag_by_tag ON entry_tag (tag);

CREATE TABLE entry_link (
    entry_id    UUID          NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    target      VARCHAR(500)  NOT NULL,
    target_key  VARCHAR(500)  NOT NULL,
    heading     VARCHAR(500)  NOT NULL,
    alias       VARCHAR(500)  NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE INDEX entry_link_by_target ON entry_link (target_key);

-- Every save keeps the version it replaces.
CREATE TABLE revision (
    entry_id    UUID          NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
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

-- Facts about the knowledge base itself, such as whether the starter content was ever added.
CREATE TABLE knowledge_base_fact (
    fact_name   VARCHAR(100)  NOT NULL PRIMARY KEY,
    fact_value  VARCHAR(1000) NOT NULL
);
