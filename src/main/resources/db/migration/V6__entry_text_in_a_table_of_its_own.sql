-- The text of an entry (body, and a challenge's problem and solution) moves to a table of its own, stored in the
-- row (${inline_text}) instead of H2's LOB store (ADR 25). Writing a text through the LOB store took several map
-- writes per text (a temporary LOB, its copy for the table, the removal of the temporary one), a sixth of an import.
-- Kept in the entry row instead, the texts would be read by every scan of the entry table, such as the entry
-- list at start (twice as slow at 10,000 notes): in a table of their own they are read only with their entry.
-- The row is keyed by the entry's number, so a new entry's text goes at the end of its tree; the text goes with its
-- entry (ON DELETE CASCADE), and the primary key serves the foreign key (no index of its own).
CREATE TABLE entry_text (
    entry_num  BIGINT          NOT NULL PRIMARY KEY REFERENCES entry (num) ON DELETE CASCADE,
    body       ${inline_text}  NOT NULL,
    problem    ${inline_text},
    solution   ${inline_text}
);
INSERT INTO entry_text (entry_num, body, problem, solution)
    SELECT num, body, problem, solution FROM entry ORDER BY num;
ALTER TABLE entry DROP COLUMN body;
ALTER TABLE entry DROP COLUMN problem;
ALTER TABLE entry DROP COLUMN solution;
