A ledger locked by another process
==================================

Writers take the ledger's write lock up front and wait for it up to the busy timeout
(5 s, or $REDRESS_BUSY_TIMEOUT_MS); past it they give up with exit 6 and write nothing.
Readers never wait: the database is in WAL mode.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ redress -q file --customer Ana --channel email --category delivery --summary "Late" --at "2026-11-19 10:00"
  CMP-2026-00001

`hold SECONDS` holds the write lock from the sqlite3 shell (BEGIN IMMEDIATE), and returns once
the lock is taken.

  $ hold() {
  >   rm -f locked
  >   (printf 'BEGIN IMMEDIATE;\n.shell touch locked\n'; sleep "$1"; printf 'ROLLBACK;\n') \
  >     | sqlite3 .redress/ledger.db >/dev/null 2>&1 &
  >   while [ ! -e locked ]; do sleep 0.02; done
  > }
  $ dump() { sqlite3 .redress/ledger.db .dump | md5sum; }
  $ dump > before

Held for 3 s, with a timeout of 300 ms: exit 6, and nothing was written.

  $ hold 3
  $ REDRESS_BUSY_TIMEOUT_MS=300 redress file --customer Ivo --channel email --category delivery --summary "Broken"
  redress: error: the ledger is locked by another process and stayed locked for 300 ms; nothing was changed; try again in a moment
  [6]
  $ REDRESS_BUSY_TIMEOUT_MS=300 redress ack 1
  redress: error: the ledger is locked by another process and stayed locked for 300 ms; nothing was changed; try again in a moment
  [6]

Reading goes on meanwhile.

  $ redress list --format tsv | cut -f1,2
  reference\tstatus (esc)
  CMP-2026-00001\tnew (esc)
  $ redress -q verify
  $ wait
  $ dump | cmp - before

Held for 1 s, with the default 5 s timeout: the command waits, then goes through.

  $ hold 1
  $ redress ack 1 --at "2026-11-19 11:00"
  CMP-2026-00001: acknowledged; acknowledge target met
  $ wait
  $ redress -q verify

A timeout that is not a number of milliseconds is a usage error.

  $ REDRESS_BUSY_TIMEOUT_MS=soon redress list
  redress: error: REDRESS_BUSY_TIMEOUT_MS='soon' is not a timeout; give whole milliseconds from 0 to 3600000
  [2]
