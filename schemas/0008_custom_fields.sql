-- 0008_custom_fields.sql — custom fields: what a business records beside the built-in fields.
--
-- The policy declares fields (`[fields.order_number] type = "text"`, also integer, decimal,
-- date and choice); `import --keep-unmapped` keeps a file's other columns as text fields.
-- Values are canonical text (lib/ledger/fields.hpp), one JSON object per complaint, keyed by
-- the field's name: {"order_number": "A-1234", "quantity": "3"}.
--   fields           the values that are facts; events carry them in `data` (`fields`)
--   personal_fields  the values that are personal text (a field with `personal = true`, and
--                    every column an import kept): events carry them in `personal`, so an
--                    erasure can blank them here and there alike
ALTER TABLE complaints ADD COLUMN fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields));
ALTER TABLE complaints ADD COLUMN personal_fields TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(personal_fields));

-- The complaints that have any field: an export names every field of the ledger in its header
-- before its first row, and reads only these to find them. Same condition, written the same way,
-- as the store's query (store/sqlite/complaints_table.cpp), or SQLite does not use it.
CREATE INDEX complaints_with_fields ON complaints(id)
  WHERE fields <> '{}' OR personal_fields <> '{}';
