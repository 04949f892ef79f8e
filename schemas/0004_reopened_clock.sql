-- 0004_reopened_clock.sql — a reopened complaint keeps its first resolution's outcome.
--
-- A reopen used to restart the resolve clock in place, so a complaint resolved late, reopened
-- and resolved again read "met": a settled outcome changed. The resolve_* columns now keep the
-- first resolution's clock as it was settled, and a reopen starts this second clock, reported
-- as its own figure. A later reopen restarts it. Same units as the resolve clock.
--
-- Complaints reopened before this version recorded their reopen by restarting resolve_*; their
-- events say so, and they keep reading as their events recorded them.
ALTER TABLE complaints ADD COLUMN reopen_target TEXT;           -- as resolve_target
ALTER TABLE complaints ADD COLUMN reopened_at INTEGER;          -- the latest reopen: the clock's start
ALTER TABLE complaints ADD COLUMN reopen_due_at INTEGER;
ALTER TABLE complaints ADD COLUMN reopen_resolved_at INTEGER;   -- the resolution after it
ALTER TABLE complaints ADD COLUMN reopen_sla TEXT CHECK (reopen_sla IN ('met', 'breached'));
ALTER TABLE complaints ADD COLUMN reopen_paused_s INTEGER NOT NULL DEFAULT 0;
