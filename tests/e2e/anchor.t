redress anchor and verify --anchors: the chain head written down outside the ledger
=================================================================================

The hash chain's key sits in ledger.db, so someone who can write the file can rewrite an event
and recompute every hash after it: `verify` alone then passes. An anchor, written somewhere
else, catches that, and catches committed events that were lost (a deleted WAL file).

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ redress anchor
  redress: error: the ledger has no events yet: there is nothing to anchor
  [4]
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email \
  >   --category delivery --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-16 16:30"
  CMP-2026-00001
  $ redress -q resolve 1 --outcome refund --amount 25.50 --at "2026-11-17 10:00"
  $ cp .redress/ledger.db one.db

Without a file it prints the anchor (for a nightly mail); with --file it appends it too. The
id is the ledger's own, from `init`.

  $ redress anchor
  redress-anchor 2026-11-20T11:00:00Z ledger=???????????????????????????????? event=2 hash=???????????????????????????????????????????????????????????????? (glob)
  $ mkdir elsewhere
  $ redress anchor --file elsewhere/anchors
  redress-anchor 2026-11-20T11:00:00Z ledger=* event=2 hash=* (glob)
  $ stat -c %a elsewhere/anchors
  600
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" --at "2026-11-18 09:00"
  CMP-2026-00002

The policy can name the file (relative to the folder that holds .redress/); -q prints nothing.

  $ sed -i 's/^\(currency = "EUR".*\)$/\1\nanchors = "elsewhere\/anchors"/' .redress/policy.toml
  $ grep -A1 '^currency' .redress/policy.toml
  currency = "EUR"               # ISO 4217 code for compensation
  anchors = "elsewhere/anchors"
  $ redress policy check
  */.redress/policy.toml: ok (4 severities, 5 categories, 8 channels, 7 outcomes) (glob)
  $ FAKETIME="2026-11-20 23:00:00" redress -q anchor
  $ wc -l < elsewhere/anchors
  2
  $ redress verify --anchors elsewhere/anchors | tail -1
  anchors      ok: 2 anchored heads are still in the chain
  $ cp .redress/ledger.db good.db

Rewriting the compensation and recomputing the whole chain with the key from the file (what an
attacker with write access can do): `verify` alone passes, the anchors do not.

  $ $PYTHON - .redress/ledger.db <<'EOF'
  > import hashlib, hmac, sqlite3, sys
  > db = sqlite3.connect(sys.argv[1])
  > key = bytes.fromhex(db.execute("SELECT value FROM meta WHERE key = 'digest_key'").fetchone()[0])
  > def item(v):
  >     return b"-," if v is None else str(len(str(v).encode())).encode() + b":" + str(v).encode() + b","
  > trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'").fetchone()[0]
  > db.execute("DROP TRIGGER events_append_only_update")
  > db.execute("UPDATE events SET data = replace(data, '\"minor\":2550', '\"minor\":255000') WHERE id = 2")
  > db.execute("UPDATE complaints SET compensation_minor = 255000 WHERE id = 1")
  > prev = ""
  > for row in db.execute("SELECT id, complaint_id, at, recorded_at, actor, type, data, personal_digest FROM events ORDER BY id").fetchall():
  >     h = hashlib.sha256(b"redress-event-v1" + b"".join(item(v) for v in list(row) + [prev])).hexdigest()
  >     db.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, row[0]))
  >     prev = h
  > db.execute(trigger)
  > db.commit()
  > EOF
  $ redress -q verify
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["compensation"])'
  {'amount': '2550.00', 'currency': 'EUR'}
  $ redress -q verify --anchors elsewhere/anchors
  redress: error: event 2 no longer has the hash anchored 2026-11-20T11:00:00Z: the log was rewritten; keep this copy for investigation and restore the last good backup
  [7]

Committed events lost (the WAL deleted before a checkpoint): nothing else can tell, once the
search index is also put back as it was then (its tables are plain tables too).

  $ cp good.db .redress/ledger.db
  $ rm -f .redress/ledger.db-wal .redress/ledger.db-shm
  $ $PYTHON - .redress/ledger.db <<'EOF'
  > import sqlite3, sys
  > db = sqlite3.connect(sys.argv[1])
  > db.execute("PRAGMA foreign_keys = OFF")
  > db.execute("DROP TRIGGER events_append_only_delete")
  > db.execute("DELETE FROM events WHERE complaint_id = 2")
  > db.execute("DELETE FROM complaints WHERE id = 2")
  > db.execute("DELETE FROM customers WHERE id = 2")
  > db.execute("UPDATE reference_sequences SET last_seq = 1")
  > db.execute("ATTACH 'one.db' AS old")
  > for table in ("search_index_data", "search_index_idx", "search_index_content"):
  >     db.execute(f"DELETE FROM {table}")
  >     db.execute(f"INSERT INTO {table} SELECT * FROM old.{table}")
  > db.execute("CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events\nBEGIN\n  SELECT RAISE(ABORT, 'events are append-only');\nEND")
  > db.commit()
  > EOF
  $ redress -q verify
  $ redress -q verify --anchors elsewhere/anchors
  redress: error: event 3, anchored 2026-11-20T23:00:00Z, is no longer in the log (it ends at event 2): committed events were lost or removed; keep this copy for investigation and restore the last good backup
  [7]

A line that is not an anchor, an anchor of another ledger, a missing file.

  $ printf 'redress-anchor yesterday\n' > bad
  $ redress verify --anchors bad
  redress: error: bad:1: not an anchor; each line reads 'redress-anchor TIME ledger=ID event=N hash=HEX', as 'redress anchor' writes it
  [5]
  $ sed 's/ledger=[0-9a-f]*/ledger=0123abcd/' elsewhere/anchors > other
  $ redress verify --anchors other
  redress: error: the anchor of 2026-11-20T11:00:00Z is of another ledger (0123abcd); this ledger's anchors name ledger=* (glob)
  [5]
  $ redress verify --anchors nowhere
  redress: error: cannot read --anchors 'nowhere'
  [3]

Never through a symbolic link (another user could point it at a file of yours).

  $ ln -s victim link
  $ redress anchor --file link
  redress: error: cannot append to link: it is a symbolic link
  [1]
  $ test -e victim
  [1]
