A month worked out by hand, compared in JSON
============================================

October 2026 in a ledger with the default policy: Europe/Zagreb (summer time ends on Sunday
25 October), Mon-Fri 09:00-12:30 and 13:00-17:00 (7h30 a day); high 2h/3d, normal 4h/5d,
low 1d/2w, billing resolves in 3d. Every figure below is worked out here, from the events,
not taken from the tool. Now is Monday 2 November 12:20 local (11:20Z).

  $ export FAKETIME="2026-11-02 11:20:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ f() { redress file -q --channel email --allow-incomplete "$@"; }

C0, before the window (Wednesday 30 September 23:59), resolved the next morning:

  $ c0=$(f --customer "Eva Lukić" --category delivery --product Bicikl --summary "Prije" --at "2026-09-30 23:59")
  $ redress -q resolve $c0 --outcome apology --at "2026-10-01 09:30"

C1 Thursday 1 October 09:00, normal: acknowledged 10:00 (1h = 3600 s, due 13:30: met),
resolved Monday 5th 11:00 (Thu 7h30 + Fri 7h30 + Mon 2h = 17h = 61200 s; due Thursday 8th
09:00: met), refund 20.00, satisfaction 5. Calendar: 3600 s and 98h = 352800 s.

  $ c1=$(f --customer "Ivana Horvat" --email ivana@example.hr --category delivery --product Bicikl --summary "Kotač" --at "2026-10-01 09:00")
  $ redress -q ack $c1 --at "2026-10-01 10:00"
  $ redress -q resolve $c1 --outcome refund --amount 20 --at "2026-10-05 11:00"
  $ redress -q followup $c1 --score 5 --at "2026-10-06 09:00"

C2 Monday 5th 16:00, high: acknowledged Tuesday 10:30 (1h + 1h30 = 9000 s; due Tuesday
10:00: breached), resolved Thursday 8th 15:00 (1h + 7h30 + 7h30 + 5h30 = 21h30 = 77400 s;
due Thursday 16:00: met), replacement, satisfaction 3. Calendar: 18h30 = 66600 s, 71h =
255600 s.

  $ c2=$(f --customer "山田太郎" --category product --product Kaciga --severity high --summary "ヘルメット" --at "2026-10-05 16:00")
  $ redress -q ack $c2 --at "2026-10-06 10:30"
  $ redress -q resolve $c2 --outcome replacement --at "2026-10-08 15:00"
  $ redress -q followup $c2 --score 3 --at "2026-10-09 09:00"

C3 Wednesday 7th 09:00, billing, resolved at 12:00 without an acknowledgement (which counts
as one): 3h = 10800 s for both, both met; refund 15.00.

  $ c3=$(f --customer "مریم احمدی" --category billing --product Pretplata --summary "دو بار" --at "2026-10-07 09:00")
  $ redress -q resolve $c3 --outcome refund --amount 15.00 --at "2026-10-07 12:00"

C4 Monday 12th 10:00, low, rejected at 11:00: both targets met, 1h = 3600 s.

  $ c4=$(f --customer "Petra Kos" --category service --product Trgovina --severity low --summary "Cijena" --at "2026-10-12 10:00")
  $ redress -q reject $c4 --reason "Nije reklamacija" --at "2026-10-12 11:00"

C5 Wednesday 14th 14:00, the customer of C1 again: acknowledged Thursday 11:00 (3h + 2h =
18000 s; due 10:00: breached), resolved Tuesday 20th 16:00 (3h + 7h30 x 3 + 6h30 = 32h =
115200 s; due Wednesday 21st 14:00: met), refund 10.50, satisfaction 4. Calendar: 21h =
75600 s, 146h = 525600 s.

  $ c5=$(f --customer "Ivana Horvat" --email ivana@example.hr --category delivery --product Bicikl --summary "Opet" --at "2026-10-14 14:00")
  $ redress -q ack $c5 --at "2026-10-15 11:00"
  $ redress -q resolve $c5 --outcome refund --amount 10.50 --at "2026-10-20 16:00"
  $ redress -q followup $c5 --score 4 --at "2026-10-21 09:00"

C6 Friday 23rd 16:00, never touched: acknowledge due Monday 26th 12:00, resolve due Friday
30th 16:00: both breached now.

  $ c6=$(f --customer "Luka Babić" --category delivery --product Bicikl --summary "Ništa" --at "2026-10-23 16:00")

C7 Monday 26th 09:00, high: acknowledged 09:30 (1800 s, met), assigned to Marko Marić at
10:00; resolve due Thursday 29th 09:00: breached now.

  $ c7=$(f --customer "Ana Marić" --category delivery --product Bicikl --severity high --summary "Lanac" --at "2026-10-26 09:00")
  $ redress -q ack $c7 --at "2026-10-26 09:30"
  $ redress -q assign $c7 --to "Marko Marić" --at "2026-10-26 10:00"

C10 Tuesday 27th 10:00, low, withdrawn Wednesday 10:00, exactly at the acknowledge due time
(7h30 = 27000 s of 1d: met; calendar 24h = 86400 s); resolve met.

  $ c10=$(f --customer "Tomo Perić" --category delivery --product Bicikl --severity low --summary "Zvono" --at "2026-10-27 10:00")
  $ redress -q withdraw $c10 --at "2026-10-28 10:00"

C8 Friday 30th 09:00, confidential, acknowledged 10:00 (3600 s, met); resolve due Friday 6
November, 10h50 of 37h30 used: running. C9 Saturday 31st 10:00 by the same customer: its
clocks start Monday 09:00; acknowledge due 13:30, 3h20 of 4h used (0.83 of it, past
warn_at 0.8): at risk; resolve running.

  $ c8=$(f --customer "Marko Novak" --email marko@example.hr --category service --product Trgovina --summary "Tajno" --confidential --at "2026-10-30 09:00")
  $ redress -q ack $c8 --at "2026-10-30 10:00"
  $ c9=$(f --customer "Marko Novak" --email marko@example.hr --category product --product Kaciga --summary "Opet" --at "2026-10-31 10:00")

C11 Sunday 1 November 10:00, after the window:

  $ c11=$(f --customer "Iva Jurić" --category service --product Trgovina --summary "Poslije" --at "2026-11-01 10:00")

  $ month="--since 2026-10-01 --until 2026-10-31"
  $ json() { $PYTHON -c 'import json,sys; d=json.load(sys.stdin); exec(sys.argv[1])' "$1"; }

Summary. Received C1-C10: 10. Acknowledged (acknowledgement, or the step that counts as
one): C1, C2, C3, C4, C5, C7, C8, C10 = 8. Resolved C1, C2, C3, C5 = 4. Open C6, C7, C8,
C9 = 4, of which C6 and C7 breached; at risk C9.
Times to acknowledge, sorted: 1800, 3600 (C1), 3600 (C4), 3600 (C8), 9000, 10800, 18000,
27000: median rank 4 = 3600, p90 rank ceil(7.2) = 8 = 27000. Calendar: 1800, 3600, 3600,
3600, 10800, 66600, 75600, 86400: median 3600, p90 86400.
Times to resolve (resolved only): 10800, 61200, 77400, 115200: median rank 2 = 61200, p90
rank 4 = 115200. Calendar: 10800, 255600, 352800, 525600: median 255600, p90 525600.
Targets met: C1 x2, C2 resolve, C3 x2, C4 x2, C5 resolve, C7 ack, C8 ack, C10 x2 = 12;
breached: C2 ack, C5 ack, C6 x2, C7 resolve = 5; compliance 12/17 = 70.6%.
Satisfaction 5, 3, 4: average 4.0. Compensation 20.00 + 15.00 + 10.50 = 45.50 EUR over 3,
average 15.1667: 15.17.

  $ redress report summary $month --format json | json '
  > expected = dict(since="2026-09-30T22:00:00Z", until="2026-10-31T23:00:00Z", as_of="2026-11-02T11:20:00Z",
  >   received=10, acknowledged=8, resolved=4, open=4, open_breached=2, at_risk=1,
  >   median_time_to_acknowledge_s=3600, p90_time_to_acknowledge_s=27000,
  >   median_time_to_resolve_s=61200, p90_time_to_resolve_s=115200,
  >   median_time_to_acknowledge_calendar_s=3600, p90_time_to_acknowledge_calendar_s=86400,
  >   median_time_to_resolve_calendar_s=255600, p90_time_to_resolve_calendar_s=525600,
  >   targets_met=12, targets_breached=5, sla_compliance_pct=70.6,
  >   satisfaction_responses=3, satisfaction_average=4.0,
  >   compensation=[dict(currency="EUR", complaints=3, total=dict(amount="45.50", currency="EUR"),
  >                      average=dict(amount="15.17", currency="EUR"))])
  > wrong = {k: (v, d.get(k)) for k, v in expected.items() if d.get(k) != v or type(d.get(k)) != type(v)}
  > print(wrong or "summary as worked out")'
  summary as worked out

Outcomes. Resolution rate 4/10 = 40.0%; rejected C4: 1/(4+1) = 20.0%; withdrawn C10; no
reopens: 0/4 = 0.0%. Refund 3 of 4 resolved (75.0%), replacement 1 (25.0%); the default
policy does not classify outcomes, so no upheld rate. Scores 3, 4, 5
once each (33.3%). Repeat complainants: Ivana (C1, C5) and Marko (C8, C9), who is not named
because C8 is confidential.

  $ redress report outcomes $month --format json | json '
  > expected = dict(received=10, resolved=4, resolution_rate_pct=40.0, rejected=1, rejected_share_pct=20.0,
  >   withdrawn=1, open=4, reopened=0, reopen_rate_pct=0.0, satisfaction_responses=3, satisfaction_average=4.0,
  >   repeat_complainants=2, complaints_from_repeat_complainants=4,
  >   upheld=0, partly_upheld=0, not_upheld=0, upheld_rate_pct=None,
  >   outcomes=[dict(outcome="refund", complaints=3, share_pct=75.0, **{"class": None}),
  >             dict(outcome="replacement", complaints=1, share_pct=25.0, **{"class": None})],
  >   satisfaction=[dict(score=s, responses=n, share_pct=p) for s, n, p in
  >                 [(1, 0, 0.0), (2, 0, 0.0), (3, 1, 33.3), (4, 1, 33.3), (5, 1, 33.3)]],
  >   top_repeat_complainants=[dict(confidential=True, complaints=2, customer=None),
  >                            dict(confidential=False, complaints=2, customer="Ivana Horvat")])
  > wrong = {k: (v, d.get(k)) for k, v in expected.items() if d.get(k) != v}
  > print(wrong or "outcomes as worked out")'
  outcomes as worked out

SLA compliance by group. High (C2, C7): 2 met, 2 breached, 50.0%. Normal (C1, C3, C5, C6,
C8, C9): met 2+2+1+0+1 = 6, breached 0+0+1+2+0 = 3, C9 at risk, C8 and C9 resolve running:
66.7%. Low (C4, C10): 4 met, 100.0%. Teams: finance (C3) 2/2; logistics (C1, C5, C6, C7,
C10) 6 met, 4 breached, 60.0%; support (C2, C4, C8, C9) 4 met, 1 breached, 80.0%.
Assignees: none 11 met, 4 breached (73.3%); Marko Marić (C7) 1 and 1.

  $ redress report sla $month --format json | json '
  > for t in d["compliance"]:
  >     print(t["group"], t["name"], t["complaints"], t["met"], t["breached"], t["at_risk"], t["running"], t["compliance_pct"])'
  all all 10 12 5 1 2 70.6
  severity high 2 2 2 0 0 50.0
  severity normal 6 6 3 1 2 66.7
  severity low 2 4 0 0 0 100.0
  team finance 1 2 0 0 0 100.0
  team logistics 5 6 4 0 0 60.0
  team support 4 4 1 1 2 80.0
  assignee None 9 11 4 1 2 73.3
  assignee Marko Marić 1 1 1 0 0 50.0

Compliance over time, by week of receipt: the week of 28 September holds C1 (the window cuts
it: partial), 5 October C2 and C3 (3 met, 1 breached), 12 October C4 and C5 (3 and 1), 19
October C6 (0 and 2), 26 October C7, C8, C9, C10 (met 1+1+0+2 = 4, breached 1; cut by the
end of the window on Sunday: partial).

  $ redress report sla $month --format json | json '
  > print(d["period"])
  > for p in d["by_period"]:
  >     print(p["period"], p["partial"], p["complaints"], p["met"], p["breached"], p["compliance_pct"])'
  week
  2026-09-28 True 1 2 0 100.0
  2026-10-05 False 2 3 1 75.0
  2026-10-12 False 2 3 1 75.0
  2026-10-19 False 1 0 2 0.0
  2026-10-26 True 4 4 1 80.0

Per complaint (C0 took number 1, C10 was filed before C8 and C9), seconds on each target's
clock. C6, untouched: Friday 1h, five days of 7h30, Monday 3h20 = 41h50 = 150600 s on both,
breached. C7 resolve: five days and 3h20 = 147000 s, breached. C8 resolve 10h50 = 39000 s,
C9 3h20 = 12000 s on both. A settled target keeps the time it took.

  $ redress report sla $month --format json | json '
  > for c in d["complaints"]:
  >     print(c["reference"][-2:], c["acknowledge_used_s"], c["acknowledge_sla"], c["resolve_used_s"], c["resolve_sla"])'
  02 3600 met 61200 met
  03 9000 breached 77400 met
  04 10800 met 10800 met
  05 3600 met 3600 met
  06 18000 breached 115200 met
  07 150600 breached 150600 breached
  08 1800 met 147000 breached
  09 27000 met 27000 met
  10 3600 met 39000 running
  11 12000 at-risk 12000 running

Aging of open complaints, the month's: C6 9 days 21 hours old, C7 7 days 3 hours (7-14d),
C8 3 days 3 hours (3-7d), C9 2 days 2 hours (1-3d). Without a window, C11 too (1 day 2
hours: 1-3d).

  $ redress report aging $month --format json | json '
  > print(d["open"], [d[k] for k in ("open_days_0_1", "open_days_1_3", "open_days_3_7", "open_days_7_14", "open_days_14_plus")])
  > for r in d["by_status"] + d["by_team"]:
  >     print(r.get("status", r.get("team")), r["days_0_1"], r["days_1_3"], r["days_3_7"], r["days_7_14"], r["days_14_plus"], r["total"])'
  4 [0, 1, 1, 2, 0]
  new 0 1 0 1 0 2
  acknowledged 0 0 1 0 0 1
  investigating 0 0 0 1 0 1
  logistics 0 0 0 2 0 2
  support 0 1 1 0 0 2
  $ redress report aging --format json | json 'print(d["since"], d["open"], d["open_days_1_3"])'
  None 5 2

Trends by category, per week. Whole weeks are counted: the week of 28 September holds C0
and C1 (delivery 2). Later weeks: 5 October product C2, billing C3 (delivery fell 2 to 0,
-100%); 12 October service C4, delivery C5; 19 October delivery C6; 26 October delivery C7
and C10, service C8, product C9, cut by the window's end (partial: rises shown, product's
level 1 to 1 is not, it can still grow). Recurring: Bicikl/delivery 1 (C6) then 2 (C7, C10).

  $ redress report trends $month --format json | json '
  > for r in d["counts"]:
  >     print(r["period"], r["partial"], r["name"], r["complaints"], r["previous"], r["change"], r["change_pct"])
  > for r in d["recurring"]:
  >     print("recurring", r["period"], r["partial"], r["product"], r["category"], r["complaints"], r["previous"])'
  2026-09-28 False delivery 2 0 2 None
  2026-10-05 False billing 1 0 1 None
  2026-10-05 False delivery 0 2 -2 -100.0
  2026-10-05 False product 1 0 1 None
  2026-10-12 False billing 0 1 -1 -100.0
  2026-10-12 False delivery 1 0 1 None
  2026-10-12 False product 0 1 -1 -100.0
  2026-10-12 False service 1 0 1 None
  2026-10-19 False delivery 1 1 0 0.0
  2026-10-19 False service 0 1 -1 -100.0
  2026-10-26 True delivery 2 1 1 100.0
  2026-10-26 True product 1 0 1 None
  2026-10-26 True service 1 0 1 None
  recurring 2026-10-26 True Bicikl delivery 2 1

Up to now instead (the default --until), from the week of 19 October (compared with the
week of 12 October: delivery C5, service C4): the week of 26 October is over and holds C11 too
(service 2); the week of 2 November has begun, with nothing yet. Its categories are not
shown as falls to zero: no change is known for a period that is not over.

  $ redress report trends --since 2026-10-19 --format json | json '
  > for r in d["counts"]:
  >     print(r["period"], r["partial"], r["name"], r["complaints"], r["previous"], r["change"], r["change_pct"])'
  2026-10-19 False delivery 1 1 0 0.0
  2026-10-19 False service 0 1 -1 -100.0
  2026-10-26 False delivery 2 1 1 100.0
  2026-10-26 False product 1 0 1 None
  2026-10-26 False service 2 0 2 None
  2026-11-02 True delivery 0 2 None None
  2026-11-02 True product 0 1 None None
  2026-11-02 True service 0 2 None None

Every report's JSON against its schema (schemas/report-*.schema.json), in several windows:
the default (30 days up to now), the month, a window with nothing in it (nulls for every
median and percentage), an as-of in the past (mid-October, with C6-C10 not yet received),
every complaint ever; trends per day, week and month by every dimension; NDJSON rows too.

  $ V="$PYTHON $REDRESS_SOURCE/tests/tools/validate_json.py"
  $ for w in "" "$month" "--since 2026-08-01 --until 2026-08-31" "--as-of 2026-10-15" "--since 2000-01-01"; do
  >   for r in summary sla aging trends outcomes; do
  >     redress report $r $w --format json | $V report-$r | grep -v '^1 valid$' || true
  >   done
  >   redress report all $w --format json | $V report-all | grep -v '^1 valid$' || true
  >   redress report sla $w --new-since "2026-10-20" --format json | $V report-sla | grep -v '^1 valid$' || true
  > done
  $ for p in day week month; do for by in category product channel severity root-cause team; do
  >   redress report trends $month --period $p --by $by --format json | $V report-trends | grep -v '^1 valid$' || true
  > done; done
  $ redress report sla $month --format ndjson | $V report-sla --lines --at '/$defs/complaint'
  10 valid
  $ redress report trends $month --format ndjson | $V report-trends --lines --at '/properties/counts/items'
  13 valid
  $ redress report aging --format ndjson | $V report-aging --lines --at '/properties/by_status/items'
  3 valid
  $ redress report all --format ndjson | $PYTHON -c 'import json,sys; [print(json.loads(l)["report"]) for l in sys.stdin]'
  summary
  sla
  aging
  trends
  outcomes

An empty window has no medians, no compliance and no average: null, never "-" or 0:

  $ redress report summary --since 2026-08-01 --until 2026-08-31 --format json \
  >   | jq -c '[.received, .median_time_to_acknowledge_s, .sla_compliance_pct, .satisfaction_average, .compensation]'
  [0,null,null,null,[]]

The schemas can fail: money as a number, a duration as text and "-" for null are refused.

  $ redress report summary $month --format json | jq '.compensation[0].total.amount = 45.5' | $V report-summary
  document 1: compensation/0/total/amount: 45.5 is not of type 'string'
  [1]
  $ redress report summary $month --format json | jq '.median_time_to_resolve_s = "17h 00m" | .sla_compliance_pct = "-"' | $V report-summary
  document 1: median_time_to_resolve_s: '17h 00m' is not valid under any of the given schemas
  document 1: sla_compliance_pct: '-' is not valid under any of the given schemas
  [1]

The common questions, as docs/reports.md asks them with jq (for the month; the figures are
the ones worked out above):

  $ redress report summary $month --format json | jq '.sla_compliance_pct'
  70.6
  $ redress report summary $month --format json | jq '.median_time_to_resolve_s / 3600'
  17
  $ redress report sla $month --format json | jq -r '.complaints[] | select(.acknowledge_sla == "breached" or .resolve_sla == "breached") | .reference'
  CMP-2026-00003
  CMP-2026-00006
  CMP-2026-00007
  CMP-2026-00008
  $ redress report outcomes $month --format json | jq -r '.compensation[] | "\(.total.amount) \(.currency)"'
  45.50 EUR
  $ redress report trends $month --format json | jq -c '.counts[] | select(.change_pct != null and .change_pct >= 50) | {period, partial, name, change_pct}'
  {"period":"2026-10-26","partial":true,"name":"delivery","change_pct":100}
