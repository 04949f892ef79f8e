-- 0003_customer_details_per_complaint.sql — each complaint keeps the customer details it was
-- filed with.
--
-- Until now a complaint showed its customer through the `customers` row, which a later filing
-- by the same person (same email, member id or name) fills in: a phone number appeared on a
-- complaint never filed with one. Each complaint now holds the details it was filed with (the
-- first event's personal text holds the same, and `redress verify` compares them); the
-- `customers` row stays the person's record, recognised by identity_key, and verify rebuilds it
-- from the complaints that point to it.
--
-- All personal, blanked by an erasure like the other personal columns.
ALTER TABLE complaints ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE complaints ADD COLUMN customer_email TEXT;
ALTER TABLE complaints ADD COLUMN customer_phone TEXT;
ALTER TABLE complaints ADD COLUMN customer_member_id TEXT;
ALTER TABLE complaints ADD COLUMN customer_preferred_channel TEXT; -- a channel from the policy

-- Filled from each complaint's first event (`filed` or `imported`), whose personal text holds
-- the customer as given: {"customer": {"name", "email", "phone", "member_id", "language",
-- "preferred_channel"}, ...}.
UPDATE complaints SET
  customer_name = coalesce((SELECT json_extract(e.personal, '$.customer.name') FROM events AS e
                            WHERE e.complaint_id = complaints.id ORDER BY e.id LIMIT 1), ''),
  customer_email = (SELECT json_extract(e.personal, '$.customer.email') FROM events AS e
                    WHERE e.complaint_id = complaints.id ORDER BY e.id LIMIT 1),
  customer_phone = (SELECT json_extract(e.personal, '$.customer.phone') FROM events AS e
                    WHERE e.complaint_id = complaints.id ORDER BY e.id LIMIT 1),
  customer_member_id = (SELECT json_extract(e.personal, '$.customer.member_id') FROM events AS e
                        WHERE e.complaint_id = complaints.id ORDER BY e.id LIMIT 1),
  customer_preferred_channel = (SELECT json_extract(e.personal, '$.customer.preferred_channel')
                                FROM events AS e WHERE e.complaint_id = complaints.id
                                ORDER BY e.id LIMIT 1);
