-- postgresql/0002_customers_and_fields.sql — what SQLite ledgers gained in schemas/0011 and 0012:
-- corrected and merged customers (`redress customer update`, `redress customer merge`), and
-- search over custom field values. Same tables, columns and meanings as there; what differs is
-- said where it is. Conventions as in 0001_initial.sql.
--
-- Like 0001, this file records no version itself: whoever applies it (`init --store` for a new
-- ledger, `redress upgrade` for one made by 0001) sets meta.schema_version to 2 in the same
-- transaction, and then runs the step redress does in its own code after this file
-- (lib/store/postgresql/migration_steps.cpp, after_migration(2)): the words of the field
-- values in search_words, and complaints.field_keys, both cut or folded by redress's own code.

-- customers.merged_into  the customer this record was merged into (NULL: a record of its own),
--                        as schemas/0011_customer_corrections.sql: a merged row stays, so that
--                        its id and identity_key keep naming the person; its complaints point
--                        to merged_into. An erasure blanks it with the person's row.
ALTER TABLE customers ADD COLUMN merged_into bigint REFERENCES customers (id);

-- More keys a person is recognised by besides their row's identity_key (schemas/0011): the keys
-- their corrected details give and those of the records merged into them. A key is never held
-- by two records.
--   identity_key  HMAC-SHA256 (hex) under meta.digest_key of 'email:<folded email>',
--                 'member:...' or 'name:...' (lib/ledger/identity.hpp). Never the text.
--   customer_id   the customer it recognises (never a merged one).
-- Append-only but for two things, which its triggers check (docs/postgresql.md): a merge moves
-- the keys of the merged record to the record it was merged into (customer_id only, to the
-- customer the old one's merged_into names), and an erasure removes the keys of a customer
-- whose row it has blanked (identity_key 'erased:<id>'). Nothing else updates or deletes a key,
-- and TRUNCATE is refused.
CREATE TABLE customer_keys (
  identity_key text COLLATE "C" PRIMARY KEY,
  customer_id  bigint NOT NULL REFERENCES customers (id)
);
CREATE INDEX customer_keys_customer ON customer_keys (customer_id);

CREATE FUNCTION customer_keys_merge_or_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.identity_key = OLD.identity_key
       AND EXISTS (SELECT 1 FROM customers AS c WHERE c.id = OLD.customer_id
                   AND c.merged_into = NEW.customer_id) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'customer keys change only by a merge';
  END IF;
  IF EXISTS (SELECT 1 FROM customers AS c WHERE c.id = OLD.customer_id
             AND c.identity_key = 'erased:' || c.id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'customer keys are removed only by an erasure';
END
$$;

CREATE TRIGGER customer_keys_append_only_update BEFORE UPDATE ON customer_keys
  FOR EACH ROW EXECUTE FUNCTION customer_keys_merge_or_erasure();
CREATE TRIGGER customer_keys_append_only_delete BEFORE DELETE ON customer_keys
  FOR EACH ROW EXECUTE FUNCTION customer_keys_merge_or_erasure();
CREATE TRIGGER customer_keys_append_only_truncate BEFORE TRUNCATE ON customer_keys
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('customer keys are append-only');

-- complaints.field_keys  Only here: every custom field's value (fields and personal_fields, by
--                        name) folded by redress (util/fold.hpp), which `list --field` compares
--                        with the folded value asked for (SQLite folds with redress_fold() in
--                        the query). Personal where the field is: written with the row, so an
--                        erasure that blanks personal_fields blanks it too.
ALTER TABLE complaints ADD COLUMN field_keys json NOT NULL DEFAULT '{}';

-- The complaints that have custom fields (as schemas/0008_custom_fields.sql): `list` and
-- `export` read the names of the fields stored beside the policy's, and read only these to find
-- them (lib/store/postgresql/complaints_table.cpp field_names()), so a ledger without fields
-- reads nothing. Same condition, written the same way, as that query, or PostgreSQL does not
-- use it (json has no equality: its text is compared; redress writes '{}' for no fields).
CREATE INDEX complaints_with_fields ON complaints (id)
  WHERE fields::text <> '{}' OR personal_fields::text <> '{}';
-- ... and what lets the planner use it: without statistics on those texts it guesses that
-- nearly every complaint has fields, and reads the whole table once more than a handful do.
-- ANALYZE (autovacuum's, or by hand) fills them.
CREATE STATISTICS complaints_field_texts ON (fields::text), (personal_fields::text) FROM complaints;

-- The search index gains the text of the field values (as schemas/0012_search_fields.sql):
--   search_documents.fields  every custom field's value (facts and personal text), in field
--                            name order, one a line (lib/ledger/fields.cpp field_search_text)
--   search_words.field       4 for a word of `fields`
-- The documents of an older ledger get their field values here, from their complaints (a name
-- in both fields and personal_fields counts once, from fields); their words are redress's to cut
-- (after_migration(2)). An erased complaint has no document, and gets none.
ALTER TABLE search_documents ADD COLUMN fields text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE search_words DROP CONSTRAINT search_words_field_check;
ALTER TABLE search_words ADD CONSTRAINT search_words_field_check CHECK (field BETWEEN 0 AND 4);

UPDATE search_documents AS d SET fields = coalesce((
    SELECT string_agg(f.value, E'\n' ORDER BY f.key COLLATE "C")
    FROM (SELECT DISTINCT ON (a.key COLLATE "C") a.key, a.value
          FROM (SELECT key, value, 0 AS o FROM json_each_text(c.fields)
                UNION ALL
                SELECT key, value, 1 AS o FROM json_each_text(c.personal_fields)) AS a
          ORDER BY a.key COLLATE "C", a.o) AS f), '')
FROM complaints AS c
WHERE c.id = d.complaint_id;
