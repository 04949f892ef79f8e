sweep: the cron job
===================

Default policy: Mon-Fri 09:00-12:30 and 13:00-17:00 in Europe/Zagreb; normal targets 4h to
acknowledge, 5d to resolve; at risk from 80% used; sweep escalates at-risk complaints to
level 1 (team-lead) and breached ones to level 2 (manager), and closes resolved complaints
14 business days after resolution. Now is Friday 2026-11-20 12:00 in Zagreb.
Sweep prints TSV when piped (for cron mail or logs), a table on a terminal.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=cron
  $ redress init -q
  $ f() { redress file -q --customer "$1" --channel email --category delivery --summary "$2" --at "$3"; }

A: filed Monday 10:00, never acknowledged: due 14:30 that day, so breached.

  $ a=$(f "Ivana Horvat" "Kotač savijen" "2026-11-16 10:00")

B: filed and acknowledged Monday 09:00; by Friday 12:00 it has used 33h of its 37h30 (88%):
at risk.

  $ b=$(f "山田太郎" "配達が遅れた" "2026-11-16 09:00"); redress -q ack "$b" --at "2026-11-16 09:30"

C: resolved Tuesday 2026-10-20 10:00: 14 business days later is Monday 2026-11-09 10:00,
so it is closed. D: resolved this Wednesday, so it stays resolved.

  $ c=$(f "مریم احمدی" "برداشت دوباره" "2026-10-19 15:00"); redress -q resolve "$c" --outcome refund --amount 12.50 --at "2026-10-20 10:00"
  $ d=$(f "Marko Novak" "Late again" "2026-11-17 09:00"); redress -q resolve "$d" --outcome apology --at "2026-11-18 09:00"

E: filed this morning: running, nothing to do.

  $ e=$(f "Ana Kovač" "Nova reklamacija" "2026-11-20 10:00")

As of Monday 2026-11-16 16:00, A was already late (due 14:30) and C long resolved; B was
only 6h30 into its 37h30, and E not yet filed:

  $ redress sweep --dry-run --as-of "2026-11-16 16:00"
  reference\taction\tdetails (esc)
  CMP-2026-00001\twould be escalated\tto manager (level 2): acknowledge target breached (esc)
  CMP-2026-00003\twould be closed\tresolved 2026-10-20 10:00, more than 14d ago (esc)
  $ redress sweep --dry-run
  reference\taction\tdetails (esc)
  CMP-2026-00001\twould be escalated\tto manager (level 2): acknowledge target breached (esc)
  CMP-2026-00002\twould be escalated\tto team-lead (level 1): resolve target at-risk (esc)
  CMP-2026-00003\twould be closed\tresolved 2026-10-20 10:00, more than 14d ago (esc)
  $ redress sweep
  reference\taction\tdetails (esc)
  CMP-2026-00001\tescalated\tto manager (level 2): acknowledge target breached (esc)
  CMP-2026-00002\tescalated\tto team-lead (level 1): resolve target at-risk (esc)
  CMP-2026-00003\tclosed\tresolved 2026-10-20 10:00, more than 14d ago (esc)
  $ redress list --format tsv | cut -f1,2,19
  reference\tstatus\tescalation_level (esc)
  CMP-2026-00003\tclosed\t0 (esc)
  CMP-2026-00002\tacknowledged\t1 (esc)
  CMP-2026-00001\tnew\t2 (esc)
  CMP-2026-00004\tresolved\t0 (esc)
  CMP-2026-00005\tnew\t0 (esc)
  $ redress show "$a" --format json | $PYTHON -c 'import json,sys; e=json.load(sys.stdin)["events"][-1]; print(e["type"], e["actor"], e["at"], e["details"])'
  escalated cron 2026-11-20T11:00:00Z {'escalation_level': 2, 'level_name': 'manager', 'reason': 'acknowledge target breached'}

A second run right after changes nothing, and prints nothing at all when piped, so that
`redress sweep | mail -E ...` sends no mail; on a terminal it says so, and JSON stays JSON:

  $ sqlite3 .redress/ledger.db .dump | md5sum > before
  $ redress sweep
  $ redress sweep --format csv
  $ redress --format table sweep
  Nothing to do.
  $ redress --format json sweep
  []
  $ sqlite3 .redress/ledger.db .dump | md5sum | diff before - && echo unchanged
  unchanged

On Tuesday 24th 09:00, B's resolve target (Monday 23rd 09:00) is breached: level 1 to 2.
E, never acknowledged, breached on Friday 14:00; A is already at level 2:

  $ FAKETIME="2026-11-24 08:00:00" redress sweep
  reference\taction\tdetails (esc)
  CMP-2026-00002\tescalated\tto manager (level 2): resolve target breached (esc)
  CMP-2026-00005\tescalated\tto manager (level 2): acknowledge target breached (esc)
  $ redress sweep --as-of "2026-11-25 09:00"
  redress: error: --as-of 2026-11-25 09:00:00 is in the future; sweep records what it does; it cannot act later than now
  [5]
  $ redress sweep --as-of tomorrow
  redress: error: --as-of: 'tomorrow' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
