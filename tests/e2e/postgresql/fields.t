Custom field values on PostgreSQL: searched and listed folded
=============================================================

The search index of a PostgreSQL ledger holds the complaints' field values as SQLite's does
(schemas/postgresql/0002), and `list --field` compares them folded.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_PG_URL" -c "CREATE DATABASE fields"
  $ "$REDRESS_REAL" init -q
  $ cat >>.redress/policy.toml <<'TOML'
  > 
  > [fields.order_number]
  > type = "text"
  > 
  > [fields.store_contact]
  > type = "text"
  > personal = true
  > TOML
  $ cp .redress/policy.toml policy.toml && rm -r .redress
  $ redress init -q --store "${REDRESS_TEST_PG_URL/\/postgres\?//fields?}" --policy policy.toml
  $ redress file -q --customer "Ivana Horvat" --channel email --category delivery --summary "Kotač oštećen" \
  >   --field order_number=A-1234 --field "store_contact=Ana Kovač"
  CMP-2026-00001
  $ redress file -q --customer "مریم احمدی" --channel web --category service --summary "دو بار برداشت شد" \
  >   --field order_number=B-9876
  CMP-2026-00002

Found by a field value, folded, and only there:

  $ redress search kovac --format json | $PYTHON -c 'import json,sys; [print(h["complaint"]["reference"], h["match"]["field"], h["match"]["snippet"]) for h in json.load(sys.stdin)]'
  CMP-2026-00001 fields Ana Kova\xc4\x8d (esc)
  $ redress search b-9876 --format tsv | cut -f1
  reference
  CMP-2026-00002
  $ redress list --field "store_contact=ana kovac" --format tsv | cut -f1
  reference
  CMP-2026-00001
  $ redress list --field order_number=b-9876 --format tsv | cut -f1
  reference
  CMP-2026-00002
  $ redress list --field order_number=A-12 --format tsv | cut -f1
  reference

A correction of a field's value is found at once, the old one no more:

  $ redress amend -q 2 --reason "typo" --field order_number=B-9877
  $ redress search b-9876 --format tsv | cut -f1
  reference
  $ redress search b-9877 --format tsv | cut -f1
  reference
  CMP-2026-00002
  $ redress list --field order_number=b-9877 --format tsv | cut -f1
  reference
  CMP-2026-00002
  $ redress -q verify && echo clean
  clean
