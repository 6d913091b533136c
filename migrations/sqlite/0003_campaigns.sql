-- Campaigns are data: a chat's checklist is kept per platform key, and its subscriptions and
-- thanks per campaign id, instead of a bitmask of three fixed platforms.

-- The platforms a chat has ticked off, by key.
CREATE TABLE ticks (
    chat_id  INTEGER NOT NULL,
    platform TEXT    NOT NULL,
    PRIMARY KEY (chat_id, platform)
) WITHOUT ROWID;
-- The bitmask knew three platforms; their keys are the shipped campaign's.
INSERT INTO ticks (chat_id, platform) SELECT chat_id, 'facebook' FROM chats WHERE done_mask & 1 != 0;
INSERT INTO ticks (chat_id, platform) SELECT chat_id, 'instagram' FROM chats WHERE done_mask & 2 != 0;
INSERT INTO ticks (chat_id, platform) SELECT chat_id, 'whatsapp' FROM chats WHERE done_mask & 4 != 0;

-- The campaigns a chat wants reminders for. A campaign id of '' is a subscription made
-- before campaigns were kept apart: at its next start the bot gives it to every campaign it
-- loads (Store::adopt_legacy).
CREATE TABLE subscriptions (
    chat_id     INTEGER NOT NULL,
    campaign_id TEXT    NOT NULL,
    since       INTEGER NOT NULL,              -- unix seconds
    PRIMARY KEY (chat_id, campaign_id)
) WITHOUT ROWID;
CREATE INDEX subscriptions_campaign ON subscriptions (campaign_id);
INSERT INTO subscriptions (chat_id, campaign_id, since)
    SELECT chat_id, '', subscribed_at FROM chats WHERE subscribed_at IS NOT NULL;

-- The campaigns for which a chat was thanked for ticking off every platform ('' as above).
CREATE TABLE thanks (
    chat_id     INTEGER NOT NULL,
    campaign_id TEXT    NOT NULL,
    PRIMARY KEY (chat_id, campaign_id)
) WITHOUT ROWID;
INSERT INTO thanks (chat_id, campaign_id) SELECT chat_id, '' FROM chats WHERE thanked != 0;

ALTER TABLE chats DROP COLUMN subscribed_at;
ALTER TABLE chats DROP COLUMN done_mask;
ALTER TABLE chats DROP COLUMN thanked;
