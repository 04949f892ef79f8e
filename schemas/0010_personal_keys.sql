-- 0010_personal_keys.sql — personal data that an erasure really erases (crypto-shredding).
--
-- Until now the personal_digest of every event was keyed with one ledger-wide key
-- (meta.digest_key) that sits in this file beside the digests, and customers were found by
-- their folded email, member id or name in plain text: after blanking a person's texts, anyone
-- holding ledger.db could still test a guessed name against the digests, or read it in a key
-- column. Now:
--
--   complaints.personal_key   32 random bytes in lower-case hex: the key of the personal_digest
--                             of this complaint's events from meta.personal_keys_from on, and
--                             of the digests of the messages sent about it. It is kept with the
--                             complaint's personal data, and an erasure replaces it with a new
--                             key: the digests the chain covers stay and link to nothing.
--   meta.personal_keys_from   the id of the first event digested with its complaint's key
--                             (integer, as text). Events before it keep meta.digest_key:
--                             docs/erasure.md says what that means for erasing them.
--   customers.identity_key    HMAC-SHA256 (hex) under meta.digest_key of what it held
--                             ('email:<folded email>', else 'member:...', else 'name:...');
--                             'erased:<id>' once the person is erased
--   customers.name_key        HMAC-SHA256 (hex) under meta.digest_key of 'name:<folded name>';
--                             '' once erased
--
-- Random keys come from SQLite's randomblob() (ChaCha20, seeded from the system's randomness);
-- redress gives each new complaint its own from the system's randomness.
-- redress_hmac(hex key, text) is registered by redress on every connection, like redress_fold.
ALTER TABLE complaints ADD COLUMN personal_key TEXT NOT NULL DEFAULT '';
UPDATE complaints SET personal_key = lower(hex(randomblob(32)));

INSERT INTO meta (key, value)
  SELECT 'personal_keys_from', CAST(coalesce(max(id), 0) + 1 AS TEXT) FROM events;

UPDATE customers SET
  identity_key = redress_hmac((SELECT value FROM meta WHERE key = 'digest_key'), identity_key),
  name_key = redress_hmac((SELECT value FROM meta WHERE key = 'digest_key'), 'name:' || name_key);

-- The append-only guard allows exactly one change to an event: an erasure blanking its personal
-- text (personal set to NULL, every other column as it was), and only when the complaint has an
-- `erased` event after it, which the erasure appends first in the same transaction. verify
-- accepts a NULL personal beside a digest only where such an event follows.
DROP TRIGGER events_append_only_update;
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  WHEN NOT (NEW.id IS OLD.id AND NEW.complaint_id IS OLD.complaint_id AND NEW.at IS OLD.at
            AND NEW.recorded_at IS OLD.recorded_at AND NEW.actor IS OLD.actor
            AND NEW.type IS OLD.type AND NEW.data IS OLD.data
            AND NEW.personal_digest IS OLD.personal_digest AND NEW.prev_hash IS OLD.prev_hash
            AND NEW.hash IS OLD.hash AND OLD.personal IS NOT NULL AND NEW.personal IS NULL
            AND EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = OLD.complaint_id
                        AND x.type = 'erased' AND x.id > OLD.id))
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
