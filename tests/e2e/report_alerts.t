Alerts that say what is new: report sla --new-since
===================================================

A breach happens at the due instant it missed. `--new-since TIME` lists only complaints with
a breach at or after TIME; `--new-since last` starts where the previous such run ended (a
marker in .redress/, moved only once the report is written), so a nightly job alerts about
each breach once. With `--fail-on-breach`, exit 8 only for new breaches.

Default policy: Europe/Zagreb, Mon-Fri 09:00-12:30 and 13:00-17:00; normal 4h/5d, high 2h/3d,
regulated resolves in 8 calendar weeks. Times below are set in UTC (Zagreb is UTC+2 until
25 October, then UTC+1). The story runs forward in time:

D, regulated, received Friday 25 September 10:00 and acknowledged at once: resolve due 8
weeks later, Friday 20 November 10:00 local (09:00Z).

  $ export REDRESS_ACTOR=ana
  $ export FAKETIME="2026-09-25 08:00:00"
  $ redress init -q
  $ f() { redress file -q --customer "$1" --channel email --category "$2" --severity "$3" --summary "$4" --allow-incomplete; }
  $ D=$(f "Ana Kovač" regulated normal "Pritužba regulatoru")
  $ redress -q ack $D

A, normal, Monday 16 November 09:00, never acknowledged: acknowledge due 13:30 (3h30 before
lunch, 30 minutes after). B, normal, Tuesday 14:00: due Wednesday 10:00 (3h on Tuesday, 1h
on Wednesday).

  $ export FAKETIME="2026-11-16 08:00:00"
  $ A=$(f "Ivana Horvat" delivery normal "Kasni")
  $ export FAKETIME="2026-11-17 13:00:00"
  $ B=$(f "山田太郎" product normal "配達が遅れた")

Night 1, Wednesday 06:30: no marker yet, so every breach is new: A. The report is written,
then exit 8; the marker holds this run's time, owner-only:

  $ export FAKETIME="2026-11-18 05:30:00"
  $ nightly() { redress report sla --new-since last --fail-on-breach --format csv > new.csv 2> err; s=$?; cut -d, -f1,11,16 new.csv; cat err; return $s; }
  $ nightly
  reference,acknowledge_sla,resolve_sla
  CMP-2026-00002,breached,running
  redress: error: new breaches since the last report (see the report)
  [8]
  $ cat .redress/report-sla.last
  2026-11-18T05:30:00Z
  $ stat -c %a .redress/report-sla.last
  600

B is acknowledged late (11:00, due 10:00: breached at 10:00); C, high, arrives Wednesday
16:00: acknowledge due Thursday 10:00 (1h on Wednesday, 1h on Thursday).

  $ export FAKETIME="2026-11-18 10:00:00"
  $ redress -q ack $B
  $ export FAKETIME="2026-11-18 15:00:00"
  $ C=$(f "مریم احمدی" delivery high "دو بار برداشت شد")

Night 2, Thursday: B's breach (Wednesday 10:00) is new; A's is not. C is not due yet.

  $ export FAKETIME="2026-11-19 05:30:00"
  $ nightly
  reference,acknowledge_sla,resolve_sla
  CMP-2026-00003,breached,running
  redress: error: new breaches since the last report (see the report)
  [8]

Night 3, Friday: C (Thursday 10:00). D is due at 10:00 today, not yet breached.

  $ export FAKETIME="2026-11-20 05:30:00"
  $ nightly
  reference,acknowledge_sla,resolve_sla
  CMP-2026-00004,breached,running
  redress: error: new breaches since the last report (see the report)
  [8]

Night 4, Saturday: D, received in September, long before the default 30 days: with
--new-since the window covers every complaint, since a breach can come long after receipt.

  $ export FAKETIME="2026-11-21 05:30:00"
  $ nightly
  reference,acknowledge_sla,resolve_sla
  CMP-2026-00001,met,breached
  redress: error: new breaches since the last report (see the report)
  [8]

Night 5, Sunday: nothing new, exit 0 though four breaches stand (three in the default
window of 30 days):

  $ export FAKETIME="2026-11-22 05:30:00"
  $ nightly
  reference,acknowledge_sla,resolve_sla
  $ redress report sla --since 2026-09-01 --format json | $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(d["targets_breached"], d["new_since"])'
  4 None
  $ redress report sla --format json | $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(d["targets_breached"], d["new_since"])'
  3 None

A time instead of the marker: since Thursday 00:00 (C on Thursday 10:00, D on Friday 10:00),
and the same with a window that leaves D out. JSON says when and how many:

  $ redress report sla --new-since "2026-11-19 00:00" --format json \
  >   | $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(d["since"], d["new_since"], d["new_breaches"], [c["reference"] for c in d["complaints"]])'
  None 2026-11-18T23:00:00Z 2 ['CMP-2026-00001', 'CMP-2026-00004']
  $ redress report sla --new-since "2026-11-19 00:00" --since 2026-11-01 --format csv | cut -d, -f1
  reference
  CMP-2026-00004

For people, the header says since when:

  $ redress --format table report sla --new-since "2026-11-19 00:00" | sed -n 3p
  new breaches since 2026-11-19 00:00

The marker moves only when the report was written: a report that cannot be written leaves it
alone.

  $ export FAKETIME="2026-11-23 05:30:00"
  $ redress report sla --new-since last -o /no/such/folder/new.csv
  redress: error: cannot write /no/such/folder/new.csv: no folder /no/such/folder
  [3]
  $ cat .redress/report-sla.last
  2026-11-22T05:30:00Z

Bad input: --new-since last with --as-of (the marker records when runs happened), a time
that is not one, a damaged marker, and a marker replaced by a link (not followed, nothing
written through it):

  $ redress report sla --new-since last --as-of "2026-11-20 09:00"
  redress: error: --new-since last cannot be combined with --as-of; the marker records when each run happened; give --new-since a TIME instead
  [2]
  $ redress report sla --new-since yesterday
  redress: error: --new-since: 'yesterday' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ echo "last tuesday" > .redress/report-sla.last
  $ redress report sla --new-since last
  redress: error: */.redress/report-sla.last does not hold the time of the last report; delete it: the next --new-since last then lists every breach (glob)
  [5]
  $ echo "keep me" > elsewhere.txt
  $ rm .redress/report-sla.last && ln -s "$PWD/elsewhere.txt" .redress/report-sla.last
  $ redress report sla --new-since last
  redress: error: cannot read */.redress/report-sla.last: Too many levels of symbolic links (glob)
  [1]
  $ cat elsewhere.txt
  keep me
  $ ls -A .redress
  ledger.db
  policy.toml
  report-sla.last
  templates
