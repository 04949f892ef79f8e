Upgrading a PostgreSQL ledger: redress upgrade
==============================================

Every host of a PostgreSQL ledger runs the same version of redress, so a newer redress does not
migrate the schema by the way: it refuses, and `redress upgrade` applies the pending migrations
once. The ledger here is made as the first version of the schema made them: the SQL of
schemas/postgresql/0001_initial.sql, then the rows `init --store` wrote.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ newdb() { env -u LD_PRELOAD psql -X -q -v ON_ERROR_STOP=1 "$REDRESS_TEST_PG_URL" -c "CREATE DATABASE $1" && printf '%s\n' "${REDRESS_TEST_PG_URL/\/postgres\?//$1?}"; }
  $ sql() { env -u LD_PRELOAD psql -X -q -A -t -v ON_ERROR_STOP=1 "$URL" "$@"; }
  $ URL=$(newdb upgrade_old)
  $ mkdir seed && (cd seed && "$REDRESS_REAL" init -q) && cp seed/.redress/policy.toml policy.toml
  $ text=$(cat policy.toml) && digest=$(printf '%s' "$text" | sha256sum | cut -c1-64)
  $ sql -f "$REDRESS_SOURCE/schemas/postgresql/0001_initial.sql"
  $ sql -v digest="$digest" -v text="$text" <<'SQL'
  > INSERT INTO meta (key, value) VALUES ('ledger_id', md5('old')), ('digest_key', md5('a') || md5('b')),
  >   ('created_at', '1795000000'), ('schema_version', '1'), ('personal_keys_from', '1');
  > INSERT INTO policies (digest, text, recorded_at, ord) VALUES (:'digest', :'text', 1795000000, 1);
  > INSERT INTO policy_settings (id, digest, set_at, actor) VALUES (1, :'digest', 1795000000, 'ana');
  > SQL

Every command refuses it with one line and the hint, and changes nothing; so does joining it.

  $ sql -c "SELECT value FROM meta WHERE key = 'schema_version'"
  1
  $ mkdir zagreb && cd zagreb
  $ redress init --join "$URL"
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 1, older than this redress's 2; run 'redress upgrade' once, when every host has this version of redress; the ledger was left untouched (glob)
  [1]
  $ ls -A
  $ export REDRESS_STORE="$URL"
  $ redress list
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 1, older than this redress's 2; run 'redress upgrade' once, when every host has this version of redress; the ledger was left untouched (glob)
  [1]
  $ redress file -q --customer "Mirjana Ćosić" --channel email --category delivery --summary "Paket je stigao oštećen"
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 1, older than this redress's 2; run 'redress upgrade' once, when every host has this version of redress; the ledger was left untouched (glob)
  [1]
  $ redress verify
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 1, older than this redress's 2; run 'redress upgrade' once, when every host has this version of redress; the ledger was left untouched (glob)
  [1]
  $ sql -c "SELECT value FROM meta WHERE key = 'schema_version'"
  1

`upgrade` applies the rest, in one transaction; a second run has nothing to do.

  $ redress upgrade
  Upgraded the ledger in the ledger's database (postgresql:///upgrade_old?host=*) (glob)
  from schema version 1 to 2.
  Every host of it now needs this version of redress.
  $ sql -c "SELECT value FROM meta WHERE key = 'schema_version'"
  2
  $ redress upgrade
  The ledger in the ledger's database (postgresql:///upgrade_old?host=*) (glob)
  is at schema version 2 already: nothing to do.
  $ redress verify
  database     ok (the chain head names the newest event; the server enforces keys)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: no events yet
  projections  ok: 0 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  $ redress file -q --customer "Mirjana Ćosić" --channel email --category delivery --summary "Paket je stigao oštećen"
  CMP-2026-00001
  $ redress search paket --format tsv | cut -f1,13
  reference	summary (esc)
  CMP-2026-00001	Paket je stigao o\xc5\xa1te\xc4\x87en (esc)
  $ redress verify -q

A ledger newer than this redress is refused with the hint to upgrade redress, by every command
and by `upgrade` itself, and left as it was:

  $ sql -c "UPDATE meta SET value = '99' WHERE key = 'schema_version'"
  $ redress list
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 99, newer than this redress's 2; upgrade redress on this host (every host of a ledger runs the same version); the ledger was left untouched (glob)
  [1]
  $ redress upgrade
  redress: error: the ledger at postgresql:///upgrade_old?host=* has schema version 99, newer than this redress's 2; upgrade redress on this host (every host of a ledger runs the same version); the ledger was left untouched (glob)
  [1]
  $ sql -c "SELECT value FROM meta WHERE key = 'schema_version'"
  99

On SQLite, every command brings the ledger up to date as it opens it: `upgrade` says so.

  $ unset REDRESS_STORE
  $ cd .. && mkdir lite && cd lite && "$REDRESS_REAL" init -q
  $ redress upgrade
  The ledger */lite/.redress/ledger.db is at schema version 12. (glob)
  An SQLite ledger is brought up to date by the first command that opens it:
  there was nothing more to do.
