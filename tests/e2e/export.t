redress export
==============

A small ledger: texts with quotes, commas, line breaks and formula-like starts, in Croatian,
Japanese and Persian, one confidential complaint, one resolved with compensation. Now is
Friday 2026-11-20 12:00 in Zagreb.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --language hr --channel email \
  >   --category delivery --product "Gradski bicikl" --summary "Kotač savijen" \
  >   --details 'Kotač je savijen, "hitno".
  > Molim zamjenu.' --at "2026-11-02 09:30"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --phone "+81 90 1234 5678" --channel phone --category delivery \
  >   --summary "配達が遅れた" --at "2026-11-03 10:00"
  CMP-2026-00002
  $ redress file -q --customer "مریم احمدی" --channel web --category billing --evidence-note invoice.pdf \
  >   --evidence-note statement.png --summary "دو بار از کارت من برداشت شد" --at "2026-11-04 09:15"
  CMP-2026-00003
  $ redress file -q --customer "Marko Novak" --member-id M-77 --channel letter --category service \
  >   --summary "=SUM(A1) -5 stars @x" --details "-5" --confidential --at "2026-11-05 14:00"
  CMP-2026-00004
  $ redress ack 1 -q --at "2026-11-02 10:00"
  $ redress resolve 1 -q --outcome replacement --amount 25.50 --root-cause "@courier dropped it" \
  >   --at "2026-11-04 12:00"
  $ csv_columns() { $PYTHON -c 'import csv,sys; r=csv.reader(sys.stdin); [print(" | ".join(row[int(i)] for i in sys.argv[1:])) for row in r]' "$@"; }

CSV is the default: a header row, one RFC 4180 record per complaint in reference order, CRLF
line ends, quotes doubled, fields with commas or line breaks quoted, times in the ledger's
zone as spreadsheets read them. The confidential complaint's customer and texts are blank.

  $ redress export
  reference,status,received_at,channel,customer_name,customer_email,customer_phone,customer_member_id,customer_language,category,product,severity,summary,details,evidence,confidential,assignee,team,escalation_level,acknowledged_at,acknowledge_due_at,acknowledge_sla,resolved_at,resolve_due_at,resolve_sla,outcome,compensation_amount,compensation_currency,root_cause,satisfaction,closed_at,reopened_at,reopen_resolve_due_at,reopen_resolved_at,reopen_resolve_sla,incomplete_allowed\r (esc)
  CMP-2026-00001,resolved,2026-11-02 09:30:00,email,Ivana Horvat,ivana@example.hr,,,hr,delivery,Gradski bicikl,normal,Kota\xc4\x8d savijen,"Kota\xc4\x8d je savijen, ""hitno"". (esc)
  Molim zamjenu.",,false,,logistics,0,2026-11-02 10:00:00,2026-11-02 14:00:00,met,2026-11-04 12:00:00,2026-11-09 09:30:00,met,replacement,25.50,EUR,'@courier dropped it,,,,,,,false\r (esc)
  CMP-2026-00002,new,2026-11-03 10:00:00,phone,\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e,,'+81 90 1234 5678,,,delivery,,normal,\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f,,,false,,logistics,0,,2026-11-03 14:30:00,breached,,2026-11-10 10:00:00,breached,,,,,,,,,,,false\r (esc)
  CMP-2026-00003,new,2026-11-04 09:15:00,web,\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c,,,,,billing,,normal,\xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xda\xa9\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x85\xd9\x86 \xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa \xd8\xb4\xd8\xaf,,invoice.pdf; statement.png,false,,finance,0,,2026-11-04 13:45:00,breached,,2026-11-09 09:15:00,breached,,,,,,,,,,,false\r (esc)
  CMP-2026-00004,new,2026-11-05 14:00:00,letter,,,,,,service,,normal,,,,true,,support,0,,2026-11-06 10:00:00,breached,,2026-11-12 14:00:00,breached,,,,,,,,,,,false\r (esc)

Text cells that a spreadsheet would run get a leading `'` (the phone number `+81...` and the
root cause `@courier...` above); numbers (`0`, `25.50`) never do. With
`--include-confidential` the confidential complaint's texts are there, guarded too:

  $ redress export --include-confidential --category service | csv_columns 0 4 7 12 13
  reference | customer_name | customer_member_id | summary | details
  CMP-2026-00004 | Marko Novak | M-77 | '=SUM(A1) -5 stars @x | '-5

`--bom` starts the file with a UTF-8 byte-order mark, for Excel:

  $ redress export --bom --limit 1 | head -c 12 | od -An -c
   357 273 277   r   e   f   e   r   e   n   c   e

The filters are the ones `list` takes, names checked the same way:

  $ redress export --status resolved | csv_columns 0 1 26 27
  reference | status | compensation_amount | compensation_currency
  CMP-2026-00001 | resolved | 25.50 | EUR
  $ redress export --category delivery --since 2026-11-03 --sort received --reverse | csv_columns 0
  reference
  CMP-2026-00002
  $ redress export --category delivry
  redress: error: --category: unknown value 'delivry'; did you mean 'delivery'?
  [2]

JSON is an array with one complaint a line (NDJSON: one a line, no array), timestamps in UTC,
money as a decimal string; both are valid against schemas/complaint.schema.json.

  $ redress export --format json --limit 2 | cut -c1-86
  [
  {"reference":"CMP-2026-00001","status":"resolved","received_at":"2026-11-02T08:30:00Z"
  {"reference":"CMP-2026-00002","status":"new","received_at":"2026-11-03T09:00:00Z","cha
  ]
  $ redress export --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint
  4 valid
  $ redress export --format ndjson --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint --lines
  4 valid
  $ redress export --format ndjson --status resolved | $PYTHON -c 'import json,sys; c=json.loads(sys.stdin.readline()); print(c["compensation"], c["details"])'
  {'amount': '25.50', 'currency': 'EUR'} Kota\xc4\x8d je savijen, "hitno". (esc)
  Molim zamjenu.

`list --format json` and `show --format json` are the same shape, events included in `show`:

  $ redress list --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint
  4 valid
  $ for n in 1 2 3 4; do redress show $n --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint; done
  1 valid
  1 valid
  1 valid
  1 valid

The schema is strict enough to catch a broken shape:

  $ redress show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); del c["status"]; c["satisfaction"]=9; c["events"][0]["at"]="2026-11-02 09:30"; print(json.dumps(c))' \
  >   | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint
  document 1: (top): 'status' is a required property
  document 1: events/0/at: '2026-11-02 09:30' does not match '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
  document 1: satisfaction: 9 is not valid under any of the given schemas
  [1]

`--events` exports the event log instead: one row per event (reference, at, actor, type,
recorded_at, and the details as JSON), complaints in reference order, each one's events
oldest first. A confidential complaint's events lose their personal text.

  $ redress export --events | csv_columns 0 1 2 3
  reference | at | actor | type
  CMP-2026-00001 | 2026-11-02 09:30:00 | ana | filed
  CMP-2026-00001 | 2026-11-02 10:00:00 | ana | acknowledged
  CMP-2026-00001 | 2026-11-04 12:00:00 | ana | resolved
  CMP-2026-00002 | 2026-11-03 10:00:00 | ana | filed
  CMP-2026-00003 | 2026-11-04 09:15:00 | ana | filed
  CMP-2026-00004 | 2026-11-05 14:00:00 | ana | filed
  $ redress export --events --category service | csv_columns 5 | grep -c Novak
  0
  [1]
  $ redress export --events --category service --include-confidential | csv_columns 5 | grep -c Novak
  1
  $ redress export --events --format ndjson | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" event --lines
  6 valid
  $ redress export --events --format json --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" event
  6 valid

`-o FILE` writes the file only when the export succeeds, owner-only (it holds personal data);
a failed export leaves what was there:

  $ redress export -o all.csv
  $ wc -l < all.csv
  6
  $ stat -c %a all.csv
  600
  $ redress export --status resolvd -o all.csv
  redress: error: --status: unknown value 'resolvd'; did you mean 'resolved'?
  [2]
  $ wc -l < all.csv
  6
  $ redress export -o missing/all.csv
  redress: error: cannot write missing/all.csv: no folder missing
  [3]
  $ ls -A
  .redress
  all.csv

Formats other than CSV, JSON and NDJSON are refused, and so is a BOM on JSON:

  $ redress export --format tsv
  redress: error: export cannot write tsv; use --format csv, json or ndjson
  [2]
  $ redress export --format json --bom
  redress: error: --bom is for CSV only; JSON must not start with a byte-order mark
  [2]

No progress bar when stderr is not a terminal; on a terminal, one that is cleared at the end,
then a line saying what the file holds (not with -q, and not when stderr is not a terminal):

  $ redress export -o all.csv 2>progress.txt; wc -c < progress.txt
  0
  $ script -qec "redress export -o all.csv" /dev/null < /dev/null | tr '\r\033' '\n~' | grep -c 'exporting \['
  1
  $ script -qec "redress export -o all.csv" /dev/null < /dev/null | tr '\r\033' '\n~' | grep -v '^$' | tail -1
  ~[KWrote 4 complaints to all.csv
  $ script -qec "redress export --events -o events.csv" /dev/null < /dev/null | tr '\r' '\n' | grep Wrote
  \x1b[KWrote 6 events of 4 complaints to events.csv (esc)
  $ script -qec "redress export -q -o all.csv" /dev/null < /dev/null | wc -c
  0
