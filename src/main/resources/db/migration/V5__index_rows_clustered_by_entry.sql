-- Tag, link and alias rows get a BIGINT primary key made of the entry's number and the row's place within the entry
-- (entry_num * 2^24 + ordinal; ADR 24). H2 keeps a table whose primary key is one BIGINT column in a single tree
-- keyed by it, so the rows of an entry sit together, in order, and the composite primary key of migration 4
-- (a second tree next to H2's hidden row ids, an insert and an undo-log record more per row) is gone.
-- An entry cannot have 2^24 rows in one table: each tag, link or alias takes at least two characters of its text,
-- and a text is far shorter than 32 MB (EntryIndexRepository checks it all the same).
-- Copied in key order, so that the rows go to the end of the new trees.
CREATE TABLE entry_tag_clustered (
    row_key    BIGINT        NOT NULL PRIMARY KEY,
    entry_num  BIGINT        NOT NULL,
    tag        VARCHAR(200)  NOT NULL
);
INSERT INTO entry_tag_clustered (row_key, entry_num, tag)
    SELECT entry_num * 16777216 + ROW_NUMBER() OVER (PARTITION BY entry_num ORDER BY tag) - 1, entry_num, tag
    FROM entry_tag ORDER BY entry_num, tag;
DROP TABLE entry_tag;
ALTER TABLE entry_tag_clustered RENAME TO entry_tag;
CREATE INDEX entry_tag_by_tag ON entry_tag (tag);

-- The link's place in its entry is the low part of its key: the position column goes.
CREATE TABLE entry_link_clustered (
    row_key     BIGINT        NOT NULL PRIMARY KEY,
    entry_num   BIGINT        NOT NULL,
    target      VARCHAR(500)  NOT NULL,
    target_key  VARCHAR(500)  NOT NULL,
    heading     VARCHAR(500)  NOT NULL,
    alias       VARCHAR(500)  NOT NULL
);
INSERT INTO entry_link_clustered (row_key, entry_num, target, target_key, heading, alias)
    SELECT entry_num * 16777216 + ROW_NUMBER() OVER (PARTITION BY entry_num ORDER BY position) - 1, entry_num,
           target, target_key, heading, alias
    FROM entry_link ORDER BY entry_num, position;
DROP TABLE entry_link;
ALTER TABLE entry_link_clustered RENAME TO entry_link;
CREATE INDEX entry_link_by_target ON entry_link (target_key);

CREATE TABLE entry_alias_clustered (
    row_key    BIGINT        NOT NULL PRIMARY KEY,
    entry_num  BIGINT        NOT NULL,
    alias      VARCHAR(200)  NOT NULL,
    alias_key  VARCHAR(200)  NOT NULL
);
INSERT INTO entry_alias_clustered (row_key, entry_num, alias, alias_key)
    SELECT entry_num * 16777216 + ROW_NUMBER() OVER (PARTITION BY entry_num ORDER BY alias_key) - 1, entry_num,
           alias, alias_key
    FROM entry_alias ORDER BY entry_num, alias_key;
DROP TABLE entry_alias;
ALTER TABLE entry_alias_clustered RENAME TO entry_alias;
CREATE INDEX entry_alias_by_key ON entry_alias (alias_key);
