redress init: creating a ledger
================================

Every transcript starts in a fresh folder. The clock is fixed so that output is stable.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana

Outside a ledger, commands say how to create one (exit 3):

  $ redress list
  redress: error: no redress ledger here or in any parent folder; run 'redress init' to create one here, or pass --ledger PATH
  [3]

`init` creates `.redress/` with the database (owner-only) and a commented policy:

  $ redress init
  Created a redress ledger in */.redress (glob)
  Review the rules in */.redress/policy.toml (redress policy check validates them), (glob)
  then record a complaint with 'redress file'.
  $ ls -A .redress
  ledger.db
  policy.toml
  templates
  $ stat -c %a .redress/ledger.db
  600
  $ grep -c '^#' .redress/policy.toml
  12
  $ redress policy check -q && echo valid
  valid

A second `init` refuses and changes nothing:

  $ sum .redress/ledger.db .redress/policy.toml > before
  $ redress init
  redress: error: a ledger already exists in */.redress; nothing was changed (glob)
  [4]
  $ sum .redress/ledger.db .redress/policy.toml | diff before - && echo unchanged
  unchanged

`init DIR` creates the ledger elsewhere; `--policy` starts from a policy file, which must be
valid first:

  $ redress init -q shop --policy "$REDRESS_SOURCE/examples/policies/acme-bikes.toml"
  $ redress --ledger shop file -q --customer "Ivana Horvat" --channel email --category delivery --summary "Kotač savijen"
  ACME-2026-00001
  $ printf 'channels = ["phone"]\n' > broken.toml
  $ redress init clinic --policy broken.toml
  redress: error: broken.toml:1:1: missing key 'ledger' in the policy
  redress: error: broken.toml:1:1: missing key 'outcomes' in the policy
  redress: error: broken.toml:1:1: missing key 'severity' in the policy
  redress: error: broken.toml:1:1: missing key 'category' in the policy
  [5]
  $ ls clinic
  ls: cannot access 'clinic': No such file or directory
  [2]
  $ redress init nowhere --policy missing.toml
  redress: error: cannot read policy file 'missing.toml': no such file
  [3]

The database is marked as a redress ledger, so other SQLite files are refused:

  $ sqlite3 .redress/ledger.db 'PRAGMA application_id'
  1380209235
  $ mkdir -p other/.redress && cp .redress/policy.toml other/.redress/
  $ sqlite3 other/.redress/ledger.db 'CREATE TABLE notes (x)'
  $ redress --ledger other list
  redress: error: */other/.redress/ledger.db is not a redress ledger (glob)
  [1]
