-- Issue 26: a challenge is open, solved, verified (the fix held up) or regressed (the problem came back).
ALTER TABLE entry DROP CONSTRAINT entry_status_known;
ALTER TABLE entry ADD CONSTRAINT entry_status_known
    CHECK (status IS NULL OR status IN ('OPEN', 'SOLVED', 'VERIFIED', 'REGRESSED'));

-- Every change of a challenge's state, kept for good (ADR 37). No foreign key to entry: a trashed challenge keeps
-- its history for when it is restored; emptying the trash removes the history of entries gone for good.
-- A regression keeps the solution that did not hold (and the version that had it), since revisions are thinned.
CREATE TABLE challenge_state_change (
    entry_id         UUID                     NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    from_status      VARCHAR(16),
    to_status        VARCHAR(16)              NOT NULL,
    failed_version   BIGINT                   NOT NULL,
    failed_solution  ${inline_text}
);
CREATE INDEX challenge_state_change_by_entry ON challenge_state_change (entry_id, changed_at);
