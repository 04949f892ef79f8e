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
  $ fig() { $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(d["since"], d["until"], d["as_of"], d["timezone"]); [print(r["metric"], "=", repr(r["value"])) for r in d["figures"]]'; }

Summary since 1 November. Acknowledged: 1 (45m), 3 (1h, by its resolution), 4 (3h, by its
rejection): median (rank 2 of 3) 1h, p90 (rank 3) 3h. Resolved: 1 (16h30) and 3 (1h):
median (rank 1 of 2) 1h, p90 (rank 2) 16h30. Targets: met 1, 1, 3, 3, 4, 4 = 6; breached
2 and 5 = 2; compliance 6/8 = 75.0%. At risk: 6. Satisfaction (4+2)/2 = 3.00. Compensation
35.50 EUR (a decimal string in JSON, never a float).

  $ redress report summary --since 2026-11-01 --format json | fig
  2026-10-31T23:00:00Z 2026-11-20T11:00:00Z 2026-11-20T11:00:00Z Europe/Zagreb
  received = 6
  acknowledged = 3
  resolved = 2
  open = 3
  open and breached = 2
  at risk = 1
  median time to acknowledge = '1h 00m'
  p90 time to acknowledge = '3h 00m'
  median time to resolve = '1h 00m'
  p90 time to resolve = '16h 30m'
  targets met = 6
  targets breached = 2
  SLA compliance % = 75.0
  satisfaction average = '3.00'
  compensation EUR = '35.50'
  $ redress report summary --since 2026-11-01 --format csv
  metric,value\r (esc)
  received,6\r (esc)
  acknowledged,3\r (esc)
  resolved,2\r (esc)
  open,3\r (esc)
  open and breached,2\r (esc)
  at risk,1\r (esc)
  median time to acknowledge,1h 00m\r (esc)
  p90 time to acknowledge,3h 00m\r (esc)
  median time to resolve,1h 00m\r (esc)
  p90 time to resolve,16h 30m\r (esc)
  targets met,6\r (esc)
  targets breached,2\r (esc)
  SLA compliance %,75.0\r (esc)
  satisfaction average,3.00\r (esc)
  compensation EUR,35.50\r (esc)

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
  customer        complaints
  (confidential)           2
  Ivana Horvat             2

SLA per complaint (breaches in red on a colour terminal), and compliance by group; CSV is the
per-complaint table, for cron:

  $ redress --format table report sla --since 2026-11-01
  SLA report: My Organisation
  received 2026-11-01 00:00 to 2026-11-20 12:00 (Europe/Zagreb), as of 2026-11-20 12:00
  
  complaints
  reference       status         severity  team       assignee     received          ack due           ack used  ack sla   resolve due   resolve used  resolve sla
  CMP-2026-00004  rejected       low       support                 2026-11-10 09:00  2026-11-11 09:00  3h 00m    met       2026-11-24 \xe2\x80\xa6  3h 00m        met (esc)
  CMP-2026-00001  resolved       high      logistics               2026-11-16 16:30  2026-11-17 10:30  45m       met       2026-11-19 \xe2\x80\xa6  16h 30m       met (esc)
  CMP-2026-00002  investigating  normal    logistics  Marko Mari\xc4\x87  2026-11-17 10:00  2026-11-17 14:30  24h 30m   breached  2026-11-24 \xe2\x80\xa6  24h 30m       running (esc)
  CMP-2026-00003  resolved       normal    finance                 2026-11-18 09:15  2026-11-18 13:45  1h 00m    met       2026-11-23 \xe2\x80\xa6  1h 00m        met (esc)
  CMP-2026-00005  new            normal    support                 2026-11-19 14:00  2026-11-20 10:00  6h 00m    breached  2026-11-26 \xe2\x80\xa6  6h 00m        running (esc)
  CMP-2026-00006  new            normal    support                 2026-11-19 16:30  2026-11-20 12:30  3h 30m    at-risk   2026-11-26 \xe2\x80\xa6  3h 30m        running (esc)
  
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
  $ redress report sla --since 2026-11-01 | head -3
  reference,status,severity,team,assignee,received,ack due,ack used,ack sla,resolve due,resolve used,resolve sla\r (esc)
  CMP-2026-00004,rejected,low,support,,2026-11-10 09:00,2026-11-11 09:00,3h 00m,met,2026-11-24 09:00,3h 00m,met\r (esc)
  CMP-2026-00001,resolved,high,logistics,,2026-11-16 16:30,2026-11-17 10:30,45m,met,2026-11-19 16:30,16h 30m,met\r (esc)

`--fail-on-breach` exits 8 when the window holds a breach, with the report still on stdout;
Wednesday alone holds only complaint 3, met:

  $ redress report sla --since 2026-11-01 --fail-on-breach > out.csv
  redress: error: breached targets in the window (see the report)
  [8]
  $ wc -l < out.csv
  7
  $ redress report sla --since 2026-11-18 --until 2026-11-18 --fail-on-breach
  reference,status,severity,team,assignee,received,ack due,ack used,ack sla,resolve due,resolve used,resolve sla\r (esc)
  CMP-2026-00003,resolved,normal,finance,,2026-11-18 09:15,2026-11-18 13:45,1h 00m,met,2026-11-23 09:15,1h 00m,met\r (esc)
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
  open and breached = 1
  at risk = 0
  median time to acknowledge = '45m'
  p90 time to acknowledge = '3h 00m'
  median time to resolve = '-'
  p90 time to resolve = '-'
  targets met = 3
  targets breached = 1
  SLA compliance % = 75.0
  satisfaction average = '-'
  $ redress report sla --since 2026-11-01 --as-of "2026-11-18 09:00" --format tsv | cut -f1,2,9,12
  reference\tstatus\tack sla\tresolve sla (esc)
  CMP-2026-00004\trejected\tmet\tmet (esc)
  CMP-2026-00001\tacknowledged\tmet\trunning (esc)
  CMP-2026-00002\tinvestigating\tbreached\trunning (esc)
  $ redress report summary --as-of "2026-11-21 09:00"
  redress: error: --as-of 2026-11-21 09:00:00 is in the future; a report can only say what the ledger knows now
  [5]

Trends per week by category: the week of 9 November had 4 (product); the week of 16
November had 1 and 2 (delivery), 3 (billing), 5 and 6 (service). By product, Gradski bicikl
went from 1 (complaint 4) to 2 (1 and 2): +1, +100%.

  $ redress report trends --since 2026-11-09 --format tsv
  week\tcategory\tcomplaints\tprevious\tchange\tchange % (esc)
  2026-11-09\tproduct\t1\t0\t1\t- (esc)
  2026-11-16\tbilling\t1\t0\t1\t- (esc)
  2026-11-16\tdelivery\t2\t0\t2\t- (esc)
  2026-11-16\tproduct\t0\t1\t-1\t-100.0 (esc)
  2026-11-16\tservice\t2\t0\t2\t- (esc)
  $ redress report trends --since 2026-11-09 --by product --format tsv
  week\tproduct\tcomplaints\tprevious\tchange\tchange % (esc)
  2026-11-09\tGradski bicikl\t1\t0\t1\t- (esc)
  2026-11-16\tGradski bicikl\t2\t1\t1\t100.0 (esc)
  2026-11-16\tPretplata\t1\t0\t1\t- (esc)
  2026-11-16\tTrgovina\t2\t0\t2\t- (esc)
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
  $ redress --ledger other --format table report trends --since 2026-11-02 --until 2026-11-16 | sed -n '/^recurring/,$p'
  recurring
  week        product         category  complaints  previous
  2026-11-09  Gradski bicikl  delivery           2         1

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
logistics, support and (none)/Marko breached):

  $ redress --color always --format table report sla --since 2026-11-01 | grep -c $'\e\[31m'
  8
  $ redress --color always --format table report sla --since 2026-11-01 | grep -c $'\e\[33m'
  1
  $ NO_COLOR=1 redress --color auto --format table report sla --since 2026-11-01 | grep -c $'\e\['
  0
  [1]
  $ redress --format table report sla --since 2026-11-01 | grep -c $'\e\['
  0
  [1]
