-- 0005_policies.sql — the policies complaints were filed under.
--
-- Every complaint records the SHA-256 of the policy in force when it was filed or imported
-- (complaints.policy_digest, and the `policy_digest` of its first event). The ledger now keeps
-- each such policy's text, recorded in the transaction that first files under it, so that
-- `redress verify` can check that every complaint names a policy the ledger holds, and that the
-- text still hashes to its digest. Rows are never updated or deleted (the triggers below).
--   digest       lower-case hex SHA-256 of the policy file's bytes
--   text         the policy file's text; NULL for digests that complaints named before this
--                version (their text was not kept)
--   recorded_at  when the ledger first recorded it, integer seconds UTC
CREATE TABLE policies (
  digest      TEXT PRIMARY KEY,
  text        TEXT,
  recorded_at INTEGER NOT NULL
) STRICT;

INSERT INTO policies (digest, text, recorded_at)
  SELECT DISTINCT policy_digest, NULL, CAST(strftime('%s', 'now') AS INTEGER) FROM complaints
  WHERE policy_digest IS NOT NULL;

CREATE TRIGGER policies_append_only_update BEFORE UPDATE ON policies
BEGIN
  SELECT RAISE(ABORT, 'recorded policies are append-only');
END;

CREATE TRIGGER policies_append_only_delete BEFORE DELETE ON policies
BEGIN
  SELECT RAISE(ABORT, 'recorded policies are append-only');
END;
