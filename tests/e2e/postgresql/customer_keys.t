Corrected and merged customers on PostgreSQL
============================================

tests/e2e/customers.t runs on PostgreSQL too (e2e.postgresql.customers), up to the part that
tampers with the SQLite file. Here the same tampering on a PostgreSQL ledger, as its owner:
`verify` rebuilds the customers from the events, and customer_keys' own triggers refuse what
neither a correction, a merge nor an erasure does.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_PG_URL" -c "CREATE DATABASE customers"
  $ URL=${REDRESS_TEST_PG_URL/\/postgres\?//customers?}
  $ sql() { env -u LD_PRELOAD psql -X -q -A -t -v ON_ERROR_STOP=1 "$URL" -c "$1" 2>&1 | { grep -v '^CONTEXT' || true; }; }
  $ redress init -q --store "$URL"
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-10 16:30"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --member-id M-1001 --channel phone --category delivery \
  >   --summary "配達が遅れた" --at "2026-11-13 10:00"
  CMP-2026-00002
  $ redress file -q --customer "Yamada Taro" --email taro@example.jp --channel email --category service \
  >   --summary "店員の態度が悪い" --at "2026-11-15 09:15"
  CMP-2026-00003
  $ redress customer update 1 --email iva.horvat@example.hr --complaints all
  customer #1: corrected email; the details of 1 complaint (CMP-2026-00001)
  $ redress customer merge 3 2 | head -1
  customer #3 merged into #2: 1 complaint moved (CMP-2026-00003); the record took email
  $ redress list --customer IVA.HORVAT@example.hr | cut -f1
  reference
  CMP-2026-00001
  $ redress list --customer taro@example.jp | cut -f1
  reference
  CMP-2026-00002
  CMP-2026-00003
  $ sql "SELECT id, merged_into FROM customers ORDER BY id"
  1|
  2|
  3|2
  $ sql "SELECT customer_id FROM customer_keys"
  1
  $ redress -q verify && echo clean
  clean

A key given to someone else, a key rewritten or removed: refused by the database itself.

  $ sql "UPDATE customer_keys SET customer_id = 2"
  ERROR:  customer keys change only by a merge
  $ sql "UPDATE customer_keys SET identity_key = 'x'"
  ERROR:  customer keys change only by a merge
  $ sql "DELETE FROM customer_keys"
  ERROR:  customer keys are removed only by an erasure
  $ sql "TRUNCATE customer_keys"
  ERROR:  customer keys are append-only

What the owner may still change behind redress's back is found by verify (exit 7) and can be
put back:

  $ sql "UPDATE customers SET phone = '+385 1 000 0000' WHERE id = 1"
  $ redress verify -q
  redress: error: customer #1: phone in the customers table differs from what their complaints' events say; keep this copy for investigation and restore the last good backup
  [7]
  $ sql "UPDATE customers SET phone = NULL WHERE id = 1"
  $ sql "UPDATE customers SET merged_into = NULL WHERE id = 3"
  $ redress verify -q
  redress: error: customer #3: merged_into in the customers table differs from what their complaints' events say; keep this copy for investigation and restore the last good backup
  [7]
  $ sql "UPDATE customers SET merged_into = 2 WHERE id = 3"
  $ redress -q verify && echo clean
  clean

An erasure of the person removes their keys (the trigger lets it, once their row is blanked),
and blanks the record merged into theirs:

  $ redress customer erase 1 --reason "zahtjev za brisanje" >/dev/null 2>&1
  $ sql "SELECT count(*) FROM customer_keys"
  0
  $ sql "SELECT id, name = '', identity_key FROM customers WHERE id = 1"
  1|t|erased:1
  $ redress -q verify && echo clean
  clean
