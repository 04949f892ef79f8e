messages: telling the customer, in their language, through the shop's own mail tool
==================================================================================

Default policy (Europe/Zagreb, normal: 4h to acknowledge, 5d to resolve). Now is Friday
2026-11-20 12:00 in Zagreb, so a complaint filed now is due to be resolved by Friday
2026-11-27 12:00: 27 November in every language, 6 Azar 1405 in the Persian calendar.

The send command is a script that records its arguments and standard input, and fails
(exit 75, a message on stderr) while a file named `fail` exists.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ cat > fake-send <<'SH'
  > #!/bin/sh
  > n=$(ls sent 2>/dev/null | wc -l); mkdir -p sent
  > printf '%s\n' "$@" > "sent/$n.args"
  > env | grep '^REDRESS_' | sort > "sent/$n.env"
  > cat > "sent/$n.eml"
  > if [ -e fail ]; then rm "sent/$n".*; echo "msmtp: cannot connect to mail.example: Connection refused" >&2; exit 75; fi
  > SH
  $ chmod +x fake-send
  $ cat >> .redress/policy.toml <<'TOML'
  > [messages]
  > send = "./fake-send -t --account 'shop mail' $HOME;id"
  > from = "Trgovina Kotač <pomoc@kotac.example>"
  > survey_link = "https://kotac.example/anketa?ref={reference}"
  > TOML

The command runs without a shell, so a `$` or `;` outside quotes would be a surprise: policy
check refuses it and points at it (line 77, column 46: the `$`, past `send = "` and 37
characters of the command).

  $ redress policy check
  redress: error: */.redress/policy.toml:77:46: messages.send: '$' means nothing here: the command runs without a shell; put pipelines, redirections and variables in a script and name the script (glob)
  [5]
  $ sed -i "s/ \$HOME;id\"/ '\$HOME;id'\"/" .redress/policy.toml
  $ grep '^send' .redress/policy.toml
  send = "./fake-send -t --account 'shop mail' '$HOME;id'"
  $ redress policy check -q

Five customers, five languages. Templates come from .redress/templates (init copied the
built-in ones there).

  $ f() { redress file -q --customer "$1" --email "$2" --language "$3" --channel email --category delivery --summary "$4"; }
  $ hr=$(f "Ivana Horvat" ivana@example.hr hr "Kotač stigao savijen")
  $ sl=$(f "Žiga Kovač" ziga@example.si sl "Paket je prišel poškodovan")
  $ fa=$(f "مریم احمدی" maryam@example.ir fa "بسته آسیب دیده رسید")
  $ ja=$(f "山田太郎" taro@example.jp ja "配達が遅れた")
  $ en=$(f "John Smith" john@example.com en "Wheel arrived bent")
  $ ls .redress/templates | wc -l
  30

Printing is the default: nothing leaves the machine without --send.

  $ redress message "$hr" ack
  To:        Ivana Horvat  <ivana@example.hr>  by email
  Subject:   Zaprimili smo Va\xc5\xa1 prigovor CMP-2026-00001 (esc)
  Language:  hr  (*/.redress/templates/ack.hr.txt) (glob)
  
  Po\xc5\xa1tovani, (esc)
  
  zahvaljujemo Vam \xc5\xa1to ste se obratili tvrtki My Organisation. Va\xc5\xa1 smo prigovor zaprimili i zaveli pod brojem CMP-2026-00001. Molimo Vas da taj broj navedete kad god nas kontaktirate u vezi s njim. (esc)
  
  Predmet prigovora: Kota\xc4\x8d stigao savijen (esc)
  
  Nastojat \xc4\x87emo ga rije\xc5\xa1iti najkasnije do 27. studenoga 2026., a o tijeku rje\xc5\xa1avanja redovito \xc4\x87emo Vas obavje\xc5\xa1tavati. Ako nam od Vas bude potrebno jo\xc5\xa1 ne\xc5\xa1to, javit \xc4\x87emo Vam se. (esc)
  
  Srda\xc4\x8dan pozdrav, (esc)
  My Organisation
  $ redress message "$sl" ack
  To:        \xc5\xbdiga Kova\xc4\x8d  <ziga@example.si>  by email (esc)
  Subject:   Prejeli smo va\xc5\xa1o prito\xc5\xbebo CMP-2026-00002 (esc)
  Language:  sl  (*/.redress/templates/ack.sl.txt) (glob)
  
  Spo\xc5\xa1tovani, (esc)
  
  zahvaljujemo se vam, ker ste se obrnili na podjetje My Organisation. Va\xc5\xa1o prito\xc5\xbebo smo prejeli in jo evidentirali pod \xc5\xa1tevilko CMP-2026-00002. Prosimo, da to \xc5\xa1tevilko navedete vsaki\xc4\x8d, ko nas v zvezi z njo kontaktirate. (esc)
  
  Vsebina prito\xc5\xbebe: Paket je pri\xc5\xa1el po\xc5\xa1kodovan (esc)
  
  Prizadevali si bomo, da jo re\xc5\xa1imo najpozneje do 27. novembra 2026, o poteku re\xc5\xa1evanja pa vas bomo sproti obve\xc5\xa1\xc4\x8dali. \xc4\x8ce bomo od vas potrebovali \xc5\xa1e kaj, se vam bomo oglasili. (esc)
  
  Lep pozdrav,
  My Organisation
  $ redress message "$fa" ack
  To:        \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c  <maryam@example.ir>  by email (esc)
  Subject:   \xd8\xb4\xda\xa9\xd8\xa7\xdb\x8c\xd8\xaa \xd8\xb4\xd9\x85\xd8\xa7 \xd8\xa8\xd8\xa7 \xd8\xb4\xd9\x85\xd8\xa7\xd8\xb1\xd9\x87\xd9\x94 \xd9\xbe\xdb\x8c\xda\xaf\xdb\x8c\xd8\xb1\xdb\x8c CMP-2026-00003 \xd8\xab\xd8\xa8\xd8\xaa \xd8\xb4\xd8\xaf (esc)
  Language:  fa  (*/.redress/templates/ack.fa.txt) (glob)
  
  \xd8\xa8\xd8\xa7 \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xd9\x88 \xd8\xa7\xd8\xad\xd8\xaa\xd8\xb1\xd8\xa7\xd9\x85 \xd8\xae\xd8\xaf\xd9\x85\xd8\xaa \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c \xda\xaf\xd8\xb1\xd8\xa7\xd9\x85\xdb\x8c\xd8\x8c (esc)
  
  \xd8\xa7\xd8\xb2 \xd8\xa7\xdb\x8c\xd9\x86\xda\xa9\xd9\x87 \xd8\xa8\xd8\xa7 My Organisation \xd8\xaa\xd9\x85\xd8\xa7\xd8\xb3 \xda\xaf\xd8\xb1\xd9\x81\xd8\xaa\xdb\x8c\xd8\xaf \xd8\xb3\xd9\xbe\xd8\xa7\xd8\xb3\xda\xaf\xd8\xb2\xd8\xa7\xd8\xb1\xdb\x8c\xd9\x85. \xd8\xb4\xda\xa9\xd8\xa7\xdb\x8c\xd8\xaa \xd8\xb4\xd9\x85\xd8\xa7 \xd8\xaf\xd8\xb1\xdb\x8c\xd8\xa7\xd9\x81\xd8\xaa \xd8\xb4\xd8\xaf \xd9\x88 \xd8\xa8\xd8\xa7 \xd8\xb4\xd9\x85\xd8\xa7\xd8\xb1\xd9\x87\xd9\x94 \xd9\xbe\xdb\x8c\xda\xaf\xdb\x8c\xd8\xb1\xdb\x8c CMP-2026-00003 \xd8\xab\xd8\xa8\xd8\xaa \xda\xaf\xd8\xb1\xd8\xaf\xdb\x8c\xd8\xaf. \xd9\x84\xd8\xb7\xd9\x81\xd8\xa7\xd9\x8b \xd8\xaf\xd8\xb1 \xd9\x87\xd8\xb1 \xd9\x85\xda\xa9\xd8\xa7\xd8\xaa\xd8\xa8\xd9\x87\xe2\x80\x8c\xd8\xa7\xdb\x8c \xd8\xaf\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xb1\xd9\x87\xd9\x94 \xd8\xa2\xd9\x86\xd8\x8c \xd8\xa7\xdb\x8c\xd9\x86 \xd8\xb4\xd9\x85\xd8\xa7\xd8\xb1\xd9\x87 \xd8\xb1\xd8\xa7 \xd8\xb0\xda\xa9\xd8\xb1 \xda\xa9\xd9\x86\xdb\x8c\xd8\xaf. (esc)
  
  \xd9\x85\xd9\x88\xd8\xb6\xd9\x88\xd8\xb9 \xd8\xb4\xda\xa9\xd8\xa7\xdb\x8c\xd8\xaa: \xd8\xa8\xd8\xb3\xd8\xaa\xd9\x87 \xd8\xa2\xd8\xb3\xdb\x8c\xd8\xa8 \xd8\xaf\xdb\x8c\xd8\xaf\xd9\x87 \xd8\xb1\xd8\xb3\xdb\x8c\xd8\xaf (esc)
  
  \xd8\xaa\xd9\x84\xd8\xa7\xd8\xb4 \xd9\x85\xd8\xa7 \xd8\xa7\xdb\x8c\xd9\x86 \xd8\xa7\xd8\xb3\xd8\xaa \xda\xa9\xd9\x87 \xd8\xaa\xd8\xa7 \xdb\xb6 \xd8\xa2\xd8\xb0\xd8\xb1 \xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb5 (\xdb\xb2\xdb\xb7 \xd9\x86\xd9\x88\xd8\xa7\xd9\x85\xd8\xa8\xd8\xb1 \xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb6) \xd8\xa8\xd9\x87 \xd8\xa2\xd9\x86 \xd8\xb1\xd8\xb3\xdb\x8c\xd8\xaf\xda\xaf\xdb\x8c \xda\xa9\xd9\x86\xdb\x8c\xd9\x85 \xd9\x88 \xd8\xb4\xd9\x85\xd8\xa7 \xd8\xb1\xd8\xa7 \xd8\xaf\xd8\xb1 \xd8\xac\xd8\xb1\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb4\xd8\xb1\xd9\x81\xd8\xaa \xda\xa9\xd8\xa7\xd8\xb1 \xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd8\xae\xd9\x88\xd8\xa7\xd9\x87\xdb\x8c\xd9\x85 \xd8\xaf\xd8\xa7\xd8\xaf. \xd8\xa7\xda\xaf\xd8\xb1 \xd8\xa8\xd9\x87 \xd8\xa7\xd8\xb7\xd9\x84\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa \xd8\xa8\xdb\x8c\xd8\xb4\xd8\xaa\xd8\xb1\xdb\x8c \xd8\xa7\xd8\xb2 \xd8\xb4\xd9\x85\xd8\xa7 \xd9\x86\xdb\x8c\xd8\xa7\xd8\xb2 \xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa\xd9\x87 \xd8\xa8\xd8\xa7\xd8\xb4\xdb\x8c\xd9\x85\xd8\x8c \xd8\xa8\xd8\xa7 \xd8\xb4\xd9\x85\xd8\xa7 \xd8\xaa\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x85\xdb\x8c\xe2\x80\x8c\xda\xaf\xdb\x8c\xd8\xb1\xdb\x8c\xd9\x85. (esc)
  
  \xd8\xa8\xd8\xa7 \xd8\xa7\xd8\xad\xd8\xaa\xd8\xb1\xd8\xa7\xd9\x85\xd8\x8c (esc)
  My Organisation
  $ redress message "$ja" ack
  To:        \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e  <taro@example.jp>  by email (esc)
  Subject:   \xe3\x80\x90My Organisation\xe3\x80\x91\xe3\x81\x8a\xe7\x94\xb3\xe3\x81\x97\xe5\x87\xba\xe3\x82\x92\xe6\x89\xbf\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xef\xbc\x88\xe5\x8f\x97\xe4\xbb\x98\xe7\x95\xaa\xe5\x8f\xb7\xef\xbc\x9aCMP-2026-00004\xef\xbc\x89 (esc)
  Language:  ja  (*/.redress/templates/ack.ja.txt) (glob)
  
  \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e \xe6\xa7\x98 (esc)
  
  \xe3\x81\x93\xe3\x81\xae\xe3\x81\x9f\xe3\x81\xb3\xe3\x81\xafMy Organisation\xe3\x81\xab\xe3\x81\x94\xe9\x80\xa3\xe7\xb5\xa1\xe3\x81\x84\xe3\x81\x9f\xe3\x81\xa0\xe3\x81\x8d\xe3\x80\x81\xe8\xaa\xa0\xe3\x81\xab\xe3\x81\x82\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\xa8\xe3\x81\x86\xe3\x81\x94\xe3\x81\x96\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\xe3\x81\xbe\xe3\x81\x9f\xe3\x80\x81\xe3\x81\x94\xe4\xb8\x8d\xe4\xbe\xbf\xe3\x82\x92\xe3\x81\x8a\xe3\x81\x8b\xe3\x81\x91\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8a\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92\xe5\xbf\x83\xe3\x82\x88\xe3\x82\x8a\xe3\x81\x8a\xe8\xa9\xab\xe3\x81\xb3\xe7\x94\xb3\xe3\x81\x97\xe4\xb8\x8a\xe3\x81\x92\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  
  \xe3\x81\x8a\xe7\x94\xb3\xe3\x81\x97\xe5\x87\xba\xe3\x81\xae\xe5\x86\x85\xe5\xae\xb9\xe3\x82\x92\xe7\xa2\xba\xe3\x81\x8b\xe3\x81\xab\xe6\x89\xbf\xe3\x82\x8a\xe3\x80\x81\xe5\x8f\x97\xe4\xbb\x98\xe7\x95\xaa\xe5\x8f\xb7 CMP-2026-00004 \xe3\x81\xab\xe3\x81\xa6\xe7\x99\xbb\xe9\x8c\xb2\xe3\x81\x84\xe3\x81\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\xe4\xbb\x8a\xe5\xbe\x8c\xe3\x81\x8a\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88\xe3\x82\x8f\xe3\x81\x9b\xe3\x81\xae\xe9\x9a\x9b\xe3\x81\xaf\xe3\x80\x81\xe3\x81\x93\xe3\x81\xa1\xe3\x82\x89\xe3\x81\xae\xe5\x8f\x97\xe4\xbb\x98\xe7\x95\xaa\xe5\x8f\xb7\xe3\x82\x92\xe3\x81\x8a\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82 (esc)
  
  \xe3\x81\x8a\xe7\x94\xb3\xe3\x81\x97\xe5\x87\xba\xe3\x81\xae\xe5\x86\x85\xe5\xae\xb9\xef\xbc\x9a\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  
  2026\xe5\xb9\xb411\xe6\x9c\x8827\xe6\x97\xa5\xef\xbc\x88\xe9\x87\x91\xef\xbc\x89\xe3\x81\xbe\xe3\x81\xa7\xe3\x81\xab\xe8\xa7\xa3\xe6\xb1\xba\xe3\x81\xa7\xe3\x81\x8d\xe3\x82\x8b\xe3\x82\x88\xe3\x81\x86\xe5\x8a\xaa\xe3\x82\x81\xe3\x81\xa6\xe3\x81\xbe\xe3\x81\x84\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\xe9\x80\xb2\xe6\x8d\x97\xe3\x81\xab\xe3\x81\xa4\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x97\xe3\x81\xa6\xe3\x81\xaf\xe3\x80\x81\xe9\x9a\x8f\xe6\x99\x82\xe3\x81\x94\xe9\x80\xa3\xe7\xb5\xa1\xe3\x81\x84\xe3\x81\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\xe8\xbf\xbd\xe5\x8a\xa0\xe3\x81\xa7\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\x95\xe3\x81\x9b\xe3\x81\xa6\xe3\x81\x84\xe3\x81\x9f\xe3\x81\xa0\xe3\x81\x8d\xe3\x81\x9f\xe3\x81\x84\xe7\x82\xb9\xe3\x81\x8c\xe3\x81\x94\xe3\x81\x96\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x82\x89\xe3\x80\x81\xe6\x94\xb9\xe3\x82\x81\xe3\x81\xa6\xe3\x81\x94\xe9\x80\xa3\xe7\xb5\xa1\xe3\x81\x84\xe3\x81\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  
  \xe4\xbb\x8a\xe5\xbe\x8c\xe3\x81\xa8\xe3\x82\x82\xe3\x82\x88\xe3\x82\x8d\xe3\x81\x97\xe3\x81\x8f\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84\xe7\x94\xb3\xe3\x81\x97\xe4\xb8\x8a\xe3\x81\x92\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  
  My Organisation
  $ redress message "$en" ack
  To:        John Smith  <john@example.com>  by email
  Subject:   We have received your complaint CMP-2026-00005
  Language:  en  (*/.redress/templates/ack.en.txt) (glob)
  
  Dear John Smith,
  
  Thank you for contacting My Organisation. We have received your complaint and registered it under the reference CMP-2026-00005. Please quote this reference whenever you contact us about it.
  
  Your complaint: Wheel arrived bent
  
  We aim to resolve it by 27 November 2026 and will keep you informed of our progress. If we need anything further from you, we will let you know.
  
  Kind regards,
  My Organisation
  $ ls sent 2>/dev/null | wc -l
  0

A failing send command: exit 1 with its stderr, nothing recorded.

  $ events() { sqlite3 .redress/ledger.db "SELECT count(*) FROM events"; }
  $ events
  5
  $ touch fail
  $ redress message "$hr" ack --send
  redress: error: the send command './fake-send' failed for CMP-2026-00001: it exited with status 75: msmtp: cannot connect to mail.example: Connection refused; nothing was recorded; the message can be sent again
  [1]
  $ events
  5
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM message_claims"
  0
  $ rm fail

It works: the command got its words as written, the message on stdin, and the ack
acknowledged the complaint.

  $ redress message "$hr" ack --send
  CMP-2026-00001: 'ack' sent by email to ivana@example.hr; acknowledged
  $ cat sent/0.args
  -t
  --account
  shop mail
  $HOME;id
  $ grep -v 'ACTOR\|BUILD\|SOURCE' sent/0.env
  REDRESS_CHANNEL=email
  REDRESS_KIND=ack
  REDRESS_LANGUAGE=hr
  REDRESS_REFERENCE=CMP-2026-00001
  REDRESS_SUBJECT=Zaprimili smo Va\xc5\xa1 prigovor CMP-2026-00001 (esc)
  REDRESS_TO=ivana@example.hr
  $ sed -n '/^$/q;p' sent/0.eml | grep -v '^Date:\|^Message-ID:'
  From: =?UTF-8?B?VHJnb3ZpbmEgS290YcSN?= <pomoc@kotac.example>
  To: "Ivana Horvat" <ivana@example.hr>
  Subject: =?UTF-8?B?WmFwcmltaWxpIHNtbyBWYcWhIHByaWdvdm9yIENNUC0yMDI2LTAwMDAx?=
  References: <CMP-2026-00001@kotac.example>
  MIME-Version: 1.0
  Content-Type: text/plain; charset=UTF-8
  Content-Transfer-Encoding: base64
  $ sed '1,/^$/d' sent/0.eml | base64 -d
  Po\xc5\xa1tovani, (esc)
  
  zahvaljujemo Vam \xc5\xa1to ste se obratili tvrtki My Organisation. Va\xc5\xa1 smo prigovor zaprimili i zaveli pod brojem CMP-2026-00001. Molimo Vas da taj broj navedete kad god nas kontaktirate u vezi s njim. (esc)
  
  Predmet prigovora: Kota\xc4\x8d stigao savijen (esc)
  
  Nastojat \xc4\x87emo ga rije\xc5\xa1iti najkasnije do 27. studenoga 2026., a o tijeku rje\xc5\xa1avanja redovito \xc4\x87emo Vas obavje\xc5\xa1tavati. Ako nam od Vas bude potrebno jo\xc5\xa1 ne\xc5\xa1to, javit \xc4\x87emo Vam se. (esc)
  
  Srda\xc4\x8dan pozdrav, (esc)
  My Organisation
  $ sqlite3 .redress/ledger.db "SELECT type, json_extract(data, '$.kind'), json_extract(data, '$.channel'), length(json_extract(data, '$.recipient_digest')), length(json_extract(data, '$.text_digest')) FROM events WHERE complaint_id = 1 ORDER BY id"
  filed||email||
  message_sent|ack|email|64|64
  acknowledged||||

The digests are of the recipient and the text; neither is in the event's data.

  $ sqlite3 .redress/ledger.db "SELECT instr(data, 'ivana') + instr(data, 'Poštovani') FROM events WHERE type = 'message_sent'"
  0

Never twice for the same step, unless --again.

  $ redress message "$hr" ack --send
  redress: error: CMP-2026-00001: the 'ack' message for this step was sent already (2026-11-20 12:00); give --again to send it once more
  [4]
  $ redress message "$hr" ack --send --again
  CMP-2026-00001: 'ack' sent by email to ivana@example.hr
  $ ls sent/*.eml | wc -l
  2

A kind that does not fit the status is refused.

  $ redress message "$hr" survey --send
  redress: error: no 'survey' message for CMP-2026-00001: it is acknowledged; messages for a complaint that is acknowledged: ack, update
  [4]

Confidential complaints get nothing without --include-confidential.

  $ conf=$(redress file -q --customer "Ana Anić" --email ana@example.hr --language hr --channel email --category delivery --summary "Povjerljivo" --confidential)
  $ redress message "$conf" ack --send
  redress: error: CMP-2026-00006 is confidential: no message is sent for it; give --include-confidential to send it anyway
  [4]
  $ redress message "$conf" ack --send --include-confidential
  CMP-2026-00006: 'ack' sent by email to ana@example.hr; acknowledged
  $ ls sent/*.eml | wc -l
  3

show lists the messages sent.

  $ redress show "$hr" | sed -n '/^Messages sent/,/^$/p'
  Messages sent
    at                message   by     to
    2026-11-20 12:00  ack (hr)  email  ivana@example.hr
    2026-11-20 12:00  ack (hr)  email  ivana@example.hr
  

list --not-told: complaints whose customer has not heard of their latest step.

  $ redress list --not-told --format tsv | cut -f1
  reference
  CMP-2026-00002
  CMP-2026-00003
  CMP-2026-00004
  CMP-2026-00005
  $ redress resolve "$hr" -q --outcome replacement
  $ redress list --not-told --format tsv | cut -f1
  reference
  CMP-2026-00001
  CMP-2026-00002
  CMP-2026-00003
  CMP-2026-00004
  CMP-2026-00005

The resolution, in the customer's language, with the outcome.

  $ redress message "$hr" resolved | sed -n '/^Subject/p;/zamjen/p'
  Subject:   Rije\xc5\xa1en je Va\xc5\xa1 prigovor CMP-2026-00001 (esc)
  Ishod: zamjena

Unknown placeholders: policy check finds them, with file, line and column.

  $ printf 'Subject: Vaša pritožba {reference}\n\nSpoštovani {customer.nmae},\n' > .redress/templates/update.sl.txt
  $ redress policy check
  redress: error: */.redress/templates/update.sl.txt:3:12: unknown placeholder '{customer.nmae}'; did you mean 'customer.name'? (glob)
  [5]
  $ redress message "$sl" update
  redress: error: */.redress/templates/update.sl.txt:3:12: unknown placeholder '{customer.nmae}'; did you mean 'customer.name'?; 'redress policy check' lists every problem of the templates (glob)
  [5]
  $ rm .redress/templates/update.sl.txt
  $ redress message "$sl" update | sed -n 3p
  Language:  sl  (built-in update.sl)

A template every user may write could make the ledger tell customers anything: refused, by
policy check too.

  $ chmod o+w .redress/templates/ack.en.txt
  $ redress message "$en" ack
  redress: error: refusing to open */.redress/templates/ack.en.txt: every user may write it (mode 0602), so anyone could change what customers are told; remove that permission with 'chmod o-w */.redress/templates/ack.en.txt' (glob)
  [1]
  $ redress policy check
  redress: error: */.redress/templates/ack.en.txt:1:1: refusing to open */.redress/templates/ack.en.txt: every user may write it (mode 0602), so anyone could change what customers are told (glob)
  [5]
  $ chmod o-w .redress/templates/ack.en.txt

A message whose sender died between sending and recording leaves a claim: show says so, and
it is not sent again without --again.

  $ sqlite3 .redress/ledger.db "INSERT INTO message_claims VALUES (5, 'ack', (SELECT min(id) FROM events WHERE complaint_id = 5), strftime('%s', '2026-11-20 10:30:00'), 'marko')"
  $ redress show "$en" | tail -1
  A 'ack' message has been in sending since 2026-11-20 11:30 (marko) and was never recorded: if no 'redress message' is running, its sender died and it may have gone out. Check the mail log; 'redress message CMP-2026-00005 ack --send --again' sends it anyway.
  $ redress message "$en" ack --send
  redress: error: CMP-2026-00005: a 'ack' message has been in sending since 2026-11-20 11:30 (marko); it may have gone out and was never recorded; check the mail log; give --again to send it anyway
  [4]
  $ redress message "$en" ack --send --again
  CMP-2026-00005: 'ack' sent by email to john@example.com; acknowledged
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM message_claims"
  0

A shared ledger's templates are the group's to edit; nobody else's.

  $ redress init -q --shared team
  $ stat -c %a team/.redress/templates team/.redress/templates/ack.hr.txt
  2770
  660

Automatic messages: the acknowledgement at filing (file --send-ack, or on_file = "ack"),
the outcome at resolution (on_resolve), the survey from sweep (on_followup). A failure to
send after a step is a warning: the step stays recorded.

  $ cat >> .redress/policy.toml <<'TOML'
  > on_resolve = "resolved"
  > on_followup = "survey"
  > TOML
  $ auto=$(redress file -q --customer "Ivo Ivić" --email ivo@example.hr --language hr --channel email --category delivery --summary "Kasni dostava" --send-ack)
  $ echo "$auto"
  CMP-2026-00007
  $ touch fail
  $ redress resolve "$sl" -q --outcome refund --amount 20
  redress: warning: CMP-2026-00002: the 'resolved' message was not sent: the send command './fake-send' failed for CMP-2026-00002: it exited with status 75: msmtp: cannot connect to mail.example: Connection refused; send it with 'redress message CMP-2026-00002 resolved --send'
  $ echo $?
  0
  $ rm fail
  $ redress resolve "$ja" -q --outcome apology
  $ grep -l '^References: <CMP-2026-00004@' sent/*.eml | wc -l
  1

Survey: followup.ask_after of the default policy is 7 days after resolution. A week
later, sweep sends each due survey once; the second run sends none.

  $ grep -A3 '^\[followup\]' .redress/policy.toml
  [followup]
  ask_after = "2d"     # a resolved complaint is due for a satisfaction follow-up
  close_after = "14d"  # sweep closes resolved complaints this long after resolution
  [messages]
  $ export FAKETIME="2026-11-30 11:00:00"
  $ redress sweep --dry-run | grep survey
  CMP-2026-00001\twould be surveyed\tby email in hr (esc)
  CMP-2026-00002\twould be surveyed\tby email in sl (esc)
  CMP-2026-00004\twould be surveyed\tby email in ja (esc)
  $ ls sent/*.eml | wc -l
  6
  $ redress sweep
  reference\taction\tdetails (esc)
  CMP-2026-00003\tescalated\tto manager (level 2): resolve target breached (esc)
  CMP-2026-00005\tescalated\tto manager (level 2): resolve target breached (esc)
  CMP-2026-00006\tescalated\tto manager (level 2): resolve target breached (esc)
  CMP-2026-00007\tescalated\tto manager (level 2): resolve target breached (esc)
  CMP-2026-00001\tsurveyed\tby email in hr (esc)
  CMP-2026-00002\tsurveyed\tby email in sl (esc)
  CMP-2026-00004\tsurveyed\tby email in ja (esc)
  $ redress sweep
  $ ls sent/*.eml | wc -l
  9
  $ sqlite3 .redress/ledger.db "SELECT c.reference, count(*) FROM events e JOIN complaints c ON c.id = e.complaint_id WHERE e.type = 'message_sent' AND json_extract(e.data, '$.kind') = 'survey' GROUP BY c.reference"
  CMP-2026-00001|1
  CMP-2026-00002|1
  CMP-2026-00004|1

The survey carries the link with the reference filled in, in the customer's language.

  $ f=$(grep -l '^Message-ID: <CMP-2026-00004.survey.' sent/*.eml); sed '1,/^$/d' "$f" | base64 -d | grep -c 'https://kotac.example/anketa?ref=CMP-2026-00004'
  1
  $ redress verify -q

A template read through a symbolic link (the file, or the templates folder) is refused: a
planted link could otherwise mail any file the sender may read to a customer.

  $ mv .redress/templates templates-elsewhere && ln -s "$PWD/templates-elsewhere" .redress/templates
  $ redress message 1 resolved
  redress: error: template */.redress/templates/resolved.*.txt is read through a symbolic link (its folder */.redress/templates); put the template file itself in .redress/templates (glob)
  [5]
  $ rm .redress/templates && mv templates-elsewhere .redress/templates
  $ printf 'Subject: leaked\n\nSECRET {reference}\n' > secret.txt
  $ f=.redress/templates/resolved.hr.txt; rm "$f" && ln -s "$PWD/secret.txt" "$f"
  $ redress message 1 resolved
  redress: error: template */.redress/templates/resolved.*.txt is read through a symbolic link; put the template file itself in .redress/templates (glob)
  [5]
