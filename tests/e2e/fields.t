Custom fields, and importing what other systems export
======================================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ cat >>.redress/policy.toml <<'TOML'
  > 
  > [fields.order_number]
  > type = "text"
  > pattern = "[A-Z]-[0-9]{4}"
  > required_for = ["delivery"]
  > 
  > [fields.quantity]
  > type = "integer"
  > 
  > [fields.price]
  > type = "decimal"
  > 
  > [fields.delivered_on]
  > type = "date"
  > 
  > [fields.branch]
  > type = "choice"
  > values = ["Zagreb", "Split"]
  > 
  > [fields.store_contact]
  > type = "text"
  > personal = true
  > TOML
  $ redress policy check | cut -d: -f2
   ok (4 severities, 5 categories, 8 channels, 7 outcomes)
  $ ledger() { sqlite3 .redress/ledger.db .dump | sha256sum; }
  $ F=(--customer "Ivana Horvat" --channel email --category delivery --summary "Kotač oštećen")

Bad values exit 5 naming the field; an unknown field and a missing required one are refused
(4). Nothing is filed.

  $ before=$(ledger)
  $ redress file -q "${F[@]}" --field order_number=a-12
  redress: error: --field order_number: 'a-12' does not have the form the policy asks for; it must match [A-Z]-[0-9]{4}
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field quantity=1.5
  redress: error: --field quantity: '1.5' is not a whole number; write digits, such as 42 or -7
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field price=12,50
  redress: error: --field price: '12,50' is not a decimal number; write 12.50 (a '.' before the decimals)
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field delivered_on=2026-02-30
  redress: error: --field delivered_on: '2026-02-30' is not a real date
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field store_contact=$'Ana \e[31mred\u202e'
  redress: error: --field store_contact: 'Ana \x1b[31mred\u202E' contains a control character or a bidi override
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field branch=Rijeka
  redress: error: --field branch: 'Rijeka' is not one of its values; expected one of: Zagreb, Split
  [5]
  $ redress file -q "${F[@]}" --field order_number=A-1234 --field colour=red
  redress: error: --field unknown field 'colour'; expected one of: order_number, quantity, price, delivered_on, branch, store_contact
  [4]
  $ redress file -q "${F[@]}"
  redress: error: category 'delivery' requires the field order_number; add --field order_number=VALUE, or file with --allow-incomplete
  [4]
  $ redress file -q "${F[@]}" --field order_number
  redress: error: --field 'order_number' is not NAME=VALUE; write --field order_number=A-1234
  [2]
  $ [ "$(ledger)" = "$before" ] && echo unchanged
  unchanged

Values are kept in canonical form: +007 is 7, 0012.50 is 12.50.

  $ redress file -q "${F[@]}" --field order_number=A-1234 --field quantity=+007 --field price=0012.50 \
  >   --field delivered_on=2026-11-14 --field branch=Split --field store_contact="Ana Kovač" --at "2026-11-16 16:30"
  CMP-2026-00001
  $ redress file -q --customer "佐藤 花子" --channel web --category service --summary "配達が遅れた" \
  >   --field quantity=2 --field store_contact="山田" --confidential
  CMP-2026-00002
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["fields"], sort_keys=True, ensure_ascii=False))'
  {"branch": "Split", "delivered_on": "2026-11-14", "order_number": "A-1234", "price": "12.50", "quantity": "7", "store_contact": "Ana Kovač"}
  $ redress show 1 | sed -n '/^summary/,/^$/p'
  summary       Kotač oštećen
  branch        Split
  delivered_on  2026-11-14
  order_number  A-1234
  price         12.50
  quantity      7
  store_contact
                Ana Kovač
  
  $ redress list --field quantity=7 --format tsv | cut -f1
  reference
  CMP-2026-00001
  $ redress list --field quantity=+2 --format tsv | cut -f1
  reference
  CMP-2026-00002
  $ redress list --field quantity=x --format tsv
  redress: error: --field quantity: 'x' is not a whole number; write digits, such as 42 or -7
  [5]

A text value is matched as names are (folded: case and accents do not matter):

  $ redress list --field store_contact="ana kovac" --format tsv | cut -f1
  reference
  CMP-2026-00001

CSV: one field_NAME column per field, in the policy's order, after the built-in columns. The
confidential complaint's personal field is blank like its texts.

  $ redress export --format csv | $PYTHON -c 'import csv,sys; rows=list(csv.DictReader(sys.stdin)); print([k for k in rows[0] if k.startswith("field_")]); [print(r["reference"], r["field_quantity"], r["field_store_contact"] or "-") for r in rows]'
  ['field_order_number', 'field_quantity', 'field_price', 'field_delivered_on', 'field_branch', 'field_store_contact']
  CMP-2026-00001 7 Ana Kovač
  CMP-2026-00002 2 -

A change of fields is an event; NAME= clears one.

  $ redress change 1 --field quantity=8 --field branch=
  CMP-2026-00001: new, normal delivery
  $ redress show 1 | grep changed
    2026-11-20 12:00  changed  ana  field branch Split -> -; field quantity 7 -> 8

Semicolons, as Excel writes CSV in Croatia: the export with --delimiter ';' reads back in
another ledger, the delimiter found from the header, with fields and all (confidential
complaints included, or their blanks would not import).

  $ redress export --format csv --delimiter ';' --include-confidential >hr.csv
  $ head -c 40 hr.csv; echo
  reference;status;received_at;channel;cus
  $ mkdir other && cd other && redress init -q && cp ../.redress/policy.toml .redress/
  $ redress import ../hr.csv
  imported 2 complaints from ../hr.csv: CMP-2026-00001 to CMP-2026-00002
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["fields"], sort_keys=True, ensure_ascii=False))'
  {"delivered_on": "2026-11-14", "order_number": "A-1234", "price": "12.50", "quantity": "8", "store_contact": "Ana Kovač"}
  $ redress import ../hr.csv --delimiter '|' --dry-run
  redress: error: --delimiter '|' is not one of , ; or tab; spreadsheets set up for a decimal comma use --delimiter ';'
  [2]
  $ cd ..

A file that is not UTF-8 is refused with the likely encoding and the command that converts it;
that command works.

  $ printf 'received_at;customer_name;channel;category;summary;field_order_number\n2026-11-18 10:00;Ivana Kova\350;email;delivery;Slomljen kota\350;A-2000\n' >win.csv
  $ redress import win.csv
  redress: error: win.csv: line 2, byte 28: the file is not UTF-8; it looks like Windows-1250 (Croatian, Slovenian and other Central European languages); convert it first: iconv -f WINDOWS-1250 -t UTF-8 win.csv > win-utf8.csv; nothing was imported
  [5]
  $ iconv -f WINDOWS-1250 -t UTF-8 win.csv > win-utf8.csv
  $ redress import win-utf8.csv
  imported 1 complaint from win-utf8.csv: CMP-2026-00003
  $ redress show 3 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["customer"]["name"], c["summary"], c["fields"])'
  Ivana Kovač Slomljen kotač {'order_number': 'A-2000'}

A foreign export (the columns of the public CFPB complaint file): refused until its other
columns are mapped away or kept; --keep-unmapped keeps each as a text field named after it,
listed by the dry run, so nothing is dropped silently.

  $ cat >cfpb.csv <<'CSV'
  > Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,Company response to consumer,Timely response?,Consumer disputed?,Complaint ID
  > 2026-11-02,service,Medical debt,Attempts to collect debt not owed,Debt is not yours,They keep calling about a bill I paid,,ACME,TX,75001,,Consent provided,web,2026-11-02,Closed with explanation,Yes,N/A,9876543
  > CSV
  $ M=(--map "Date received=received_at" --map "Product=category" --map "Consumer complaint narrative=summary" --map "Company=customer_name" --map "Submitted via=channel")
  $ redress import cfpb.csv "${M[@]}"
  redress: error: cfpb.csv: unknown column 'Sub-product'; map it with --map 'Sub-product=FIELD', ignore it with --map 'Sub-product=', or keep every such column as a text field with --keep-unmapped; nothing was imported
  [5]
  $ redress import cfpb.csv "${M[@]}" --keep-unmapped --dry-run
  column 'Sub-product' kept as text field sub_product
  column 'Issue' kept as text field issue
  column 'Sub-issue' kept as text field sub_issue
  column 'Company public response' kept as text field company_public_response
  column 'State' kept as text field state
  column 'ZIP code' kept as text field zip_code
  column 'Tags' kept as text field tags
  column 'Consumer consent provided?' kept as text field consumer_consent_provided
  column 'Date sent to company' kept as text field date_sent_to_company
  column 'Company response to consumer' kept as text field company_response_to_consumer
  column 'Timely response?' kept as text field timely_response
  column 'Consumer disputed?' kept as text field consumer_disputed
  column 'Complaint ID' kept as text field complaint_id
  dry run: would import 1 complaint from cfpb.csv: CMP-2026-00004; nothing was written
  $ redress import cfpb.csv "${M[@]}" --keep-unmapped
  imported 1 complaint from cfpb.csv: CMP-2026-00004
  $ redress show 4 --format json | $PYTHON -c 'import json,sys; f=json.load(sys.stdin)["fields"]; print(len(f), f["complaint_id"], f["zip_code"], f["sub_issue"])'
  11 9876543 75001 Debt is not yours
  $ redress list --field complaint_id=9876543 --format tsv | cut -f1
  reference
  CMP-2026-00004
  $ redress verify | grep -c ok
  8

`search` finds field values too, those an import kept as well (the hit names `fields` as the
text it was found in):

  $ redress search 9876543 --format json | $PYTHON -c 'import json,sys; [print(h["complaint"]["reference"], h["match"]["field"], h["match"]["snippet"]) for h in json.load(sys.stdin)]'
  CMP-2026-00004 fields 9876543
