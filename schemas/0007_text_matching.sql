-- 0007_text_matching.sql — text that matches as people expect, in every script; the search index.
--
-- Until now texts were compared byte for byte: `Mirjana Ćosić` typed in NFD (as macOS and some
-- phones send it), `مريم` with an Arabic yeh and `مریم` with a Persian one were different
-- people. Every matching key is now built by one fold() (lib/util/fold.hpp: NFKC, case folding,
-- Latin marks stripped, đ → d, Persian yeh and kaf, digits, ZWNJ/ZWJ dropped).
--
-- These statements call redress_fold(text), fold() as an SQL function, and the search index
-- uses the tokenizer 'redress' (lib/store/sqlite/search_index.hpp): redress registers both on
-- every connection before it migrates. This file therefore runs only inside redress; the sqlite3
-- shell reads every table of a ledger but the search index.

-- 1. Customers re-keyed. identity_key is now
--      'email:<folded email>', else 'member:<folded member id>', else 'name:<folded name>',
--    which lib/ledger/identity.cpp computes for every filing. Rows whose complaints now share a
--    key are one person: the complaints point to the row with the lowest id, the others go,
--    and that row is rebuilt from its complaints as redress records a customer (name and details
--    of the first complaint, details it lacked filled from later ones in order, first seen at the
--    earliest receipt).
--    name_key: the folded name, by which `--customer NAME` finds a person (indexed).
ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';

CREATE TEMP TABLE rekeyed (
  complaint_id INTEGER PRIMARY KEY,
  old_id       INTEGER NOT NULL,
  key          TEXT NOT NULL
);
INSERT INTO rekeyed (complaint_id, old_id, key)
  SELECT c.id, c.customer_id,
         CASE WHEN coalesce(c.customer_email, '') <> '' THEN 'email:' || redress_fold(c.customer_email)
              WHEN coalesce(c.customer_member_id, '') <> '' THEN 'member:' || redress_fold(c.customer_member_id)
              ELSE 'name:' || redress_fold(c.customer_name) END
  FROM complaints AS c;

CREATE TEMP TABLE kept (
  key TEXT PRIMARY KEY,
  id  INTEGER NOT NULL
);
INSERT INTO kept (key, id) SELECT key, min(old_id) FROM rekeyed GROUP BY key;
CREATE INDEX temp.kept_id ON kept (id);

-- The customers that complaints of other rows join.
CREATE TEMP TABLE merged AS
  SELECT DISTINCT k.id FROM rekeyed AS r JOIN kept AS k ON k.key = r.key WHERE r.old_id <> k.id;

UPDATE complaints SET customer_id = (SELECT k.id FROM rekeyed AS r JOIN kept AS k ON k.key = r.key
                                     WHERE r.complaint_id = complaints.id)
  WHERE id IN (SELECT r.complaint_id FROM rekeyed AS r JOIN kept AS k ON k.key = r.key
               WHERE r.old_id <> k.id);

DELETE FROM customers
  WHERE id IN (SELECT old_id FROM rekeyed) AND id NOT IN (SELECT id FROM kept);

-- New keys in two steps, so that no key is ever held by two rows on the way.
UPDATE customers SET identity_key = '#' || id
  WHERE id IN (SELECT k.id FROM kept AS k WHERE k.key <> customers.identity_key);
UPDATE customers SET identity_key = (SELECT k.key FROM kept AS k WHERE k.id = customers.id)
  WHERE identity_key = '#' || id;

UPDATE customers SET
  name = (SELECT c.customer_name FROM complaints AS c WHERE c.customer_id = customers.id
          ORDER BY c.id LIMIT 1),
  email = (SELECT c.customer_email FROM complaints AS c WHERE c.customer_id = customers.id
           AND c.customer_email IS NOT NULL ORDER BY c.id LIMIT 1),
  phone = (SELECT c.customer_phone FROM complaints AS c WHERE c.customer_id = customers.id
           AND c.customer_phone IS NOT NULL ORDER BY c.id LIMIT 1),
  member_id = (SELECT c.customer_member_id FROM complaints AS c WHERE c.customer_id = customers.id
               AND c.customer_member_id IS NOT NULL ORDER BY c.id LIMIT 1),
  language = (SELECT c.customer_language FROM complaints AS c WHERE c.customer_id = customers.id
              AND c.customer_language IS NOT NULL ORDER BY c.id LIMIT 1),
  preferred_channel = (SELECT c.customer_preferred_channel FROM complaints AS c
                       WHERE c.customer_id = customers.id
                       AND c.customer_preferred_channel IS NOT NULL ORDER BY c.id LIMIT 1),
  first_seen_at = (SELECT min(c.received_at) FROM complaints AS c WHERE c.customer_id = customers.id)
  WHERE id IN (SELECT id FROM merged);

UPDATE customers SET name_key = redress_fold(name);

DROP TABLE temp.merged;
DROP TABLE temp.kept;
DROP TABLE temp.rekeyed;

-- Names are looked up folded now; the index of exact names has no query left.
DROP INDEX customers_name;
CREATE INDEX customers_name_key ON customers(name_key);

-- 2. The search index (`redress search`): one row per complaint, kept in the transaction of
--    every write that changes a complaint's texts, and checked by `redress verify`.
--      rowid       received_at << 29 | complaint id: in rowid order, a search reads matches
--                  newest received first and stops after the ones it shows
--      summary, details, root_cause   the complaint's, as the projection holds them ('' for none)
--      notes       the texts of its events (`personal` keys text, note, reason, comment: notes,
--                  acknowledgement and resolution notes, reasons, follow-up comments) in event
--                  order, one a line
--    Personal text: an erasure removes the complaint's row. FTS5 keeps its words in segments
--    that later merges rewrite ('optimize' rewrites them all).
--    tokenize 'redress': words folded, ideographic runs as overlapping pairs (util/words.hpp).
--    columnsize = 0: no per-row sizes, which only bm25() ranking reads; search does not rank so.
CREATE VIRTUAL TABLE search_index USING fts5(
  summary, details, root_cause, notes,
  tokenize = 'redress',
  columnsize = 0
);

INSERT INTO search_index (rowid, summary, details, root_cause, notes)
  SELECT (c.received_at << 29) | c.id, c.summary, coalesce(c.details, ''), coalesce(c.root_cause, ''),
         coalesce((SELECT group_concat(j.value, char(10))
                   FROM events AS e, json_each(e.personal) AS j
                   WHERE e.complaint_id = c.id AND j.key IN ('text', 'note', 'reason', 'comment')
                     AND j.type = 'text'), '')
  FROM complaints AS c;

INSERT INTO search_index (search_index) VALUES ('optimize');
