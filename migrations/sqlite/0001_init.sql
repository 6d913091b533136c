-- Chats that chose a language, subscribed or ticked off a platform. Nothing else about them.
CREATE TABLE chats (
    chat_id       INTEGER PRIMARY KEY,
    lang          TEXT,                        -- chosen language code; NULL: not chosen
    subscribed_at INTEGER,                     -- unix seconds; NULL: no reminders
    done_mask     INTEGER NOT NULL DEFAULT 0,  -- platforms ticked off (1 facebook, 2 instagram, 4 whatsapp)
    thanked       INTEGER NOT NULL DEFAULT 0   -- 1 once the chat was thanked for doing all three
);

-- Reminder waves already handled, so each happens at most once.
CREATE TABLE waves (
    campaign_id TEXT    NOT NULL,
    wave        TEXT    NOT NULL,              -- the offset, as in the campaign file: 3d, 90s
    due_at      INTEGER NOT NULL,              -- unix seconds
    state       TEXT    NOT NULL,              -- enqueued | skipped
    PRIMARY KEY (campaign_id, wave)
);

-- One reminder to one chat. A chat that blocks the bot is deleted with its rows.
CREATE TABLE deliveries (
    campaign_id TEXT    NOT NULL,
    wave        TEXT    NOT NULL,
    chat_id     INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'pending', -- pending | inflight | sent | failed | skipped
    attempts    INTEGER NOT NULL DEFAULT 0,          -- failed tries so far (429s do not count)
    not_before  INTEGER NOT NULL DEFAULT 0,          -- unix milliseconds: do not try before
    claim       INTEGER,                             -- the batch that took it
    PRIMARY KEY (campaign_id, wave, chat_id)
);
CREATE INDEX deliveries_due ON deliveries (status, not_before);
CREATE INDEX deliveries_chat ON deliveries (chat_id);
