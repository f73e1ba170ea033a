-- Statements waiting for the organisation's Learning Record Store, written in the same
-- transaction as the decision they report; each keeps the id it was given when queued, so a
-- retry can never make a duplicate.
CREATE TABLE lrs_queue (
    id INTEGER PRIMARY KEY,
    statement_id TEXT NOT NULL UNIQUE,
    run_id INTEGER,
    body TEXT NOT NULL,
    queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    tries INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    -- 'stored', or 'already there' (the LRS had it from an earlier try).
    sent_as TEXT,
    -- The LRS refused this statement (4xx) and said why: kept, never sent again.
    rejected_status INTEGER,
    rejected_reason TEXT
);
CREATE INDEX lrs_queue_waiting ON lrs_queue(id) WHERE sent_at IS NULL AND rejected_status IS NULL;
-- The last attempt to send, for `lrs status` and the title screen in another process.
CREATE TABLE lrs_attempts (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL,
    last_sent_at TEXT
);
