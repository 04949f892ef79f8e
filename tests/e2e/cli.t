The command line
================

  $ redress --version
  redress 0.1.0
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
  redress: error: the following argument was not expected: --bogus; run 'redress list --help'
  [2]
  $ redress --format yaml list
  redress: error: --format: yaml not in {table,csv,tsv,json,ndjson,markdown,html}; run 'redress list --help'
  [2]
  $ redress --help | head -3
  redress \xe2\x80\x94 a complaint ledger for the terminal (esc)
  Usage: redress [OPTIONS] SUBCOMMAND
  
