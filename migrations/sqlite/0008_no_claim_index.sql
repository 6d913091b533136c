-- The claim index is dropped: every delivery wrote an entry into it when claimed and deleted
-- it when recorded, and what is in flight (two batches at most) is found as quickly through
-- deliveries_due, by its status (issue 20).
DROP INDEX IF EXISTS deliveries_claim;
