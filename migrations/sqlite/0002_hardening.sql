-- Deliveries get an id that is never reused (AUTOINCREMENT) and a claim that is a random
-- token with a lease, so that a stale sender can never record an outcome on a row that
-- another sender took since.
CREATE TABLE deliveries_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id TEXT    NOT NULL,
    wave        TEXT    NOT NULL,
    chat_id     INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'pending', -- pending | inflight | sent | failed | skipped
    attempts    INTEGER NOT NULL DEFAULT 0,          -- failed tries so far (429s do not count)
    not_before  INTEGER NOT NULL DEFAULT 0,          -- unix milliseconds: do not try before
    claim       TEXT,                                -- random token of the batch that took it
    lease_until INTEGER,                             -- unix milliseconds: the claim is stale after
    UNIQUE (campaign_id, wave, chat_id)
);
INSERT INTO deliveries_new (campaign_id, wave, chat_id, status, attempts, not_before)
    SELECT campaign_id, wave, chat_id, CASE status WHEN 'inflight' THEN 'pending' ELSE status END, attempts, not_before
    FROM deliveries ORDER BY rowid;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_chat ON deliveries (chat_id);
CREATE INDEX deliveries_claim ON deliveries (claim);

-- A wave pauses when too many of its reminders come back unreachable (a wrong token, a test
-- server): then nothing more is deleted until an operator resumes it.
ALTER TABLE waves ADD COLUMN paused      TEXT;                        -- why; NULL: not paused
ALTER TABLE waves ADD COLUMN tried       INTEGER NOT NULL DEFAULT 0;  -- sends with a final answer
ALTER TABLE waves ADD COLUMN unreachable INTEGER NOT NULL DEFAULT 0;  -- of which: chat gone or blocked
ALTER TABLE waves ADD COLUMN forgotten   INTEGER NOT NULL DEFAULT 0;  -- chats deleted because of it

-- The bot this database belongs to (its id from getMe), so another bot's token is refused.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
