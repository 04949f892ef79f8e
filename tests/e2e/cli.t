The command line
================

`--version` gives the release, `git describe` of the sources it was built from, and the
schema version of the ledgers it writes: that of the last migration in schemas/.

  $ redress --version | head -1
  redress 0.1.0 (git *) (glob)
  $ last=$(ls "$REDRESS_SOURCE"/schemas/[0-9]*.sql | tail -1); last=${last##*/}
  $ redress --version | tail -1 | grep -x "ledger schema version $((10#${last%%_*}))"
  ledger schema version * (glob)
  $ redress init -q && sqlite3 .redress/ledger.db 'PRAGMA user_version' | xargs -I{} grep -qx "ledger schema version {}" <(redress --version) && echo same
  same
  $ rm -rf .redress
  $ redress lst
  redress: error: unknown command 'lst'; did you mean 'list'?
  [2]
  $ redress frobnicate
  redress: error: unknown command 'frobnicate'; run 'redress --help' for the list of commands
  [2]
  $ redress
  redress: error: a subcommand is required; run 'redress --help'
  [2]
  $ redress list --bogus
  redress: error: unknown option '--bogus' for 'redress list'; run 'redress list --help' for its options
  [2]
  $ redress --format yaml list
  redress: error: --format: yaml not in {table,csv,tsv,json,ndjson,markdown,html}; run 'redress list --help'
  [2]
  $ redress --help | head -3
  redress \xe2\x80\x94 a complaint ledger for the terminal (esc)
  Usage: redress [OPTIONS] SUBCOMMAND
  
