-- 0011_customer_corrections.sql — a person's record can be corrected and two records of one
-- person merged (`redress customer update`, `redress customer merge`).
--
-- Both are events like every other change (`customer_updated`, `customer_merged`, appended to
-- each complaint of the person they concern), and `redress verify` rebuilds the customers
-- table from the events: the filings, then the corrections and merges in event order.
--
-- customers.merged_into  the customer this record was merged into (NULL: a record of its own).
--                        A merged row stays, so that its id and identity_key keep naming the
--                        person: a later filing recognised by its key is the other record's, and
--                        `customer show` of its id shows where it went. Its complaints point to
--                        merged_into. An erasure of the person blanks this row with theirs
--                        (name, contacts, keys); the number stays, as the customer_merged
--                        events that the chain covers hold it too.
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);

-- More keys a person is recognised by, besides their row's identity_key: the keys their
-- corrected details give (an updated email is 'email:<folded new email>') and those of the
-- records merged into them. A filing whose key is here is that customer's. The same rule as
-- identity_key (lib/ledger/identity.hpp); a key is never held by two records.
--   identity_key   a keyed digest like customers.identity_key since 0010: HMAC-SHA256 (hex)
--                  under meta.digest_key of 'email:<folded email>', 'member:...' or 'name:...'.
--                  Never the text: no key column holds a name or address.
--   customer_id    the customer it recognises (never a merged one); an erasure of that
--                  customer deletes their rows here.
-- This migration adds no keys: only `customer update` and `customer merge`, which come after it,
-- write them, in the digest form (redress_hmac in SQL, ledger/identity.hpp in C++).
CREATE TABLE customer_keys (
  identity_key TEXT PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers(id)
) STRICT;

CREATE INDEX customer_keys_customer ON customer_keys(customer_id);
