What a user of git or ripgrep expects
=====================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q

`redress help COMMAND` is `redress COMMAND --help`, also for the reports:

  $ redress help list > help.txt; redress list --help | cmp - help.txt && echo same
  same
  $ redress help report sla > help.txt; redress report sla --help | cmp - help.txt && echo same
  same
  $ redress help > help.txt; redress --help | cmp - help.txt && echo same
  same
  $ redress help reprot
  redress: error: unknown command 'reprot'; did you mean 'report'?
  [2]
  $ redress help report slaa
  redress: error: unknown command 'report slaa'; did you mean 'report sla'?
  [2]
  $ redress help list open
  redress: error: 'redress list' has no subcommands; run 'redress help list'
  [2]

A mistyped option or report is named, with the closest one:

  $ redress list --categroy billing
  redress: error: unknown option '--categroy' for 'redress list'; did you mean '--category'?
  [2]
  $ redress report sla --fail-on-breech
  redress: error: unknown option '--fail-on-breech' for 'redress report sla'; did you mean '--fail-on-breach'?
  [2]
  $ redress report slaa
  redress: error: unknown command 'report slaa'; did you mean 'report sla'?
  [2]
  $ redress report sumary --since 2026-11-01
  redress: error: unknown command 'report sumary'; did you mean 'report summary'?
  [2]
  $ redress --formt csv list
  redress: error: unknown option '--formt' for 'redress'; did you mean '--format'?
  [2]
  $ redress list --sort recieved
  redress: error: --sort: recieved not in {received,reference,status,severity,category}; run 'redress list --help'
  [2]
  $ redress ack 1 -x
  redress: error: unknown option '-x' for 'redress ack'; run 'redress ack --help' for its options
  [2]

`policy check` lists every problem of a file at once, each as FILE:LINE:COL, in file order;
a syntax error stops the reading, so it comes alone:

  $ cp .redress/policy.toml bad.toml
  $ sed -i -e 's/^reference_prefix = "CMP"/reference_prefix = "cmp"/' \
  >   -e 's/"13:00-17:00"/"13:00-17"/' -e 's/^warn_at = 0.8/warn_after = 0.8/' \
  >   -e '0,/^resolve = "1d"/s//resolve = "1 day"/' -e 's/^requires = \["evidence"\]/requires = ["evidense"]/' bad.toml
  $ redress policy check bad.toml
  redress: error: bad.toml:13:20: ledger.reference_prefix must be 1-10 capital letters or digits, starting with a letter (such as "ACME")
  redress: error: bad.toml:21:25: calendar.hours entries must be "HH:MM-HH:MM" with distinct times, such as "09:00-17:00", not "13:00-17"
  redress: error: bad.toml:25:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'?
  redress: error: bad.toml:31:11: severity.critical.resolve must be a duration such as "30m", "4h", "3d" or "2w", not "1 day"
  redress: error: bad.toml:53:13: category.billing.requires: unknown field 'evidense'; did you mean 'evidence'?
  [5]
  $ cp .redress/policy.toml good.toml && cp bad.toml .redress/policy.toml
  $ redress list
  redress: error: */.redress/policy.toml:13:20: ledger.reference_prefix must be 1-10 capital letters or digits, starting with a letter (such as "ACME") (glob)
  redress: error: */.redress/policy.toml:21:25: calendar.hours entries must be "HH:MM-HH:MM" with distinct times, such as "09:00-17:00", not "13:00-17" (glob)
  redress: error: */.redress/policy.toml:25:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'? (glob)
  redress: error: */.redress/policy.toml:31:11: severity.critical.resolve must be a duration such as "30m", "4h", "3d" or "2w", not "1 day" (glob)
  redress: error: */.redress/policy.toml:53:13: category.billing.requires: unknown field 'evidense'; did you mean 'evidence'? (glob)
  [5]
  $ cp good.toml .redress/policy.toml
  $ printf 'channels = ["phone"\n' > syntax.toml; redress policy check syntax.toml
  redress: error: syntax.toml:1:21: Error while parsing array: encountered end-of-file
  [5]

A date alone as --until covers that whole day, in list, export and every report; a time is
taken as it is. Windows are [--since, --until):

  $ redress file -q --customer A --channel phone --category delivery --summary "x" --at "2026-11-18 09:00"
  CMP-2026-00001
  $ redress file -q --customer B --channel phone --category delivery --summary "x" --at "2026-11-18 23:30"
  CMP-2026-00002
  $ redress file -q --customer C --channel phone --category delivery --summary "x" --at "2026-11-19 00:00"
  CMP-2026-00003
  $ redress list --until 2026-11-18 | cut -f1
  reference
  CMP-2026-00001
  CMP-2026-00002
  $ redress list --until "2026-11-18 23:30" | cut -f1
  reference
  CMP-2026-00001
  $ redress list --since 2026-11-19 --until 2026-11-19 | cut -f1
  reference
  CMP-2026-00003
  $ redress export --until 2026-11-18 | cut -d, -f1
  reference
  CMP-2026-00001
  CMP-2026-00002
  $ redress report sla --since 2026-11-18 --until 2026-11-18 | cut -d, -f1
  reference
  CMP-2026-00001
  CMP-2026-00002
  $ redress report summary --since 2026-11-18 --until 2026-11-18 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["received"])'
  2
  $ redress list --until 2026-11-31
  redress: error: --until: '2026-11-31' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
