Erasure: a person's personal data goes, the facts and verify stay
=================================================================

Default policy (Europe/Zagreb, delivery complaints on team logistics). Now is Friday
2026-11-20 12:00 in Zagreb. Four complaints in November:

- A: Ivana Ćosić, email and phone, with an evidence file (her invoice) and a photo; noted,
acknowledged, resolved with a 25.50 EUR refund, satisfaction 4 with a comment.
- B: Ivana Ćosić again (same email): open.
- C: 山田太郎: resolved with an apology.
- D: مریم احمدی: resolved with a 12.00 EUR refund; the same photo as A is her evidence too.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ printf 'PDF račun za Ćosić' > "račun-Ćosić.pdf"; printf 'JPEG kotač' > slika.jpg
  $ a=$(redress file -q --customer "Ivana Ćosić" --email ivana.cosic@example.hr --phone "+385 91 555 0101" --channel email --category delivery --summary "Kotač savijen pri dostavi" --details "Dostavljač je bacio paket preko ograde" --evidence "račun-Ćosić.pdf" --evidence slika.jpg --at "2026-11-02 10:00")
  $ redress -q note "$a" "Nazvala gospođu Ćosić na broj 091 555 0101" --at "2026-11-02 10:30"
  $ redress -q ack "$a" --at "2026-11-02 11:00"
  $ redress -q resolve "$a" --outcome refund --amount 25.50 --at "2026-11-03 10:00"
  $ redress -q followup "$a" --score 4 --comment "Hvala, Ivana"
  $ b=$(redress file -q --customer "Ivana Ćosić" --email ivana.cosic@example.hr --channel phone --category delivery --summary "Pogrešna boja okvira" --at "2026-11-04 09:00")
  $ c=$(redress file -q --customer "山田太郎" --email yamada@example.jp --channel web --category delivery --summary "配達が遅れた" --at "2026-11-05 09:00")
  $ redress -q resolve "$c" --outcome apology --at "2026-11-06 09:00"
  $ d=$(redress file -q --customer "مریم احمدی" --channel letter --category delivery --summary "برداشت دوباره از حساب" --evidence slika.jpg --at "2026-11-06 09:00")
  $ redress -q resolve "$d" --outcome refund --amount 12.00 --at "2026-11-09 09:00"
  $ echo "$a $b $c $d"
  CMP-2026-00001 CMP-2026-00002 CMP-2026-00003 CMP-2026-00004

Two evidence files are stored (the photo once, by its digest), and the raw database holds
Ivana's texts, as it should before an erasure: these are the strings the erasure must remove
(their count in the database file and its log). The search index keeps words folded and
prefix-compressed, so its folded words are found only where a page happens to hold them whole.

  $ find .redress/evidence -type f | wc -l
  2
  $ erased_strings() { for s in "Ćosić" "ivana.cosic@" "555 0101" "Kotač savijen" "Dostavljač" "Nazvala" "račun-" "Hvala" "Pogrešna" "cosic" "dostavljac"; do printf '%s %s\n' "$s" "$(cat .redress/ledger.db .redress/ledger.db-wal 2>/dev/null | grep -a -c -i -F "$s")"; done; }
  $ sqlite3 .redress/ledger.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  $ erased_strings | awk '$NF == 0'
  dostavljac 0

The figures before the erasure, computed by hand. November: 4 received; 3 resolved (A, C, D),
so 75.0%; 1 open (B); no rejection, withdrawal or reopen; one satisfaction response, 4, so
an average of 4.0; one repeat complainant (Ivana) with 2 complaints. Compensation: 25.50 +
12.00 = 37.50 EUR over 2 complaints, 18.75 on average.

  $ window="--since 2026-11-01 --until 2026-11-30 --as-of 2026-11-20T11:00:00Z"
  $ redress report outcomes $window --format json > outcomes-before.json
  $ redress report summary $window --format json > summary-before.json
  $ redress report sla $window --format csv > sla-before.csv
  $ $PYTHON -c 'import json; o=json.load(open("outcomes-before.json")); print(o["received"], o["resolved"], o["resolution_rate_pct"], o["open"], o["satisfaction_average"], o["repeat_complainants"], o["complaints_from_repeat_complainants"])'
  4 3 75.0 1 4.0 1 2
  $ $PYTHON -c 'import json; s=json.load(open("summary-before.json")); c=s["compensation"][0]; print(c["complaints"], c["total"]["amount"], c["average"]["amount"], c["currency"])'
  2 37.50 18.75 EUR
  $ redress search Kotač --format tsv | cut -f1
  reference
  CMP-2026-00001
  $ redress export --events --format ndjson > events-before.ndjson

Refusals leave the ledger exactly as it was: an unknown customer (3, with the closest name), a
blank reason (5), no reason at all (2).

  $ redress customer erase "Ivana Kosic" --reason "zahtjev za brisanje"
  redress: error: no customer 'Ivana Kosic' in this ledger; did you mean 'Ivana \xc4\x86osi\xc4\x87'? (esc)
  [3]
  $ redress customer erase 99 --reason "zahtjev za brisanje"
  redress: error: no customer #99 in this ledger; 'redress customer list' shows them
  [3]
  $ redress customer erase ivana.cosic@example.hr --reason "   "
  redress: error: the reason is blank; say why in one line, without personal data: it is kept for good
  [5]
  $ redress customer erase ivana.cosic@example.hr 2>&1 | head -1
  redress: error: --reason is required; run 'redress customer erase --help'
  $ redress customer erase ivana.cosic@example.hr > /dev/null 2>&1
  [2]
  $ redress export --events --format ndjson | cmp - events-before.ndjson

The erasure, found by her email typed in capitals: both of her complaints, four event texts
(A's filing, note and comment; B's filing), and the invoice, which only her complaint names;
the photo stays, since D names it too.

  $ redress customer erase IVANA.COSIC@example.hr --reason "GDPR art. 17 request of 2026-11-19"
  Erased customer #1: 2 complaints (CMP-2026-00001, CMP-2026-00002), 4 event texts, 1 evidence file removed.
  $ find .redress/evidence -type f | wc -l
  1

verify passes: the chain is unchanged, with one `erased` event more for each complaint (10
events before, 12 now), and everything else is checked as before.

  $ redress verify
  database     ok (integrity_check, foreign_key_check)
  schema       ok: tables, indexes and append-only triggers as redress created them
  chain        ok: 12 events, head is event 12 * (glob)
  projections  ok: 4 complaints rebuilt from their events
  sequences    ok: every year's reference counter matches its complaints
  customers    ok: every customer is what their complaints were filed with
  search       ok: the search index holds every complaint's texts and their words
  policies     ok: every complaint's policy is recorded
  evidence     ok: 1 stored file matches its digest

Every report gives the same figures as before. The only change is a name: the top repeat
complainants no longer name her (she still counts, with her 2 complaints).

  $ redress report outcomes $window --format json | cmp - outcomes-before.json > /dev/null
  [1]
  $ sed 's/"customer": "Ivana Ćosić"/"customer": ""/' outcomes-before.json | cmp - <(redress report outcomes $window --format json)
  $ redress report summary $window --format json | cmp - summary-before.json
  $ redress report sla $window --format csv | cmp - sla-before.csv

The export keeps the facts of A and B and none of Ivana's texts; C and D are untouched.

  $ redress export --format json > after.json
  $ $PYTHON - <<'PY'
  > import json
  > for c in json.load(open("after.json")):
  >     cu = c["customer"]
  >     print(c["reference"], c["status"], c["channel"], c["severity"], c["resolve_sla"], c["outcome"], c["compensation"], c["satisfaction"], repr(cu["name"]), cu["email"], cu["phone"], repr(c["summary"]), c["details"], c["evidence"])
  > PY
  CMP-2026-00001 resolved email normal met refund {'amount': '25.50', 'currency': 'EUR'} 4 '' None None '' None []
  CMP-2026-00002 new phone normal breached None None None '' None None '' None []
  CMP-2026-00003 resolved web normal met apology None None '山田太郎' yamada@example.jp None '配達が遅れた' None []
  CMP-2026-00004 resolved letter normal met refund {'amount': '12.00', 'currency': 'EUR'} None 'مریم احمدی' None None 'برداشت دوباره از حساب' None ['slika.jpg']
  $ redress export --events --format ndjson > events-after.ndjson
  $ cat after.json events-after.ndjson | grep -c -i -e Ćosić -e ivana -e Kotač -e Dostavljač -e Nazvala -e račun -e Hvala -e Pogrešna
  0
  [1]

Each complaint's timeline says who erased it, when and why, and nothing of whom.

  $ redress show "$a" | tail -8
    at           event         by   details
    11-02 10:00  filed         ana
    11-02 10:30  noted         ana
    11-02 11:00  acknowledged  ana
    11-03 10:00  resolved      ana  refund 25.50 EUR
    11-20 12:00  followed_up   ana  satisfaction 4/5
    11-20 12:00  erased        ana  personal data erased: GDPR art. 17 request of
                                    2026-11-19
  $ redress show "$a" --format json | $PYTHON -c 'import json,sys; print([e["type"] for e in json.load(sys.stdin)["events"]])'
  ['filed', 'noted', 'acknowledged', 'resolved', 'followed_up', 'erased']
  $ redress evidence "$a" | cut -f1,2,3
  number\tname\tsize (esc)
  1\t(name erased)\t21 (esc)
  2\t(name erased)\t11 (esc)
  $ redress evidence get "$a" 1 -o invoice.pdf
  redress: error: CMP-2026-00001's evidence file 1 was removed when its personal data was erased
  [3]
  $ redress evidence get "$a" 2 -o photo.jpg && cat photo.jpg && echo
  Wrote (name erased) (11 bytes, sha256 bc1cb7cc635ccec4c9569e81ed31d81acd664db145b12eb933f123e6dd55ce3e) to photo.jpg
  JPEG kota\xc4\x8d (esc)

search finds nothing of the erased text, and still finds the others'.

  $ for q in Kotač dostavljač Nazvala Hvala Pogrešna Ćosić; do redress search "$q" --format tsv | tail -n +2; done
  $ redress search 配達 --format tsv | cut -f1 | tail -n +2
  CMP-2026-00003

The raw database and its write-ahead log no longer hold any of the erased strings (the erasure
merged the search index, rebuilt the file with VACUUM and emptied the log); the texts of the
others are still there.

  $ sqlite3 .redress/ledger.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  $ erased_strings
  Ćosić 0
  ivana.cosic@ 0
  555 0101 0
  Kotač savijen 0
  Dostavljač 0
  Nazvala 0
  račun- 0
  Hvala 0
  Pogrešna 0
  cosic 0
  dostavljac 0
  $ cat .redress/ledger.db | grep -a -c -F "山田太郎" | grep -v '^0$'
  [0-9]+ (re)

Customer identity keys are keyed digests, never the text; the erased customer's is its number.

  $ sqlite3 .redress/ledger.db "SELECT id, identity_key, name_key = '', name FROM customers WHERE id = 1"
  1|erased:1|1|
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM customers WHERE length(identity_key) = 64 AND length(name_key) = 64 AND identity_key NOT GLOB '*[^0-9a-f]*'"
  2

The append-only guard still refuses any other change to an event, and a blanking that no
erasure follows.

  $ sqlite3 .redress/ledger.db "UPDATE events SET personal = NULL WHERE id = 9"
  Error: stepping, events are append-only (19)
  [19]
  $ sqlite3 .redress/ledger.db "UPDATE events SET actor = 'eve' WHERE id = 1"
  Error: stepping, events are append-only (19)
  [19]
  $ sqlite3 .redress/ledger.db "UPDATE events SET personal = NULL, data = '{}' WHERE id = 1"
  Error: stepping, events are append-only (19)
  [19]
  $ sqlite3 .redress/ledger.db "DELETE FROM events WHERE id = 11"
  Error: stepping, events are append-only (19)
  [19]

verify accepts a missing personal text only where an erasure of its complaint follows it. Blanking
D's filing behind the tool's back (the trigger dropped and put back as it was) is found, named
by event and reference, not by its text:

  $ mkdir tampered && cp .redress/ledger.db .redress/policy.toml tampered/
  $ trigger=$(sqlite3 tampered/ledger.db "SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'")
  $ sqlite3 tampered/ledger.db "DROP TRIGGER events_append_only_update; UPDATE events SET personal = NULL WHERE id = 9; $trigger;"
  $ redress --ledger tampered -q verify
  redress: error: event 9 (CMP-2026-00004, filed): its personal text was removed, and no erasure of its complaint follows it; keep this copy for investigation and restore the last good backup
  [7]

Erasing twice is a clear no-op, by number or by name, and writes nothing.

  $ redress export --events --format ndjson > events-after.ndjson
  $ redress customer erase 1 --reason "again"
  Customer #1 is erased already: nothing to do.
  $ redress export --events --format ndjson | cmp - events-after.ndjson

Her name no longer finds anyone: it is gone.

  $ redress customer erase "Ivana Ćosić" --reason "again"
  redress: error: no customer 'Ivana \xc4\x86osi\xc4\x87' in this ledger; 'redress customer list' shows them (esc)
  [3]

A ledger written by an older redress
------------------------------------

tests/data/ledger-v2 (schema 2: Ivana Kovač and Ivana Horvat, one person by email; 山田太郎;
مریم احمدی, confidential). Opening it migrates it to the current schema; from 10 on its complaints get their own
keys, its customers' keys become keyed digests, and its events keep the ledger-wide key they
were digested with (docs/erasure.md says what that means).

  $ mkdir old && cd old && mkdir .redress
  $ cp "$REDRESS_SOURCE"/tests/data/ledger-v2/ledger.db "$REDRESS_SOURCE"/tests/data/ledger-v2/policy.toml .redress/ && chmod 600 .redress/*
  $ grep -a -c -i -F "ivana@example.hr" .redress/ledger.db
  [1-9][0-9]* (re)
  $ redress -q verify
  $ sqlite3 .redress/ledger.db "PRAGMA user_version; SELECT value FROM meta WHERE key = 'personal_keys_from'; SELECT count(*) FROM complaints WHERE length(personal_key) = 64; SELECT count(*) FROM customers WHERE length(identity_key) = 64"
  12
  15
  4
  3
  $ redress customer erase ivana@example.hr --reason "zahtjev za brisanje"
  Erased customer #1: 2 complaints (CMP-2026-00001, CMP-2026-00002), 3 event texts, 0 evidence files removed.
  $ redress -q verify
  $ sqlite3 .redress/ledger.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  $ for s in "Kovač" "Horvat" "ivana@" "kovac"; do printf '%s %s\n' "$s" "$(cat .redress/ledger.db .redress/ledger.db-wal 2>/dev/null | grep -a -c -i -F "$s")"; done
  Kovač 0
  Horvat 0
  ivana@ 0
  kovac 0
  $ redress customer erase "مریم احمدی" --reason "طبق درخواست"
  Erased customer #3: 1 complaint (CMP-2026-00004), 1 event text, 0 evidence files removed.
  $ redress -q verify
  $ cd ..

Retention: sweep erases what is past it
---------------------------------------

`[retention] personal_data = "3y"`: three years after closure. Now is 2026-11-20 12:00, so a
complaint closed before 2023-11-20 12:00 is past it.

- E: Ana Kovač, closed 2023-11-13: past it (2026-11-13).
- F: Ana Kovač again, closed 2025-06-01: kept, and so is her record, rebuilt from F.
- G: 佐藤花子, rejected 2023-02-02: past it; her only complaint, so her record is erased too.
- H: Dariush Rahimi, closed 2023-11-25: not yet (2026-11-25).

  $ mkdir retention && cd retention && redress init -q
  $ printf '\n[retention]\npersonal_data = "3y"\n' >> .redress/policy.toml
  $ f() { redress file -q --customer "$1" --email "$2" --channel email --category delivery --summary "$3" --at "$4"; }
  $ e=$(f "Ana Kovač" ana@example.hr "Stara reklamacija kotača" "2023-01-10 10:00")
  $ redress -q resolve "$e" --outcome refund --amount 10 --at "2023-01-12 10:00" && redress -q close "$e" --at "2023-11-13 10:00"
  $ g=$(f "佐藤花子" hanako@example.jp "古い苦情です" "2023-02-01 10:00")
  $ redress -q reject "$g" --reason "規約の対象外" --at "2023-02-02 10:00"
  $ h=$(f "Dariush Rahimi" dariush@example.ir "شکایت قدیمی" "2023-11-01 10:00")
  $ redress -q resolve "$h" --outcome apology --at "2023-11-20 10:00" && redress -q close "$h" --at "2023-11-25 10:00"
  $ f2=$(f "Ana Kovač" ana@example.hr "Novija reklamacija" "2025-05-10 10:00")
  $ redress -q resolve "$f2" --outcome apology --at "2025-05-12 10:00" && redress -q close "$f2" --at "2025-06-01 10:00"
  $ echo "$e $g $h $f2"
  CMP-2023-00001 CMP-2023-00002 CMP-2023-00003 CMP-2025-00001
  $ redress sweep --dry-run
  reference\taction\tdetails (esc)
  CMP-2023-00001\twould be erased\tclosed 2023-11-13 10:00, more than 3y ago (esc)
  CMP-2023-00002\twould be erased\trejected 2023-02-02 10:00, more than 3y ago (esc)
  $ redress list --format tsv | cut -f1,5,13 | sort
  CMP-2023-00001\tAna Kovač\tStara reklamacija kotača (esc)
  CMP-2023-00002\t佐藤花子\t古い苦情です (esc)
  CMP-2023-00003\tDariush Rahimi\tشکایت قدیمی (esc)
  CMP-2025-00001\tAna Kovač\tNovija reklamacija (esc)
  reference\tcustomer_name\tsummary (esc)
  $ redress sweep
  reference\taction\tdetails (esc)
  CMP-2023-00001\terased\tclosed 2023-11-13 10:00, more than 3y ago (esc)
  CMP-2023-00002\terased\trejected 2023-02-02 10:00, more than 3y ago (esc)
  $ redress list --format tsv | cut -f1,2,5,13 | sort
  CMP-2023-00001\tclosed\t\t (esc)
  CMP-2023-00002\trejected\t\t (esc)
  CMP-2023-00003\tclosed\tDariush Rahimi\tشکایت قدیمی (esc)
  CMP-2025-00001\tclosed\tAna Kovač\tNovija reklamacija (esc)
  reference\tstatus\tcustomer_name\tsummary (esc)
  $ sqlite3 .redress/ledger.db "SELECT id, name, email, identity_key LIKE 'erased:%' FROM customers"
  1|Ana Kovač|ana@example.hr|0
  2|||1
  3|Dariush Rahimi|dariush@example.ir|0
  $ redress show "$g" --format json | $PYTHON -c 'import json,sys; e=json.load(sys.stdin)["events"][-1]; print(e["type"], e["actor"], e["at"], e["details"])'
  erased ana 2026-11-20T11:00:00Z {'reason': 'retention: personal data is kept 3y after closure', 'retention': '3y'}
  $ redress -q verify
  $ redress search 苦情 --format tsv | tail -n +2
  $ redress policy show | grep retention
  retention * sweep erases personal data 3y after closure (glob)

A second sweep finds nothing to do; five days later H is past it too.

  $ redress sweep
  $ FAKETIME="2026-11-25 11:00:00" redress sweep
  reference\taction\tdetails (esc)
  CMP-2023-00003\terased\tclosed 2023-11-25 10:00, more than 3y ago (esc)
  $ redress -q verify

A retention the policy cannot read is refused with its place.

  $ printf '\n[retention]\npersonal_data = "3 years"\n' > bad.toml
  $ redress policy check bad.toml 2>&1 | grep retention
  * retention.personal_data must be a time after closure in years, weeks or days such as "3y", "18w" or "90d", not "3 years" (glob)

Minutes and hours are not retention units: "36m", meant as months, would erase everything closed
more than 36 minutes ago.

  $ printf '\n[retention]\npersonal_data = "36m"\n' > bad.toml
  $ redress policy check bad.toml 2>&1 | grep retention
  * retention.personal_data must be a time after closure in years, weeks or days such as "3y", "18w" or "90d", not "36m" (months are not a unit here: "36m" would be minutes; write "3y") (glob)

Corrections and merges are erased with the person
-------------------------------------------------

A fresh ledger. Dragana files twice; her record is corrected (new name, email and phone, on
both complaints too). Goran files once by email and once, as "G. Perić", by member id: two
records, then merged. Her correction's old and new details, and both of Goran's records,
must all go when they are erased.

  $ mkdir corrections && cd corrections
  $ redress init -q
  $ e=$(redress file -q --customer "Dragana Šimić" --email dragana.simic@example.hr --phone "+385 91 777 0202" --channel email --category delivery --summary "Lanac puca" --at "2026-11-10 09:00")
  $ f=$(redress file -q --customer "Dragana Šimić" --email dragana.simic@example.hr --channel phone --category delivery --summary "Sjedalo klima" --at "2026-11-11 09:00")
  $ redress customer update 1 --name "Dragana Kralj" --email dragana.kralj@example.hr --phone "+385 98 333 4444" --complaints all
  customer #1: corrected name, email, phone; the details of 2 complaints (CMP-2026-00001, CMP-2026-00002)
  $ g=$(redress file -q --customer "Goran Perić" --email goran.peric@example.hr --channel web --category delivery --summary "Kasni dostava" --at "2026-11-12 09:00")
  $ h=$(redress file -q --customer "G. Perić" --member-id GP-9001 --channel web --category delivery --summary "Krivi račun" --at "2026-11-13 09:00")
  $ redress customer merge 3 2
  customer #3 merged into #2: 1 complaint moved (CMP-2026-00004); the record took member_id
  $ redress -q verify
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM customer_keys; SELECT count(*) FROM customer_keys WHERE length(identity_key) = 64 AND identity_key NOT GLOB '*[^0-9a-f]*'"
  1
  1
  $ gone() { sqlite3 .redress/ledger.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; for s in "Šimić" "Kralj" "dragana" "777 0202" "333 4444" "Perić" "goran.peric" "GP-9001" "simic" "kralj" "peric"; do printf '%s %s\n' "$s" "$(cat .redress/ledger.db .redress/ledger.db-wal 2>/dev/null | grep -a -c -i -F "$s")"; done; }
  $ gone | awk '$NF == 0'

Erasing Dragana by her corrected email, and Goran by the record his other one went into:

  $ redress customer erase dragana.kralj@example.hr --reason "zahtjev za brisanje"
  Erased customer #1: 2 complaints (CMP-2026-00001, CMP-2026-00002), 4 event texts, 0 evidence files removed.
  $ redress customer erase 2 --reason "zahtjev za brisanje"
  Erased customer #2: 2 complaints (CMP-2026-00003, CMP-2026-00004), 2 event texts, 0 evidence files removed.
  $ gone
  \xc5\xa0imi\xc4\x87 0 (esc)
  Kralj 0
  dragana 0
  777 0202 0
  333 4444 0
  Peri\xc4\x87 0 (esc)
  goran.peric 0
  GP-9001 0
  simic 0
  kralj 0
  peric 0
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM customer_keys; SELECT id, name, email, phone, member_id, identity_key LIKE 'erased:%', name_key, merged_into FROM customers"
  0
  1|||||1||
  2|||||1||
  3|||||1||2
  $ redress -q verify

Afterwards the customer commands show them as erased and refuse to change them (4); a record
merged into an erased one leads to it; their old details find nobody (3).

The erasure is no contact with them: their last contact is still their last filing (Dragana
11-11 09:00, Goran 11-13 09:00), not the time of the erasure.

  $ redress --format table customer list
  id  complaints  open  last contact      contact  name
   1           2     2  2026-11-11 09:00           (erased)
   2           2     2  2026-11-13 09:00           (erased)
  $ redress customer show 3
  customer #2  (erased: no name or contact is kept)
  (#3 was merged into this record)
  first seen    2026-11-12 09:00
  last contact  2026-11-13 09:00
  complaints    2 (2 open)
  merged        #3
  
  Complaints
    reference       received          status  outcome  score  summary
    CMP-2026-00003  2026-11-12 09:00  new
    CMP-2026-00004  2026-11-13 09:00  new
  $ redress customer show 1 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["erased"], c["name"], c["email"], c["phone"], c["complaints"], [h["customer"]["name"] for h in c["history"]])'
  True None None None 2 ['', '']
  $ redress customer export 2 | $PYTHON -c 'import json,sys; e=json.load(sys.stdin); print(e["customer"]["erased"], e["customer"]["name"], e["merged_records"], [i["complaint"]["events"][-1]["type"] for i in e["complaints"]])'
  True None [{'id': 3, 'name': None, 'email': None, 'phone': None, 'member_id': None, 'language': None, 'preferred_channel': None}] ['erased', 'erased']
  $ redress customer export 2 | grep -c -i -e Perić -e goran -e GP-9001
  0
  [1]
  $ redress customer show dragana.kralj@example.hr
  redress: error: no customer 'dragana.kralj@example.hr' in this ledger; 'redress customer list' shows them
  [3]
  $ redress customer update 1 --phone "+385 91 000 0000"
  redress: error: customer #1 was erased: there is nothing to update; an erased person's details are gone for good; a new filing starts a new record
  [4]
  $ redress customer merge 1 2
  redress: error: customer #1 was erased: there is nothing to merge; an erased person's details are gone for good; a new filing starts a new record
  [4]
  $ k=$(redress file -q --customer "Marko Babić" --email marko@example.hr --channel web --category delivery --summary "Novi" --at "2026-11-14 09:00")
  $ redress customer merge 4 1
  redress: error: customer #1 was erased: there is nothing to merge into; an erased person's details are gone for good; a new filing starts a new record
  [4]
  $ redress customer show 4 --format json | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["erased"], c["name"])'
  False Marko Babi\xc4\x87 (esc)
  $ redress -q verify

A sweep that erases one of a corrected person's complaints rebuilds their record from what
stays, as verify does: the corrected name stays, the phone only the erased complaint gave goes.

  $ mkdir ../swept && cd ../swept
  $ redress init -q
  $ printf '\n[retention]\npersonal_data = "90d"\n' >> .redress/policy.toml
  $ a=$(redress file -q --customer "Ana Kovač" --email ana@example.hr --phone "+385 1 234 567" --channel email --category delivery --summary "Staro" --at "2026-01-05 09:00")
  $ redress -q resolve "$a" --outcome apology --at "2026-01-06 09:00"
  $ redress -q close "$a" --at "2026-01-07 09:00"
  $ b=$(redress file -q --customer "Ana K." --email ana@example.hr --channel email --category delivery --summary "Novo" --at "2026-11-05 09:00")
  $ redress customer update 1 --name "Ana Horvat"
  customer #1: corrected name; no complaint's details
  $ redress sweep | grep erased
  CMP-2026-00001\terased\tclosed 2026-01-07 09:00, more than 90d ago (esc)
  $ sqlite3 .redress/ledger.db "SELECT id, name, email, phone, identity_key LIKE 'erased:%' FROM customers"
  1|Ana Horvat|ana@example.hr||0
  $ redress -q verify

A bare number that is also someone's member id or name is refused, not taken as a customer
number: an erasure of the wrong person cannot be undone. With '#' it is the number.

  $ cd "$CRAMTMP" && mkdir numbers && cd numbers && redress init -q
  $ redress file -q --customer "Ana Horvat" --email ana@example.hr --channel email --category delivery --summary "Kasni" >/dev/null
  $ redress file -q --customer "Petra Babić" --member-id 1 --channel email --category delivery --summary "Kasni" >/dev/null
  $ redress customer erase 1 --reason "Zahtjev za brisanje"
  redress: error: '1' is customer #1, and the member id or name of #2; write the customer's number with '#' (#1), or give their email
  [2]
  $ redress customer show 2 | head -1
  customer #2  Petra Babić
  $ redress customer erase '#1' --reason "Zahtjev za brisanje"
  Erased customer #1: 1 complaint (CMP-2026-00001), 1 event text, 0 evidence files removed.
  $ redress customer show 2 | head -1
  customer #2  Petra Babić
  $ redress -q verify
