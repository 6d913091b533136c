-- Follow-ups, re-checks and news (issue 18). What is kept: the day each platform was ticked
-- off, and whether the chat wants news of new opt-outs. The follow-ups, re-checks and
-- announcements themselves are deliveries in the reminder queue, with their due time in
-- `not_before` and their kind in `wave` ('@followup:<platform>', '@again:<platform>',
-- '@recheck:<platform>', '@news'); an announcement also has its row in `waves`, so that it
-- happens once per campaign and the wave brake applies to it.

-- The day (unix seconds at 00:00 UTC) the platform was ticked off; NULL: before this was kept.
ALTER TABLE ticks ADD COLUMN since BIGINT;

-- Chats that want news of new opt-outs (/news).
CREATE TABLE news (
    chat_id BIGINT PRIMARY KEY,
    since   BIGINT  NOT NULL               -- unix seconds
);
