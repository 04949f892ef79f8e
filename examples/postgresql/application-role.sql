-- The rights an application role needs to use a redress ledger, and no more: it files and
-- handles complaints but cannot rewrite or delete the record (docs/postgresql.md). Run it as
-- the ledger's owner (the role that ran `redress init --store`) in the ledger's database:
--
--   psql -v role=clerk -f application-role.sql postgresql://owner@db.example.org/complaints
--
-- and let staff connect as that role (`redress init --join postgresql://clerk@...`). Events and
-- the recorded policies take INSERT only (their triggers refuse changes even to the owner), but
-- for the personal text of events, which an erasure blanks (its trigger allows nothing else);
-- complaints, customers and reference counters are never deleted; only the owner can drop or
-- disable a trigger. After `redress upgrade`, run it again: a new table needs its rights.
GRANT USAGE ON SCHEMA public TO :"role";
GRANT SELECT ON meta TO :"role";
GRANT SELECT, INSERT ON events, policies, policy_settings TO :"role";
GRANT UPDATE (personal) ON events TO :"role";
GRANT SELECT, UPDATE ON chain_head TO :"role";
GRANT SELECT, INSERT, UPDATE ON complaints, customers, reference_sequences TO :"role";
-- A customer's keys: a merge moves them (customer_id only) and an erasure removes them; their
-- triggers refuse anything else (schemas/postgresql/0002_customers_and_fields.sql).
GRANT SELECT, INSERT, DELETE ON customer_keys TO :"role";
GRANT UPDATE (customer_id) ON customer_keys TO :"role";
GRANT SELECT, INSERT, UPDATE, DELETE ON message_claims, search_documents, search_words, evidence_files
  TO :"role";
