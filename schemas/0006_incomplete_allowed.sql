-- 0006_incomplete_allowed.sql — whether a complaint was filed without what its category
-- requires (`file --allow-incomplete`, `import --allow-incomplete`).
--
-- The first event of every complaint has always recorded it (`incomplete_allowed` in its data);
-- the projection now carries it too, so that an export says it and an import of that export
-- files the complaint again without asking for the flag. 1 = filed incomplete on purpose.
ALTER TABLE complaints ADD COLUMN incomplete_allowed INTEGER NOT NULL DEFAULT 0
  CHECK (incomplete_allowed IN (0, 1));

UPDATE complaints SET incomplete_allowed = coalesce(
  (SELECT CASE json_extract(e.data, '$.incomplete_allowed') WHEN 1 THEN 1 ELSE 0 END
   FROM events AS e WHERE e.complaint_id = complaints.id ORDER BY e.id LIMIT 1), 0);
