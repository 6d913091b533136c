-- What the link checker last saw of each campaign link (a platform's form or help page), and
-- its baseline: the first answer seen after the campaign's `checked` day, against which later
-- answers are judged. URLs are public configuration; nothing here is about a person.
CREATE TABLE links (
    campaign_id     TEXT    NOT NULL,
    platform        TEXT    NOT NULL,
    which           TEXT    NOT NULL,          -- 'form' or 'help'
    url             TEXT    NOT NULL,          -- the link as the campaign gave it when checked
    checked_ms      INTEGER NOT NULL,          -- unix ms of the last request
    status          INTEGER,                   -- the final HTTP status; NULL: no answer
    final_url       TEXT,                      -- where the redirects ended
    verdict         TEXT    NOT NULL,          -- reachable, moved, gone or unreachable
    detail          TEXT,                      -- the error, or why it counts as reachable
    baseline_status INTEGER,
    baseline_url    TEXT,
    baseline_ms     INTEGER,                   -- unix ms of the baseline's answer
    PRIMARY KEY (campaign_id, platform, which)
);
