The lifecycle of one complaint, worked out by hand
==================================================

Default policy: Mon-Fri 09:00-12:30 and 13:00-17:00, Europe/Zagreb. `high` is 2h to
acknowledge and 3d to resolve; `normal` 4h and 5d. Now is Friday 2026-11-20 12:00 local.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ dues() { redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["status"], c["acknowledge_due_at"], c["acknowledge_sla"], c["resolve_due_at"], c["resolve_sla"])'; }

Filed Monday 16:30, high: acknowledge by Tuesday 10:30 (30 minutes Monday, 90 Tuesday),
resolve by Thursday 16:30 (three business days).

  $ redress file --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --severity high --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-16 16:30"
  CMP-2026-00001
  acknowledge by  2026-11-17 10:30  (2h)
  resolve by      2026-11-19 16:30  (3d)

Acknowledged Tuesday 09:15, before 10:30: met, once and for all.

  $ redress ack 1 --note "Javili smo se kupcu" --at "2026-11-17 09:15"
  CMP-2026-00001: acknowledged; acknowledge target met
  $ redress assign 1 --to "Marko Marić" --at "2026-11-17 10:00"
  CMP-2026-00001: investigating, assigned to Marko Marić (logistics)

Waiting on the customer from Tuesday 11:00 to Wednesday 11:00 is 7h30 of business time
(11:00-12:30, 13:00-17:00, 09:00-11:00). The resolve due time moves by 7h30 of business
time: from Thursday 16:30 to Friday 16:30 (30 minutes Thursday, 7 hours Friday).

  $ redress wait 1 --reason "Zatražene fotografije kotača" --at "2026-11-17 11:00"
  CMP-2026-00001: waiting
  $ dues
  waiting 2026-11-17T09:30:00Z met 2026-11-19T15:30:00Z paused
  $ redress resume 1 --reason "Fotografije stigle" --at "2026-11-18 11:00"
  CMP-2026-00001: investigating; resolve due 2026-11-20 16:30

Reclassified to normal on Wednesday 12:00: the resolve clock is recomputed from receipt under
5d (Monday 23rd 16:30), then moved by the 7h30 already paused: Tuesday 24th 16:30. The
acknowledge clock was settled and keeps its outcome.

  $ redress change 1 --severity normal --at "2026-11-18 12:00"
  CMP-2026-00001: investigating, normal delivery; resolve due 2026-11-24 16:30
  $ dues
  investigating 2026-11-17T09:30:00Z met 2026-11-24T15:30:00Z running
  $ redress escalate 1 --reason "Kupac nezadovoljan" --at "2026-11-18 12:30"
  CMP-2026-00001: investigating, escalated to level 1 (team-lead)

Resolved Thursday 10:00 with a refund: met. Money is exact.

  $ redress resolve 1 --outcome refund --amount 25.50 --root-cause "Oštećenje u dostavi" \
  >   --note "Povrat 25,50 EUR" --at "2026-11-19 10:00"
  CMP-2026-00001: resolved: refund 25.50 EUR; resolve target met
  $ redress followup 1 --score 4 --comment "Hvala" --at "2026-11-19 15:00"
  CMP-2026-00001: resolved, satisfaction 4/5
  $ redress close 1 --at "2026-11-19 15:05"
  CMP-2026-00001: closed

Reopened Friday 12:00 (now): a second clock starts under the same 5d target, due Friday
27th 12:00. The first resolution keeps its settled outcome (met, due Tuesday 24th 16:30) in
resolve_*, in every report and in the timeline: a settled outcome never changes.

  $ redress reopen 1 --reason "Kotač ponovno puknuo"
  CMP-2026-00001: investigating; reopened due 2026-11-27 12:00
  $ dues
  investigating 2026-11-17T09:30:00Z met 2026-11-24T15:30:00Z met
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["resolved_at"], c["reopened_at"], c["reopen_resolve_due_at"], c["reopen_resolve_sla"])'
  2026-11-19T09:00:00Z 2026-11-20T11:00:00Z 2026-11-27T11:00:00Z running
  $ redress note 1 "Nazvali kupca" --visible
  CMP-2026-00001: investigating, note added (told to the customer)
  $ redress --format table show 1
  CMP-2026-00001  investigating
  received      2026-11-16 16:30 Europe/Zagreb by email
  customer      Ivana Horvat  ivana@example.hr
  category      delivery
  severity      normal
  team          logistics
  assignee      Marko Mari\xc4\x87 (esc)
  escalation    1
  acknowledged  2026-11-17 09:15
  resolved      2026-11-19 10:00
  reopened      2026-11-20 12:00
  summary       Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  outcome       refund
  compensation  25.50 EUR
  root cause    O\xc5\xa1te\xc4\x87enje u dostavi (esc)
  satisfaction  4/5
  
  SLA
    clock        target  due               state    used
    acknowledge  2h      2026-11-17 10:30  met      45m of 2h 00m
    resolve      5d      2026-11-24 16:30  met      9h 00m of 37h 30m
    reopened     5d      2026-11-27 12:00  running  0m of 37h 30m
  
  Timeline
    at                event         by   details
    2026-11-16 16:30  filed         ana
    2026-11-17 09:15  acknowledged  ana  Javili smo se kupcu
    2026-11-17 10:00  assigned      ana  to Marko Mari\xc4\x87 (esc)
    2026-11-17 11:00  waiting       ana  Zatra\xc5\xbeene fotografije kota\xc4\x8da (esc)
    2026-11-18 11:00  resumed       ana  resolve due 2026-11-20 16:30; Fotografije stigle
    2026-11-18 12:00  changed       ana  severity high -> normal; resolve due 2026-11-24 16:30
    2026-11-18 12:30  escalated     ana  level 1 (team-lead); Kupac nezadovoljan
    2026-11-19 10:00  resolved      ana  refund 25.50 EUR; root cause: O\xc5\xa1te\xc4\x87enje u dostavi; Povrat 25,50 EUR (esc)
    2026-11-19 15:00  followed_up   ana  satisfaction 4/5; Hvala
    2026-11-19 15:05  closed        ana
    2026-11-20 12:00  reopened      ana  resolve due 2026-11-27 12:00; Kota\xc4\x8d ponovno puknuo (esc)
    2026-11-20 12:00  noted         ana  Nazvali kupca; (told to the customer)

Refusals name the status and what is allowed (exit 4); bad times and amounts are invalid
input (exit 5); nothing is written:

  $ sqlite3 .redress/ledger.db .dump | md5sum > before
  $ redress close 1
  redress: error: cannot close CMP-2026-00001: it is investigating; allowed from investigating: assign, note, wait, escalate, change, resolve, reject, withdraw, attach, amend, undo
  [4]
  $ redress resolve 1 --outcome refnd
  redress: error: unknown outcome 'refnd'; did you mean 'refund'?
  [4]
  $ redress resolve 1 --outcome refund --amount 25,50
  redress: error: --amount '25,50' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ redress resolve 1 --outcome refund --amount -3
  redress: error: --amount '-3' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ redress resolve 1 --outcome refund --amount 1.005
  redress: error: --amount '1.005' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ redress resolve 1 --outcome refund --amount 100 --currency eur
  redress: error: --currency 'eur' is not an ISO 4217 code; use three capital letters such as EUR, USD or JPY
  [5]
  $ redress escalate 1 --level team-lead
  redress: error: CMP-2026-00001 is already at level 1 (team-lead); escalation only goes up
  [4]
  $ redress escalate 1 --level direktor
  redress: error: unknown escalation level 'direktor'; did you mean 'director'?
  [4]
  $ redress note 1 --at "2026-11-19 09:00" "Too early"
  redress: error: --at 2026-11-19 09:00:00 is before CMP-2026-00001's last event (2026-11-20 12:00:00); steps are recorded in the order they happened
  [5]
  $ redress note 1 --at "2026-11-21 09:00" "In the future"
  redress: error: --at 2026-11-21 09:00:00 is in the future; give the time it really happened
  [5]
  $ redress note 1 ""
  redress: error: the note is empty; give the note TEXT
  [5]
  $ redress change 1 --severity normal
  redress: error: CMP-2026-00001 already has those values; nothing was changed
  [4]
  $ redress change 1
  redress: error: nothing to change; give --severity, --category, --product or --field
  [2]
  $ redress ack 99
  redress: error: no complaint CMP-2026-00099 in this ledger
  [3]
  $ sqlite3 .redress/ledger.db .dump | md5sum | diff before - && echo unchanged
  unchanged

A front-line resolution of a new complaint counts as its acknowledgement; a satisfaction
score is 1 to 5:

  $ redress file -q --customer "山田太郎" --channel phone --category product --summary "ブレーキが効かない" --at "2026-11-20 09:00"
  CMP-2026-00002
  $ redress resolve 2 --outcome replacement --at "2026-11-20 11:00"
  CMP-2026-00002: resolved: replacement; acknowledge target met; resolve target met
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["acknowledged_at"], c["acknowledge_sla"], c["resolved_at"], c["resolve_sla"])'
  2026-11-20T10:00:00Z met 2026-11-20T10:00:00Z met
  $ redress followup 2 --score 6
  redress: error: --score must be a whole number from 1 to 5
  [5]
  $ redress followup 2 --score 0
  redress: error: --score must be a whole number from 1 to 5
  [5]

Acknowledged late (due Monday 13:00), then waiting: the acknowledge clock stays breached,
the resolve clock pauses. Withdrawn on Friday 12:00: that ends the pause, which moves the
resolve due time (Monday 23rd 09:00) by 10h30 of business time (Thursday 7h30, Friday 3h) to
Tuesday 24th 12:00; the withdrawal came before it, so met.

  $ redress file -q --customer "مریم احمدی" --channel web --category product --summary "کیفیت پایین" --at "2026-11-16 09:00"
  CMP-2026-00003
  $ redress ack 3 --at "2026-11-18 09:00"
  CMP-2026-00003: acknowledged; acknowledge target breached
  $ redress wait 3 --at "2026-11-19 09:00"
  CMP-2026-00003: waiting
  $ redress show 3 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["status"], c["acknowledge_sla"], c["resolve_sla"], c["resolve_due_at"])'
  waiting breached paused 2026-11-23T08:00:00Z
  $ redress withdraw 3 --reason "Kupac odustao"
  CMP-2026-00003: withdrawn; resolve target met
  $ redress show 3 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["status"], c["acknowledge_sla"], c["resolve_sla"], c["resolve_due_at"])'
  withdrawn breached met 2026-11-24T11:00:00Z

Filed Monday 09:00 and acknowledged: by Friday 12:00 it has used 33h of 37h30 (88%), at risk.
Resolved Tuesday 10:00: two business days later (Thursday 10:00) its follow-up is due.

  $ redress file -q --customer "Ana Kovač" --channel email --category service --summary "Čekanje na blagajni" --at "2026-11-16 09:00"
  CMP-2026-00004
  $ redress ack 4 --at "2026-11-16 10:00"
  CMP-2026-00004: acknowledged; acknowledge target met
  $ redress file -q --customer "Ivo Babić" --channel letter --category service --summary "Pogrešan račun" --at "2026-11-16 09:00"
  CMP-2026-00005
  $ redress resolve 5 --outcome apology --at "2026-11-17 10:00"
  CMP-2026-00005: resolved: apology; acknowledge target breached; resolve target met

List filters by assignee, team, SLA state and follow-up:

  $ redress list --format tsv --assignee "Marko Marić" | cut -f1
  reference
  CMP-2026-00001
  $ redress list --format tsv --team logistics | cut -f1
  reference
  CMP-2026-00001
  $ redress list --format tsv --breached | cut -f1
  reference
  CMP-2026-00003
  CMP-2026-00005
  $ redress list --format tsv --at-risk | cut -f1
  reference
  CMP-2026-00004
  $ redress list --format tsv --followup-due | cut -f1
  reference
  CMP-2026-00005
  $ redress list --format tsv --breached --limit 1 | cut -f1
  reference
  CMP-2026-00003
