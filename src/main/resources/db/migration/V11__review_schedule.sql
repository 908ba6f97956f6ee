-- Issue 26, point 4: spaced review (FSRS, ADR 39). Kept beside the entries, not in their Markdown: exports leave it
-- out, the JSON backup carries it. Every takeaway is under review from its creation without a row here (due at
-- once); a row is written at its first review, or when the user marks any entry for review (or takes one out:
-- active false, its memory kept). No foreign key, as for challenge_state_change: a trashed entry keeps its schedule
-- for a restore; emptying the trash removes the schedule of entries gone for good.
CREATE TABLE review_card (
    entry_id     UUID                     NOT NULL PRIMARY KEY,
    phase        VARCHAR(16)              NOT NULL,
    step         INTEGER                  NOT NULL,
    stability    DOUBLE PRECISION,
    difficulty   DOUBLE PRECISION,
    due          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_review  TIMESTAMP WITH TIME ZONE,
    active       BOOLEAN                  NOT NULL,
    CONSTRAINT review_card_phase_known CHECK (phase IN ('LEARNING', 'REVIEW', 'RELEARNING'))
);
CREATE INDEX review_card_by_due ON review_card (due);

-- Each rating given, for the review streak and the dashboard.
CREATE TABLE review_log (
    entry_id     UUID                     NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rating       VARCHAR(8)               NOT NULL
);
CREATE INDEX review_log_by_time ON review_log (reviewed_at);
