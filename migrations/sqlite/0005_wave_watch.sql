-- What operators see of a wave: when its sender last recorded an outcome (`stats` says "no
-- sender seen for N s" from it), and the brake's share for this wave alone, set by
-- `objection-bot resume --share X` when the block rate is real.
ALTER TABLE waves ADD COLUMN last_outcome_at INTEGER;  -- unix ms; NULL: none yet
ALTER TABLE waves ADD COLUMN pause_share     REAL;     -- NULL: WAVE_PAUSE_SHARE
