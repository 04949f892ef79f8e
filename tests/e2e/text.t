Text as people type it
======================

Names, numbers and texts arrive in NFD (macOS, some phones), with Arabic or Persian letters,
in fullwidth or halfwidth forms. Matching folds them (lib/util/fold.hpp); what is stored is the
text as typed, in NFC.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=160
  $ redress init -q
  $ sed -i 's/channels = \["phone", "email"/channels = ["phone", "e-pošta"/' .redress/policy.toml
  $ nfd_cosic=$(printf 'Mirjana C\xcc\x81osic\xcc\x81')
  $ nfd_posta=$(printf 'e-pos\xcc\x8cta')
  $ nfd_ostecen=$(printf 'Os\xcc\x8ctec\xcc\x81en')

NFD and NFC are one customer and one channel; the NFD text is stored in NFC (Ć is C4 86, š
C5 A1).
A channel typed without its accents is the policy's channel, stored as the policy spells it.

  $ redress file -q --customer "Mirjana Ćosić" --channel e-pošta --category delivery --severity low \
  >   --summary "Paket kasni" --at "2026-11-16 09:00"
  CMP-2026-00001
  $ redress file -q --customer "$nfd_cosic" --channel "$nfd_posta" --category delivery --severity critical \
  >   --summary "$nfd_ostecen paket" --at "2026-11-16 10:00"
  CMP-2026-00002
  $ sqlite3 .redress/ledger.db "SELECT id, customer_id, hex(customer_name), hex(channel), hex(summary) FROM complaints"
  1|1|4D69726A616E6120C4866F7369C487|652D706FC5A17461|50616B6574206B61736E69
  2|1|4D69726A616E6120C4866F7369C487|652D706FC5A17461|4FC5A17465C487656E2070616B6574
  $ redress file -q --customer "Ana" --channel "E-POSTA" --category delivery --summary "Kasni" --at "2026-11-16 10:30"
  CMP-2026-00003
  $ sqlite3 .redress/ledger.db "SELECT channel FROM complaints WHERE id = 3"
  e-po\xc5\xa1ta (esc)

Đ has no decomposition but folds to d; Persian names whatever the yeh (مريم with an Arabic yeh
and مریم with a Persian one are one customer).

  $ redress file -q --customer "Đurđica" --channel phone --category service --summary "Neljubazno osoblje" \
  >   --at "2026-11-16 11:00"
  CMP-2026-00004
  $ redress file -q --customer "مريم احمدی" --channel web --category service --severity high \
  >   --summary "پاسخ نگرفتم" --at "2026-11-17 09:00"
  CMP-2026-00005
  $ redress file -q --customer "مریم احمدی" --channel web --category service --summary "دوباره تماس گرفتم" \
  >   --at "2026-11-17 10:00"
  CMP-2026-00006
  $ sqlite3 .redress/ledger.db "SELECT id, customer_id FROM complaints WHERE id IN (5, 6)"
  5|4
  6|4

  $ redress list --format tsv --customer đurđica | cut -f1,5
  reference\tcustomer_name (esc)
  CMP-2026-00004\t\xc4\x90ur\xc4\x91ica (esc)
  $ redress list --format tsv --customer "$(printf 'MIRJANA COSIC')" | cut -f1,5
  reference\tcustomer_name (esc)
  CMP-2026-00001\tMirjana \xc4\x86osi\xc4\x87 (esc)
  CMP-2026-00002\tMirjana \xc4\x86osi\xc4\x87 (esc)
  $ redress list --format tsv --customer "مريم احمدي" | cut -f1,5
  reference\tcustomer_name (esc)
  CMP-2026-00005\t\xd9\x85\xd8\xb1\xd9\x8a\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c (esc)
  CMP-2026-00006\t\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c (esc)

References and amounts in fullwidth or Persian digits, `٫` as the decimal point, spaces around.

  $ redress show ２ | head -1
  CMP-2026-00002  new
  $ redress show " ۵ " | head -1
  CMP-2026-00005  new
  $ redress show ４２
  redress: error: no complaint CMP-2026-00042 in this ledger
  [3]
  $ redress -q resolve 2 --outcome refund --amount "۲۵٫۵۰ "
  $ redress show 2 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["compensation"])'
  {'amount': '25.50', 'currency': 'EUR'}

Halfwidth katakana with voicing marks (ﾊﾞ is two code points drawn two columns wide) and a flag
(two regional indicators, two columns) keep the table's columns straight, and right-to-left
cells keep theirs in a bidi-aware terminal: tests/tools/bidi_columns.py checks each line with
ICU's bidi algorithm and the widths terminals draw. Without the marks, the Persian rows move.

  $ redress file -q --customer "ﾊﾞﾝﾀﾞｲ株式会社" --channel phone --category delivery \
  >   --summary "ﾊﾞﾝﾀﾞｲの荷物 🇭🇷 zastava" --at "2026-11-18 09:00"
  CMP-2026-00007
  $ redress --format table list > wide.txt
  $ cat wide.txt
  reference       status    severity  category  received          due               sla       customer        summary
  CMP-2026-00001  new       low       delivery  2026-11-16 09:00  2026-11-17 09:00  breached  Mirjana \xc4\x86osi\xc4\x87   Paket kasni (esc)
  CMP-2026-00002  resolved  critical  delivery  2026-11-16 10:00  2026-11-17 10:00  breached  Mirjana \xc4\x86osi\xc4\x87   O\xc5\xa1te\xc4\x87en paket (esc)
  CMP-2026-00003  new       normal    delivery  2026-11-16 10:30  2026-11-16 15:00  breached  Ana             Kasni
  CMP-2026-00004  new       normal    service   2026-11-16 11:00  2026-11-16 15:30  breached  \xc4\x90ur\xc4\x91ica         Neljubazno osoblje (esc)
  \xe2\x80\x8eCMP-2026-00005\xe2\x80\x8e  new\xe2\x80\x8e       high\xe2\x80\x8e      service\xe2\x80\x8e   2026-11-17 09:00\xe2\x80\x8e  2026-11-17 11:00\xe2\x80\x8e  breached\xe2\x80\x8e  \xd9\x85\xd8\xb1\xd9\x8a\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e      \xd9\xbe\xd8\xa7\xd8\xb3\xd8\xae \xd9\x86\xda\xaf\xd8\xb1\xd9\x81\xd8\xaa\xd9\x85\xe2\x80\x8e (esc)
  \xe2\x80\x8eCMP-2026-00006\xe2\x80\x8e  new\xe2\x80\x8e       normal\xe2\x80\x8e    service\xe2\x80\x8e   2026-11-17 10:00\xe2\x80\x8e  2026-11-17 14:30\xe2\x80\x8e  breached\xe2\x80\x8e  \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e      \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xd9\x87 \xd8\xaa\xd9\x85\xd8\xa7\xd8\xb3 \xda\xaf\xd8\xb1\xd9\x81\xd8\xaa\xd9\x85\xe2\x80\x8e (esc)
  CMP-2026-00007  new       normal    delivery  2026-11-18 09:00  2026-11-18 13:30  breached  \xef\xbe\x8a\xef\xbe\x9e\xef\xbe\x9d\xef\xbe\x80\xef\xbe\x9e\xef\xbd\xb2\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe  \xef\xbe\x8a\xef\xbe\x9e\xef\xbe\x9d\xef\xbe\x80\xef\xbe\x9e\xef\xbd\xb2\xe3\x81\xae\xe8\x8d\xb7\xe7\x89\xa9 \xf0\x9f\x87\xad\xf0\x9f\x87\xb7 zastava (esc)
  $ $PYTHON "$REDRESS_SOURCE/tests/tools/bidi_columns.py" < wide.txt
  ok
  ok
  ok
  ok
  ok
  ok
  ok
  $ $PYTHON "$REDRESS_SOURCE/tests/tools/bidi_columns.py" --strip-marks < wide.txt | grep -c moved
  2
  $ COLUMNS=100 redress --format table list > narrow.txt
  $ cat narrow.txt
  reference       status    severity  category  due          sla       customer        summary
  CMP-2026-00001  new       low       delivery  11-17 09:00  breached  Mirjana \xc4\x86osi\xc4\x87   Paket kasni (esc)
  CMP-2026-00002  resolved  critical  delivery  11-17 10:00  breached  Mirjana \xc4\x86osi\xc4\x87   O\xc5\xa1te\xc4\x87en paket (esc)
  CMP-2026-00003  new       normal    delivery  11-16 15:00  breached  Ana             Kasni
  CMP-2026-00004  new       normal    service   11-16 15:30  breached  \xc4\x90ur\xc4\x91ica         Neljubazno oso\xe2\x80\xa6 (esc)
  \xe2\x80\x8eCMP-2026-00005\xe2\x80\x8e  new\xe2\x80\x8e       high\xe2\x80\x8e      service\xe2\x80\x8e   11-17 11:00\xe2\x80\x8e  breached\xe2\x80\x8e  \xd9\x85\xd8\xb1\xd9\x8a\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e      \xd9\xbe\xd8\xa7\xd8\xb3\xd8\xae \xd9\x86\xda\xaf\xd8\xb1\xd9\x81\xd8\xaa\xd9\x85\xe2\x80\x8e (esc)
  \xe2\x80\x8eCMP-2026-00006\xe2\x80\x8e  new\xe2\x80\x8e       normal\xe2\x80\x8e    service\xe2\x80\x8e   11-17 14:30\xe2\x80\x8e  breached\xe2\x80\x8e  \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e      \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xd9\x87 \xd8\xaa\xd9\x85\xd8\xa7\xd8\xb3 \xda\xaf\xd8\xb1\xe2\x80\xa6\xe2\x80\x8f\xe2\x80\x8e (esc)
  CMP-2026-00007  new       normal    delivery  11-18 13:30  breached  \xef\xbe\x8a\xef\xbe\x9e\xef\xbe\x9d\xef\xbe\x80\xef\xbe\x9e\xef\xbd\xb2\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe  \xef\xbe\x8a\xef\xbe\x9e\xef\xbe\x9d\xef\xbe\x80\xef\xbe\x9e\xef\xbd\xb2\xe3\x81\xae\xe8\x8d\xb7\xe7\x89\xa9 \xe2\x80\xa6 (esc)
  $ $PYTHON "$REDRESS_SOURCE/tests/tools/bidi_columns.py" < narrow.txt
  ok
  ok
  ok
  ok
  ok
  ok
  ok

Sorts: severities in the policy's order, most severe first (not critical, high, low, normal as
bytes would have it); statuses in the lifecycle's order (not acknowledged first).

  $ redress -q ack 4
  $ redress -q ack 6
  $ redress -q wait 6 --reason "Čekamo odgovor"
  $ redress list --format tsv --sort severity | cut -f1,12
  reference\tseverity (esc)
  CMP-2026-00002\tcritical (esc)
  CMP-2026-00005\thigh (esc)
  CMP-2026-00003\tnormal (esc)
  CMP-2026-00004\tnormal (esc)
  CMP-2026-00006\tnormal (esc)
  CMP-2026-00007\tnormal (esc)
  CMP-2026-00001\tlow (esc)
  $ redress list --format tsv --sort severity --reverse | cut -f1,12
  reference\tseverity (esc)
  CMP-2026-00001\tlow (esc)
  CMP-2026-00007\tnormal (esc)
  CMP-2026-00006\tnormal (esc)
  CMP-2026-00004\tnormal (esc)
  CMP-2026-00003\tnormal (esc)
  CMP-2026-00005\thigh (esc)
  CMP-2026-00002\tcritical (esc)
  $ redress list --format tsv --sort status | cut -f1,2
  reference\tstatus (esc)
  CMP-2026-00001\tnew (esc)
  CMP-2026-00003\tnew (esc)
  CMP-2026-00005\tnew (esc)
  CMP-2026-00007\tnew (esc)
  CMP-2026-00004\tacknowledged (esc)
  CMP-2026-00006\twaiting (esc)
  CMP-2026-00002\tresolved (esc)
