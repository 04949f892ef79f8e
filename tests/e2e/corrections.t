Corrections: amend and undo, worked out by hand
================================================

Default policy (Mon-Fri 09:00-12:30 and 13:00-17:00, Europe/Zagreb; `high` is 2h to
acknowledge and 3d to resolve). Now is Friday 2026-11-20 12:00 local.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ state() { redress show "$1" --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); c.pop("events", None); print(json.dumps(c, sort_keys=True))'; }
  $ ledger() { sqlite3 .redress/ledger.db .dump | sha256sum; }

amend
-----

Filed Monday 16:30 as high: acknowledge by Tuesday 10:30, resolve by Thursday 16:30. It really
came in an hour earlier, at 15:30: the acknowledge clock then runs 15:30-17:00 Monday (1h30)
and 30 minutes on Tuesday, due 09:30; the resolve clock three business days on, Thursday 15:30.

  $ redress file --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --severity high --summary "Bicikl isporučen s oštećenim kotačom" --at "2026-11-16 16:30"
  CMP-2026-00001
  acknowledge by  2026-11-17 10:30  (2h)
  resolve by      2026-11-19 16:30  (3d)
  $ redress amend 1 --received-at "2026-11-16 15:30" --summary "Bicikl isporučen s oštećenim kotačem" \
  >   --channel phone --reason "upisano s pogrešnog obrasca"
  CMP-2026-00001: new, amended; acknowledge due 2026-11-17 09:30; resolve due 2026-11-19 15:30
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["received_at"], c["channel"], c["summary"]); e=c["events"][-1]; print(e["type"], e["details"]["reason"], json.dumps(e["details"]["from"], sort_keys=True, ensure_ascii=False))'
  2026-11-16T14:30:00Z phone Bicikl isporučen s oštećenim kotačem
  amended upisano s pogrešnog obrasca {"channel": "email", "received_at": "2026-11-16T15:30:00Z", "summary": "Bicikl isporučen s oštećenim kotačom"}

The old summary is personal text: the timeline names it, and does not repeat it.

  $ COLUMNS=200 redress show 1 | tail -3
    at                event    by   details
    2026-11-16 16:30  filed    ana
    2026-11-20 12:00  amended  ana  channel email -> phone; received_at 2026-11-16T15:30:00Z -> 2026-11-16T14:30:00Z; summary corrected; upisano s pogrešnog obrasca

Refusals leave the ledger exactly as it was: nothing to amend (2), the same values (4), a
receipt in the future (5), an unknown channel (4), no reason (2).

  $ before=$(ledger)
  $ redress amend 1 --reason x
  redress: error: nothing to amend; give --summary, --details, --product, --channel, --received-at or --field
  [2]
  $ redress amend 1 --channel phone --reason x
  redress: error: CMP-2026-00001 already has those values; nothing was amended
  [4]
  $ redress amend 1 --received-at "2026-11-21 09:00" --reason x
  redress: error: --received-at 2026-11-21 09:00:00 is in the future; give the time the complaint was really received
  [5]
  $ redress amend 1 --channel fax --reason x
  redress: error: unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  [4]
  $ redress amend 1 --summary x 2>&1 | head -1
  redress: error: --reason is required; run 'redress amend --help'
  $ [ "$(ledger)" = "$before" ] && echo unchanged
  unchanged

undo, across every step
-----------------------

Each step below is taken and undone: the complaint must read exactly as it did before the
step (every field, both clocks). `check` records the state, runs the step, undoes it, and
compares.

  $ check() { local ref=$1; shift; state "$ref" >before.json; "$@" >/dev/null || return; redress undo "$ref" --reason "greška" >/dev/null || return; state "$ref" >after.json; cmp -s before.json after.json && echo same || diff before.json after.json; }
  $ redress file -q --customer "佐藤 花子" --channel web --category delivery --severity high --summary "配達が遅れた"
  CMP-2026-00002
  $ check 2 redress ack 2 --note "連絡しました"
  same
  $ redress ack 2 -q
  $ check 2 redress assign 2 --to "Marko Marić"
  same
  $ redress assign 2 -q --to "Marko Marić"
  $ check 2 redress note 2 "Nazvali smo kupca" --visible
  same
  $ check 2 redress wait 2 --reason "Čekamo fotografije"
  same
  $ redress wait 2 -q
  $ check 2 redress resume 2 --reason "Stigle"
  same
  $ redress resume 2 -q
  $ check 2 redress escalate 2 --reason "Kupac je ljut"
  same
  $ check 2 redress change 2 --severity low --category service
  same
  $ check 2 redress amend 2 --summary "配達が三日遅れた" --reason "詳細"
  same
  $ printf '%%PDF-1.4 invoice\n' >invoice.pdf
  $ check 2 redress attach 2 invoice.pdf
  same
  $ check 2 redress resolve 2 --outcome refund --amount 25.00 --root-cause "Kurir"
  same
  $ redress resolve 2 -q --outcome refund --amount 25.00
  $ check 2 redress followup 2 --score 4
  same
  $ check 2 redress close 2
  same
  $ redress close 2 -q
  $ check 2 redress reopen 2 --reason "Opet"
  same
  $ redress file -q --customer "مریم احمدی" --channel web --category service --summary "برداشت دوباره"
  CMP-2026-00003
  $ check 3 redress reject 3 --reason "Nije pritužba"
  same
  $ check 3 redress withdraw 3 --reason "Povukla"
  same

Undo steps back one step at a time, skipping what is undone already: after acknowledging and
assigning complaint 3, two undos leave it new and unacknowledged, and a third has nothing left.

  $ redress ack 3 -q && redress assign 3 -q --to "Ana"
  $ redress undo 3 --reason "pogrešan predmet"
  CMP-2026-00003: acknowledged, last step undone
  $ redress undo 3 --reason "pogrešan predmet"
  CMP-2026-00003: new, last step undone
  $ before=$(ledger)
  $ redress undo 3 --reason "još jednom"
  redress: error: nothing to undo: CMP-2026-00003 has no step since it was filed; a complaint filed by mistake is withdrawn or rejected, with a reason
  [4]
  $ [ "$(ledger)" = "$before" ] && echo unchanged
  unchanged

A settled outcome reverts only with the step that settled it: undoing a note after the
acknowledgement leaves the acknowledge clock met.

  $ redress ack 3 -q && redress note 3 -q "bilješka"
  $ redress undo 3 --reason x -q
  $ redress show 3 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["status"], c["acknowledge_sla"])'
  acknowledged met

The timeline keeps everything: the undone step and the `undone` event naming it.

  $ redress show 3 | tail -3
    2026-11-20 12:00  acknowledged  ana
    2026-11-20 12:00  noted         ana  bilješka
    2026-11-20 12:00  undone        ana  undoes noted (event 46); x

A closed complaint is amended only with --force; refused, nothing changes.

  $ before=$(ledger)
  $ redress amend 2 --product "Bicikl" --reason x
  redress: error: cannot amend CMP-2026-00002: it is closed; reopen it first, or amend it closed with --force
  [4]
  $ [ "$(ledger)" = "$before" ] && echo unchanged
  unchanged
  $ redress amend 2 --product "Bicikl" --reason x --force
  CMP-2026-00002: closed, amended

Every event, `amended`, `undone` and `attached` included, has the documented shape: 2 for
complaint 1; 34 for complaint 2 (its filing, 13 steps each taken and undone, the 6 kept: ack,
assign, wait, resume, resolve, close, and the forced amendment); 12 for complaint 3.

  $ redress export --events --format json --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" event
  48 valid
  $ redress show 2 --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint
  1 valid

Every check passes; the invoice attached (and undone) is still kept and matches its digest.

  $ redress verify | grep -v '^chain'
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  projections  ok: 3 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  evidence     ok: 1 stored file matches its digest
