Moving an SQLite ledger into PostgreSQL: redress migrate --to URL
=================================================================

A shop has kept its ledger in SQLite and moves it to the PostgreSQL server its branches will
share. `newdb NAME` makes an empty database on the run's test server and prints its URL;
`$REDRESS_REAL init` makes a plain SQLite ledger (this folder's `redress init` would make a
PostgreSQL one). /usr/bin/sqlite3 is the real one.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ newdb() { env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_PG_URL" -c "CREATE DATABASE $1" && printf '%s\n' "${REDRESS_TEST_PG_URL/\/postgres\?//$1?}"; }
  $ sql() { env -u LD_PRELOAD psql -X -q -A -t -v ON_ERROR_STOP=1 "$1" -c "$2"; }
  $ mkdir shop && cd shop
  $ "$REDRESS_REAL" init -q
  $ cat > send <<'SH'
  > #!/bin/sh
  > cat > /dev/null
  > [ -e die ] && kill -9 "$PPID"
  > exit 0
  > SH
  $ chmod +x send
  $ cat >> .redress/policy.toml <<'TOML'
  > [messages]
  > send = "./send"
  > from = "Trgovina Kotač <pomoc@kotac.example>"
  > 
  > [fields.order_number]
  > type = "text"
  > pattern = "[A-Z]-[0-9]{4}"
  > 
  > [fields.quantity]
  > type = "integer"
  > 
  > [fields.store_contact]
  > type = "text"
  > personal = true
  > TOML
  $ redress policy check -q

A realistic ledger: customers in Croatian, Japanese and Persian with custom fields, a step of
each kind, a correction and a merge of customers, an erased customer, messages (one whose
sender died, so its claim stays), a reopening and evidence files.

  $ f() { redress file -q --channel email --category delivery "$@"; }
  $ f --customer "Mirjana Ćosić" --email mirjana@example.hr --language hr --summary "Paket je stigao oštećen" \
  >   --details "Kutija je bila mokra" --field order_number=A-1234 --field quantity=2 --at "2026-11-16 09:00"
  CMP-2026-00001
  $ f --customer "山田太郎" --email yamada@example.jp --language ja --summary "配達が遅れた" \
  >   --field store_contact="佐藤" --at "2026-11-16 10:00"
  CMP-2026-00002
  $ f --customer "مریم احمدی" --email maryam@example.ir --language fa --summary "دو بار از کارت من برداشت شد" \
  >   --at "2026-11-17 12:00"
  CMP-2026-00003
  $ f --customer "Mirjana Cosic" --member-id HR-77 --summary "Drugi paket također" --at "2026-11-18 08:00"
  CMP-2026-00004
  $ f --customer "Ivana Horvat" --email ivana@example.hr --summary "Kotač savijen" --confidential --at "2026-11-18 09:00"
  CMP-2026-00005
  $ redress ack -q 1 --at "2026-11-16 11:00" && redress ack -q 2 --at "2026-11-16 12:00"
  $ redress note -q 2 "Kurir je potvrdio kašnjenje" --visible --at "2026-11-16 13:00"
  $ redress resolve -q 1 --outcome refund --amount 25.00 --root-cause "Oštećeno u prijevozu" --at "2026-11-17 09:00"
  $ redress reopen -q 1 --reason "Povrat nije stigao" --at "2026-11-18 09:00"
  $ redress ack -q 3 --at "2026-11-18 09:30" && redress wait -q 3 --reason "Čekamo izvod" --at "2026-11-18 10:00"
  $ redress resolve -q 2 --outcome apology --at "2026-11-18 11:00"
  $ redress close -q 2
  $ printf 'fotografija\n' > photo.jpg && printf '%%PDF-1.4 račun\n' > receipt.pdf
  $ redress attach -q 1 photo.jpg receipt.pdf
  $ redress customer update 1 --phone "+385 98 765 4321" --complaints open
  customer #1: corrected phone; the details of 1 complaint (CMP-2026-00001)
  $ redress customer merge 4 1 -q
  $ redress message 1 update --send -q
  $ touch die && (redress message 3 waiting --send -q; echo "exit $?") 2>/dev/null; rm die
  exit 137
  $ /usr/bin/sqlite3 .redress/ledger.db "SELECT complaint_id, kind FROM message_claims"
  3|waiting
  $ redress customer erase ivana@example.hr --reason "zahtjev za brisanje" -q
  $ redress verify -q

What it has now, to compare with after the move:

  $ snap() {
  >   redress export --format csv --include-confidential > $1.csv
  >   redress export --format json --include-confidential > $1.json
  >   redress export --events --format json --include-confidential > $1.events.json
  >   redress customer list --format tsv --include-confidential > $1.customers
  >   redress search paket > $1.search
  >   redress show 3 > $1.show
  > }
  $ snap ../before
  $ wc -l < ../before.csv; grep -c '"reference"' ../before.json; grep -c '"type"' ../before.events.json
  6
  5
  19
  $ cut -f1 ../before.search; tail -1 ../before.show | cut -c1-60
  reference
  CMP-2026-00004
  CMP-2026-00001
  A 'waiting' message has been in sending since 2026-11-20 12:
  $ sha() { /usr/bin/sqlite3 .redress/ledger.db .dump | sha256sum; }
  $ ledger=$(sha); files=$(ls -l .redress .redress/evidence | sha256sum)
  $ unchanged() { [ "$(sha)" = "$ledger" ] && [ "$(ls -l .redress .redress/evidence | sha256sum)" = "$files" ] && echo "SQLite ledger unchanged"; }

Refusals change neither side
----------------------------

A password in the URL (libpq reads it from ~/.pgpass), a server that is not there, a database
that is not empty, and a ledger that does not verify:

  $ redress migrate --to "postgresql://ana:tajna@db.example.org/complaints"
  redress: error: the URL postgresql://ana:***@db.example.org/complaints carries a password; leave it out of the URL; libpq reads it from ~/.pgpass (or $PGPASSFILE)
  [2]
  $ unchanged
  SQLite ledger unchanged
  $ redress migrate --to "postgresql:///complaints?host=$PWD/no-server"
  redress: error: cannot connect to the ledger's PostgreSQL server at postgresql:///complaints?host=*/shop/no-server: connection to server on socket "*/shop/no-server/.s.PGSQL.5432" failed: No such file or directory; is the server running and the URL right? A password belongs in ~/.pgpass or $PGPASSFILE, never in the URL (glob)
  [1]
  $ unchanged
  SQLite ledger unchanged
  $ FULL=$(newdb migrate_taken) && sql "$FULL" "CREATE TABLE notes (t text)"
  $ redress migrate --to "$FULL"
  redress: error: the database at postgresql:///migrate_taken?host=* is not empty; move a ledger only into an empty database of its own; nothing was changed on either side (glob)
  [4]
  $ ELSEWHERE=$(newdb migrate_elsewhere) && sql "$ELSEWHERE" "CREATE SCHEMA acct; CREATE TABLE acct.invoices (n int)"
  $ redress migrate --to "$ELSEWHERE"
  redress: error: the database at postgresql:///migrate_elsewhere?host=* is not empty; move a ledger only into an empty database of its own; nothing was changed on either side (glob)
  [4]
  $ sql "$FULL" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
  1
  $ unchanged
  SQLite ledger unchanged
  $ OTHER=$(newdb migrate_other)
  $ (mkdir ../other && cd ../other && "$REDRESS_REAL" init -q && redress migrate -q --to "$OTHER") && redress migrate --to "$OTHER"
  redress: error: the database at postgresql:///migrate_other?host=* is not empty (it holds a ledger); move a ledger only into an empty database of its own; nothing was changed on either side (glob)
  [4]
  $ unchanged
  SQLite ledger unchanged

A ledger edited behind redress's back does not move (exit 7), and the database stays empty:

  $ cp -a . ../tampered && cd ../tampered
  $ /usr/bin/sqlite3 .redress/ledger.db "UPDATE complaints SET summary = 'ništa' WHERE id = 3"
  $ EMPTY=$(newdb migrate_empty)
  $ redress migrate --to "$EMPTY"
  redress: error: this ledger does not verify, so it was not moved: projections: complaint CMP-2026-00003: summary in the complaints table differs from its events; 'redress verify' shows the problem; nothing was changed on either side
  [7]
  $ sql "$EMPTY" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
  0
  $ ls .redress
  evidence
  ledger.db
  policy.toml
  templates
  $ cd ../shop

The move
--------

  $ URL=$(newdb migrate_shop)
  $ redress migrate --to "$URL"
  Moved the ledger to postgresql:///migrate_shop?host=*: (glob)
  5 complaints, 19 events, 2 evidence files. The copy verifies there, and its
  chain head is event 19 *, as here. (glob)
  Every command in this folder now works on it: */shop/.redress/store.toml names it. (glob)
  Other folders and hosts join it with 'redress init --join URL'.
  The old ledger.db stays, read-only; */shop/.redress/MOVED.txt says where it went. (glob)

The folder now uses PostgreSQL; the old files stay, read-only, with a note:

  $ ls .redress
  MOVED.txt
  evidence
  ledger.db
  policy.toml
  store.toml
  templates
  $ stat -c '%A %n' .redress/ledger.db .redress/policy.toml .redress/store.toml
  -r-------- .redress/ledger.db
  -r-------- .redress/policy.toml
  -rw------- .redress/store.toml
  $ grep -v '^#' .redress/store.toml
  url = 'postgresql:///migrate_shop?host=*' (glob)
  $ cat .redress/MOVED.txt
  This ledger was moved to PostgreSQL on 2026-11-20T11:00:00Z by ana:
    postgresql:///migrate_shop?host=* (glob)
  Every redress command in this folder now works on it (store.toml names it), under the
  policy kept in that database ('redress policy set FILE' changes it for every host).
  ledger.db and policy.toml are the ledger as it was then, left read-only: 5 complaints,
  19 events, chain head event 19 *. (glob)
  The evidence files were copied into the database; evidence/ keeps the originals.
  $ redress verify
  database     ok (the chain head names the newest event; the server enforces keys)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: 19 events, head is event 19 * (glob)
  projections  ok: 5 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  evidence     ok: 2 stored files match their digests

Every export is byte for byte what the SQLite ledger gave; so are the customers, a search and
a complaint with its pending message:

  $ snap ../after
  $ for f in csv json events.json customers search show; do cmp ../before.$f ../after.$f && echo "$f: same"; done
  csv: same
  json: same
  events.json: same
  customers: same
  search: same
  show: same

The database holds the same events, hashes and recorded times, and the policy of this folder:

  $ /usr/bin/sqlite3 .redress/ledger.db "SELECT id || ' ' || recorded_at || ' ' || hash FROM events ORDER BY id" > ../events.sqlite
  $ sql "$URL" "SELECT id || ' ' || recorded_at || ' ' || hash FROM events ORDER BY id" | cmp - ../events.sqlite && echo same events
  same events
  $ sql "$URL" "SELECT complaint_id, kind FROM message_claims"
  3|waiting
  $ sql "$URL" "SELECT digest FROM policy_settings" | cmp - <(sha256sum < .redress/policy.toml | cut -c1-64) && echo same policy
  same policy
  $ redress evidence get 1 1 -o - | cmp - photo.jpg && echo same evidence
  same evidence

New filings continue the references and the chain:

  $ f --customer "Ana Kovač" --email ana@example.hr --summary "Nova pritužba"
  CMP-2026-00006
  $ sql "$URL" "SELECT e.prev_hash = p.hash FROM events e JOIN events p ON p.id = e.id - 1 WHERE e.id = (SELECT max(id) FROM events)"
  t
  $ redress verify -q
  $ ls -l .redress/ledger.db | cut -c1-10; /usr/bin/sqlite3 .redress/ledger.db "SELECT count(*) FROM complaints"
  -r--------
  5

Moving it again is refused: it is in PostgreSQL already.

  $ redress migrate --to "$(newdb migrate_again)"
  redress: error: this ledger is kept in PostgreSQL already (postgresql:///migrate_shop?host=*); 'redress migrate --to' moves an SQLite ledger (.redress/ledger.db); nothing was changed (glob)
  [4]
