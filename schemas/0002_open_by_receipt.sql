-- 0002_open_by_receipt.sql — open complaints in order of receipt, for a large ledger.
--
-- `list --open` (and --at-risk, --breached) reads only open complaints, oldest first. 0001's
-- complaints_open (status, received_at) finds them by status, so SQLite fetched every open
-- complaint and sorted them before it could print the first, even for `--limit 10`. This
-- partial index holds only the open complaints, already in receipt order (the rowid breaks ties,
-- as `list` does): the query reads exactly the rows it prints and a limit stops it early. It
-- replaces complaints_open, which no query needs any more (SQLite chose it over this one).
--
-- The condition is written as ORs, not `status IN (...)`: SQLite evaluates an IN list of more
-- than two values through a temporary table, on every insert and update of a complaint (the
-- status CHECK of 0001 already costs one). And it must stay textually the condition the store's
-- query writes (store/complaints_table.cpp): SQLite uses a partial index only when the query's
-- own condition implies the index's, and a list of bound parameters implies nothing.
CREATE INDEX complaints_open_received ON complaints(received_at)
  WHERE status = 'new' OR status = 'acknowledged' OR status = 'investigating' OR status = 'waiting';
DROP INDEX complaints_open;
