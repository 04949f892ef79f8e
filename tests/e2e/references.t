References: the full form, or just the number within this year
===============================================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --channel email --category delivery --summary "Kotač" --at "2026-11-02 09:30"
  CMP-2026-00001
  $ redress file -q --customer "Ivo" --channel email --category delivery --summary "Zvono" --at "2025-12-30 09:30"
  CMP-2025-00001
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["reference"])'
  CMP-2026-00001
  $ redress show cmp-2025-1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["reference"])'
  CMP-2025-00001

A shop renames its prefix. Complaints filed before keep their references; `show 1` still finds
this year's number 1, and the numbers go on without a gap under the new prefix.

  $ sed -i 's/^reference_prefix = "CMP"/reference_prefix = "BIKE"/' .redress/policy.toml
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["reference"])'
  CMP-2026-00001
  $ redress -q ack 1 --at "2026-11-02 10:00"
  $ redress show CMP-2026-00001 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["status"])'
  acknowledged
  $ redress file -q --customer "Ana" --channel email --category delivery --summary "Lanac" --at "2026-11-03 09:30"
  BIKE-2026-00002
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["reference"])'
  BIKE-2026-00002
  $ redress show BIKE-2026-00001
  redress: error: no complaint BIKE-2026-00001 in this ledger
  [3]
  $ redress show 7
  redress: error: no complaint BIKE-2026-00007 in this ledger
  [3]
  $ redress show 1x
  redress: error: '1x' is not a reference; give a reference such as BIKE-2026-00042, or just its number within this year
  [2]
  $ redress -q verify
