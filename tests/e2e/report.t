Reports, every figure worked out by hand
========================================

Default policy: Mon-Fri 09:00-12:30 and 13:00-17:00 (7h30 a day), Europe/Zagreb. Targets:
high 2h/3d, normal 4h/5d, low 1d/2w. Now is Friday 2026-11-20 12:00 local.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=160
  $ redress init -q
  $ f() { redress file -q --customer "$1" --channel email --category "$2" --product "$3" --severity "$4" \
  >   --summary "$5" --at "$6" --allow-incomplete $7; }

1. High, Monday 16:30; acknowledged Tuesday 09:15 (45m of business time: met); resolved
2. Normal, Tuesday 10:00; assigned 11:00, never acknowledged: due Tuesday 14:30, breached.
3. Normal billing, Wednesday 09:15; resolved 10:15 (1h: both met) with 10 EUR; satisfaction 2.
4. Low, Tuesday 2026-11-10 09:00, same customer as 1; rejected 12:00 (3h: both met).
5. Normal, Thursday 14:00: acknowledge due Friday 10:00, breached now.
6. Confidential, Thursday 16:30, by the customer of 5: acknowledge due Friday 12:30; by 12:00

  $ r1=$(f "Ivana Horvat" delivery "Gradski bicikl" high "Kotač savijen" "2026-11-16 16:30")
  $ redress -q ack $r1 --at "2026-11-17 09:15"
  $ redress -q resolve $r1 --outcome refund --amount 25.50 --at "2026-11-19 10:00"
  $ redress -q followup $r1 --score 4 --at "2026-11-19 11:00"
  $ r2=$(f "山田太郎" delivery "Gradski bicikl" normal "配達が遅れた" "2026-11-17 10:00")
  $ redress -q assign $r2 --to "Marko Marić" --at "2026-11-17 11:00"
  $ r3=$(f "مریم احمدی" billing "Pretplata" normal "دو بار برداشت شد" "2026-11-18 09:15")
  $ redress -q resolve $r3 --outcome refund --amount 10 --at "2026-11-18 10:15"
  $ redress -q followup $r3 --score 2 --at "2026-11-18 12:00"
  $ r4=$(f "Ivana Horvat" product "Gradski bicikl" low "Kočnice" "2026-11-10 09:00")
  $ redress -q reject $r4 --reason "Nije reklamacija" --at "2026-11-10 12:00"
  $ r5=$(f "Marko Novak" service "Trgovina" normal "Osoblje" "2026-11-19 14:00")
  $ r6=$(f "Marko Novak" service "Trgovina" normal "Povjerljivo" "2026-11-19 16:30" --confidential)
  $ fig() { $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(d.pop("since"), d.pop("until"), d.pop("as_of"), d.pop("timezone")); [print(k, "=", json.dumps(v)) for k, v in d.items() if k not in ("report", "ledger")]'; }

Summary since 1 November. Acknowledged: 1 (45m), 3 (1h, by its resolution), 4 (3h, by its
rejection): median (rank 2 of 3) 1h = 3600 s, p90 (rank 3) 3h = 10800 s. Resolved: 1 (16h30
= 59400 s) and 3 (1h): median (rank 1 of 2) 3600 s, p90 (rank 2) 59400 s. In calendar time,
waiting included: acknowledged after 16h45 (Monday 16:30 to Tuesday 09:15, 60300 s), 1h and
3h: median 10800 s, p90 60300 s; resolved after 65h30 (Monday 16:30 to Thursday 10:00,
235800 s) and 1h: median 3600 s, p90 235800 s. Targets: met 1, 1, 3, 3, 4, 4 = 6; breached
2 and 5 = 2; compliance 6/8 = 75.0%. At risk: 6. Satisfaction (4+2)/2 = 3.00. Compensation
35.50 EUR over 2, average 17.75: decimal strings with their currency, never floats.

  $ redress report summary --since 2026-11-01 --format json | fig
  2026-10-31T23:00:00Z 2026-11-20T11:00:00Z 2026-11-20T11:00:00Z Europe/Zagreb
  received = 6
  acknowledged = 3
  resolved = 2
  open = 3
  open_breached = 2
  at_risk = 1
  median_time_to_acknowledge_s = 3600
  p90_time_to_acknowledge_s = 10800
  median_time_to_resolve_s = 3600
  p90_time_to_resolve_s = 59400
  median_time_to_acknowledge_calendar_s = 10800
  p90_time_to_acknowledge_calendar_s = 60300
  median_time_to_resolve_calendar_s = 3600
  p90_time_to_resolve_calendar_s = 235800
  targets_met = 6
  targets_breached = 2
  sla_compliance_pct = 75.0
  satisfaction_responses = 2
  satisfaction_average = 3.0
  compensation = [{"currency": "EUR", "complaints": 2, "total": {"amount": "35.50", "currency": "EUR"}, "average": {"amount": "17.75", "currency": "EUR"}}]
  $ redress report summary --since 2026-11-01 --format csv
  since,until,as_of,received,acknowledged,resolved,open,open_breached,at_risk,median_time_to_acknowledge_s,p90_time_to_acknowledge_s,median_time_to_resolve_s,p90_time_to_resolve_s,median_time_to_acknowledge_calendar_s,p90_time_to_acknowledge_calendar_s,median_time_to_resolve_calendar_s,p90_time_to_resolve_calendar_s,targets_met,targets_breached,sla_compliance_pct,satisfaction_responses,satisfaction_average\r (esc)
  2026-11-01 00:00:00,2026-11-20 12:00:00,2026-11-20 12:00:00,6,3,2,3,2,1,3600,10800,3600,59400,10800,60300,3600,235800,6,2,75.0,2,3.00\r (esc)

Outcomes: resolution rate 2/6 = 33.3%; rejected share 1/(2+1) = 33.3%; refunds 2 of 2;
compensation 35.50 EUR over 2, average 17.75. Repeat complainants: Ivana (1 and 4) and the
customer of 5 and 6, shown as confidential.

  $ redress --format table report outcomes --since 2026-11-01
  Outcomes: My Organisation
  received 2026-11-01 00:00 to 2026-11-20 12:00 (Europe/Zagreb), as of 2026-11-20 12:00
  
  figures
  metric                               value
  received                                 6
  resolved                                 2
  resolution rate %                     33.3
  rejected                                 1
  rejected share %                      33.3
  withdrawn                                0
  open                                     3
  reopened                                 0
  reopen rate %                          0.0
  satisfaction responses                   2
  satisfaction average                  3.00
  repeat complainants                      2
  complaints from repeat complainants      4
  
  outcomes
  outcome  complaints  share %
  refund            2    100.0
  
  compensation
  currency  complaints  total  average
  EUR                2  35.50    17.75
  
  satisfaction
  score  responses  share %
      1          0      0.0
      2          1     50.0
      3          0      0.0
      4          1     50.0
      5          0      0.0
  
  repeat complainants
  complaints  customer
           2  (confidential)
           2  Ivana Horvat

SLA per complaint (breaches in red on a colour terminal), compliance by group and over time
by week of receipt (figures checked in the summary above; the week of 26 October is cut by
the window, which starts on Sunday 1 November, and the week of 16 November is not over: both
partial). Week of 16 November: met 1+1 (complaint 1) and 1+1 (3) = 4, breached 2 and 5 = 2,
66.7%. CSV is the per-complaint table, for cron, with durations in seconds (45m = 2700) and
local times:

  $ redress --format table report sla --since 2026-11-01
  SLA report: My Organisation
  received 2026-11-01 00:00 to 2026-11-20 12:00 (Europe/Zagreb), as of 2026-11-20 12:00
  
  figures
  metric            value
  complaints            6
  targets met           6
  targets breached      2
  targets at risk       1
  targets running       3
  SLA compliance %   75.0
  
  complaints
  reference       status         severity  team       assignee     received     ack due      ack used  ack sla   resolve due  resolve used  resolve sla
  CMP-2026-00004  rejected       low       support                 11-10 09:00  11-11 09:00    3h 00m  met       11-24 09:00        3h 00m  met
  CMP-2026-00001  resolved       high      logistics               11-16 16:30  11-17 10:30       45m  met       11-19 16:30       16h 30m  met
  CMP-2026-00002  investigating  normal    logistics  Marko Mari\xc4\x87  11-17 10:00  11-17 14:30   24h 30m  breached  11-24 10:00       24h 30m  running (esc)
  CMP-2026-00003  resolved       normal    finance                 11-18 09:15  11-18 13:45    1h 00m  met       11-23 09:15        1h 00m  met
  CMP-2026-00005  new            normal    support                 11-19 14:00  11-20 10:00    6h 00m  breached  11-26 14:00        6h 00m  running
  CMP-2026-00006  new            normal    support                 11-19 16:30  11-20 12:30    3h 30m  at-risk   11-26 16:30        3h 30m  running
  
  compliance
  group     name         complaints  met  breached  at risk  running  compliance %
  all       all                   6    6         2        1        3          75.0
  severity  high                  1    2         0        0        0         100.0
  severity  normal                4    2         2        1        3          50.0
  severity  low                   1    2         0        0        0         100.0
  team      finance               1    2         0        0        0         100.0
  team      logistics             2    2         1        0        1          66.7
  team      support               3    2         1        1        2          66.7
  assignee  (none)                5    6         1        1        2          85.7
  assignee  Marko Mari\xc4\x87           1    0         1        0        1           0.0 (esc)
  
  compliance over time
  week         complaints  met  breached  at risk  running  compliance %
  2026-10-26*           0    0         0        0        0             -
  2026-11-02            0    0         0        0        0             -
  2026-11-09            1    2         0        0        0         100.0
  2026-11-16*           5    4         2        1        3          66.7
  * partial: the period is not over, or the window cuts it; counts can change
  $ redress report sla --since 2026-11-01 | head -3
  reference,status,severity,category,team,assignee,received_at,acknowledge_target,acknowledge_due_at,acknowledge_used_s,acknowledge_sla,acknowledged_at,resolve_target,resolve_due_at,resolve_used_s,resolve_sla,resolved_at,reopened_at,reopened_target,reopened_due_at,reopened_used_s,reopened_sla,reopened_resolved_at\r (esc)
  CMP-2026-00004,rejected,low,product,support,,2026-11-10 09:00:00,1d,2026-11-11 09:00:00,10800,met,2026-11-10 12:00:00,2w,2026-11-24 09:00:00,10800,met,2026-11-10 12:00:00,,,,,,\r (esc)
  CMP-2026-00001,resolved,high,delivery,logistics,,2026-11-16 16:30:00,2h,2026-11-17 10:30:00,2700,met,2026-11-17 09:15:00,3d,2026-11-19 16:30:00,59400,met,2026-11-19 10:00:00,,,,,,\r (esc)

`--fail-on-breach` exits 8 when the window holds a breach, with the report still on stdout;
Wednesday alone holds only complaint 3, met:

  $ redress report sla --since 2026-11-01 --fail-on-breach > out.csv
  redress: error: breached targets in the window (see the report)
  [8]
  $ wc -l < out.csv
  7
  $ redress report sla --since 2026-11-18 --until 2026-11-18 --fail-on-breach
  reference,status,severity,category,team,assignee,received_at,acknowledge_target,acknowledge_due_at,acknowledge_used_s,acknowledge_sla,acknowledged_at,resolve_target,resolve_due_at,resolve_used_s,resolve_sla,resolved_at,reopened_at,reopened_target,reopened_due_at,reopened_used_s,reopened_sla,reopened_resolved_at\r (esc)
  CMP-2026-00003,resolved,normal,billing,finance,,2026-11-18 09:15:00,4h,2026-11-18 13:45:00,3600,met,2026-11-18 10:15:00,3d,2026-11-23 09:15:00,3600,met,2026-11-18 10:15:00,,,,,,\r (esc)
  $ echo $?
  0

As of Wednesday 2026-11-18 09:00 the ledger knew 1, 2 and 4 only: 1 acknowledged but not
yet resolved, 2 assigned and already late (due Tuesday 14:30), 4 rejected. Acknowledged
then: 1 (45m) and 4 (3h): median 45m, p90 3h. Targets met 1, 4, 4 = 3; breached 2 = 1:
compliance 75.0%.

  $ redress report summary --since 2026-11-01 --as-of "2026-11-18 09:00" --format json | fig
  2026-10-31T23:00:00Z 2026-11-18T08:00:00Z 2026-11-18T08:00:00Z Europe/Zagreb
  received = 3
  acknowledged = 2
  resolved = 0
  open = 2
  open_breached = 1
  at_risk = 0
  median_time_to_acknowledge_s = 2700
  p90_time_to_acknowledge_s = 10800
  median_time_to_resolve_s = null
  p90_time_to_resolve_s = null
  median_time_to_acknowledge_calendar_s = 10800
  p90_time_to_acknowledge_calendar_s = 60300
  median_time_to_resolve_calendar_s = null
  p90_time_to_resolve_calendar_s = null
  targets_met = 3
  targets_breached = 1
  sla_compliance_pct = 75.0
  satisfaction_responses = 0
  satisfaction_average = null
  compensation = []
  $ redress report sla --since 2026-11-01 --as-of "2026-11-18 09:00" --format tsv | cut -f1,2,11,16
  reference\tstatus\tacknowledge_sla\tresolve_sla (esc)
  CMP-2026-00004\trejected\tmet\tmet (esc)
  CMP-2026-00001\tacknowledged\tmet\trunning (esc)
  CMP-2026-00002\tinvestigating\tbreached\trunning (esc)
  $ redress report summary --as-of "2026-11-21 09:00"
  redress: error: --as-of 2026-11-21 09:00:00 is in the future; a report can only say what the ledger knows now
  [5]

Trends per week by category: the week of 9 November had 4 (product); the week of 16
November, not over yet (partial), so far 1 and 2 (delivery), 3 (billing), 5 and 6 (service).
Product went from 1 to 0 so far: a partial week can still grow, so no change is shown rather
than -100%. By product, Gradski bicikl went from 1 (complaint 4) to 2 (1 and 2): +1, +100%,
a rise already certain. No change % where the previous week had none.

  $ redress report trends --since 2026-11-09 --format tsv
  period\tperiod_start\tperiod_end\tpartial\tname\tcomplaints\tprevious\tchange\tchange_pct (esc)
  2026-11-09\t2026-11-09 00:00:00\t2026-11-16 00:00:00\tfalse\tproduct\t1\t0\t1\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tbilling\t1\t0\t1\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tdelivery\t2\t0\t2\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tproduct\t0\t1\t\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tservice\t2\t0\t2\t (esc)
  $ redress report trends --since 2026-11-09 --by product --format tsv
  period\tperiod_start\tperiod_end\tpartial\tname\tcomplaints\tprevious\tchange\tchange_pct (esc)
  2026-11-09\t2026-11-09 00:00:00\t2026-11-16 00:00:00\tfalse\tGradski bicikl\t1\t0\t1\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tGradski bicikl\t2\t1\t1\t100.0 (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tPretplata\t1\t0\t1\t (esc)
  2026-11-16\t2026-11-16 00:00:00\t2026-11-23 00:00:00\ttrue\tTrgovina\t2\t0\t2\t (esc)
  $ redress report trends --by cost
  redress: error: --by: cannot group by 'cost'; expected one of: category, product, channel, severity, root-cause, team
  [2]

Recurring issues: the same product and category with more complaints than in the previous
period, which had some. In another ledger, Gradski bicikl/delivery has 1 complaint in the
week of 2 November and 2 in the next; Kaciga/product 2 and then 1:

  $ redress init -q other
  $ g() { redress --ledger other file -q --customer X --channel phone --category "$1" --product "$2" --summary s --at "$3" >/dev/null; }
  $ g delivery "Gradski bicikl" "2026-11-03 10:00"; g delivery "Gradski bicikl" "2026-11-10 10:00"; g delivery "Gradski bicikl" "2026-11-11 10:00"
  $ g product Kaciga "2026-11-03 10:00"; g product Kaciga "2026-11-04 10:00"; g product Kaciga "2026-11-12 10:00"
  $ redress --ledger other --format table report trends --since 2026-11-02 --until 2026-11-15 | sed -n '/^recurring/,$p'
  recurring
  week        product         category  complaints  previous
  2026-11-09  Gradski bicikl  delivery           2         1
  
  complaints per week
  week        complaints
  2026-11-02           3
  2026-11-09           3

Aging of open complaints (2, 5 and 6) by calendar days since receipt, as of now: 2 is 3
days 2 hours old (3-7d), 5 is 22 hours (<1d), 6 is 19h30 (<1d):

  $ redress --format table report aging
  Aging of open complaints: My Organisation
  received any time to 2026-11-20 12:00 (Europe/Zagreb), as of 2026-11-20 12:00
  
  by status
  status         <1d  1-3d  3-7d  7-14d  >14d  total
  new              2     0     0      0     0      2
  investigating    0     0     1      0     0      1
  total            2     0     1      0     0      3
  
  by team
  team       <1d  1-3d  3-7d  7-14d  >14d  total
  logistics    0     0     1      0     0      1
  support      2     0     0      0     0      2
  total        2     0     1      0     0      3

Colour only when asked or on a terminal, and never with NO_COLOR: rows with a breach are red,
at-risk rows yellow (complaints 2 and 5 breached, 6 at risk; the tallies of all, normal,
logistics, support and (none)/Marko breached; the week of 16 November):

  $ redress --color always --format table report sla --since 2026-11-01 | grep -c $'\e\[31m'
  9
  $ redress --color always --format table report sla --since 2026-11-01 | grep -c $'\e\[33m'
  1
  $ NO_COLOR=1 redress --color auto --format table report sla --since 2026-11-01 | grep -c $'\e\['
  0
  [1]
  $ redress --format table report sla --since 2026-11-01 | grep -c $'\e\['
  0
  [1]
