-- The same as SQLite's 0004: the built-in Meta campaign is evergreen under a new id,
-- `meta-ai` replacing `meta-ai-2025`.
-- Every subscription and thanks of the old id moves to the new one (a chat that somehow has
-- both keeps one row). Ticks are kept by platform key and need no change; the old id's
-- reminder waves and deliveries stay as the record of what was sent.
INSERT INTO subscriptions (chat_id, campaign_id, since)
    SELECT chat_id, 'meta-ai', since FROM subscriptions WHERE campaign_id = 'meta-ai-2025'
    ON CONFLICT DO NOTHING;
DELETE FROM subscriptions WHERE campaign_id = 'meta-ai-2025';

INSERT INTO thanks (chat_id, campaign_id)
    SELECT chat_id, 'meta-ai' FROM thanks WHERE campaign_id = 'meta-ai-2025'
    ON CONFLICT DO NOTHING;
DELETE FROM thanks WHERE campaign_id = 'meta-ai-2025';
