-- postgresql/0001_initial.sql — the first schema of a redress ledger kept in PostgreSQL, and its
-- data dictionary. It holds what SQLite ledgers reach at their version 9 (schemas/0001-0009),
-- with the same tables, columns and meanings, so that a ledger can move row for row between
-- the two; what differs is said where it is.
--
-- Conventions for every table (as in schemas/0001_initial.sql):
--   * Instants are bigint seconds since 1970-01-01T00:00:00Z (UTC), not timestamptz: the event
--     chain hashes them as integers, and they compare and sort the same in both backends.
--   * Money is bigint minor units (cents) plus an ISO 4217 currency code; never a float.
--   * Flags are integer 0/1 (as in SQLite), checked.
--   * Every text column is COLLATE "C": sorted and compared byte by byte, whatever the
--     database's locale, as SQLite does (`list --sort category`, lower() of ASCII only).
--   * Ids are given by redress (the last id + 1, read while the write holds the chain head
--     below), never by a SEQUENCE: a sequence leaves gaps on rollback, and the hash of every
--     event covers its id and its complaint's id.
--   * Personal data (a customer's name and contacts, complaint texts) sits in columns that a
--     future erasure can blank; the event chain covers a keyed digest of it, not the text.
-- Migrations are forward-only; meta.schema_version names the last one applied. A ledger whose
-- version differs from the binary's is refused (the hosts of one ledger run one version).

-- Ledger-wide facts: key/value.
--   ledger_id       random hex id of this ledger, created by init
--   digest_key      hex key for the keyed digest (HMAC-SHA256) of personal data in events
--   created_at      when init ran (integer seconds, as text)
--   schema_version  the last migration of schemas/postgresql/ applied (integer, as text)
--   personal_keys_from  the first event whose personal digest is keyed with its complaint's own
--                   key (schemas/0010_personal_keys.sql): 1 here, since every complaint has one
CREATE TABLE meta (
  key   text COLLATE "C" PRIMARY KEY,
  value text COLLATE "C" NOT NULL
);

-- The head of the event chain: one row, the newest event's id and hash (0 and '' before the
-- first). Every write transaction of every host locks this row first (SELECT ... FOR UPDATE,
-- waiting up to the busy timeout, lock_timeout), so that writers take turns: the chain stays
-- linear, ids and references gapless. Readers never lock it. `verify` checks it names the
-- newest event.
CREATE TABLE chain_head (
  one       integer PRIMARY KEY CHECK (one = 1),
  last_id   bigint NOT NULL CHECK (last_id >= 0),
  last_hash text COLLATE "C" NOT NULL
);
INSERT INTO chain_head (one, last_id, last_hash) VALUES (1, 0, '');

-- Customers, recognised across complaints by identity_key (lib/ledger/identity.hpp): the keyed
--   digest (meta.digest_key) of 'email:<folded email>', else 'member:<folded member id>', else
--   'name:<folded name>'; 'erased:<id>' once erased.
--   name_key: the keyed digest of 'name:<folded name>', by which `--customer NAME` finds a person.
CREATE TABLE customers (
  id                bigint PRIMARY KEY,
  identity_key      text COLLATE "C" NOT NULL UNIQUE,
  name              text COLLATE "C" NOT NULL,   -- personal; blank after erasure
  email             text COLLATE "C",            -- personal
  phone             text COLLATE "C",            -- personal
  member_id         text COLLATE "C",            -- personal
  language          text COLLATE "C",            -- BCP 47 tag such as 'hr', 'ja', 'fa'
  preferred_channel text COLLATE "C",            -- a channel from the policy
  first_seen_at     bigint NOT NULL,             -- receipt of their first complaint
  name_key          text COLLATE "C" NOT NULL DEFAULT ''
);

CREATE INDEX customers_name_key ON customers (name_key);

-- Reference allocation: one row per year of receipt (in the ledger's zone). Incremented inside
-- the filing transaction, so references are unique and gapless per year (no SEQUENCE).
CREATE TABLE reference_sequences (
  year     integer PRIMARY KEY,
  last_seq bigint NOT NULL CHECK (last_seq >= 0)
);

-- The current state of each complaint: a projection of its events, written in the same
-- transaction as the event that changed it. `redress verify` rebuilds it from the events.
CREATE TABLE complaints (
  id                    bigint PRIMARY KEY,
  reference             text COLLATE "C" NOT NULL UNIQUE,   -- PREFIX-YYYY-NNNNN
  year                  integer NOT NULL,                   -- year of receipt, ledger zone
  seq                   bigint NOT NULL,                    -- per-year sequence, from 1, no gaps
  status                text COLLATE "C" NOT NULL CHECK (status IN ('new', 'acknowledged',
                          'investigating', 'waiting', 'resolved', 'closed', 'rejected',
                          'withdrawn')),
  received_at           bigint NOT NULL,
  channel               text COLLATE "C" NOT NULL,
  customer_id           bigint NOT NULL REFERENCES customers (id),
  customer_name         text COLLATE "C" NOT NULL,   -- personal: the details it was filed with
  customer_email        text COLLATE "C",            -- personal
  customer_phone        text COLLATE "C",            -- personal
  customer_member_id    text COLLATE "C",            -- personal
  customer_language     text COLLATE "C",            -- language of this complaint
  customer_preferred_channel text COLLATE "C",       -- a channel from the policy
  category              text COLLATE "C" NOT NULL,
  product               text COLLATE "C",
  severity              text COLLATE "C" NOT NULL,
  summary               text COLLATE "C" NOT NULL,   -- personal
  details               text COLLATE "C",            -- personal
  evidence              json NOT NULL DEFAULT '[]',  -- JSON array of strings; json keeps its text
  confidential          integer NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  incomplete_allowed    integer NOT NULL DEFAULT 0 CHECK (incomplete_allowed IN (0, 1)),
  assignee              text COLLATE "C",
  team                  text COLLATE "C",
  escalation_level      integer NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
  -- SLA: targets as written in the policy when filed ('4h', '8w calendar'), due instants,
  -- and the settled outcome ('met' or 'breached', NULL while unsettled).
  acknowledge_target    text COLLATE "C",
  acknowledge_due_at    bigint,
  acknowledged_at       bigint,
  acknowledge_sla       text COLLATE "C" CHECK (acknowledge_sla IN ('met', 'breached')),
  acknowledge_paused_s  bigint NOT NULL DEFAULT 0,   -- finished pauses, in the clock's seconds
  resolve_target        text COLLATE "C",            -- the first resolution's clock
  resolve_started_at    bigint,
  resolve_due_at        bigint,
  resolved_at           bigint,
  resolve_sla           text COLLATE "C" CHECK (resolve_sla IN ('met', 'breached')),
  resolve_paused_s      bigint NOT NULL DEFAULT 0,
  reopen_target         text COLLATE "C",            -- the latest reopening's clock
  reopened_at           bigint,
  reopen_due_at         bigint,
  reopen_resolved_at    bigint,
  reopen_sla            text COLLATE "C" CHECK (reopen_sla IN ('met', 'breached')),
  reopen_paused_s       bigint NOT NULL DEFAULT 0,
  paused_since          bigint,                      -- set while status = 'waiting'
  policy_digest         text COLLATE "C",            -- SHA-256 of the policy in force when filed
  outcome               text COLLATE "C",
  compensation_minor    bigint,                      -- minor units (cents)
  compensation_currency text COLLATE "C",
  root_cause            text COLLATE "C",
  satisfaction          integer CHECK (satisfaction BETWEEN 1 AND 5),
  closed_at             bigint,
  last_event_at         bigint NOT NULL,             -- `--at` of the newest event
  -- Custom fields (schemas/0008_custom_fields.sql): canonical texts by field name.
  fields                json NOT NULL DEFAULT '{}',
  personal_fields       json NOT NULL DEFAULT '{}',
  -- Only here: the folded names that filters and sorts compare (util/fold.hpp), written with
  -- the row by redress, since the fold is redress's own code (SQLite calls it as a function).
  -- The key of its events' personal digests (32 random bytes, hex); an erasure replaces it
  -- (schemas/0010_personal_keys.sql, docs/erasure.md).
  personal_key          text COLLATE "C" NOT NULL,
  category_key          text COLLATE "C" NOT NULL,
  assignee_key          text COLLATE "C",
  team_key              text COLLATE "C",
  UNIQUE (year, seq)
);

-- `list --open` reads only open complaints, oldest first: a partial index in receipt order.
CREATE INDEX complaints_open_received ON complaints (received_at, id)
  WHERE status IN ('new', 'acknowledged', 'investigating', 'waiting');
CREATE INDEX complaints_received ON complaints (received_at, id);
CREATE INDEX complaints_customer ON complaints (customer_id, received_at);

-- The append-only event log. Every change to a complaint is one row here plus the projection
-- update, in one transaction. Rows are never updated, deleted or truncated (the triggers below
-- refuse it, and the application role has no right to; docs/postgresql.md).
--   type           'filed', 'imported', and the lifecycle steps
--   at             when it really happened (`--at`), integer seconds UTC
--   recorded_at    when it was written: the database server's clock, so that writers on
--                  several hosts agree
--   data           JSON object: the facts of the event (no personal text); json, not jsonb,
--                  because json keeps the text exactly and the hash covers the text
--   personal       JSON object: personal text of the event (customer, summary, notes); may be
--                  blanked by a future erasure, so the chain covers personal_digest instead
--   personal_digest HMAC-SHA256 (hex) of `personal` under meta.digest_key
--   prev_hash, hash  hex SHA-256 chain over the canonical event encoding (lib/store/chain.hpp)
CREATE TABLE events (
  id              bigint PRIMARY KEY,
  complaint_id    bigint NOT NULL REFERENCES complaints (id),
  at              bigint NOT NULL,
  recorded_at     bigint NOT NULL,
  actor           text COLLATE "C" NOT NULL,
  type            text COLLATE "C" NOT NULL,
  data            json NOT NULL DEFAULT '{}',
  personal        json,
  personal_digest text COLLATE "C",
  prev_hash       text COLLATE "C",
  hash            text COLLATE "C"
);

CREATE INDEX events_complaint ON events (complaint_id, id);
-- `list --not-told` looks for the newest step event and the messages after it per complaint.
CREATE INDEX events_complaint_type ON events (complaint_id, type, id);

-- The policies complaints were filed under, by digest (as schemas/0005_policies.sql).
--   digest       lower-case hex SHA-256 of the policy file's bytes
--   text         the policy file's text
--   recorded_at  when the ledger first recorded it, integer seconds UTC
--   ord          1, 2, ... in the order they were recorded
CREATE TABLE policies (
  digest      text COLLATE "C" PRIMARY KEY,
  text        text COLLATE "C",
  recorded_at bigint NOT NULL,
  ord         bigint NOT NULL UNIQUE
);

-- Which policy every host files under: the newest row (by id). A PostgreSQL ledger keeps its
-- policy here rather than in each folder's policy.toml; `redress init --store` writes the first
-- row and `redress policy set FILE` each later one. Append-only: the history of who changed the
-- rules, and when.
--   id      1, 2, ... (the newest is in force)
--   digest  the policy's digest (its text is in policies)
--   set_at  when it was set, integer seconds UTC (the server's clock)
--   actor   who set it
CREATE TABLE policy_settings (
  id     bigint PRIMARY KEY,
  digest text COLLATE "C" NOT NULL REFERENCES policies (digest),
  set_at bigint NOT NULL,
  actor  text COLLATE "C" NOT NULL
);

-- Messages being sent (schemas/0009_message_claims.sql): a working table, not the record.
CREATE TABLE message_claims (
  complaint_id  bigint NOT NULL REFERENCES complaints (id),
  kind          text COLLATE "C" NOT NULL,
  step_event_id bigint NOT NULL,
  claimed_at    bigint NOT NULL,
  actor         text COLLATE "C" NOT NULL,
  PRIMARY KEY (complaint_id, kind, step_event_id)
);

-- The search index (`redress search`). SQLite keeps it in FTS5 with redress's tokenizer; here
-- the same tokenizer (lib/util/words.hpp) runs in redress, and its words are stored as rows:
--   search_documents  one row per complaint: the texts as indexed ('' for none)
--   search_words      every word of them: its key (folded; ideographic runs as overlapping
--                     pairs), the text it is in (0 summary, 1 details, 2 root_cause, 3 notes)
--                     and its place there (0, 1, ...). A search term is its words at consecutive
--                     places of one text; a prefix term's last word is matched by LIKE on the
--                     key, which the "C" collation lets the index answer.
-- Personal text: an erasure removes the complaint's rows from both.
CREATE TABLE search_documents (
  complaint_id bigint PRIMARY KEY REFERENCES complaints (id),
  summary      text COLLATE "C" NOT NULL,
  details      text COLLATE "C" NOT NULL,
  root_cause   text COLLATE "C" NOT NULL,
  notes        text COLLATE "C" NOT NULL
);
CREATE TABLE search_words (
  complaint_id bigint NOT NULL REFERENCES search_documents (complaint_id) ON DELETE CASCADE,
  field        smallint NOT NULL CHECK (field BETWEEN 0 AND 3),
  position     integer NOT NULL,
  word         text COLLATE "C" NOT NULL,
  PRIMARY KEY (complaint_id, field, position)
);
CREATE INDEX search_words_word ON search_words (word, complaint_id);

-- Evidence files (`attach`): their bytes by SHA-256, in the database so that every host sees
-- them, written in the transaction of the event that names them. An SQLite ledger keeps them in
-- .redress/evidence instead.
CREATE TABLE evidence_files (
  sha256 text COLLATE "C" PRIMARY KEY,
  size   bigint NOT NULL CHECK (size >= 0),
  bytes  bytea NOT NULL
);

-- Append-only tables: UPDATE and DELETE are refused row by row, TRUNCATE (which fires no row
-- trigger) by a statement trigger. The argument is the message.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;

-- An event is never changed, but for one thing: an erasure (docs/erasure.md) sets the personal
-- text of a complaint's earlier events to NULL, once that complaint has an `erased` event after
-- them. Everything else of the row, the digest and the hashes included, stays.
CREATE FUNCTION events_erasure_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW.complaint_id = OLD.complaint_id AND NEW.at = OLD.at
     AND NEW.recorded_at = OLD.recorded_at AND NEW.actor = OLD.actor AND NEW.type = OLD.type
     AND NEW.data::text = OLD.data::text
     AND NEW.personal_digest IS NOT DISTINCT FROM OLD.personal_digest
     AND NEW.prev_hash IS NOT DISTINCT FROM OLD.prev_hash AND NEW.hash IS NOT DISTINCT FROM OLD.hash
     AND OLD.personal IS NOT NULL AND NEW.personal IS NULL
     AND EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = OLD.complaint_id
                 AND x.type = 'erased' AND x.id > OLD.id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'events are append-only';
END
$$;

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION events_erasure_only();
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_change('events are append-only');
CREATE TRIGGER events_append_only_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('events are append-only');

CREATE TRIGGER policies_append_only_update BEFORE UPDATE ON policies
  FOR EACH ROW EXECUTE FUNCTION refuse_change('recorded policies are append-only');
CREATE TRIGGER policies_append_only_delete BEFORE DELETE ON policies
  FOR EACH ROW EXECUTE FUNCTION refuse_change('recorded policies are append-only');
CREATE TRIGGER policies_append_only_truncate BEFORE TRUNCATE ON policies
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('recorded policies are append-only');

CREATE TRIGGER policy_settings_append_only_update BEFORE UPDATE ON policy_settings
  FOR EACH ROW EXECUTE FUNCTION refuse_change('policy settings are append-only');
CREATE TRIGGER policy_settings_append_only_delete BEFORE DELETE ON policy_settings
  FOR EACH ROW EXECUTE FUNCTION refuse_change('policy settings are append-only');
CREATE TRIGGER policy_settings_append_only_truncate BEFORE TRUNCATE ON policy_settings
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('policy settings are append-only');
