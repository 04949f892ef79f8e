redress customer: a person across their complaints
==================================================

Five complaints from four records: Ivana Horvat twice (the second time her email typed in
capitals and with a phone number), 山田太郎 by member number, مریم احمدی by email, and a
confidential complaint from "Yamada Taro", who is 山田太郎 under another email.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=80
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-10 16:30"
  CMP-2026-00001
  $ redress file -q --customer "Ivana Horvat" --email IVANA@EXAMPLE.HR --phone "+385 91 234 5678" \
  >   --channel phone --category billing --evidence-note racun.pdf --summary "Dvostruka naplata" --at "2026-11-12 09:00"
  CMP-2026-00002
  $ redress file -q --customer "山田太郎" --member-id M-1001 --channel phone --category delivery \
  >   --summary "配達が遅れた" --at "2026-11-13 10:00"
  CMP-2026-00003
  $ redress file -q --customer "مریم احمدی" --email maryam@example.ir --channel web --category billing \
  >   --evidence-note فاکتور.pdf --summary "دو بار از کارت من برداشت شد" --at "2026-11-14 09:15"
  CMP-2026-00004
  $ redress file -q --customer "Yamada Taro" --email taro@example.jp --channel email --category service \
  >   --confidential --summary "店員の態度が悪い" --at "2026-11-15 09:15"
  CMP-2026-00005
  $ redress resolve -q 1 --outcome refund --amount 25.00 --note "Novi kotač poslan"
  $ redress followup -q 1 --score 4

The second filing recognised Ivana (her email, folded) and gave her record the phone it
lacked; the first complaint keeps the details it was filed with, without a phone:

  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"])'
  {'name': 'Ivana Horvat', 'email': 'ivana@example.hr', 'phone': None, 'member_id': None, 'language': None}
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"]["phone"])'
  +385 91 234 5678

The list, by hand: #1 Ivana has 2 complaints, 1 open (CMP-1 is resolved), and her last
contact is the follow-up today at 12:00 Zagreb time; #2, #3 and #4 have one open complaint
each, last touched when filed. #4's only complaint is confidential, so the list shows no
details of theirs. The table fits 80 columns:

  $ redress --format table customer list
  id  complaints  open  last contact      contact            name
   1           2     1  2026-11-20 12:00  ivana@example.hr   Ivana Horvat
   2           1     1  2026-11-13 10:00  M-1001             山田太郎
  ‎ 3‎           1‎     1‎  2026-11-14 09:15‎  maryam@example.ir‎  مریم احمدی‎
   4           1     1  2026-11-15 09:15                     (confidential)
  $ COLUMNS=50 redress --format table customer list
  id  complaints  open  last contact  name
   1           2     1  11-20 12:00   Ivana Horvat
   2           1     1  11-13 10:00   \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e (esc)
  \xe2\x80\x8e 3\xe2\x80\x8e           1\xe2\x80\x8e     1\xe2\x80\x8e  11-14 09:15\xe2\x80\x8e   \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e (esc)
   4           1     1  11-15 09:15   (confidential)
  $ redress customer list --format csv --open --since 2026-11-13
  id,name,email,phone,member_id,complaints,open,confidential,first_seen,last_contact\r (esc)
  2,\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e,,,M-1001,1,1,0,2026-11-13 10:00,2026-11-13 10:00\r (esc)
  3,\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c,maryam@example.ir,,,1,1,0,2026-11-14 09:15,2026-11-14 09:15\r (esc)
  4,(confidential),,,,1,1,1,2026-11-15 09:15,2026-11-15 09:15\r (esc)
  $ redress customer list --match "HORVÁT"
  id\tname\temail\tphone\tmember_id\tcomplaints\topen\tconfidential\tfirst_seen\tlast_contact (esc)
  1\tIvana Horvat\tivana@example.hr\t'+385 91 234 5678\t\t2\t1\t0\t2026-11-10 16:30\t2026-11-20 12:00 (esc)
  $ redress customer list --match "مريم" --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" customer
  1 valid
  $ redress customer list --format ndjson --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" customer --lines
  4 valid

`customer show` takes an id, an email, a member number or a name. The history has the
outcome with its compensation and the satisfaction score:

  $ redress customer show ivana@example.hr
  customer #1  Ivana Horvat
  email         ivana@example.hr
  phone         +385 91 234 5678
  first seen    2026-11-10 16:30
  last contact  2026-11-20 12:00
  complaints    2 (1 open)
  
  Complaints
    reference       received     status    outcome           score  summary
    CMP-2026-00001  11-10 16:30  resolved  refund 25.00 EUR    4/5  Bicikl
                                                                    isporu\xc4\x8den s (esc)
                                                                    o\xc5\xa1te\xc4\x87enim (esc)
                                                                    kota\xc4\x8dem (esc)
    CMP-2026-00002  11-12 09:00  new                                Dvostruka
                                                                    naplata
  $ redress customer show m-1001 --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" customer
  1 valid
  $ redress customer show "Ivana Horvt"
  redress: error: no customer 'Ivana Horvt' in this ledger; did you mean 'Ivana Horvat'?
  [3]
  $ redress customer show 99
  redress: error: no customer #99 in this ledger; 'redress customer list' shows them
  [3]

Confidential complaints stay out unless asked for. #4's only complaint is confidential, so, as
in the list, not even their name or email is shown, and `--match` does not find them by it:

  $ redress customer show taro@example.jp
  customer #4  (confidential: --include-confidential shows their details)
  first seen    2026-11-15 09:15
  last contact  2026-11-15 09:15
  complaints    1 (1 open)
  
  Complaints
    (none shown)
  
  1 confidential complaint not shown (--include-confidential shows it).
  $ redress customer show 4 --include-confidential --format json | $PYTHON -c 'import json,sys; h=json.load(sys.stdin); print([c["reference"] for c in h["history"]], h["confidential_not_shown"])'
  ['CMP-2026-00005'] 0
  $ redress customer show 4 --format json | $PYTHON -c 'import json,sys; h=json.load(sys.stdin); print(h["name"], h["email"])'
  None None
  $ redress customer list --match yamada | cut -f1
  id
  $ redress customer list --match yamada --include-confidential | cut -f1
  id
  4

Corrections
-----------

A new phone number for Ivana, on her record and her open complaints: CMP-2 changes, the
resolved CMP-1 keeps what it was filed with.

  $ redress customer update 1 --phone "+385 98 765 4321" --complaints open
  customer #1: corrected phone; the details of 1 complaint (CMP-2026-00002)
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"]["phone"])'
  None
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"]["phone"])'
  +385 98 765 4321

A new email on all of them; the timeline says what was corrected without quoting it:

  $ redress customer update 1 --email iva.horvat@example.hr --complaints all
  customer #1: corrected email; the details of 2 complaints (CMP-2026-00001, CMP-2026-00002)
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"]["email"])'
  iva.horvat@example.hr
  $ redress show 1 | tail -2
    11-20 12:00  customer_updated  ana  customer #1: email corrected (this
                                        complaint's details too)
  $ redress customer update 1 --email iva.horvat@example.hr
  customer #1: nothing to change
  $ redress verify -q
  $ redress show 1 --format json | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" complaint
  1 valid
  $ redress export --events --format json --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" event
  11 valid

A correction is no step of the complaint: `undo` refuses it, and undoing a later step keeps
the corrected details.

  $ redress undo 2 --reason "pogreška"
  redress: error: cannot undo CMP-2026-00002's last step: event 11 (customer_updated) cannot be undone; record what happened since with a new step
  [4]
  $ redress ack -q 2
  $ redress undo -q 2 --reason "pogreška"
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["status"], c["customer"]["email"], c["customer"]["phone"])'
  new iva.horvat@example.hr +385 98 765 4321

A later filing under her old email is still Ivana, and it does not rewrite her earlier
complaints:

  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --summary "Treća pritužba" --at "2026-11-19 10:00"
  CMP-2026-00006
  $ redress customer list --format tsv --match horvat | cut -f1,3,6,7
  id\temail\tcomplaints\topen (esc)
  1\tiva.horvat@example.hr\t3\t2 (esc)
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["customer"]["email"])'
  iva.horvat@example.hr

Refusals leave the ledger as it was
-----------------------------------

  $ redress export --events --format json --include-confidential > before.json
  $ redress customer export 1 > ivana-before.json
  $ redress customer update 3 --email IVA.HORVAT@example.hr
  redress: error: these details recognise customer #1, not #3; if they are one person, 'redress customer merge 3 1'
  [4]
  $ redress customer update 3 --name "   "
  redress: error: the customer's name is empty; give the name they go by
  [5]
  $ redress customer update 3 --name "$(printf 'a\033[31mb')"
  redress: error: the customer's name contains a line break or control character
  [5]
  $ redress customer update 3
  redress: error: nothing to update; give --name, --email, --phone or --member-id
  [2]
  $ redress customer update 3 --complaints some --phone 1
  redress: error: --complaints: some not in {none,open,all}; run 'redress customer update --help'
  [2]
  $ redress customer update 77 --phone 1
  redress: error: no customer #77 in this ledger; 'redress customer list' shows them
  [3]
  $ redress customer merge 2 2
  redress: error: customer #2 cannot be merged into itself; give the ids of two records of one person
  [4]
  $ redress customer merge 9 2
  redress: error: no customer #9 in this ledger; 'redress customer list' shows them
  [3]
  $ redress customer merge 2 fred
  redress: error: 'fred' is not a customer id; give the number 'redress customer list' shows
  [2]
  $ redress customer export 42
  redress: error: no customer #42 in this ledger; 'redress customer list' shows them
  [3]
  $ redress customer export 1 -o missing/ivana.json
  redress: error: cannot write missing/ivana.json: no folder missing
  [3]
  $ redress export --events --format json --include-confidential | cmp - before.json
  $ redress customer export 1 | cmp - ivana-before.json
  $ redress verify -q

Merging
-------

"Yamada Taro" is 山田太郎: merge #4 into #2. The confidential complaint moves, #2's record
takes the email it lacked, and a later filing under that email is #2's. `list --customer`
finds a person by any of their names and emails, merged and corrected ones too.

  $ redress customer merge 4 2
  customer #4 merged into #2: 1 complaint moved (CMP-2026-00005); the record took email
  $ redress file -q --customer "Yamada Taro" --email TARO@example.jp --channel web --category delivery \
  >   --summary "再配達の依頼" --at "2026-11-19 11:00"
  CMP-2026-00007
  $ redress customer show 4
  customer #2  \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e (esc)
  (#4 was merged into this record)
  email         taro@example.jp
  member id     M-1001
  first seen    2026-11-13 10:00
  last contact  2026-11-19 11:00
  complaints    3 (3 open)
  merged        #4
  
  Complaints
    reference       received          status  outcome  score  summary
    CMP-2026-00003  2026-11-13 10:00  new                     \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
    CMP-2026-00007  2026-11-19 11:00  new                     \xe5\x86\x8d\xe9\x85\x8d\xe9\x81\x94\xe3\x81\xae\xe4\xbe\x9d\xe9\xa0\xbc (esc)
  
  1 confidential complaint not shown (--include-confidential shows it).
  $ redress customer merge 4 2
  redress: error: customer #4 was merged into #2; use 2
  [3]
  $ redress list --customer "Yamada Taro" --include-confidential | cut -f1
  reference
  CMP-2026-00003
  CMP-2026-00005
  CMP-2026-00007
  $ redress list --customer iva.horvat@example.hr | cut -f1
  reference
  CMP-2026-00001
  CMP-2026-00002
  CMP-2026-00006
  $ redress show 5 | grep merged
    2026-11-20 12:00  customer_merged  ana  customer #4 merged into #2
  $ redress verify -q

The access request: #2's record, the record merged into it, and exactly their three
complaints (the confidential one too), with events and texts; nothing of anyone else.

  $ redress customer export 2 -o taro.json
  $ ls -l taro.json | cut -c1-10
  -rw-------
  $ $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" customer-export < taro.json
  1 valid
  $ $PYTHON - taro.json <<'PY'
  > import json, sys
  > e = json.load(open(sys.argv[1], encoding="utf-8"))
  > print(e["customer"]["id"], e["customer"]["name"], e["customer"]["email"], e["customer"]["complaints"])
  > print([m["id"] for m in e["merged_records"]])
  > print([c["complaint"]["reference"] for c in e["complaints"]])
  > print([len(c["complaint"]["events"]) for c in e["complaints"]])
  > text = open(sys.argv[1], encoding="utf-8").read()
  > print([w for w in ("Horvat", "iva", "مریم", "maryam", "CMP-2026-00001", "CMP-2026-00004") if w in text])
  > PY
  2 \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e taro@example.jp 3 (esc)
  [4]
  ['CMP-2026-00003', 'CMP-2026-00005', 'CMP-2026-00007']
  [1, 2, 1]
  []

[SQLite only from here]

`verify` rebuilds the customers from the events, corrections and merges included, so an
edit behind the tool's back is found: a record's phone, a key given to someone else, a merge
undone by hand.

  $ cp .redress/ledger.db good.db
  $ sqlite3 .redress/ledger.db "UPDATE customers SET phone = '+385 1 000 0000' WHERE id = 1"
  $ redress verify -q
  redress: error: customer #1: phone in the customers table differs from what their complaints' events say; keep this copy for investigation and restore the last good backup
  [7]
  $ cp good.db .redress/ledger.db
  $ sqlite3 .redress/ledger.db "UPDATE customer_keys SET customer_id = 3"
  $ redress verify -q
  redress: error: customer_keys differs from the keys the customers' corrections and merges give; keep this copy for investigation and restore the last good backup
  [7]
  $ cp good.db .redress/ledger.db
  $ sqlite3 .redress/ledger.db "UPDATE customers SET merged_into = NULL WHERE id = 4"
  $ redress verify -q
  redress: error: customer #4: merged_into in the customers table differs from what their complaints' events say; keep this copy for investigation and restore the last good backup
  [7]
  $ cp good.db .redress/ledger.db
  $ redress verify -q
