-- The PostgreSQL schema: the same tables as SQLite's after its migration 0003, every
-- integer that Rust reads as i64 a BIGINT, plus the lease that elects the one instance
-- that sends reminders.

-- Chats that chose a language, subscribed or ticked a platform off. Nothing else about them.
CREATE TABLE chats (
    chat_id BIGINT PRIMARY KEY,
    lang    TEXT                               -- chosen language code; NULL: not chosen
);

-- The platforms a chat has ticked off, by key.
CREATE TABLE ticks (
    chat_id  BIGINT NOT NULL,
    platform TEXT   NOT NULL,
    PRIMARY KEY (chat_id, platform)
);

-- The campaigns a chat wants reminders for ('' : made before campaigns were kept apart).
CREATE TABLE subscriptions (
    chat_id     BIGINT NOT NULL,
    campaign_id TEXT   NOT NULL,
    since       BIGINT NOT NULL,               -- unix seconds
    PRIMARY KEY (chat_id, campaign_id)
);
CREATE INDEX subscriptions_campaign ON subscriptions (campaign_id);

-- The campaigns for which a chat was thanked for ticking off every platform.
CREATE TABLE thanks (
    chat_id     BIGINT NOT NULL,
    campaign_id TEXT   NOT NULL,
    PRIMARY KEY (chat_id, campaign_id)
);

-- Reminder waves already handled, so each happens at most once.
CREATE TABLE waves (
    campaign_id TEXT   NOT NULL,
    wave        TEXT   NOT NULL,               -- the offset, as in the campaign file: 3d, 90s
    due_at      BIGINT NOT NULL,               -- unix seconds
    state       TEXT   NOT NULL,               -- enqueued | skipped
    paused      TEXT,                          -- why; NULL: not paused
    tried       BIGINT NOT NULL DEFAULT 0,     -- sends with a final answer
    unreachable BIGINT NOT NULL DEFAULT 0,     -- of which: chat gone or blocked
    forgotten   BIGINT NOT NULL DEFAULT 0,     -- chats deleted because of it
    PRIMARY KEY (campaign_id, wave)
);

-- One reminder to one chat. Claimed in batches under a random token and the fencing
-- counter of the sender's lease; outcomes are recorded only where both still match.
CREATE TABLE deliveries (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- never reused
    campaign_id TEXT   NOT NULL,
    wave        TEXT   NOT NULL,
    chat_id     BIGINT NOT NULL,
    status      TEXT   NOT NULL DEFAULT 'pending', -- pending | inflight | sent | failed | skipped
    attempts    BIGINT NOT NULL DEFAULT 0,          -- failed tries so far (429s do not count)
    not_before  BIGINT NOT NULL DEFAULT 0,          -- unix milliseconds: do not try before
    claim       TEXT,                               -- random token of the batch that took it
    fence       BIGINT,                             -- the lease's fencing counter at the claim
    lease_until BIGINT,                             -- unix milliseconds: the claim is stale after
    UNIQUE (campaign_id, wave, chat_id)
);
CREATE INDEX deliveries_pending ON deliveries (not_before, id) WHERE status = 'pending';
CREATE INDEX deliveries_inflight ON deliveries (claim) WHERE status = 'inflight';
CREATE INDEX deliveries_chat ON deliveries (chat_id);

-- The bot this database belongs to (its id from getMe), so another bot's token is refused.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Who may send reminders: one holder at a time, until `expires_at` on the database's clock.
-- `fence` grows by one each time the lease changes hands.
CREATE TABLE leases (
    name       TEXT        PRIMARY KEY,
    holder     TEXT        NOT NULL,
    fence      BIGINT      NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
