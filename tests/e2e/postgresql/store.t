A ledger kept in PostgreSQL
===========================

Two branches of a shop file into one ledger on a PostgreSQL server. The test server is the
run's throwaway one (tests/tools/pg-server); `newdb NAME` makes an empty database there and
prints its URL (Unix socket, no password).

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ newdb() { env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_PG_URL" -c "CREATE DATABASE $1" && printf '%s\n' "${REDRESS_TEST_PG_URL/\/postgres\?//$1?}"; }
  $ sql() { env -u LD_PRELOAD psql -X -q -A -t -v ON_ERROR_STOP=1 "$URL" -c "$1"; }
  $ URL=$(newdb branches)

`init --store` creates the schema and stores the policy in the database; the folder gets only
`store.toml` (owner-only, no password) and the message templates.

  $ mkdir zagreb split
  $ cd zagreb
  $ redress init --store "$URL"
  Created a redress ledger in the ledger's database (postgresql:///branches?host=*) (glob)
  and pointed /*/zagreb/.redress at it (/*/zagreb/.redress/store.toml). (glob)
  Other folders and hosts join it with 'redress init --join URL'.
  Record a complaint with 'redress file'.
  $ ls .redress
  store.toml
  templates
  $ stat -c %a .redress/store.toml
  600
  $ grep -v '^#' .redress/store.toml
  url = 'postgresql:///branches?host=*' (glob)
  $ redress policy check
  the ledger's database (postgresql:///branches?host=*): ok (4 severities, 5 categories, 8 channels, 7 outcomes) (glob)

Filing, the lifecycle, listing and search work as on SQLite: the same commands on an SQLite
ledger (`sqlite/`) print the same. (These transcripts run with `redress init` turned into
`init --store` by tests/tools/redress-on-postgresql; `$REDRESS_REAL init` is the plain one.)

  $ work() {
  >   redress file -q --customer "Mirjana Ćosić" --email mirjana@example.hr --channel email \
  >     --category delivery --summary "Paket je stigao oštećen" --at "2026-11-18 09:00"
  >   redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" \
  >     --at "2026-11-18 10:00"
  >   redress ack 1 -q --at "2026-11-18 11:00"
  >   redress resolve 1 -q --outcome refund --amount 12.50 --at "2026-11-19 09:00"
  > }
  $ work
  CMP-2026-00001
  CMP-2026-00002
  $ (mkdir ../sqlite && cd ../sqlite && "$REDRESS_REAL" init -q && work >/dev/null && ls .redress/ledger.db)
  .redress/ledger.db

The second branch joins the same ledger; its filing takes the next reference.

  $ cd ../split
  $ redress init --join "$URL"
  Connected /*/split/.redress to the redress ledger in the ledger's database (postgresql:///branches?host=*) (glob)
  Every command here now works on that ledger, under the policy it keeps.
  $ third() {
  >   redress file -q --customer "مریم احمدی" --channel web --category billing --allow-incomplete \
  >     --summary "دو بار از کارت من برداشت شد" --at "2026-11-19 12:00"
  > }
  $ third
  CMP-2026-00003
  $ (cd ../sqlite && third >/dev/null)
  $ redress list --format tsv | cut -f 1,2,5,10,12,21,22,24,25
  reference\tstatus\tcustomer_name\tcategory\tseverity\tacknowledge_due_at\tacknowledge_sla\tresolve_due_at\tresolve_sla (esc)
  CMP-2026-00001\tresolved\tMirjana \xc4\x86osi\xc4\x87\tdelivery\tnormal\t2026-11-18 13:30:00\tmet\t2026-11-25 09:00:00\tmet (esc)
  CMP-2026-00002\tnew\t\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e\tdelivery\tnormal\t2026-11-18 14:30:00\tbreached\t2026-11-25 10:00:00\trunning (esc)
  CMP-2026-00003\tnew\t\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\tbilling\tnormal\t2026-11-19 16:30:00\tbreached\t2026-11-24 12:00:00\trunning (esc)
  $ for command in "list --format tsv" "--format table list" "show 1" "search ostecen" "search 遅れ" \
  >     "report summary --format json" "export --format json"; do
  >   redress $command > pg.out
  >   (cd ../sqlite && redress $command) | cmp -s - pg.out && echo "$command: same" || echo "$command: DIFFERENT"
  > done
  list --format tsv: same
  --format table list: same
  show 1: same
  search ostecen: same
  search 遅れ: same
  report summary --format json: same
  export --format json: same

Events in JSON differ only in `recorded_at`: the database server's clock, which the fake clock
of these tests does not reach, against the clock of the host that wrote the event.

  $ redress show 3 --format json | grep -v '"recorded_at"' > pg.out
  $ (cd ../sqlite && redress show 3 --format json) | grep -v '"recorded_at"' | cmp - pg.out && echo same
  same
  $ (cd ../sqlite && redress show 3 --format json) | grep '"recorded_at"'
        "recorded_at": "2026-11-20T11:00:00Z",
  $ redress show 3 --format json | grep -c '"recorded_at": "2026-11-20T11:00:00Z"'
  0
  [1]
  $ redress verify
  database     ok (the chain head names the newest event; the server enforces keys)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: 5 events, head is event 5 * (glob)
  projections  ok: 3 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded

recorded_at is the database server's clock (the same for every host), not the faked one.

  $ sql "SELECT count(*) FROM events WHERE recorded_at > extract(epoch FROM now()) - 600"
  5

Export and import: a second ledger gets the same complaints.

  $ redress export --format json -o ../all.json
  $ cd ..
  $ mkdir copy && cd copy
  $ redress init -q --store "$(newdb copy)"
  $ redress import -q ../all.json
  $ redress export --format json | cmp - ../all.json && echo same
  same
  $ cd ../split

Mistakes get one line and the documented exit code, and change nothing.

  $ redress init --store "postgresql://ana:secret@db.example.org/complaints" ../other
  redress: error: the URL postgresql://ana:***@db.example.org/complaints carries a password; leave it out of the URL; libpq reads it from ~/.pgpass (or $PGPASSFILE)
  [2]
  $ redress init --store "postgresql://ana@db.example.org/complaints?pass%77ord=secret" ../other
  redress: error: the URL postgresql://ana@db.example.org/complaints?*** carries a password; leave it out of the URL; libpq reads it from ~/.pgpass (or $PGPASSFILE)
  [2]
  $ redress init --store "postgresql://ana:@db.example.org/complaints" ../other
  redress: error: the URL postgresql://ana:***@db.example.org/complaints carries a password; leave it out of the URL; libpq reads it from ~/.pgpass (or $PGPASSFILE)
  [2]
  $ redress init --store "$URL" ../other
  redress: error: the database at postgresql:///branches?host=* is not empty (it holds a ledger); give an empty database of its own to a new ledger; to use a ledger that is there, run 'redress init --join URL' (glob)
  [4]
  $ ls ../other
  ls: cannot access '../other': No such file or directory
  [2]
  $ redress init --join "$(newdb empty)" ../other
  redress: error: the database at postgresql:///empty?host=* holds no redress ledger; create one there with 'redress init --store URL' (glob)
  [1]
  $ REDRESS_STORE="postgresql:///nowhere?host=/nonexistent" redress list
  redress: error: cannot connect to the ledger's PostgreSQL server at postgresql:///nowhere?host=/nonexistent: * (glob)
  [1]

A ledger named with --ledger wins over $REDRESS_STORE: the command line over the environment.

  $ REDRESS_STORE="postgresql:///nowhere?host=/nonexistent" redress --ledger . list --format tsv | wc -l
  4

Whoever may write store.toml chooses the database every command here trusts: a symlink, or a
file another user owns that is not a shared folder's, is refused.

  $ mv .redress/store.toml ../kept.toml && ln -s ../../kept.toml .redress/store.toml
  $ redress list
  redress: error: refusing to read */.redress/store.toml: it is a symbolic link, so whoever may change it could point this folder at another database; put the file itself there: 'redress init --join URL' writes one (glob)
  [1]
  $ rm .redress/store.toml && cp ../kept.toml .redress/store.toml && chmod 644 .redress/store.toml
  $ chown nobody .redress/store.toml && redress list
  redress: error: refusing to read */.redress/store.toml: another user owns it, so they could point this folder at another database; if it is yours, 'redress init --join URL' in a folder of your own writes one (glob)
  [1]
  $ rm .redress/store.toml && cp ../kept.toml .redress/store.toml && chmod 600 .redress/store.toml

Writers take turns on the chain head's row lock: one that waits past the busy timeout exits 6
with nothing written.

  $ (env -u LD_PRELOAD psql -X -q "$URL" -c "BEGIN" -c "SELECT 1 FROM chain_head FOR UPDATE" -c "SELECT pg_sleep(3)" -c "COMMIT" >/dev/null &) ; sleep 1
  $ REDRESS_BUSY_TIMEOUT_MS=300 redress file -q --customer "Ivo" --channel email --category delivery --summary "Kasni"
  redress: error: the ledger is locked by another process and stayed locked for 300 ms; nothing was changed; try again in a moment
  [6]
  $ redress list --format tsv | wc -l
  4

Staff can connect as a role with only the rights of examples/postgresql/application-role.sql:
it files and handles complaints, and cannot rewrite the record.

  $ env -u LD_PRELOAD psql -X -q "$URL" -c "CREATE ROLE clerk_t LOGIN"
  $ env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 -v role=clerk_t -f "$REDRESS_SOURCE/examples/postgresql/application-role.sql" "$URL"
  $ CLERK=${URL/user=redress/user=clerk_t}
  $ mkdir ../clerk && cd ../clerk
  $ redress init -q --join "$CLERK"
  $ redress file -q --customer "Ivo Ivić" --channel email --category delivery --summary "Kasni"
  CMP-2026-00004
  $ redress -q ack 4 && redress -q resolve 4 --outcome refund --amount 5 && redress -q verify && echo clean
  clean
  $ env -u LD_PRELOAD psql -X -q "$CLERK" -c "DELETE FROM events"
  ERROR:  permission denied for table events
  [1]
  $ env -u LD_PRELOAD psql -X -q "$CLERK" -c "ALTER TABLE events DISABLE TRIGGER events_append_only_update"
  ERROR:  must be owner of table events
  [1]

The projection (complaints) it must be able to update; an edit there behind redress's back is
what verify finds, by rebuilding every complaint from its events.

  $ env -u LD_PRELOAD psql -X -q "$CLERK" -c "UPDATE complaints SET summary = 'nothing happened' WHERE id = 1"
  $ redress verify 2>&1 | tail -1
  redress: error: complaint CMP-2026-00001: summary in the complaints table differs from its events; keep this copy for investigation and restore the last good backup
  $ sql "UPDATE complaints SET summary = 'Paket je stigao oštećen' WHERE id = 1"
  $ redress -q verify && echo clean
  clean
  $ cd ../split

The policy every host files under is changed with `policy set` (here, a new reference prefix);
the numbers go on. A policy with a mistake is refused with its position, and nothing changes;
an SQLite ledger's policy stays its file.

  $ sed 's/^reference_prefix = "CMP"/reference_prefix = "BIKE"/' ../sqlite/.redress/policy.toml > bike.toml
  $ redress policy set bike.toml
  bike.toml is now the policy of the ledger's database (postgresql:///branches?host=*) (sha256 *); complaints filed before keep their due times (glob)
  $ (cd ../zagreb && redress file -q --customer "Ana" --channel email --category delivery --summary "Novi")
  BIKE-2026-00005
  $ redress -q show 1 | head -1
  CMP-2026-00001  resolved
  $ sed 's/^reference_prefix = "BIKE"/reference_prefix = "x"/' bike.toml > bad.toml
  $ redress policy set bad.toml
  redress: error: bad.toml:*:20: ledger.reference_prefix must be 1-10 capital letters or digits, starting with a letter (such as "ACME") (glob)
  [5]
  $ redress file -q --customer "Ana" --channel email --category delivery --summary "Opet"
  BIKE-2026-00006
  $ sql "SELECT id, actor FROM policy_settings ORDER BY id"
  1|ana
  2|ana
  $ redress -q verify && echo clean
  clean
  $ (cd ../sqlite && redress policy set ../split/bike.toml)
  redress: error: this ledger's policy is its file /*/sqlite/.redress/policy.toml; edit that file; 'redress policy check' validates it (glob)
  [4]

Events are append-only in the database itself; a disabled trigger is what verify reports.

  $ sql "UPDATE events SET actor = 'mallory' WHERE id = 1"
  ERROR:  events are append-only
  CONTEXT:  PL/pgSQL function events_erasure_only() line 13 at RAISE
  [1]
  $ sql "TRUNCATE events CASCADE"
  ERROR:  events are append-only
  CONTEXT:  PL/pgSQL function refuse_change() line 3 at RAISE
  [1]
  $ sql "ALTER TABLE events DISABLE TRIGGER events_append_only_update"
  $ redress verify
  database     ok (the chain head names the newest event; the server enforces keys)
  schema       FAILED
  redress: error: the trigger events_append_only_update is disabled; keep this copy for investigation and restore the last good backup
  [7]
  $ sql "ALTER TABLE events ENABLE TRIGGER events_append_only_update"
  $ sql "CREATE INDEX sneaky ON events (actor)"
  $ redress verify 2>&1 | tail -1
  redress: error: the ledger has an index sneaky that redress did not create; keep this copy for investigation and restore the last good backup
  $ sql "DROP INDEX sneaky"
  $ redress -q verify && echo clean
  clean
