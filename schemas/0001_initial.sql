-- 0001_initial.sql — the first schema of a redress ledger, and its data dictionary.
--
-- Conventions for every table:
--   * Instants are INTEGER seconds since 1970-01-01T00:00:00Z (UTC). The ledger's time zone
--     (policy.toml, ledger.timezone) is applied only when showing or reading local times.
--   * Money is INTEGER minor units (cents) plus an ISO 4217 currency code; never a float.
--   * Names from the policy (channel, category, severity, outcome, team) are stored as text
--     exactly as the policy spells them.
--   * Personal data (a customer's name and contacts, complaint texts) sits in columns that a
--     future erasure can blank; the event chain covers a keyed digest of it, not the text.
-- Migrations are forward-only; the runner sets PRAGMA user_version after each one.

-- Marks the file as a redress ledger ('RDRS'); `file ledger.db` shows it.
PRAGMA application_id = 1380209235;

-- Ledger-wide facts: key/value.
--   ledger_id     random hex id of this ledger, created by init
--   digest_key    hex key for the keyed digest (HMAC-SHA256) of personal data in events
--   created_at    when init ran (integer seconds, as text)
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Customers, recognised across complaints by identity_key:
--   'email:<lower-cased email>', else 'member:<member id>', else 'name:<exact name>'.
CREATE TABLE customers (
  id                INTEGER PRIMARY KEY,
  identity_key      TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,          -- personal; blank after erasure
  email             TEXT,                   -- personal
  phone             TEXT,                   -- personal
  member_id         TEXT,                   -- personal
  language          TEXT,                   -- BCP 47 tag such as 'hr', 'ja', 'fa'
  preferred_channel TEXT,                   -- a channel from the policy
  first_seen_at     INTEGER NOT NULL        -- receipt of their first complaint
) STRICT;

CREATE INDEX customers_name ON customers(name);

-- Reference allocation: one row per year of receipt (in the ledger's zone). Incremented inside
-- the filing transaction, so references are unique and gapless per year.
CREATE TABLE reference_sequences (
  year     INTEGER PRIMARY KEY,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
) STRICT;

-- The current state of each complaint: a projection of its events, written in the same
-- transaction as the event that changed it. `redress verify` rebuilds it from the events.
CREATE TABLE complaints (
  id                    INTEGER PRIMARY KEY,
  reference             TEXT NOT NULL UNIQUE,   -- PREFIX-YYYY-NNNNN
  year                  INTEGER NOT NULL,       -- year of receipt, ledger zone
  seq                   INTEGER NOT NULL,       -- per-year sequence, from 1, no gaps
  status                TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'investigating',
                          'waiting', 'resolved', 'closed', 'rejected', 'withdrawn')),
  received_at           INTEGER NOT NULL,
  channel               TEXT NOT NULL,
  customer_id           INTEGER NOT NULL REFERENCES customers(id),
  customer_language     TEXT,                   -- language of this complaint
  category              TEXT NOT NULL,
  product               TEXT,
  severity              TEXT NOT NULL,
  summary               TEXT NOT NULL,          -- personal
  details               TEXT,                   -- personal
  evidence              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)), -- JSON array
  confidential          INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  assignee              TEXT,
  team                  TEXT,
  escalation_level      INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
  -- SLA: targets as written in the policy when filed ('4h', '8w calendar'), due instants,
  -- and the settled outcome ('met' or 'breached', NULL while unsettled).
  acknowledge_target    TEXT,
  acknowledge_due_at    INTEGER,
  acknowledged_at       INTEGER,
  acknowledge_sla       TEXT CHECK (acknowledge_sla IN ('met', 'breached')),
  resolve_target        TEXT,
  resolve_started_at    INTEGER,                -- receipt, or the last reopen
  resolve_due_at        INTEGER,
  resolved_at           INTEGER,
  resolve_sla           TEXT CHECK (resolve_sla IN ('met', 'breached')),
  paused_since          INTEGER,                -- set while status = 'waiting'
  acknowledge_paused_s  INTEGER NOT NULL DEFAULT 0, -- finished pauses, in the clock's seconds
  resolve_paused_s      INTEGER NOT NULL DEFAULT 0,
  policy_digest         TEXT,                   -- SHA-256 of the policy in force when filed
  outcome               TEXT,
  compensation_minor    INTEGER,                -- minor units (cents)
  compensation_currency TEXT,
  root_cause            TEXT,
  satisfaction          INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  closed_at             INTEGER,
  last_event_at         INTEGER NOT NULL,       -- `--at` of the newest event (no backdating past it)
  UNIQUE (year, seq)
) STRICT;

-- `list --open` reads only open complaints: a partial index keeps that fast in a large ledger.
CREATE INDEX complaints_open ON complaints(status, received_at)
  WHERE status IN ('new', 'acknowledged', 'investigating', 'waiting');
CREATE INDEX complaints_received ON complaints(received_at);
CREATE INDEX complaints_customer ON complaints(customer_id, received_at);

-- The append-only event log. Every change to a complaint is one row here plus the projection
-- update, in one transaction. Rows are never updated or deleted (the triggers below refuse it).
--   type           'filed', and the lifecycle steps that later migrations add
--   at             when it really happened (`--at`), integer seconds UTC
--   recorded_at    when the tool wrote it
--   data           JSON object: the facts of the event (no personal text)
--   personal       JSON object: personal text of the event (customer, summary, notes); may be
--                  blanked by a future erasure, so the chain covers personal_digest instead
--   personal_digest HMAC-SHA256 (hex) of `personal` under meta.digest_key
--   prev_hash, hash  hex SHA-256 chain over the canonical event encoding (see verify)
CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  complaint_id    INTEGER NOT NULL REFERENCES complaints(id),
  at              INTEGER NOT NULL,
  recorded_at     INTEGER NOT NULL,
  actor           TEXT NOT NULL,
  type            TEXT NOT NULL,
  data            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
  personal        TEXT CHECK (personal IS NULL OR json_valid(personal)),
  personal_digest TEXT,
  prev_hash       TEXT,
  hash            TEXT
) STRICT;

CREATE INDEX events_complaint ON events(complaint_id, id);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
