The nightly SLA report under cron, with the installed binary
============================================================

Installed into a prefix of its own, as `cmake --install build --prefix P` does; the example
scripts keep their execute bit:

  $ cmake --install "$REDRESS_BUILD" --prefix "$PWD/usr" > /dev/null
  $ report=$PWD/usr/share/doc/redress/examples/cron/nightly-sla-report
  $ stat -c %A "$report"
  -rwxr-xr-x

cron gives a job nothing but PATH=/usr/bin:/bin (no HOME, no LANG); the fake clock of these
tests (FAKETIME, through LD_PRELOAD, with the FAKETIME_SHARED name of its shared clock state:
without it every job would leave an orphan semaphore behind, and a later process that happens to
reuse its pid fails to start) is passed on too, and so are the sanitizer settings of the
sanitizer build. The installed redress is not on that PATH: the script finds the one it was installed with. A stand-in for mail(1) records what it
was asked to send:

  $ cron() { env -i PATH=/usr/bin:/bin LD_PRELOAD="$LD_PRELOAD" FAKETIME="$FAKETIME" ${FAKETIME_SHARED:+"FAKETIME_SHARED=$FAKETIME_SHARED"} DONT_FAKE_MONOTONIC=1 ASAN_OPTIONS="${ASAN_OPTIONS-}" UBSAN_OPTIONS="${UBSAN_OPTIONS-}" "$@"; }
  $ printf '#!/bin/sh\necho "mail $*" >> %s/mail.log; cat >> %s/mail.log\n' "$PWD" "$PWD" > fake-mail && chmod +x fake-mail
  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ usr/bin/redress init -q shop --policy "$REDRESS_SOURCE/examples/policies/acme-bikes.toml"
  $ usr/bin/redress --ledger shop file -q --customer "Ivana Horvat" --channel email --category delivery \
  >   --summary "Kotač savijen" --at "2026-11-16 09:00"
  ACME-2026-00001
  $ usr/bin/redress --ledger shop ack 1 -q --at "2026-11-16 10:00"
  $ usr/bin/redress --ledger shop file -q --customer "山田太郎" --channel phone --category delivery \
  >   --severity high --summary "配達が遅れた" --at "2026-11-18 16:00"
  ACME-2026-00002
  $ usr/bin/redress --ledger shop file -q --customer "مریم احمدی" --channel web --category delivery \
  >   --summary "دیر رسید" --at "2026-11-19 16:30"
  ACME-2026-00003
  $ nightly() { cron REDRESS_LEDGER="$PWD/shop" REPORT_DIR="$PWD/reports" MAIL_TO=quality@example.com \
  >   MAIL_COMMAND="$PWD/fake-mail" "$@" "$report"; }

Worked out by hand (Zagreb, 09:00-12:30 and 13:00-17:00 on weekdays): 1 (normal: 4h, 5d)
was acknowledged in time; its resolve target, Monday 23rd 09:00, has used 22h30 of 37h30 by
the end of Wednesday 18th (60%) and 30h by the end of Thursday (80%: at risk). 2 (high: 2h,
3d), never acknowledged, was due to be acknowledged Thursday 10:00: at the end of Wednesday it
had used 1h of 2h. 3 came on Thursday.

REPORT_DAY=2026-11-18 is the report as of the end of that day (midnight in the ledger's zone),
over the 30 days up to and with it: 1 and 2, nothing breached yet, so nothing is mailed:

  $ nightly REPORT_DAY=2026-11-18
  redress: SLA report /*/reports/sla-2026-11-18.csv: no breached target (glob)
  $ cut -d, -f1,11,16 reports/sla-2026-11-18.csv
  reference,acknowledge_sla,resolve_sla
  ACME-2026-00001,met,running
  ACME-2026-00002,running,running
  $ ls mail.log
  ls: cannot access 'mail.log': No such file or directory
  [2]

The next day's report holds 3 too (received at 16:30 on the 19th: the whole day counts), and 2
is breached by then: the report is mailed and the script exits 8:

  $ nightly REPORT_DAY=2026-11-19
  redress: SLA report /*/reports/sla-2026-11-19.csv: 1 complaint(s) with a breached target (glob)
  [8]
  $ cut -d, -f1,11,16 reports/sla-2026-11-19.csv
  reference,acknowledge_sla,resolve_sla
  ACME-2026-00001,met,at-risk
  ACME-2026-00002,breached,running
  ACME-2026-00003,running,running
  $ head -1 mail.log
  mail -s redress: 1 SLA breach(es) on 2026-11-19 -A /*/reports/report-2026-11-19.html quality@example.com (glob)

The same day reported again later gives the same report, as of the same instant:

  $ cp reports/sla-2026-11-19.csv before.csv
  $ usr/bin/redress --ledger shop ack 2 -q
  $ nightly REPORT_DAY=2026-11-19 > /dev/null
  [8]
  $ cmp before.csv reports/sla-2026-11-19.csv && echo same
  same

A run that fails leaves the earlier report as it was, and no temporary file behind:

  $ cron REDRESS_LEDGER=/nowhere REPORT_DIR="$PWD/reports" REPORT_DAY=2026-11-19 "$report"
  redress: SLA report failed (exit 3): redress: error: no ledger at /nowhere (from $REDRESS_LEDGER); run 'redress init /nowhere' to create one
  [3]
  $ cmp before.csv reports/sla-2026-11-19.csv && echo same
  same
  $ ls -A reports
  report-2026-11-18.html
  report-2026-11-19.html
  sla-2026-11-18.csv
  sla-2026-11-19.csv

Each run also wrote every report as one page for people, and the mail carried it:

  $ grep -c '<svg' reports/report-2026-11-19.html
  [1-9][0-9]* (re)
  $ grep -c 'ACME-2026-00002' reports/report-2026-11-19.html
  [1-9][0-9]* (re)

Without REPORT_DAY it is the nightly run: today's report as of now, and the alert is about
new breaches only (`report sla --new-since last`). The first nightly run has no marker yet,
so 2's breach is new: it is mailed with the page attached, and the ledger's head is anchored
in ANCHOR_FILE and in the log:

  $ : > mail.log
  $ nightly ANCHOR_FILE="$PWD/anchors" REPORT_DIR="$PWD/reports"
  redress: SLA report /*/reports/sla-2026-11-20.csv: 1 complaint(s) with a newly breached target (glob)
  redress: redress-anchor 2026-11-20T11:00:00Z ledger=* event=* hash=* (glob)
  [8]
  $ cut -d, -f1,11,16 reports/sla-2026-11-20.csv
  reference,acknowledge_sla,resolve_sla
  ACME-2026-00001,met,at-risk
  ACME-2026-00002,breached,running
  ACME-2026-00003,at-risk,running
  $ cut -d, -f1,11 reports/new-breaches-2026-11-20.csv
  reference,acknowledge_sla
  ACME-2026-00002,breached
  $ head -1 mail.log
  mail -s redress: 1 SLA breach(es) on 2026-11-20 -A /*/reports/report-2026-11-20.html quality@example.com (glob)
  $ grep -c '^redress-anchor ' anchors
  1

The next night nothing new has breached: no mail, exit 0, and one more anchor, which
`verify --anchors` checks against the chain:

  $ : > mail.log
  $ nightly ANCHOR_FILE="$PWD/anchors" > /dev/null
  $ wc -c < mail.log
  0
  $ grep -c '^redress-anchor ' anchors
  2
  $ usr/bin/redress --ledger shop verify --anchors anchors > /dev/null && echo verified
  verified

A script that cannot find redress says so:

  $ cp "$report" alone && cron ./alone
  nightly-sla-report: cannot find redress; set REDRESS=/path/to/redress or PATH in the crontab
  [127]

`sweep | mail -E` under cron: the first run escalates and prints what it did; the second has
nothing to do and prints nothing, so mail -E sends nothing:

  $ cron REDRESS_LEDGER="$PWD/shop" REDRESS_ACTOR=cron usr/bin/redress sweep | cut -f1,2
  reference\taction (esc)
  ACME-2026-00001\tescalated (esc)
  ACME-2026-00003\tescalated (esc)
  $ cron REDRESS_LEDGER="$PWD/shop" REDRESS_ACTOR=cron usr/bin/redress sweep | wc -c
  0
