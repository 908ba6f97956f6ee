-- Other names of an entry (front matter "aliases:"), derived from its Markdown in the same transaction as
-- its save. Links resolve by title first, then by alias.
CREATE TABLE entry_alias (
    entry_id   UUID          NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    alias      VARCHAR(200)  NOT NULL,
    alias_key  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (entry_id, alias_key)
);

CREATE INDEX entry_alias_by_key ON entry_alias (alias_key);
