Finding the ledger
==================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q shop
  $ mkdir -p shop/archive/2026 elsewhere

Walking up from a subfolder, like git:

  $ cd shop/archive/2026 && redress file -q --customer "Ana" --channel phone --category delivery --summary "late" && cd - >/dev/null
  CMP-2026-00001

`--ledger` takes the folder, the `.redress` folder or the database file:

  $ redress --ledger shop list --format tsv | cut -f1,2
  reference\tstatus (esc)
  CMP-2026-00001\tnew (esc)
  $ redress --ledger shop/.redress list --format tsv | cut -f1 | tail -1
  CMP-2026-00001
  $ redress --ledger shop/.redress/ledger.db list --format tsv | cut -f1 | tail -1
  CMP-2026-00001

`$REDRESS_LEDGER` when there is no `--ledger`:

  $ cd elsewhere && REDRESS_LEDGER=../shop redress list --format tsv | cut -f1 | tail -1 && cd - >/dev/null
  CMP-2026-00001

A path that holds no ledger is "not found":

  $ redress --ledger elsewhere list
  redress: error: no ledger at elsewhere (from --ledger); run 'redress init elsewhere' to create one
  [3]
  $ REDRESS_LEDGER=/nonexistent redress list
  redress: error: no ledger at /nonexistent (from $REDRESS_LEDGER); run 'redress init /nonexistent' to create one
  [3]
