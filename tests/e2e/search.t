redress search
==============

Past complaints found by the words of their texts, in the five languages complaints arrive in.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --channel email --category delivery --severity high \
  >   --summary "Bicikl isporučen s oštećenim kotačem" \
  >   --details "Kutija je stigla oštećena, a prednji kotač je savijen." --at "2026-11-16 16:30"
  CMP-2026-00001
  $ redress file -q --customer "Janez Novak" --channel phone --category delivery \
  >   --summary "Paket je prispel poškodovan" --details "Škatla je bila mokra, ŠTETA je velika." \
  >   --at "2026-11-17 10:00"
  CMP-2026-00002
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" \
  >   --details "注文から二週間経っても届きません。" --at "2026-11-17 11:00"
  CMP-2026-00003
  $ redress file -q --customer "مریم احمدی" --channel web --category billing --allow-incomplete \
  >   --summary "دو بار از كارت من برداشت شد" --details "می‌خواهم پولم را پس بگیرم" --at "2026-11-18 09:15"
  CMP-2026-00004
  $ redress file -q --customer "John Smith" --channel web --category service --confidential \
  >   --summary "Rude staff, and my bike was damaged" --at "2026-11-19 14:00"
  CMP-2026-00005
  $ redress file -q --customer "Petra Kovač" --channel email --category delivery \
  >   --summary "Kasni dostava" --details "Naručeni bicikl još nije stigao; kotač je bio oštećen na prošloj narudžbi." \
  >   --at "2026-11-19 15:00"
  CMP-2026-00006
  $ redress -q resolve 1 --outcome refund --amount 25.50 --root-cause "Oštećenje pri prijevozu kod kurira" --at "2026-11-18 10:00"
  $ redress -q followup 1 --score 2 --comment "Povrat je kasnio tjedan dana" --at "2026-11-19 09:00"
  $ redress -q note 4 "مشتری تماس گرفت؛ بازپرداخت انجام می‌شود"

Accents, case and NFC/NFD do not matter (the third query is `oštećenim` in NFD, as macOS
sends it). Best match first: complaints whose summary holds every word (1), then the rest,
newest first (6, found in its details).

  $ redress --format table search ostecenim
  reference       status    received          category  found in  snippet
  CMP-2026-00001  resolved  2026-11-16 16:30  delivery  summary   Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  $ redress --format table search oštećen
  reference       status    received          category  found in  snippet
  CMP-2026-00001  resolved  2026-11-16 16:30  delivery  summary   Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  CMP-2026-00006  new       2026-11-19 15:00  delivery  details   \xe2\x80\xa6stigao; kota\xc4\x8d je bio o\xc5\xa1te\xc4\x87en na pro\xc5\xa1loj narud\xc5\xbebi. (esc)
  $ redress --format table search "$(printf 'os\xcc\x8ctec\xcc\x81enim')"
  reference       status    received          category  found in  snippet
  CMP-2026-00001  resolved  2026-11-16 16:30  delivery  summary   Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  $ redress --format table search šteta
  reference       status  received          category  found in  snippet
  CMP-2026-00002  new     2026-11-17 10:00  delivery  details   \xc5\xa0katla je bila mokra, \xc5\xa0TETA je velika. (esc)
  $ redress --format table search ŠTETA
  reference       status  received          category  found in  snippet
  CMP-2026-00002  new     2026-11-17 10:00  delivery  details   \xc5\xa0katla je bila mokra, \xc5\xa0TETA je velika. (esc)

A word of three characters or more also finds the words it begins (the Croatian stem `ošteć`);
a shorter one only itself.

  $ redress --format table search ošteć
  reference       status    received          category  found in  snippet
  CMP-2026-00001  resolved  2026-11-16 16:30  delivery  summary   Bicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  CMP-2026-00006  new       2026-11-19 15:00  delivery  details   \xe2\x80\xa6stigao; kota\xc4\x8d je bio o\xc5\xa1te\xc4\x87en na pro\xc5\xa1loj narud\xc5\xbebi. (esc)
  $ redress --format table search je prispel
  reference       status  received          category  found in  snippet
  CMP-2026-00002  new     2026-11-17 10:00  delivery  summary   Paket je prispel po\xc5\xa1kodovan (esc)
  $ redress --format tsv search je | cut -f1,3,37
  reference\treceived_at\tmatch_field (esc)
  CMP-2026-00002\t2026-11-17 10:00:00\tsummary (esc)
  CMP-2026-00006\t2026-11-19 15:00:00\tdetails (esc)
  CMP-2026-00001\t2026-11-16 16:30:00\tdetails (esc)

Japanese is matched by pairs of characters: `配達` inside `配達が遅れた`, one character anywhere.

  $ redress --format table search 配達
  reference       status  received          category  found in  snippet
  CMP-2026-00003  new     2026-11-17 11:00  delivery  summary   \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  $ redress --format table search 遅れ
  reference       status  received          category  found in  snippet
  CMP-2026-00003  new     2026-11-17 11:00  delivery  summary   \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  $ redress --format table search 週
  reference       status  received          category  found in  snippet
  CMP-2026-00003  new     2026-11-17 11:00  delivery  details   \xe6\xb3\xa8\xe6\x96\x87\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c\xe9\x80\xb1\xe9\x96\x93\xe7\xb5\x8c\xe3\x81\xa3\xe3\x81\xa6\xe3\x82\x82\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82 (esc)
  $ redress --format table search 配達 届きません
  reference       status  received          category  found in  snippet
  CMP-2026-00003  new     2026-11-17 11:00  delivery  summary   \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)

Persian whatever the yeh and kaf (`كارت` was filed with an Arabic kaf) and the ZWNJ.

  $ redress --format table search کارت
  reference       status  received          category  found in  snippet
  \xe2\x80\x8eCMP-2026-00004\xe2\x80\x8e  new\xe2\x80\x8e     2026-11-18 09:15\xe2\x80\x8e  billing\xe2\x80\x8e   summary\xe2\x80\x8e   \xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xd9\x83\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x85\xd9\x86 \xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa \xd8\xb4\xd8\xaf\xe2\x80\x8e (esc)
  $ redress --format table search ميخواهم
  reference       status  received          category  found in  snippet
  \xe2\x80\x8eCMP-2026-00004\xe2\x80\x8e  new\xe2\x80\x8e     2026-11-18 09:15\xe2\x80\x8e  billing\xe2\x80\x8e   details\xe2\x80\x8e   \xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xd9\x85 \xd9\xbe\xd9\x88\xd9\x84\xd9\x85 \xd8\xb1\xd8\xa7 \xd9\xbe\xd8\xb3 \xd8\xa8\xda\xaf\xdb\x8c\xd8\xb1\xd9\x85\xe2\x80\x8e (esc)
  $ redress --format table search بازپرداخت
  reference       status  received          category  found in  snippet
  \xe2\x80\x8eCMP-2026-00004\xe2\x80\x8e  new\xe2\x80\x8e     2026-11-18 09:15\xe2\x80\x8e  billing\xe2\x80\x8e   notes\xe2\x80\x8e     \xd9\x85\xd8\xb4\xd8\xaa\xd8\xb1\xdb\x8c \xd8\xaa\xd9\x85\xd8\xa7\xd8\xb3 \xda\xaf\xd8\xb1\xd9\x81\xd8\xaa\xd8\x9b \xd8\xa8\xd8\xa7\xd8\xb2\xd9\xbe\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xae\xd8\xaa \xd8\xa7\xd9\x86\xd8\xac\xd8\xa7\xd9\x85 \xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf\xe2\x80\x8e (esc)

Every word must match; a phrase in double quotes matches its words one after the other.

  $ redress --format tsv search kotač kurira | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)
  CMP-2026-00001\tsummary\t\xe2\x80\xa6isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  $ redress --format tsv search '"prednji kotač"' | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)
  CMP-2026-00001\tdetails\t\xe2\x80\xa6je stigla o\xc5\xa1te\xc4\x87ena, a prednji kota\xc4\x8d je savijen. (esc)
  $ redress --format tsv search '"kotač prednji"' | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)
  $ redress --format tsv search kotač zamjena | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)

Reasons, notes, root causes and follow-up comments are searched too.

  $ redress --format tsv search kasnio | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)
  CMP-2026-00001\tnotes\tPovrat je kasnio tjedan dana (esc)
  $ redress --format tsv search kurira | cut -f1,37,38
  reference\tmatch_field\tsnippet (esc)
  CMP-2026-00001\troot_cause\t\xe2\x80\xa6pri prijevozu kod kurira (esc)

English; confidential complaints only when asked.

  $ redress --format table search damaged
  No complaints match.
  $ redress --format table search damaged --include-confidential
  reference       status  received          category  found in  snippet
  CMP-2026-00005  new     2026-11-19 14:00  service   summary   \xe2\x80\xa6and my bike was damaged (esc)

The filters of `list`, its sorts and --limit; --format like `list`, JSON valid against
schemas/search_hit.schema.json.

  $ redress --format tsv search kotač --status new | cut -f1
  reference
  CMP-2026-00006
  $ redress --format tsv search kotač --sort received | cut -f1
  reference
  CMP-2026-00001
  CMP-2026-00006
  $ redress --format table search kotač --limit 1
  reference       status    received          category  found in  snippet
  CMP-2026-00001  resolved  2026-11-16 16:30  delivery  summary   \xe2\x80\xa6isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  (the first 1; --limit N shows more)

On a narrow terminal the category, the date of receipt and where it was found give way before
the snippet is cut below 30 columns.

  $ COLUMNS=60 redress --format table search je
  reference       status    snippet
  CMP-2026-00002  new       Paket je prispel po\xc5\xa1kodovan (esc)
  CMP-2026-00006  new       \xe2\x80\xa6nije stigao; kota\xc4\x8d je bio o\xc5\xa1te\xc4\x87e\xe2\x80\xa6 (esc)
  CMP-2026-00001  resolved  Kutija je stigla o\xc5\xa1te\xc4\x87ena, a pred\xe2\x80\xa6 (esc)
  $ redress --format json search je --include-confidential | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" search_hit 2>/dev/null
  3 valid
  $ redress --format ndjson search 配達 | $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" search_hit --lines 2>/dev/null
  1 valid
  $ redress --format json search nothinglikethis
  []
  $ redress --format csv search nothinglikethis | cut -c1-30
  reference,status,received_at,c

A query without words is refused before anything is printed, and leaves the ledger as it was.

  $ cp .redress/ledger.db before.db
  $ redress search '!!'
  redress: error: the search '!!' has no words to look for; give words, or a phrase in double quotes
  [2]
  $ redress search '""'
  redress: error: the search '""' has no words to look for; give words, or a phrase in double quotes
  [2]
  $ redress search kotač --category deliveyr
  redress: error: --category: unknown value 'deliveyr'; did you mean 'delivery'?
  [2]
  $ cmp .redress/ledger.db before.db
  $ redress -q verify
