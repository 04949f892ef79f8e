Tables at any width, colour, and long texts
===========================================

Complaints in Croatian, Japanese and Persian, in every open status, with long summaries:

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat-Šćepanović" --email ivana@example.hr --channel email \
  >   --category delivery --severity high --at "2026-11-18 16:30" \
  >   --summary "Bicikl isporučen s oštećenim kotačem i bez upute za sklapanje, kutija potrgana"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --at "2026-11-19 16:30" \
  >   --summary "配達が遅れた上に箱が壊れていました。返金を希望します"
  CMP-2026-00002
  $ redress file -q --customer "مریم احمدی" --channel web --category billing --evidence-note invoice.pdf \
  >   --at "2026-11-18 09:15" --summary "دو بار از کارت من برداشت شد و هنوز پاسخی نگرفته‌ام"
  CMP-2026-00003
  $ redress file -q --customer "Marko Novak" --channel in-person --category service --confidential \
  >   --summary "Rude staff" --at "2025-12-30 10:00"
  CMP-2025-00001
  $ redress ack 1 -q --at "2026-11-19 11:00"
  $ redress assign 1 -q --to "Marko Marić" --at "2026-11-19 11:30"
  $ redress ack 3 -q --at "2026-11-18 09:45"

Worked out on the default policy (Zagreb, 09:00-12:30 and 13:00-17:00 on weekdays), as of
Friday 20 November 12:00 in Zagreb (11:00 UTC):
- 2025-00001 (normal): acknowledge due 2025-12-30 14:30 (4h from 10:00), never acknowledged:
- 2026-00003 (billing, resolve 3d): acknowledged in time; resolve due Monday 23rd 09:15, 17h45
- 2026-00001 (high: 2h, 3d): acknowledge due Thursday 10:30, acknowledged at 11:00: breached;
- 2026-00002 (normal): acknowledge due Friday 12:30 (30m on Thursday, 3h30 on Friday), 3h30

At 80, 100, 120 and 160 columns no line is wider than the terminal (counted by Python's
Unicode database, tests/tools/columns.py), and references, statuses, due times and SLA states
are always whole:

  $ for w in 80 100 120 160; do
  >   COLUMNS=$w redress --format table list > list-$w.txt
  >   echo "$w: $($PYTHON "$REDRESS_SOURCE/tests/tools/columns.py" $w < list-$w.txt)"
  >   for whole in CMP-2026-00001 CMP-2025-00001 investigating acknowledged breached at-risk running; do
  >     grep -q -- "$whole" list-$w.txt || echo "$w: $whole cut"
  >   done
  > done
  80: widest: 80
  100: widest: 100
  120: widest: 120
  160: widest: 160

At 80 columns the free text shrinks and goes first, then the received date, category and
severity: what stays is what to act on. Dates of this year lose their year; the complaint from
last year keeps its date:

  $ cat list-80.txt
  reference       status         severity  due          sla       summary
  CMP-2025-00001  new            normal    2025-12-30   breached  (confidential)
  \xe2\x80\x8eCMP-2026-00003\xe2\x80\x8e  acknowledged\xe2\x80\x8e   normal\xe2\x80\x8e    11-23 09:15\xe2\x80\x8e  running\xe2\x80\x8e   \xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xda\xa9\xd8\xa7\xd8\xb1\xd8\xaa \xe2\x80\xa6\xe2\x80\x8f\xe2\x80\x8e (esc)
  CMP-2026-00001  investigating  high      11-23 16:30  running   Bicikl isporu\xc4\x8de\xe2\x80\xa6 (esc)
  CMP-2026-00002  new            normal    11-20 12:30  at-risk   \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f\xe4\xb8\x8a\xe2\x80\xa6 (esc)

At 160 all columns are there; the dates stay whole only when everything fits:

  $ head -2 list-160.txt
  reference       status         severity  category  received     due          sla       customer                 summary
  CMP-2025-00001  new            normal    service   2025-12-30   2025-12-30   breached  (confidential)           (confidential)
  $ COLUMNS=250 redress --format table list | head -2
  reference       status         severity  category  received          due               sla       customer                 summary
  CMP-2025-00001  new            normal    service   2025-12-30 10:00  2025-12-30 14:30  breached  (confidential)           (confidential)

The `due` and `sla` cells are one clock's: the acknowledge clock until the complaint is
acknowledged, then the resolve clock. 2026-00001 was acknowledged late, but its resolve clock
runs: the row says `running` and is not red. A row takes the colour of its `sla` cell: red
for breached, yellow for at risk, none otherwise.

  $ redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["acknowledge_sla"], c["resolve_sla"])'
  breached running
  $ COLUMNS=160 redress --color always --format table list | sed 's/\x1b\[\([0-9;]*\)m/<\1>/g' | cut -c1-34
  <1>reference       status         
  <31>CMP-2025-00001  new           
  \xe2\x80\x8eCMP-2026-00003\xe2\x80\x8e  acknowledged (esc)
  CMP-2026-00001  investigating  hig
  <33>CMP-2026-00002  new           

No colour with NO_COLOR, nor on a terminal that says it is dumb (TERM=dumb); colour on a
terminal otherwise:

  $ TERM=xterm script -qec "redress list" /dev/null < /dev/null | grep -c $'\e\[3'
  2
  $ TERM=xterm NO_COLOR=1 script -qec "redress list" /dev/null < /dev/null | grep -c $'\e\['
  0
  [1]
  $ TERM=dumb script -qec "redress list" /dev/null < /dev/null | grep -c $'\e\['
  0
  [1]
  $ TERM=dumb redress --color always --format table list | grep -c $'\e\[31m'
  1

`show` wraps long texts to the terminal instead of cutting them: a summary under its label,
the details, and notes in the timeline:

  $ redress note 1 -q --at "2026-11-19 12:00" "Kupac je nazvao i rekao da je kotač potpuno savijen, a okvir ogreban na dva mjesta; traži zamjenu cijelog bicikla ili povrat novca u roku od tjedan dana"
  $ redress note 2 -q "お客様から電話があり、配達が二週間以上遅れたうえに箱が潰れていたとのこと。代替品の発送を手配しました。"
  $ COLUMNS=80 redress --format table show 1
  CMP-2026-00001  investigating
  received      2026-11-18 16:30 Europe/Zagreb by email
  customer      Ivana Horvat-\xc5\xa0\xc4\x87epanovi\xc4\x87  ivana@example.hr (esc)
  category      delivery
  severity      high
  team          logistics
  assignee      Marko Mari\xc4\x87 (esc)
  acknowledged  2026-11-19 11:00
  summary       Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem i bez upute za sklapanje, (esc)
                kutija potrgana
  
  SLA
    clock        target  due               state     used
    acknowledge  2h      2026-11-19 10:30  breached  2h 30m of 2h 00m
    resolve      3d      2026-11-23 16:30  running   11h 00m of 22h 30m
  
  Timeline
    at           event         by   details
    11-18 16:30  filed         ana
    11-19 11:00  acknowledged  ana
    11-19 11:30  assigned      ana  to Marko Mari\xc4\x87 (esc)
    11-19 12:00  noted         ana  Kupac je nazvao i rekao da je kota\xc4\x8d potpuno (esc)
                                    savijen, a okvir ogreban na dva mjesta; tra\xc5\xbei (esc)
                                    zamjenu cijelog bicikla ili povrat novca u
                                    roku od tjedan dana
  $ COLUMNS=60 redress --format table show 2
  CMP-2026-00002  new
  received      2026-11-19 16:30 Europe/Zagreb by phone
  customer      \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e (esc)
  category      delivery
  severity      normal
  team          logistics
  summary       \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f\xe4\xb8\x8a\xe3\x81\xab\xe7\xae\xb1\xe3\x81\x8c\xe5\xa3\x8a\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\xe8\xbf\x94\xe9\x87\x91\xe3\x82\x92\xe5\xb8\x8c\xe6\x9c\x9b (esc)
                \xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99 (esc)
  
  SLA
    clock        due          state    used
    acknowledge  11-20 12:30  at-risk  3h 30m of 4h 00m
    resolve      11-26 16:30  running  3h 30m of 37h 30m
  
  Timeline
    at           event  by   details
    11-19 16:30  filed  ana
    11-20 12:00  noted  ana  \xe3\x81\x8a\xe5\xae\xa2\xe6\xa7\x98\xe3\x81\x8b\xe3\x82\x89\xe9\x9b\xbb\xe8\xa9\xb1\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x80\x81\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe4\xba\x8c\xe9\x80\xb1 (esc)
                             \xe9\x96\x93\xe4\xbb\xa5\xe4\xb8\x8a\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f\xe3\x81\x86\xe3\x81\x88\xe3\x81\xab\xe7\xae\xb1\xe3\x81\x8c\xe6\xbd\xb0\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x84\xe3\x81\x9f (esc)
                             \xe3\x81\xa8\xe3\x81\xae\xe3\x81\x93\xe3\x81\xa8\xe3\x80\x82\xe4\xbb\xa3\xe6\x9b\xbf\xe5\x93\x81\xe3\x81\xae\xe7\x99\xba\xe9\x80\x81\xe3\x82\x92\xe6\x89\x8b\xe9\x85\x8d\xe3\x81\x97\xe3\x81\xbe (esc)
                             \xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82 (esc)
  $ for w in 60 80; do for r in 1 2 3; do COLUMNS=$w redress --format table show $r | $PYTHON "$REDRESS_SOURCE/tests/tools/columns.py" $w | grep 'too wide'; done; done
  [1]
  $ for r in 1 2 3; do COLUMNS=60 redress --format table show $r; done | grep -c '…'
  0
  [1]
