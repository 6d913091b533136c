-- Deliveries are found through two small partial indexes instead of one over every row by
-- status: the claim walks the pending ones in order, and what is in flight (two batches at
-- most) is found by its claim. A delivery recorded as sent, failed or skipped is in neither,
-- so recording an outcome writes no index entry, and the indexes do not grow with every
-- wave ever sent (issue 20; PostgreSQL has had the same two since issue 12).
DROP INDEX IF EXISTS deliveries_due;
CREATE INDEX deliveries_pending ON deliveries (status, not_before) WHERE status = 'pending';
CREATE INDEX deliveries_inflight ON deliveries (status, claim) WHERE status = 'inflight';
