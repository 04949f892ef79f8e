SLA figures that must not move, each worked out by hand
======================================================

The default policy, Europe/Zagreb, open Mon-Fri 09:00-12:30 and 13:00-17:00, with `normal`
complaints acknowledged within 90 business minutes. Now is Friday 2026-11-20 12:00 local.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=160
  $ redress init -q
  $ sed -i '/^\[severity.normal\]/,/^resolve/ s/^acknowledge = "4h"/acknowledge = "90m"/' .redress/policy.toml
  $ grep -A2 '^\[severity.normal\]' .redress/policy.toml
  [severity.normal]
  acknowledge = "90m"
  resolve = "5d"
  $ clocks() { redress show "$1" --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["acknowledge_due_at"], c["acknowledge_sla"], c["resolve_due_at"], c["resolve_sla"])'; }

Acknowledged while waiting: the wait does not count
--------------------------------------------------

Received Thursday 09:00, acknowledge due 10:30. Waiting on the customer from 09:20;
acknowledged Friday 10:00, still waiting. Of the acknowledge clock, 09:00-09:20 counted
(20 minutes); the wait to Friday 10:00 (Thursday 09:20-12:30 and 13:00-17:00, Friday
09:00-10:00: 8h10m of business time) moves its due time from Thursday 10:30 to Friday 11:10.
Met, 20 minutes used. The resolve clock stays paused.

  $ redress file -q --customer "Mirjana Ćosić" --email mirjana@example.hr --channel email \
  >   --category delivery --summary "Paket oštećen" --at "2026-11-19 09:00"
  CMP-2026-00001
  $ redress -q assign 1 --to "Ana" --at "2026-11-19 09:10"
  $ redress -q wait 1 --reason "Fotografije paketa" --at "2026-11-19 09:20"
  $ redress ack 1 --note "Potvrda primitka" --at "2026-11-20 10:00"
  CMP-2026-00001: waiting; acknowledge target met
  $ clocks 1
  2026-11-20T10:10:00Z met 2026-11-26T08:00:00Z paused
  $ redress --format table show 1 | grep -A3 '^SLA'
  SLA
    clock        target  due               state   used
    acknowledge  90m     2026-11-20 11:10  met     20m of 1h 30m
    resolve      5d      2026-11-26 09:00  paused  20m of 37h 30m
  $ redress report summary --since 2026-11-19 --until 2026-11-20 --format json | $PYTHON -c '
  > import json, sys; d = json.load(sys.stdin)
  > print(d["median_time_to_acknowledge_s"], d["p90_time_to_acknowledge_s"])'
  1200 1200

A change of category to the other clock after a pause
----------------------------------------------------

Two complaints received Friday 13th 10:00, acknowledged 10:30, waiting Friday 16:00 to Monday
09:00: 65 hours of calendar time, 1 hour of business time (Friday 16:00-17:00).

Filed as `regulated` (8 weeks, calendar): due Friday 2027-01-08 10:00, moved by the 65 hours to
Monday 2027-01-11 03:00. Changed to `delivery` (5 business days): due Friday 20th 10:00 from
receipt, moved by the pause as business time counts it, 1 hour: Friday 20th 11:00 (not by 65
business hours).

  $ redress file -q --customer "Davor Kranjčar" --channel phone --category regulated \
  >   --summary "Pogrešna kamata" --at "2026-11-13 10:00"
  CMP-2026-00002
  $ redress -q ack 2 --at "2026-11-13 10:30"
  $ redress -q wait 2 --at "2026-11-13 16:00"
  $ redress resume 2 --at "2026-11-16 09:00"
  CMP-2026-00002: investigating; resolve due 2027-01-11 03:00
  $ redress change 2 --category delivery --at "2026-11-16 10:00"
  CMP-2026-00002: investigating, normal delivery; resolve due 2026-11-20 11:00

Filed as `delivery`: due Friday 20th 10:00, moved by 1 business hour to 11:00. Changed to
`regulated`: due Friday 2027-01-08 10:00 from receipt, moved by the 65 calendar hours (not by 1
hour): Monday 2027-01-11 03:00. Used so far: 170 calendar hours since receipt less the 65
paused, 105 hours (4d 9h) of 56 days.

  $ redress file -q --customer "سارا رضایی" --channel web --category delivery \
  >   --summary "سفارش دیر رسید" --at "2026-11-13 10:00"
  CMP-2026-00003
  $ redress -q ack 3 --at "2026-11-13 10:30"
  $ redress -q wait 3 --at "2026-11-13 16:00"
  $ redress resume 3 --at "2026-11-16 09:00"
  CMP-2026-00003: investigating; resolve due 2026-11-20 11:00
  $ redress change 3 --category regulated --at "2026-11-16 10:00"
  CMP-2026-00003: investigating, normal regulated; resolve due 2027-01-11 03:00
  $ redress --format table show 3 | grep -A3 '^SLA'
  SLA
    clock        target       due               state    used
    acknowledge  90m          2026-11-13 11:30  met      30m of 1h 30m
    resolve      8w calendar  2027-01-11 03:00  running  4d 9h of 56d 0h

A settled breach stays breached after a reopen
----------------------------------------------

`high`: resolve within 3 business days. Received Monday 9th 10:00, due Thursday 12th 10:00;
resolved late on Monday 16th: breached. Reopened Tuesday 17th 10:00 (the reopened clock is due
Friday 20th 10:00) and resolved again Wednesday 18th: that clock is met, and the first
resolution's breach stays, in `report sla` now and as of Monday 16th (before the reopening:
no reopened clock yet). The first clock used 30m to acknowledge (1800 s) and Monday 10:00 to
Monday 10:00 a week later, five business days of 7h30, to resolve: 37h30 = 135000 s.

  $ redress file -q --customer "山田太郎" --channel phone --category delivery --severity high \
  >   --summary "配達が遅れた" --at "2026-11-09 10:00"
  CMP-2026-00004
  $ redress -q ack 4 --at "2026-11-09 10:30"
  $ redress resolve 4 --outcome refund --at "2026-11-16 10:00"
  CMP-2026-00004: resolved: refund; resolve target breached
  $ redress reopen 4 --reason "再発" --at "2026-11-17 10:00"
  CMP-2026-00004: investigating; resolve due 2026-11-20 10:00
  $ redress resolve 4 --outcome replacement --at "2026-11-18 10:00"
  CMP-2026-00004: resolved: replacement; resolve target met
  $ clocks 4
  2026-11-09T11:00:00Z met 2026-11-12T09:00:00Z breached
  $ redress report sla --since 2026-11-09 --until 2026-11-10 --format tsv | cut -f1,2,9-11,14-16,20,22
  reference\tstatus\tacknowledge_due_at\tacknowledge_used_s\tacknowledge_sla\tresolve_due_at\tresolve_used_s\tresolve_sla\treopened_due_at\treopened_sla (esc)
  CMP-2026-00004\tresolved\t2026-11-09 12:00:00\t1800\tmet\t2026-11-12 10:00:00\t135000\tbreached\t2026-11-20 10:00:00\tmet (esc)
  $ redress report sla --since 2026-11-09 --until 2026-11-10 --format json | $PYTHON -c '
  > import json, sys
  > for t in json.load(sys.stdin)["compliance"]:
  >     print(t["group"], t["name"], t["met"], t["breached"], t["compliance_pct"])'
  all all 1 1 50.0
  severity high 1 1 50.0
  team logistics 1 1 50.0
  assignee None 1 1 50.0
  reopened all 1 0 100.0
  $ redress report sla --since 2026-11-09 --until 2026-11-10 --as-of "2026-11-16 12:00" --format tsv | cut -f1,2,9-11,14-16,20,22 | tail -1
  CMP-2026-00004\tresolved\t2026-11-09 12:00:00\t1800\tmet\t2026-11-12 10:00:00\t135000\tbreached\t\t (esc)

A running target at its due instant is not late yet
---------------------------------------------------

`critical`: acknowledge within 1 hour. Received today 11:00, due 12:00, which is now: it reads
at-risk, not breached; a second later it is breached. An acknowledgement at 12:00 is met: one
rule for both (at or before the due time is met).

  $ redress file -q --customer "Špela Kranjc" --channel chat --category service --severity critical \
  >   --summary "Napačen račun" --at "2026-11-20 11:00"
  CMP-2026-00005
  $ clocks 5
  2026-11-20T11:00:00Z at-risk 2026-11-23T10:00:00Z running
  $ FAKETIME="2026-11-20 11:00:01" clocks 5
  2026-11-20T11:00:00Z breached 2026-11-23T10:00:00Z running
  $ redress list --at-risk --format tsv | cut -f1,22
  reference\tacknowledge_sla (esc)
  CMP-2026-00005\tat-risk (esc)
  $ redress list --breached --format tsv | cut -f1,22 | grep 00005
  [1]
  $ redress ack 5 --at "2026-11-20 12:00"
  CMP-2026-00005: acknowledged; acknowledge target met

Every figure above is what the events say.

  $ redress -q verify
