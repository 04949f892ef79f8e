redress import
==============

Ledger `a` holds complaints in every state, with texts that are hard to carry through CSV:
quotes, commas and line breaks, formula-like starts (`=SUM(A1)`, `-5`, `@x`), Japanese,
Persian, Croatian and emoji. Now is Friday 2026-11-20 12:00 in Zagreb.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q a && redress init -q b && redress init -q c && redress init -q d
  $ cd a
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --language hr --channel email \
  >   --category delivery --product "Gradski bicikl" --severity high --summary "Kotač savijen" \
  >   --details 'Kotač je savijen, "hitno".
  > Molim zamjenu.' --at "2026-11-02 09:30"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --phone "+81 90 1234 5678" --language ja --channel phone \
  >   --category delivery --summary "配達が遅れた" --at "2026-11-03 10:00"
  CMP-2026-00002
  $ redress file -q --customer "مریم احمدی" --email maryam@example.ir --language fa --channel web \
  >   --category billing --evidence-note invoice.pdf --evidence-note "@x.png" \
  >   --summary "دو بار از کارت من برداشت شد" --at "2026-11-04 09:15"
  CMP-2026-00003
  $ redress file -q --customer "Marko Novak" --member-id M-77 --channel letter --category service \
  >   --summary "=SUM(A1)" --details "-5" --confidential --at "2025-12-30 14:00"
  CMP-2025-00001
  $ redress file -q --customer "Emoji Fan 🎉" --channel chat --category delivery \
  >   --summary "Box crushed 📦💥, +1" --at "2026-11-05 11:00"
  CMP-2026-00004
  $ redress ack 1 -q --at "2026-11-02 10:00"
  $ redress assign 1 -q --to luka --at "2026-11-02 10:30"
  $ redress resolve 1 -q --outcome replacement --amount 25.50 --root-cause "-courier dropped it" \
  >   --at "2026-11-04 12:00"
  $ redress followup 1 -q --score 4 --at "2026-11-06 10:00"
  $ redress close 1 -q --at "2026-11-10 10:00"
  $ redress escalate 2 -q --at "2026-11-04 10:00"
  $ redress reject 3 -q --reason "paid once only" --at "2026-11-05 10:00"
  $ redress ack 4 -q --at "2026-11-05 11:30"
  $ redress wait 4 -q --reason "photos" --at "2026-11-05 12:00"
  $ redress export --include-confidential -o ../all.csv
  $ redress export --include-confidential --format json -o ../all.json
  $ redress export --include-confidential --format ndjson -o ../all.ndjson
  $ redress export --include-confidential --format json > ../a.json
  $ cd ..

Imported into a fresh ledger, from CSV, JSON or NDJSON, the complaints are identical field by
field: references and due times come out as if each had been filed at its receipt, and the
state (status, times, assignee, escalation, outcome, compensation, root cause, satisfaction)
comes along.

  $ redress --ledger b import all.csv
  imported 5 complaints from all.csv: CMP-2025-00001 to CMP-2026-00004
  $ redress --ledger b export --include-confidential --format json | diff a.json - && echo identical
  identical
  $ redress --ledger c import all.json
  imported 5 complaints from all.json: CMP-2025-00001 to CMP-2026-00004
  $ redress --ledger c export --include-confidential --format json | diff a.json - && echo identical
  identical
  $ redress --ledger d import all.ndjson
  imported 5 complaints from all.ndjson: CMP-2025-00001 to CMP-2026-00004
  $ redress --ledger d export --include-confidential --format json | diff a.json - && echo identical
  identical

Each imported complaint has one `imported` event (not `filed`) naming its source, with every
field the import set, so the ledger verifies: the state rebuilt from the events is the one
stored.

  $ redress --ledger b show CMP-2026-00001 --format json | $PYTHON -c '
  > import json, sys
  > c = json.load(sys.stdin)
  > for e in c["events"]:
  >     d = e["details"]
  >     print(e["at"], e["type"], e["actor"], d["source"], d["source_record"], d["source_reference"])
  >     print(d["status"], d["acknowledged_at"], d["resolved_at"], d["closed_at"], d["compensation"], d["satisfaction"], d["root_cause"])'
  2026-11-02T08:30:00Z imported ana all.csv 3 CMP-2026-00001
  closed 2026-11-02T09:00:00Z 2026-11-04T11:00:00Z 2026-11-10T09:00:00Z {'currency': 'EUR', 'minor': 2550} 4 -courier dropped it
  $ redress --ledger b verify > /dev/null && echo verified
  verified
  $ redress --ledger c verify > /dev/null && echo verified
  verified

The rest works in ledger `b`. A bad row imports nothing: the error names the row (as a
spreadsheet numbers it, the header being row 1), the column and the problem, and the ledger
is exactly as it was.

  $ cd b
  $ sqlite3 .redress/ledger.db .dump > before.sql
  $ printf 'received_at,channel,customer_name,category,summary\r\n' > new.csv
  $ printf '2026-11-16 09:00,email,Ana Kovač,delivery,"Late, again"\r\n' >> new.csv
  $ printf '2026-11-16 09:10,phone,Ivo,delivry,Wrong size\r\n' >> new.csv
  $ printf '2026-11-16 09:20,fax,Ivo,delivery,Broken\r\n' >> new.csv
  $ redress import new.csv
  redress: error: new.csv: row 3, column 'category': unknown category 'delivry'; did you mean 'delivery'? (nothing was imported)
  [5]
  $ sqlite3 .redress/ledger.db .dump | cmp - before.sql && echo unchanged
  unchanged

`--dry-run` checks every row and says what would happen, writing nothing:

  $ redress import new.csv --dry-run
  row 3, column 'category': unknown category 'delivry'; did you mean 'delivery'?
  row 4, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  redress: error: new.csv: 2 of 3 rows are invalid; nothing would be imported
  [5]
  $ redress import new.csv --dry-run --skip-invalid --rejects rejects.csv
  row 3, column 'category': unknown category 'delivry'; did you mean 'delivery'?
  row 4, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  dry run: would import 1 complaint from new.csv: CMP-2026-00005, and reject 2 rows; nothing was written
  $ ls rejects.csv
  ls: cannot access 'rejects.csv': No such file or directory
  [2]
  $ sqlite3 .redress/ledger.db .dump | cmp - before.sql && echo unchanged
  unchanged

A dry run that meets a broken file still names the problems it found before it:

  $ printf 'received_at,channel,customer_name,category,summary\r\n2026-11-16 09:20,fax,Ivo,delivery,Broken\r\n2026-11-16 09:21,email,"Ivo,delivery,Broken\r\n' > broken.csv
  $ redress import broken.csv --dry-run
  redress: error: broken.csv: row 3, column 3: a quoted field runs to the end of the file (its closing " is missing); nothing would be imported
  redress: error: broken.csv: row 2, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  [5]

The rejects file never replaces the ledger (anything in its `.redress` folder, however it is
named) or the file being read; both are refused before anything is read or written:

  $ redress import new.csv --skip-invalid --rejects .redress/ledger.db
  redress: error: cannot write .redress/ledger.db: it is inside a ledger's .redress folder; write it somewhere else; that folder holds the ledger's database and policy
  [2]
  $ mkdir -p sub && ln -s ../.redress sub/link && redress import new.csv --skip-invalid --rejects sub/link/policy.toml
  redress: error: cannot write sub/link/policy.toml: it is inside a ledger's .redress folder; write it somewhere else; that folder holds the ledger's database and policy
  [2]
  $ cp new.csv copy.csv && redress import copy.csv --skip-invalid --rejects ./copy.csv
  redress: error: cannot write ./copy.csv: it is the file being read; give another file name
  [2]
  $ redress export -o .redress/ledger.db
  redress: error: cannot write .redress/ledger.db: it is inside a ledger's .redress folder; write it somewhere else; that folder holds the ledger's database and policy
  [2]
  $ cmp new.csv copy.csv && sqlite3 .redress/ledger.db .dump | cmp - before.sql && echo unchanged
  unchanged

A command killed while it writes its rejects file (or an export's -o file) leaves no
half-written file of personal data behind: the hidden file it writes first is removed as it
dies. Here the import waits for more input when it is killed:

  $ mkfifo in.fifo
  $ (printf 'received_at,channel,customer_name,category,summary\r\n2026-11-16 09:20,fax,Ivo,delivery,Broken\r\n'; sleep 20) > in.fifo &
  $ writer=$!
  $ redress import - --format csv --skip-invalid --rejects kept.csv < in.fifo &
  $ importer=$!
  $ sleep 1; ls -A | grep -c '^\.kept\.csv\.redress-'
  1
  $ kill -TERM $importer; wait $importer; echo "exit $?"
  exit 143
  $ kill $writer 2>/dev/null; ls -A | grep -c 'kept\.csv'
  0
  [1]
  $ sqlite3 .redress/ledger.db .dump | cmp - before.sql && echo unchanged
  unchanged

`--skip-invalid --rejects FILE` imports the good rows and writes the others, as they were,
with a `reason` column; fixed, they import with the same command (`reason=` ignores that
column):

  $ redress import new.csv --skip-invalid --rejects rejects.csv
  imported 1 complaint from new.csv: CMP-2026-00005; 2 rows rejected, written to rejects.csv
  $ cat rejects.csv
  received_at,channel,customer_name,category,summary,reason\r (esc)
  2026-11-16 09:10,phone,Ivo,delivry,Wrong size,"row 3, column 'category': unknown category 'delivry'; did you mean 'delivery'?"\r (esc)
  2026-11-16 09:20,fax,Ivo,delivery,Broken,"row 4, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative"\r (esc)
  $ sed -i 's/delivry/delivery/; s/,fax,/,letter,/' rejects.csv
  $ redress import rejects.csv --map "reason="
  imported 2 complaints from rejects.csv: CMP-2026-00006 to CMP-2026-00007
  $ redress list --since 2026-11-16 | cut -f1,4,5,10,13
  reference\tchannel\tcustomer_name\tcategory\tsummary (esc)
  CMP-2026-00005\temail\tAna Kova\xc4\x8d\tdelivery\tLate, again (esc)
  CMP-2026-00006\tphone\tIvo\tdelivery\tWrong size (esc)
  CMP-2026-00007\tletter\tIvo\tdelivery\tBroken (esc)

Another system's columns are mapped with `--map COLUMN=FIELD`; `COLUMN=` ignores one. A
column that is neither a field nor mapped is refused rather than silently dropped. Excel's
byte-order mark is dropped:

  $ printf '\357\273\277Date received,Channel,Name,Type,Complaint,Notes\r\n2026-11-17 08:00,web,Eva,service,Rude reply,call back\r\n' > helpdesk.csv
  $ redress import helpdesk.csv --map "Date received=received_at" --map Channel=channel \
  >   --map Name=customer_name --map Type=category --map Complaint=summary
  redress: error: helpdesk.csv: unknown column 'Notes'; map it with --map 'Notes=FIELD', ignore it with --map 'Notes=', or keep every such column as a text field with --keep-unmapped; nothing was imported
  [5]
  $ redress import helpdesk.csv --map "Date received=received_at" --map Channel=channel \
  >   --map Name=customer_name --map Type=category --map Complaint=summary --map Notes=
  imported 1 complaint from helpdesk.csv: CMP-2026-00008
  $ redress import helpdesk.csv --map "Date recieved=received_at"
  redress: error: helpdesk.csv: --map 'Date recieved=received_at': the file has no column 'Date recieved'; did you mean 'Date received'?
  [2]
  $ redress import helpdesk.csv --map "Date received=recieved_at"
  redress: error: --map 'Date received=recieved_at': no field 'recieved_at'; did you mean 'received_at'?
  [2]
  $ redress import helpdesk.csv --map "Date received=received_at"
  redress: error: helpdesk.csv: unknown column 'Channel'; did you mean 'channel'? map it with --map 'Channel=FIELD', ignore it with --map 'Channel=', or keep every such column as a text field with --keep-unmapped; nothing was imported
  [5]

Broken files are refused with where and what, and import nothing:

  $ printf 'received_at,channel,customer_name,category,summary\r\n2026-11-16 09:00,email,Ana,delivery,say "hi"\r\n' > quote.csv
  $ redress import quote.csv
  redress: error: quote.csv: row 2, column 5: a " inside an unquoted field (a field holding quotes is quoted whole, its quotes written twice); nothing was imported
  [5]
  $ printf 'received_at,channel,customer_name,category,summary\r\n2026-11-16 09:00,email,Ana,delivery,"Late\r\n' > open.csv
  $ redress import open.csv
  redress: error: open.csv: row 2, column 5: a quoted field runs to the end of the file (its closing " is missing); nothing was imported
  [5]
  $ printf 'received_at,channel,customer_name,category,summary,summary\r\n' > twice.csv
  $ redress import twice.csv
  redress: error: twice.csv: row 1, column 6: duplicate column 'summary' (also column 5); nothing was imported
  [5]
  $ printf 'received_at,channel,customer_name,category\r\n' > short.csv
  $ redress import short.csv
  redress: error: short.csv: the file has no summary column; map one with --map 'COLUMN=summary'; nothing was imported
  [5]
  $ printf '[{"received_at": "2026-11-16T08:00:00Z", "channel": "email", "category": "delivery"},\n 42]\n' > items.json
  $ redress import items.json
  redress: error: items.json: item 1, field 'customer_name': the customer's name is empty; nothing was imported
  [5]
  $ printf '[{"received_at": "2026-11-16T08:00:00Z", "channel": "email", "category": "delivery",\n  "customer": {"name": "Ana"}, "summary": "Late"},\n 42]\n' > items.json
  $ redress import items.json
  redress: error: items.json: item 2 is not a JSON object; nothing was imported
  [5]
  $ printf '{"summary": "x"\n' > broken.ndjson
  $ redress import broken.ndjson
  redress: error: broken.ndjson: line 1, column 16: syntax error while parsing object - unexpected end of input; expected '}'; nothing was imported
  [5]

A row must tell a history the lifecycle could have made; anything else would show, and count in
every report, what never happened. Each of these is refused (times are local, Europe/Zagreb):
resolved before its acknowledgement; an outcome, a compensation or a satisfaction score without
a resolution; an open complaint with a resolution it never had; closed_at on a complaint that is
not closed, or before its resolution; a reopen on a complaint still new; a complaint resolved
again after a reopen without that resolution's time; a resolution after the reopen on one still
open; an outcome, compensation or score on a rejected or withdrawn complaint never reopened
(rejecting settles the resolve clock, which is its resolved_at, but records none of them); a
resolution without an outcome; closed_at on a withdrawn complaint; an assignee on a complaint
still new.

  $ h() { printf 'received_at,channel,customer_name,category,summary,status,acknowledged_at,resolved_at,outcome,compensation_amount,satisfaction,closed_at,reopened_at,reopen_resolved_at\n2026-11-16 09:00,email,Ana,delivery,Kasni,%s\n' "$1" > h.csv; redress import h.csv; }
  $ h 'resolved,2026-11-17 10:00,2026-11-16 12:00,refund,,,,,'
  redress: error: h.csv: row 2, column 'acknowledged_at': 2026-11-17 10:00:00 is after the resolution (2026-11-16 12:00:00); a complaint is acknowledged before or when it is resolved; nothing was imported
  [5]
  $ h 'acknowledged,2026-11-16 10:00,,refund,,,,,'
  redress: error: h.csv: row 2, column 'outcome': a complaint that was never resolved has no outcome; give its resolved_at, or leave the column empty; nothing was imported
  [5]
  $ h 'acknowledged,2026-11-16 10:00,,,10.00,,,,'
  redress: error: h.csv: row 2, column 'compensation_amount': a complaint that was never resolved has no compensation_amount; give its resolved_at, or leave the column empty; nothing was imported
  [5]
  $ h 'acknowledged,2026-11-16 10:00,,,,4,,,'
  redress: error: h.csv: row 2, column 'satisfaction': a complaint that was never resolved has no satisfaction; give its resolved_at, or leave the column empty; nothing was imported
  [5]
  $ h 'investigating,2026-11-16 10:00,2026-11-17 10:00,refund,,,,,'
  redress: error: h.csv: row 2, column 'resolved_at': a complaint with status investigating has no resolved_at; an open complaint was resolved only if it was reopened since (reopened_at); nothing was imported
  [5]
  $ h 'resolved,2026-11-16 10:00,2026-11-17 10:00,refund,,,2026-11-18 10:00,,'
  redress: error: h.csv: row 2, column 'closed_at': a complaint with status resolved has no closed_at; only a closed complaint has one (a reopen clears it); nothing was imported
  [5]
  $ h 'closed,2026-11-16 10:00,2026-11-17 10:00,refund,,,2026-11-17 09:00,,'
  redress: error: h.csv: row 2, column 'closed_at': 2026-11-17 09:00:00 is before the resolution it closes (2026-11-17 10:00:00); nothing was imported
  [5]
  $ h 'new,,2026-11-17 10:00,refund,,,,2026-11-18 10:00,'
  redress: error: h.csv: row 2, column 'reopened_at': a reopened complaint is investigating or later, not new; nothing was imported
  [5]
  $ h 'resolved,2026-11-16 10:00,2026-11-17 10:00,refund,,,,2026-11-18 10:00,'
  redress: error: h.csv: row 2, column 'reopen_resolved_at': a complaint with status resolved that was reopened needs reopen_resolved_at, its new resolution; nothing was imported
  [5]
  $ h 'investigating,2026-11-16 10:00,2026-11-17 10:00,refund,,,,2026-11-18 10:00,2026-11-19 10:00'
  redress: error: h.csv: row 2, column 'reopen_resolved_at': a complaint with status investigating has no reopen_resolved_at; it was resolved after the reopen: its status is resolved or closed; nothing was imported
  [5]
  $ h 'rejected,2026-11-16 10:00,2026-11-17 10:00,refund,25.00,,,,'
  redress: error: h.csv: row 2, column 'outcome': a complaint with status rejected has no outcome; only a resolution records one (a rejected complaint keeps it only from before a reopen); nothing was imported
  [5]
  $ h 'withdrawn,,2026-11-17 10:00,,,5,,,'
  redress: error: h.csv: row 2, column 'satisfaction': a complaint with status withdrawn has no satisfaction; only a resolution records one (a rejected complaint keeps it only from before a reopen); nothing was imported
  [5]
  $ h 'withdrawn,,2026-11-17 10:00,,,,2026-11-18 10:00,,'
  redress: error: h.csv: row 2, column 'closed_at': a complaint with status withdrawn has no closed_at; only a closed complaint has one (a reopen clears it); nothing was imported
  [5]
  $ h 'resolved,2026-11-16 10:00,2026-11-17 10:00,,25.00,,,,'
  redress: error: h.csv: row 2, column 'outcome': a complaint with status resolved needs an outcome; every resolution has one; nothing was imported
  [5]
  $ printf 'received_at,channel,customer_name,category,summary,status,assignee\n2026-11-16 09:00,email,Ana,delivery,Kasni,new,marko\n' > a.csv && redress import a.csv
  redress: error: a.csv: row 2, column 'assignee': a complaint with status new has no assignee; assigning a complaint moves it to investigating; nothing was imported
  [5]
  $ sqlite3 .redress/ledger.db .dump | grep -c "INSERT INTO complaints"
  9

A confidential complaint exported without `--include-confidential` has no texts to import; the
message says how to export it. Exported with them, it imports into a fresh ledger with the same
policy with no flags at all, even one filed `--allow-incomplete` (the export says so).

  $ redress --ledger ../a export --category service > redacted.csv
  $ redress import redacted.csv
  redress: error: redacted.csv: row 2, column 'customer_name': a confidential complaint exported without its customer details and texts; export it with 'redress export --include-confidential' to import it; nothing was imported
  [5]
  $ redress --ledger ../a file -q --customer "Marko Novak" --channel letter --category billing \
  >   --summary "Dvostruka naplata" --confidential --allow-incomplete --at "2026-11-06 09:00"
  CMP-2026-00005
  $ redress --ledger ../a export --include-confidential > full.csv
  $ mkdir ../fresh && cd ../fresh && redress init -q
  $ redress import ../b/full.csv
  imported 6 complaints from ../b/full.csv: CMP-2025-00001 to CMP-2026-00005
  $ redress export --include-confidential --format ndjson | $PYTHON -c '
  > import json, sys
  > for c in map(json.loads, sys.stdin):
  >     if c["confidential"]:
  >         print(c["reference"], c["customer"]["name"], c["summary"], c["incomplete_allowed"])'
  CMP-2025-00001 Marko Novak =SUM(A1) False
  CMP-2026-00005 Marko Novak Dvostruka naplata True
  $ cd ../b

Usage: the format comes from the extension or `--format`; a missing file is "not found".

  $ redress import notes.txt
  redress: error: cannot tell the format of 'notes.txt' from its name; give --format csv, json or ndjson
  [2]
  $ redress import missing.csv
  redress: error: cannot read 'missing.csv': no such file
  [3]
  $ cat new.csv | redress import -
  redress: error: standard input has no name to tell its format by; give --format csv, json or ndjson
  [2]
  $ cat new.csv | redress import - --format csv --dry-run --skip-invalid --rejects r.csv | tail -1
  dry run: would import 1 complaint from standard input: CMP-2026-00009, and reject 2 rows; nothing was written
  $ redress import new.csv --skip-invalid
  redress: error: --skip-invalid requires --rejects; run 'redress import --help'
  [2]
  $ redress import new.csv --format tsv
  redress: error: import cannot read tsv; use --format csv, json or ndjson
  [2]

A progress bar shows how much of the file is read, only when stderr is a terminal: drawn,
then cleared (`~[K`) before the summary.

  $ script -qec "redress import new.csv --dry-run --skip-invalid --rejects r.csv" /dev/null < /dev/null > tty.txt
  $ tr '\r\033' '\n~' < tty.txt | grep -c 'importing \['
  1
  $ tr '\r\033' '\n~' < tty.txt | grep -c '^~\[K'
  2

A CSV time in the hour the clocks go back carries no offset: 02:05 read as its first
occurrence would be before a receipt at 02:07 (first occurrence), so import takes the second,
and the round trip is exact:

  $ mkdir fold && cd fold && redress init -q
  $ redress file -q --customer A --channel phone --category delivery --summary s --at 2026-10-25T00:07:36Z
  CMP-2026-00001
  $ redress -q ack 1 --at 2026-10-25T01:05:26Z
  $ redress export --format csv | cut -d, -f3,20
  received_at,acknowledged_at
  2026-10-25 02:07:36,2026-10-25 02:05:26
  $ redress init -q copy && redress export --format csv | redress --ledger copy import - --format csv
  imported 1 complaint from standard input: CMP-2026-00001
  $ redress --ledger copy show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["received_at"], c["acknowledged_at"])'
  2026-10-25T00:07:36Z 2026-10-25T01:05:26Z
  $ cd ..

A file's name is whatever bytes the file system holds. One that is not UTF-8 is still
imported; the `imported` event records the name with the bad byte shown as U+FFFD:

  $ mkdir badname && cd badname && redress init -q
  $ printf 'received_at,channel,customer_name,category,summary\r\n2026-11-02 10:00,email,Ana,delivery,Late\r\n' > "$(printf 'bad\377.csv')"
  $ redress import -q "$(printf 'bad\377.csv')"
  $ sqlite3 .redress/ledger.db "SELECT json_extract(data, '$.source') FROM events"
  bad\xef\xbf\xbd.csv (esc)
  $ redress verify -q; echo $?
  0
  $ cd ..
