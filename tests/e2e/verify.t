redress verify: the database, the hash chain, and every complaint rebuilt from its events
=========================================================================================

Every event is chained to the one before it by a SHA-256 hash over its contents and a keyed
digest of its personal text (lib/store/events_table.hpp); `verify` checks the schema, walks
the chain, rebuilds every complaint from its events, and checks the reference counters, the
customers and the recorded policies against them. Here we tamper with the database behind the
tool's back, with the `sqlite3` shell, and `verify` names what was changed and exits 7.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q

An empty ledger verifies.

  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: no events yet
  projections  ok: 0 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded

A ledger that went through every step of the lifecycle, a sweep and an import.

  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email \
  >   --category delivery --severity high --summary "Bicikl isporučen s oštećenim kotačem" \
  >   --details "Prednji kotač" --evidence-note photo.jpg --at "2026-11-16 16:30"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" --at "2026-11-17 09:00"
  CMP-2026-00002
  $ redress file -q --customer "مریم احمدی" --channel web --category billing --allow-incomplete \
  >   --summary "دو بار از من پول گرفتند" --confidential --at "2026-11-17 10:00"
  CMP-2026-00003
  $ redress -q ack 1 --note "Javili smo se" --at "2026-11-17 09:15"
  $ redress -q assign 1 --to "Marko Marić" --at "2026-11-17 10:00"
  $ redress -q wait 1 --reason "Fotografije" --at "2026-11-17 11:00"
  $ redress -q resume 1 --at "2026-11-18 11:00"
  $ redress -q change 1 --severity normal --at "2026-11-18 12:00"
  $ redress -q escalate 1 --at "2026-11-18 12:30"
  $ redress -q resolve 1 --outcome refund --amount 25.50 --root-cause "Dostava" --at "2026-11-19 10:00"
  $ redress -q followup 1 --score 4 --at "2026-11-19 15:00"
  $ redress -q close 1 --at "2026-11-19 15:05"
  $ redress -q reopen 1 --reason "Opet" --at "2026-11-20 09:00"
  $ redress -q note 2 "Nazvali" --visible
  $ redress -q reject 3 --reason "Nema dokaza"
  $ redress sweep --format tsv
  reference\taction\tdetails (esc)
  CMP-2026-00002\tescalated\tto manager (level 2): acknowledge target breached (esc)
  $ printf 'received_at,channel,customer_name,category,summary,status,acknowledged_at,resolved_at,closed_at,outcome,compensation_amount,satisfaction,assignee\r\n2026-11-02 10:00,email,Ana,delivery,late,closed,2026-11-02 11:00,2026-11-03 12:00,2026-11-05 09:00,refund,12.50,4,bob\r\n2026-11-03 10:00,phone,Ivo,delivery,broken,waiting,2026-11-03 11:00,,,,,,\r\n' > old.csv
  $ redress import old.csv
  imported 2 complaints from old.csv: CMP-2026-00004 to CMP-2026-00005
  $ cp .redress/ledger.db before-resume.db
  $ redress -q resume 5 --reason "Javio se"
  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: 19 events, head is event 19 ???????????????????????????????????????????????????????????????? (glob)
  projections  ok: 5 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  $ redress verify --format json | $PYTHON -c 'import json,sys; r=json.load(sys.stdin); print(r["ok"], r["events"], r["complaints"], len(r["head_hash"]), r["problem"])'
  True 19 5 64 None

The chain columns: the first event chains to nothing, each later one to the hash before it.

  $ sqlite3 .redress/ledger.db "SELECT id, prev_hash = '', length(hash), personal_digest IS NULL FROM events WHERE id <= 5"
  1|1|64|0
  2|0|64|0
  3|0|64|0
  4|0|64|0
  5|0|64|1
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM events AS e JOIN events AS p ON p.id = e.id - 1 WHERE e.prev_hash = p.hash"
  18

The encoding documented in lib/store/events_table.hpp and docs/ARCHITECTURE.md, written again
in Python from the documentation alone, gives the same digests and hashes.

  $ $PYTHON - .redress/ledger.db <<'EOF'
  > import hashlib, hmac, sqlite3, sys
  > db = sqlite3.connect(sys.argv[1])
  > ledger_key = bytes.fromhex(db.execute("SELECT value FROM meta WHERE key = 'digest_key'").fetchone()[0])
  > keys_from = int(db.execute("SELECT value FROM meta WHERE key = 'personal_keys_from'").fetchone()[0])
  > def key(event_id, complaint_id):
  >     if event_id < keys_from:
  >         return ledger_key
  >     return bytes.fromhex(db.execute("SELECT personal_key FROM complaints WHERE id = ?", (complaint_id,)).fetchone()[0])
  > def item(v):
  >     if v is None:
  >         return b"-,"
  >     b = str(v).encode()
  >     return str(len(b)).encode() + b":" + b + b","
  > prev, n = "", 0
  > for row in db.execute("SELECT id, complaint_id, at, recorded_at, actor, type, data, personal,"
  >                       " personal_digest, prev_hash, hash FROM events ORDER BY id"):
  >     *fields, personal, digest, prev_hash, h = row
  >     assert digest == (None if personal is None else
  >                       hmac.new(key(row[0], row[1]), personal.encode(), hashlib.sha256).hexdigest())
  >     encoded = b"redress-event-v1" + b"".join(item(v) for v in fields + [digest, prev_hash])
  >     assert prev_hash == prev and hashlib.sha256(encoded).hexdigest() == h, row[0]
  >     prev, n = h, n + 1
  > print(n, "events match")
  > EOF
  19 events match

Keep a good copy; each case below starts from it. (The last command closed the database, so
the file holds everything: no -wal file is left.)

  $ cp .redress/ledger.db good.db
  $ restore() { cp good.db .redress/ledger.db; rm -f .redress/ledger.db-wal .redress/ledger.db-shm; }

A careful attacker drops the append-only triggers, edits, and puts the triggers back exactly as
they were, so that the schema looks untouched. `tamper` does that.

  $ sqlite3 good.db "SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'" > triggers.sql
  $ tamper() {
  >   restore
  >   sqlite3 .redress/ledger.db "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete; $1"
  >   sqlite3 .redress/ledger.db < triggers.sql
  > }
  $ tamper "DELETE FROM meta WHERE 0"
  $ redress -q verify

An event's data edited: its hash no longer matches.

  $ tamper "UPDATE events SET data = json_set(data, '$.outcome', 'apology') WHERE type = 'resolved'"
  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        FAILED after 9 good events
  redress: error: event 10 (CMP-2026-00001, resolved): its contents do not match its hash (it was changed after it was written); keep this copy for investigation and restore the last good backup
  [7]

Its actor or time edited: the same.

  $ tamper "UPDATE events SET actor = 'mallory' WHERE id = 4"
  $ redress -q verify
  redress: error: event 4 (CMP-2026-00001, acknowledged): its contents do not match its hash (it was changed after it was written); keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE events SET at = at - 3600 WHERE id = 5"
  $ redress -q verify
  redress: error: event 5 (CMP-2026-00001, assigned): its contents do not match its hash (it was changed after it was written); keep this copy for investigation and restore the last good backup
  [7]

Personal text edited: its keyed digest no longer matches.

  $ tamper "UPDATE events SET personal = json_set(personal, '$.summary', 'Sve je u redu') WHERE id = 1"
  $ redress -q verify
  redress: error: event 1 (CMP-2026-00001, filed): its personal text does not match its digest (it was changed after it was written); keep this copy for investigation and restore the last good backup
  [7]

An event deleted: the log has a hole.

  $ tamper "DELETE FROM events WHERE type = 'escalated' AND complaint_id = 1"
  $ redress -q verify
  redress: error: event 9 is missing: the log goes from event 8 to event 10 (CMP-2026-00001, resolved); keep this copy for investigation and restore the last good backup
  [7]

The newest event deleted: no hole, but complaint 5 is no longer what its events say.

  $ tamper "DELETE FROM events WHERE id = (SELECT max(id) FROM events)"
  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: 18 events, head is event 18 ???????????????????????????????????????????????????????????????? (glob)
  projections  FAILED after 4 good complaints
  redress: error: complaint CMP-2026-00005: paused_since is none in the complaints table but '2026-11-03T10:00:00Z' by its events; keep this copy for investigation and restore the last good backup
  [7]

Events renumbered to close the hole: the chain breaks where the event was taken out.

  $ tamper "DELETE FROM events WHERE id = 12; UPDATE events SET id = id - 1 WHERE id > 12"
  $ redress -q verify
  redress: error: event 12 (CMP-2026-00001, reopened) does not chain to the event before it (its prev_hash differs); keep this copy for investigation and restore the last good backup
  [7]

The projection edited: the complaints table no longer matches the events.

  $ tamper "UPDATE complaints SET status = 'closed' WHERE reference = 'CMP-2026-00002'"
  $ redress -q verify
  redress: error: complaint CMP-2026-00002: status is 'closed' in the complaints table but 'new' by its events; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE complaints SET compensation_minor = 2550000 WHERE id = 1"
  $ redress -q verify
  redress: error: complaint CMP-2026-00001: compensation is {"currency":"EUR","minor":2550000} in the complaints table but {"currency":"EUR","minor":2550} by its events; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE complaints SET acknowledge_due_at = acknowledge_due_at + 86400 WHERE id = 2"
  $ redress -q verify
  redress: error: complaint CMP-2026-00002: acknowledge_due_at is '2026-11-18T12:30:00Z' in the complaints table but '2026-11-17T12:30:00Z' by its events; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE complaints SET summary = 'Nothing happened' WHERE id = 2"
  $ redress -q verify
  redress: error: complaint CMP-2026-00002: summary in the complaints table differs from its events; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE complaints SET received_at = received_at + 60 WHERE id = 3"
  $ redress -q verify
  redress: error: complaint CMP-2026-00003: received_at is '2026-11-17T09:01:00Z' in the complaints table but '2026-11-17T09:00:00Z' by its events; keep this copy for investigation and restore the last good backup
  [7]

A forged event inserted: it has no hash; with a made-up hash, the hash does not match.

  $ tamper "INSERT INTO events (complaint_id, at, recorded_at, actor, type, data) VALUES (2, 1795000000, 1795000000, 'mallory', 'resolved', '{\"status\":\"resolved\"}')"
  $ redress -q verify
  redress: error: event 20 (CMP-2026-00002, resolved) has no hash: redress did not write it; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "INSERT INTO events (complaint_id, at, recorded_at, actor, type, data, prev_hash, hash) SELECT 2, 1795000000, 1795000000, 'mallory', 'noted', '{}', hash, lower(hex(randomblob(32))) FROM events WHERE id = (SELECT max(id) FROM events)"
  $ redress -q verify
  redress: error: event 20 (CMP-2026-00002, noted): its contents do not match its hash (it was changed after it was written); keep this copy for investigation and restore the last good backup
  [7]

A forged complaint with no events, and one whose customer was deleted.

  $ tamper "INSERT INTO complaints (reference, year, seq, status, received_at, channel, customer_id, category, severity, summary, last_event_at) VALUES ('CMP-2026-00006', 2026, 6, 'resolved', 1795000000, 'email', 1, 'delivery', 'normal', 'x', 1795000000)"
  $ redress -q verify
  redress: error: complaint CMP-2026-00006 has no events; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "PRAGMA foreign_keys = OFF; DELETE FROM customers WHERE id = 2"
  $ redress -q verify
  redress: error: the database is damaged: row 2 of complaints refers to a missing row of customers; keep this copy for investigation and restore the last good backup
  [7]

The reference counter lowered: the next `file` would reuse CMP-2026-00005. Raised: it would
skip numbers.

  $ tamper "UPDATE reference_sequences SET last_seq = 4 WHERE year = 2026"
  $ redress -q verify
  redress: error: reference_sequences says the last reference of 2026 is number 4, but the complaints go up to 5: the next filing would reuse a reference; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE reference_sequences SET last_seq = 9 WHERE year = 2026"
  $ redress -q verify
  redress: error: reference_sequences says the last reference of 2026 is number 9, but the complaints go up to 5: the next filing would skip numbers; keep this copy for investigation and restore the last good backup
  [7]

A customer's record edited, or a complaint moved to another customer (no personal data in the
message).

  $ tamper "UPDATE customers SET phone = '+385 1 999 999' WHERE id = 1"
  $ redress -q verify
  redress: error: customer #1: phone in the customers table differs from what their complaints' events say; keep this copy for investigation and restore the last good backup
  [7]
  $ tamper "UPDATE complaints SET customer_id = 1 WHERE reference = 'CMP-2026-00002'"
  $ redress -q verify
  redress: error: complaint CMP-2026-00002 points to customer #1, but it was filed by someone else; keep this copy for investigation and restore the last good backup
  [7]

The customer details a complaint shows edited: they no longer match its first event.

  $ tamper "UPDATE complaints SET customer_phone = '+385 1 999 999' WHERE id = 1"
  $ redress -q verify
  redress: error: complaint CMP-2026-00001: customer_phone in the complaints table differs from its events; keep this copy for investigation and restore the last good backup
  [7]

The policy a complaint names changed, and a recorded policy's text edited.

  $ tamper "UPDATE complaints SET policy_digest = lower(hex(randomblob(32))) WHERE id = 2"
  $ redress -q verify
  redress: error: complaint CMP-2026-00002 (event 2, filed): policy_digest is '*' in the complaints table but '*' by its events; keep this copy for investigation and restore the last good backup (glob)
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "DROP TRIGGER policies_append_only_update; UPDATE policies SET text = replace(text, '4h', '40h'); CREATE TRIGGER policies_append_only_update BEFORE UPDATE ON policies
  > BEGIN
  >   SELECT RAISE(ABORT, 'recorded policies are append-only');
  > END;"
  $ redress -q verify
  redress: error: the recorded text of policy * does not hash to its digest (it was changed after it was recorded); keep this copy for investigation and restore the last good backup (glob)
  [7]

The schema itself: an append-only trigger dropped, one weakened so that it never fires, an
extra trigger added, an index dropped. Each is reported, even with every event intact.

  $ restore
  $ sqlite3 .redress/ledger.db "DROP TRIGGER events_append_only_delete"
  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       FAILED
  redress: error: the trigger events_append_only_delete of table events is missing; keep this copy for investigation and restore the last good backup
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "DROP TRIGGER events_append_only_update; CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events WHEN 0 BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
  $ redress -q verify
  redress: error: the trigger events_append_only_update of table events is not the one redress created (its definition was changed); keep this copy for investigation and restore the last good backup
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "CREATE TRIGGER quiet AFTER INSERT ON events BEGIN SELECT 1; END"
  $ redress -q verify
  redress: error: the ledger has a trigger quiet on table events that redress did not create; keep this copy for investigation and restore the last good backup
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "DROP INDEX complaints_customer"
  $ redress -q verify
  redress: error: the index complaints_customer of table complaints is missing; keep this copy for investigation and restore the last good backup
  [7]

The search index edited (its tables are plain tables to the sqlite3 shell): a text changed, an
entry gone, or the words of an older state put back under the current texts. The rowid is the
receipt time and the complaint id (its low 29 bits). In the last case `javio` is missing from
the index and `se` is counted in one complaint instead of two: 2 of the texts' 34 words.

  $ restore
  $ sqlite3 .redress/ledger.db "UPDATE search_index_content SET c0 = 'Bicikl stigao cijel' WHERE id & 536870911 = 1"
  $ redress -q verify
  redress: error: the search index holds another summary for complaint CMP-2026-00001 than its events give; keep this copy for investigation and restore the last good backup
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "DELETE FROM search_index_content WHERE id & 536870911 = 4"
  $ redress -q verify
  redress: error: the search index has no entry for complaint CMP-2026-00004; keep this copy for investigation and restore the last good backup
  [7]
  $ restore
  $ sqlite3 .redress/ledger.db "ATTACH 'before-resume.db' AS old; DELETE FROM search_index_data; INSERT INTO search_index_data SELECT * FROM old.search_index_data; DELETE FROM search_index_idx; INSERT INTO search_index_idx SELECT * FROM old.search_index_idx"
  $ redress -q verify
  redress: error: the search index's words are not those of the texts it holds (2 of 34 words differ): it was changed behind redress's back, or by a redress that cut words otherwise; keep this copy for investigation and restore the last good backup
  [7]

Bytes of the file overwritten: SQLite's own check finds it.

  $ restore
  $ size=$(stat -c %s .redress/ledger.db)
  $ head -c 4096 /dev/zero | dd of=.redress/ledger.db bs=4096 seek=$((size / 4096 - 2)) conv=notrunc status=none
  $ redress -q verify
  redress: error: the ledger database is damaged: database disk image is malformed
  [7]
  $ redress -q verify >/dev/null 2>&1
  [7]

And the good copy still verifies.

  $ restore
  $ redress -q verify
