An older ledger opens, migrates, and loses nothing
=================================================

tests/data/ledger-v2 is a ledger that redress wrote at schema version 2 (its README says
what it holds). Opening it migrates it to the current schema in one transaction.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ mkdir .redress && cp "$REDRESS_SOURCE"/tests/data/ledger-v2/ledger.db "$REDRESS_SOURCE"/tests/data/ledger-v2/policy.toml .redress/
  $ chmod 600 .redress/*
  $ sqlite3 .redress/ledger.db "PRAGMA user_version"
  2
  $ redress verify | grep -v '^chain'
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  projections  ok: 4 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  $ sqlite3 .redress/ledger.db "PRAGMA user_version; SELECT count(*), count(text) FROM policies"
  12
  1|0

Each complaint now shows the customer details it was filed with: complaint 1 has no phone and
its own name; complaint 2 keeps its. They are still one person.

  $ customer() { redress show "$1" --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin)["customer"]; print(c["name"], c["email"], c["phone"], c["language"])'; }
  $ customer 1
  Ivana Kovač ivana@example.hr None hr
  $ customer 2
  Ivana Horvat IVANA@example.hr +385 91 555 0101 None
  $ redress list --customer ivana@example.hr --format tsv | cut -f1,5
  reference\tcustomer_name (esc)
  CMP-2026-00001\tIvana Kovač (esc)
  CMP-2026-00002\tIvana Horvat (esc)

Complaint 3 was reopened before version 4: its events restarted the resolve clock in place, and
it reads as they say. The confidential complaint 4 was filed incomplete on purpose, which its
first event recorded and the projection now carries.

  $ redress show 3 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["resolve_sla"], c["reopened_at"])'
  met None
  $ redress show 4 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["confidential"], c["incomplete_allowed"])'
  True True

The migrated ledger goes on: a new filing under the same policy, a reopen with the new rules.

  $ redress file -q --customer "Ivana Kovač" --email ivana@example.hr --channel email --category delivery --summary "Opet" --at "2026-11-19 09:00"
  CMP-2026-00005
  $ redress -q reopen 1 --reason "Kotač opet" --at "2026-11-19 10:00"
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["resolve_sla"], c["reopened_at"], c["reopen_resolve_sla"])'
  met 2026-11-19T09:00:00Z running
  $ sqlite3 .redress/ledger.db "SELECT count(*), count(text) FROM policies"
  1|0
  $ redress -q verify

Version 12 puts custom field values into the search index. tests/data/ledger-v9 was written at
version 9 with fields on two of its three complaints (its README lists them): opening it builds
the index again, and `search` finds an order number, a branch and a personal field set later by
`change --field`, folded like any text (`simic` finds `Šimić`).

  $ mkdir v9 && cd v9 && mkdir .redress
  $ cp "$REDRESS_SOURCE"/tests/data/ledger-v9/ledger.db "$REDRESS_SOURCE"/tests/data/ledger-v9/policy.toml .redress/ && chmod 600 .redress/*
  $ sqlite3 .redress/ledger.db "PRAGMA user_version"
  9
  $ hits() { redress search "$@" --format json | $PYTHON -c 'import json,sys; [print(h["complaint"]["reference"], h["match"]["field"], h["match"]["snippet"]) for h in json.load(sys.stdin)]'; }
  $ hits A-1234
  CMP-2026-00001 fields A-1234
  $ hits split
  CMP-2026-00001 fields Split
  $ hits simic
  CMP-2026-00002 fields Ana Šimić
  $ hits kotac
  CMP-2026-00001 summary Kotač savijen pri dostavi
  $ sqlite3 .redress/ledger.db "PRAGMA user_version"
  12
  $ redress verify | grep -E '^(projections|search)'
  projections  ok: 3 complaints rebuilt from their events
  search       ok: the search index holds every complaint's texts and their words

A field changed afterwards is found by its new value only:

  $ redress -q change 1 --field order_number=C-7777
  $ hits A-1234
  $ hits C-7777
  CMP-2026-00001 fields C-7777
  $ redress -q verify
