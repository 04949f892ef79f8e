-- 0012_search_fields.sql — `redress search` finds custom field values too.
--
-- The search index (0007) gains a column `fields`: every custom field value of the complaint
-- (facts and personal text), in field name order, one a line, as lib/ledger/fields.cpp
-- field_search_text() writes it. FTS5 tables cannot gain a column, so the index is built again,
-- by 0007's rules for the other columns. Like 0007 this file runs only inside redress (the
-- tokenizer 'redress').
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
  summary, details, root_cause, notes, fields,
  tokenize = 'redress',
  columnsize = 0
);

INSERT INTO search_index (rowid, summary, details, root_cause, notes, fields)
  SELECT (c.received_at << 29) | c.id, c.summary, coalesce(c.details, ''), coalesce(c.root_cause, ''),
         coalesce((SELECT group_concat(j.value, char(10))
                   FROM events AS e, json_each(e.personal) AS j
                   WHERE e.complaint_id = c.id AND j.key IN ('text', 'note', 'reason', 'comment')
                     AND j.type = 'text'), ''),
         coalesce((SELECT group_concat(f.value, char(10))
                   FROM (SELECT key, value FROM json_each(c.fields)
                         UNION ALL
                         SELECT key, value FROM json_each(c.personal_fields)
                         ORDER BY key) AS f), '')
  FROM complaints AS c;

INSERT INTO search_index (search_index) VALUES ('optimize');
