Hostile input: a catalogue of bad inputs, end to end
=====================================================

Every case below must give exactly one line on stderr, `redress: error: ...`, the documented
exit code (2 usage, 3 not found, 4 refused by the rules, 5 invalid input), nothing on stdout,
and leave the ledger exactly as it was: `t` runs a command and says so when any of that fails
(the ledger is compared as an SQL dump before and after).

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=200
  $ redress init -q
  $ redress -q file --customer "Ivana Horvat" --channel email --category delivery --summary "Late" --at "2026-11-16 10:00"
  CMP-2026-00001
  $ redress -q file --customer "Marko" --channel phone --category delivery --summary "Broken" --at "2026-11-16 11:00"
  CMP-2026-00002
  $ redress -q resolve 2 --outcome refund --amount 10 --at "2026-11-17 11:00"
  $ dump() { sqlite3 .redress/ledger.db .dump | md5sum; }
  $ base=$(dump)
  $ t() {
  >   "$@" >out 2>err
  >   local rc=$?
  >   cat err
  >   [ "$(wc -l <err)" -eq 1 ] || echo "(stderr has $(wc -l <err) lines)"
  >   grep -q '^redress: error: ' err || echo "(no 'redress: error:' line)"
  >   [ ! -s out ] || echo "(stdout: $(head -c 80 out))"
  >   [ "$(dump)" = "$base" ] || echo "(THE LEDGER CHANGED)"
  >   return $rc
  > }
  $ F="--customer Ana --channel email --category delivery"

The policy file
---------------

`policy check FILE` validates without touching the ledger; errors are `file:line:column`.
`bad EDIT` writes bad.toml from the ledger's policy with one sed edit.

  $ cp .redress/policy.toml good.toml
  $ bad() { sed "$1" good.toml >bad.toml; }
  $ printf 'channels = [\n' >bad.toml; t redress policy check bad.toml
  redress: error: bad.toml:1:14: Error while parsing array: encountered end-of-file
  [5]
  $ : >bad.toml; t redress policy check bad.toml
  redress: error: bad.toml:1:1: missing key 'ledger' in the policy
  redress: error: bad.toml:1:1: missing key 'channels' in the policy
  redress: error: bad.toml:1:1: missing key 'outcomes' in the policy
  redress: error: bad.toml:1:1: missing key 'severity' in the policy
  redress: error: bad.toml:1:1: missing key 'category' in the policy
  (stderr has 5 lines)
  [5]
  $ printf 'channels = ["email"]\n\0\n' >bad.toml; t redress policy check bad.toml
  redress: error: bad.toml:2:1: Error while parsing root table: expected keys, tables, whitespace or comments, saw '\u0000'
  [5]
  $ printf 'channels = ["e\377mail"]\n' >bad.toml; t redress policy check bad.toml
  redress: error: bad.toml:1:14: Encountered invalid utf-8 sequence
  [5]
  $ printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\001' >bad.toml; t redress policy check bad.toml
  redress: error: bad.toml:1:1: a non-ASCII character outside a string; TOML allows them only in quoted strings and comments
  [5]
  $ bad 's/^channels = .*/channels = "email"/'; t redress policy check bad.toml
  redress: error: bad.toml:6:12: channels must be an array of strings, not a string
  [5]
  $ bad 's/^channels = .*/channels = ["email", 42]/'; t redress policy check bad.toml
  redress: error: bad.toml:6:22: each entry of channels must be a string, not an integer
  [5]
  $ bad 's/^channels = .*/channels = ["email", "email"]/'; t redress policy check bad.toml
  redress: error: bad.toml:6:22: duplicate 'email' in channels
  [5]
  $ bad 's/^name = /nmae = /'; t redress policy check bad.toml
  redress: error: bad.toml:11:1: missing key 'name' in [ledger]
  redress: error: bad.toml:12:1: unknown key 'nmae' in [ledger]; did you mean 'name'?
  (stderr has 2 lines)
  [5]
  $ bad 's/Europe\/Zagreb/Mars\/Olympus_Mons/'; t redress policy check bad.toml
  redress: error: bad.toml:14:12: ledger.timezone: unknown time zone 'Mars/Olympus_Mons'; expected an IANA name such as "Europe/Zagreb"
  [5]
  $ bad 's/acknowledge = "4h"/acknowledge = "4x"/'; t redress policy check bad.toml
  redress: error: bad.toml:38:15: severity.normal.acknowledge must be a duration such as "30m", "4h", "3d" or "2w", not "4x"
  [5]
  $ bad 's/acknowledge = "4h"/acknowledge = "-4h"/'; t redress policy check bad.toml
  redress: error: bad.toml:38:15: severity.normal.acknowledge must be a duration such as "30m", "4h", "3d" or "2w", not "-4h"
  [5]
  $ bad 's/acknowledge = "4h"/acknowledge = "0h"/'; t redress policy check bad.toml
  redress: error: bad.toml:38:15: severity.normal.acknowledge must be longer than zero, such as "4h"
  [5]
  $ bad 's/acknowledge = "4h"/acknowledge = "99999999999999999999h"/'; t redress policy check bad.toml
  redress: error: bad.toml:38:15: severity.normal.acknowledge must be a duration such as "30m", "4h", "3d" or "2w", not "99999999999999999999h"
  [5]
  $ bad 's/acknowledge = "4h"/acknowledge = 4/'; t redress policy check bad.toml
  redress: error: bad.toml:38:15: severity.normal.acknowledge must be a duration string or { within = "8w", clock = "calendar" }, not an integer
  [5]
  $ bad 's/"09:00-12:30"/"25:00-26:00"/'; t redress policy check bad.toml
  redress: error: bad.toml:21:10: calendar.hours entries must be "HH:MM-HH:MM" with distinct times, such as "09:00-17:00", not "25:00-26:00"
  [5]
  $ bad 's/"09:00-12:30"/"12:00-12:00"/'; t redress policy check bad.toml
  redress: error: bad.toml:21:10: calendar.hours entries must be "HH:MM-HH:MM" with distinct times, such as "09:00-17:00", not "12:00-12:00"
  [5]
  $ bad 's/warn_at = 0.8/warn_at = 2.5/'; t redress policy check bad.toml
  redress: error: bad.toml:25:11: sla.warn_at must be a fraction above 0 and at most 1, such as 0.8
  [5]
  $ bad 's/warn_at = 0.8/warn_at = nan/'; t redress policy check bad.toml
  redress: error: bad.toml:25:11: sla.warn_at must be a fraction above 0 and at most 1, such as 0.8
  [5]
  $ bad 's/warn_at = 0.8/warn_at = "high"/'; t redress policy check bad.toml
  redress: error: bad.toml:25:11: sla.warn_at must be a fraction above 0 and at most 1, such as 0.8
  [5]
  $ bad 's/breached = 2 /breached = 9 /'; t redress policy check bad.toml
  redress: error: bad.toml:71:12: escalation.breached must be a level number from 0 to 3 (0 = do not escalate)
  [5]
  $ bad 's/at_risk = 1 /at_risk = -1 /'; t redress policy check bad.toml
  redress: error: bad.toml:70:11: escalation.at_risk must be a level number from 0 to 3 (0 = do not escalate)
  [5]
  $ bad 's/"2026-12-25"/"2026-13-45"/'; t redress policy check bad.toml
  redress: error: bad.toml:22:13: calendar.holidays: "2026-13-45" is not a real date
  [5]
  $ bad 's/reference_prefix = "CMP"/reference_prefix = "cmp-1"/'; t redress policy check bad.toml
  redress: error: bad.toml:13:20: ledger.reference_prefix must be 1-10 capital letters or digits, starting with a letter (such as "ACME")
  [5]
  $ bad 's/currency = "EUR"/currency = "EURO"/'; t redress policy check bad.toml
  redress: error: bad.toml:15:12: ledger.currency must be an ISO 4217 code such as "EUR"
  [5]
  $ bad 's/requires = \["evidence"\]/requires = ["fingerprint"]/'; t redress policy check bad.toml
  redress: error: bad.toml:53:13: category.billing.requires: unknown field 'fingerprint'; expected one of: evidence, details, email, phone, member_id, product
  [5]
  $ bad 's/^days = .*/days = ["mon", "funday"]/'; t redress policy check bad.toml
  redress: error: bad.toml:20:16: calendar.days: unknown day 'funday'; expected one of: sun, mon, tue, wed, thu, fri, sat
  [5]
  $ bad 's/^days = .*/days = []/'; t redress policy check bad.toml
  redress: error: bad.toml:20:8: calendar.days must not be empty
  [5]
  $ bad 's/^severity = "normal"/severity = "urgent"/'; t redress policy check bad.toml
  redress: error: bad.toml:46:12: defaults.severity: undefined severity 'urgent'; expected one of: critical, high, normal, low
  [5]
  $ bad 's/^\[category.delivery\]/[category.billing]/'; t redress policy check bad.toml
  redress: error: bad.toml:56:1: Error while parsing table header: cannot redefine existing table 'category.billing'
  [5]
  $ bad 's/clock = "calendar"/clock = "lunar"/'; t redress policy check bad.toml
  redress: error: bad.toml:66:36: category.regulated.resolve.clock must be "business" or "calendar", not "lunar"
  [5]
  $ bad 's/team = "finance"/team = ""/'; t redress policy check bad.toml
  redress: error: bad.toml:52:8: category.billing.team must not be empty
  [5]
  $ t redress policy check no-such-policy.toml
  redress: error: cannot read policy file 'no-such-policy.toml': no such file
  [3]
  $ t redress policy check .
  redress: error: cannot read policy file '.': it is a folder; give the policy file inside it, such as ./policy.toml
  [3]

Only a regular file of at most 1 MiB is read: an endless device, a pipe or a huge file is
refused before it is read, and nothing fills the memory.

  $ t redress policy check /dev/zero
  redress: error: cannot read policy file '/dev/zero': not a regular file; a policy is a TOML text file
  [5]
  $ mkfifo pipe.toml; t timeout 10 redress policy check pipe.toml
  redress: error: cannot read policy file 'pipe.toml': not a regular file; a policy is a TOML text file
  [5]
  $ head -c 1048577 /dev/zero | tr '\0' '#' >huge.toml; t redress policy check huge.toml
  redress: error: policy file 'huge.toml' is larger than 1 MiB; a policy is a short text of rules; see docs/policy.md
  [5]
  $ t redress init -q --policy /dev/zero elsewhere
  redress: error: cannot read policy file '/dev/zero': not a regular file; a policy is a TOML text file
  [5]
  $ ls elsewhere
  ls: cannot access 'elsewhere': No such file or directory
  [2]

Checks are linear in the size of the policy: 140,000 channels (as many as fit in 1 MiB) are
checked in a fraction of a second, where a check of each name against all before it took
half a minute.

  $ $PYTHON -c '
  > import re, sys
  > def name(i):
  >     s = ""
  >     while True:
  >         s = "abcdefghijklmnopqrstuvwxyz0123456789"[i % 36] + s
  >         i //= 36
  >         if i == 0:
  >             return s
  > names = ",".join("\"%s\"" % name(i) for i in range(140000))
  > sys.stdout.write(re.sub(r"^channels = .*$", lambda m: "channels = [" + names + "]", open("good.toml").read(), flags=re.M))
  > ' >many.toml
  $ [ "$(stat -c %s many.toml)" -le 1048576 ] && echo fits
  fits
  $ timeout 10 redress policy check many.toml
  many.toml: ok (4 severities, 5 categories, 140000 channels, 7 outcomes)
  $ sed -i 's/^channels = \["a","b",/channels = ["a","a",/' many.toml; t timeout 10 redress policy check many.toml
  redress: error: many.toml:6:17: duplicate 'a' in channels
  [5]

A broken policy in the ledger itself stops every command before it touches the database.

  $ bad 's/acknowledge = "4h"/acknowledge = "4 hours"/'; cp bad.toml .redress/policy.toml
  $ t redress list
  redress: error: */.redress/policy.toml:38:15: severity.normal.acknowledge must be a duration such as "30m", "4h", "3d" or "2w", not "4 hours" (glob)
  [5]
  $ t redress file $F --summary "Not filed"
  redress: error: */.redress/policy.toml:38:15: severity.normal.acknowledge must be a duration such as "30m", "4h", "3d" or "2w", not "4 hours" (glob)
  [5]
  $ cp good.toml .redress/policy.toml

Filing a complaint
------------------

  $ t redress file --customer Ana --channel email --category deliverz --summary "x"
  redress: error: unknown category 'deliverz'; did you mean 'delivery'?
  [4]
  $ t redress file --customer Ana --channel fax --category delivery --summary "x"
  redress: error: unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  [4]
  $ t redress file $F --summary "x" --severity URGENT
  redress: error: unknown severity 'URGENT'; expected one of: critical, high, normal, low
  [4]
  $ t redress file --customer Ana --channel email --category billing --summary "x"
  redress: error: category 'billing' requires evidence; add --evidence, or file with --allow-incomplete
  [4]
  $ t redress file --customer "" --channel email --category delivery --summary "x"
  redress: error: the customer's name is empty; give --customer NAME
  [5]
  $ t redress file $F --summary ""
  redress: error: the summary is empty; give --summary TEXT
  [5]
  $ t redress file $F
  redress: error: --summary is required; run 'redress file --help'
  [2]
  $ t redress file $F --summary "$(printf 'bad \377 byte')"
  redress: error: --summary is not valid UTF-8
  [5]
  $ t redress file --customer "$(printf 'Ana \300\200')" --channel email --category delivery --summary "x"
  redress: error: --customer is not valid UTF-8
  [5]
  $ t redress file $F --summary "x" --evidence-note "$(printf '\303')"
  redress: error: --evidence is not valid UTF-8
  [5]
  $ t redress file $F --summary "$(head -c 1001 /dev/zero | tr '\0' s)"
  redress: error: --summary is longer than 1000 bytes
  [5]
  $ t redress file $F --summary "x" --email "$(head -c 2000 /dev/zero | tr '\0' e)"
  redress: error: --email is longer than 200 bytes
  [5]
  $ t redress file $F --summary "x" --language "$(printf '\033]0;pwned\007')"
  redress: error: --language contains a line break or control character
  [5]
  $ t redress file $F --summary "x" --language "Croatian please"
  redress: error: --language is not a language tag such as hr, ja or fa-IR
  [5]
  $ t redress file $F --summary "   "
  redress: error: the summary is empty; give --summary TEXT
  [5]
  $ t redress file --customer "$(printf ' \t\342\200\203 ')" --channel email --category delivery --summary "x"
  redress: error: the customer's name is empty; give --customer NAME
  [5]

Who is acting is recorded in every event: `--actor` and `$REDRESS_ACTOR` follow the rule for
names (one line of valid UTF-8, at most 200 bytes, not blank).

  $ t redress --actor "$(printf 'ana\nroot')" ack 1
  redress: error: --actor contains a line break or control character; give who is acting as one line of text, such as --actor ana
  [5]
  $ t redress --actor "$(printf 'ana \377')" ack 1
  redress: error: --actor is not valid UTF-8; give who is acting as one line of text, such as --actor ana
  [5]
  $ t redress --actor "$(head -c 100000 /dev/zero | tr '\0' a)" ack 1
  redress: error: --actor is longer than 200 bytes; give who is acting as one line of text, such as --actor ana
  [5]
  $ t redress --actor " " ack 1
  redress: error: --actor is blank; give who is acting as one line of text, such as --actor ana
  [5]
  $ REDRESS_ACTOR="$(printf 'ana\033]0;pwned\007')" t redress ack 1
  redress: error: $REDRESS_ACTOR contains a line break or control character; give who is acting as one line of text, such as --actor ana
  [5]

NUL bytes and oversized details, from a file and from standard input; a folder; a file that
does not exist; an endless device (read only up to the limit).

  $ printf 'Kotač\0je slomljen' >nul.txt
  $ t redress file $F --summary "x" --details-file nul.txt
  redress: error: --details contains a NUL byte
  [5]
  $ printf 'Kotač\0je slomljen' | t redress file $F --summary "x" --details-file -
  redress: error: --details contains a NUL byte
  [5]
  $ head -c 1048577 /dev/zero | tr '\0' d >big.txt
  $ t redress file $F --summary "x" --details-file big.txt
  redress: error: --details is longer than 1 MiB
  [5]
  $ t redress file $F --summary "x" --details-file /dev/zero
  redress: error: --details contains a NUL byte
  [5]
  $ t redress file $F --summary "x" --details-file no-such-file.txt
  redress: error: cannot read --details-file 'no-such-file.txt'
  [3]
  $ t redress file $F --summary "x" --details-file .
  redress: error: cannot read --details-file '.': it is a folder
  [3]

Times: not a time, not a real date, out of range, in the future, before 1970.

  $ t redress file $F --summary "x" --at yesterday
  redress: error: --at: 'yesterday' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress file $F --summary "x" --at "2026-02-30 10:00"
  redress: error: --at: '2026-02-30 10:00' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress file $F --summary "x" --at "2026-11-02 24:30"
  redress: error: --at: '2026-11-02 24:30' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress file $F --summary "x" --at "2026-11-02T10:00:00+25:00"
  redress: error: --at: '2026-11-02T10:00:00+25:00' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress file $F --summary "x" --at "99999-01-01 10:00"
  redress: error: --at: '99999-01-01 10:00' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress file $F --summary "x" --at "2027-01-01 10:00"
  redress: error: --at 2027-01-01 10:00:00 is in the future; give the time the complaint was really received
  [5]
  $ t redress file $F --summary "x" --at "0026-11-02 10:00"
  redress: error: --at 0026-11-02 10:00:00 is before 1970; give the time the complaint was really received
  [5]

Names the user typed are quoted in the error, escaped and cut to one line.

  $ t redress file --customer Ana --channel email --category "$(printf 'deli\033[31mvery')" --summary "x"
  redress: error: unknown category 'deli\x1b[31mvery'; expected one of: billing, delivery, product, service, regulated
  [4]
  $ t redress file --customer Ana --channel email --category "$(printf 'a\nb')" --summary "x"
  redress: error: unknown category 'a\xe2\x8f\x8eb'; expected one of: billing, delivery, product, service, regulated (esc)
  [4]
  $ (set -o pipefail; t redress file --customer Ana --channel email --category "$(head -c 3000 /dev/zero | tr '\0' c)" --summary x | awk '{ print length($0) }')
  1083
  [4]

The lifecycle
-------------

  $ t redress ack 9
  redress: error: no complaint CMP-2026-00009 in this ledger
  [3]
  $ t redress ack CMP-2026-99999999999
  redress: error: 'CMP-2026-99999999999' is not a reference; give a reference such as CMP-2026-00042, or just its number within this year
  [2]
  $ t redress ack ""
  redress: error: '' is not a reference; give a reference such as CMP-2026-00042, or just its number within this year
  [2]
  $ t redress ack "1'; DROP TABLE complaints;--"
  redress: error: '1'; DROP TABLE complaints;--' is not a reference; give a reference such as CMP-2026-00042, or just its number within this year
  [2]
  $ t redress ack 1 --at "2026-11-01 10:00"
  redress: error: --at 2026-11-01 10:00:00 is before CMP-2026-00001's last event (2026-11-16 10:00:00); steps are recorded in the order they happened
  [5]
  $ t redress ack 1 --at "2026-12-01 10:00"
  redress: error: --at 2026-12-01 10:00:00 is in the future; give the time it really happened
  [5]
  $ t redress wait 1
  redress: error: cannot wait CMP-2026-00001: it is new; allowed from new: ack, assign, note, escalate, change, resolve, reject, withdraw, attach, amend, undo
  [4]
  $ t redress close 1
  redress: error: cannot close CMP-2026-00001: it is new; allowed from new: ack, assign, note, escalate, change, resolve, reject, withdraw, attach, amend, undo
  [4]
  $ t redress resolve 1
  redress: error: --outcome is required; run 'redress resolve --help'
  [2]
  $ t redress resolve 1 --outcome refnud
  redress: error: unknown outcome 'refnud'; did you mean 'refund'?
  [4]
  $ t redress resolve 1 --outcome refund --amount -5
  redress: error: --amount '-5' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount 1e3
  redress: error: --amount '1e3' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount 12.345
  redress: error: --amount '12.345' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount 1,50
  redress: error: --amount '1,50' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount 99999999999999999999
  redress: error: --amount '99999999999999999999' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount ""
  redress: error: --amount '' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50
  [5]
  $ t redress resolve 1 --outcome refund --amount 5 --currency eur
  redress: error: --currency 'eur' is not an ISO 4217 code; use three capital letters such as EUR, USD or JPY
  [5]
  $ t redress resolve 1 --outcome refund --currency EUR
  redress: error: --currency needs --amount
  [2]
  $ t redress followup 2 --score 0
  redress: error: --score must be a whole number from 1 to 5
  [5]
  $ t redress followup 2 --score 6
  redress: error: --score must be a whole number from 1 to 5
  [5]
  $ t redress followup 2 --score -1
  redress: error: --score must be a whole number from 1 to 5
  [5]
  $ t redress followup 2 --score abc
  redress: error: could not convert: --score = abc; run 'redress followup --help'
  [2]
  $ t redress followup 2 --score 99999999999999999999
  redress: error: could not convert: --score = 99999999999999999999; run 'redress followup --help'
  [2]
  $ t redress note 1 ""
  redress: error: the note is empty; give the note TEXT
  [5]
  $ t redress note 1 "$(printf 'bad \377')"
  redress: error: the note is not valid UTF-8
  [5]
  $ t redress assign 1 --to ""
  redress: error: --to is empty; give --to TEXT
  [5]
  $ t redress escalate 1 --level "vice-president"
  redress: error: unknown escalation level 'vice-president'; expected one of: team-lead, manager, director
  [4]
  $ t redress change 1
  redress: error: nothing to change; give --severity, --category, --product or --field
  [2]
  $ t redress change 1 --severity urgent
  redress: error: unknown severity 'urgent'; expected one of: critical, high, normal, low
  [4]
  $ t redress reopen 2
  redress: error: --reason is required; run 'redress reopen --help'
  [2]
  $ t redress reject 1
  redress: error: --reason is required; run 'redress reject --help'
  [2]

Reading
-------

  $ t redress list --status bogus
  redress: error: --status: unknown value 'bogus'; expected one of: new, acknowledged, investigating, waiting, resolved, closed, rejected, withdrawn
  [2]
  $ t redress list --since yesterday
  redress: error: --since: 'yesterday' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ t redress list --limit -1
  redress: error: --limit: Value -1 not in range 1 to 1000000000; run 'redress list --help'
  [2]
  $ t redress list --limit 99999999999999999999
  redress: error: --limit: Value 99999999999999999999 not in range 1 to 1000000000; run 'redress list --help'
  [2]
  $ t redress list --sort bogus
  redress: error: --sort: bogus not in {received,reference,status,severity,category}; run 'redress list --help'
  [2]
  $ t redress --format bogus list
  redress: error: --format: bogus not in {table,csv,tsv,json,ndjson,markdown,html}; run 'redress list --help'
  [2]
  $ t redress --ledger /no/such/place list
  redress: error: no ledger at /no/such/place (from --ledger); run 'redress init /no/such/place' to create one
  [3]
  $ t redress lst
  redress: error: unknown command 'lst'; did you mean 'list'?
  [2]
  $ t redress show "$(printf '\342\200\256CMP')"
  redress: error: '\u202eCMP' is not a reference; give a reference such as CMP-2026-00042, or just its number within this year
  [2]

Import
------

The same all-or-nothing rule: one bad record and nothing is imported.

  $ H='received_at,channel,customer_name,category,summary'
  $ row='2026-11-02 10:00,email,Ana,delivery,Late'
  $ csv() { printf '%s\r\n' "$@" >in.csv; }
  $ csv "$H" "$row" '2026-11-02 10:00,email,"Ana,delivery,x'; t redress import in.csv
  redress: error: in.csv: row 3, column 3: a quoted field runs to the end of the file (its closing " is missing); nothing was imported
  [5]
  $ csv "$H" "$row" '2026-11-02 10:00,email,An"a,delivery,x'; t redress import in.csv
  redress: error: in.csv: row 3, column 3: a " inside an unquoted field (a field holding quotes is quoted whole, its quotes written twice); nothing was imported
  [5]
  $ csv "$H" "$row" '2026-11-02 10:00,email,"Ana"x,delivery,x'; t redress import in.csv
  redress: error: in.csv: row 3, column 3: text after the closing " of a quoted field (a " inside a quoted field is written twice: ""); nothing was imported
  [5]
  $ csv "$H,summary" "$row,again"; t redress import in.csv
  redress: error: in.csv: row 1, column 6: duplicate column 'summary' (also column 5); nothing was imported
  [5]
  $ csv "$H,colour" "$row,red"; t redress import in.csv
  redress: error: in.csv: unknown column 'colour'; map it with --map 'colour=FIELD', ignore it with --map 'colour=', or keep every such column as a text field with --keep-unmapped; nothing was imported
  [5]
  $ csv "received_at,channel,customer_name,category" "2026-11-02 10:00,email,Ana,delivery"; t redress import in.csv
  redress: error: in.csv: the file has no summary column; map one with --map 'COLUMN=summary'; nothing was imported
  [5]
  $ csv "$H,,x" "$row,,1"; t redress import in.csv
  redress: error: in.csv: row 1, column 6: the header has an empty column name; nothing was imported
  [5]
  $ csv "$H" "$row" "$row,extra"; t redress import in.csv
  redress: error: in.csv: row 3, column 6: the row has 6 fields, the header 5; nothing was imported
  [5]
  $ csv "$H" "$row" "2026-11-02 10:00,email,Ana"; t redress import in.csv
  redress: error: in.csv: row 3, column 4: the row has 3 fields, the header 5; nothing was imported
  [5]
  $ csv "$H" "$row" "$(printf '2026-11-02 10:00,email,A\377na,delivery,x')"; t redress import in.csv
  redress: error: in.csv: line 3, byte 25: the file is not UTF-8; it looks like Windows-1256 (Persian, Arabic and other Arabic-script languages); convert it first: iconv -f WINDOWS-1256 -t UTF-8 in.csv > in-utf8.csv; nothing was imported
  [5]
  $ printf '%s\r\n%s\r\n2026-11-02 10:00,email,A\0na,delivery,x\r\n' "$H" "$row" >in.csv; t redress import in.csv
  redress: error: in.csv: row 3, column 'customer_name': the value contains a NUL byte; nothing was imported
  [5]
  $ csv "$H" "$row" "yesterday,email,Ana,delivery,x"; t redress import in.csv
  redress: error: in.csv: row 3, column 'received_at': 'yesterday' is not a time; use YYYY-MM-DD HH:MM:SS in Europe/Zagreb, or RFC 3339; nothing was imported
  [5]
  $ csv "$H" "$row" "2027-11-02 10:00,email,Ana,delivery,x"; t redress import in.csv
  redress: error: in.csv: row 3, column 'received_at': 2027-11-02 10:00:00 is in the future; nothing was imported
  [5]
  $ csv "$H" "$row" "1900-11-02 10:00,email,Ana,delivery,x"; t redress import in.csv
  redress: error: in.csv: row 3, column 'received_at': 1900-11-02 10:00:00 is before 1970; nothing was imported
  [5]
  $ csv "$H" "$row" "2026-11-02 10:00,fax,Ana,delivery,x"; t redress import in.csv
  redress: error: in.csv: row 3, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative; nothing was imported
  [5]
  $ R="status,resolved_at,outcome"; r="resolved,2026-11-03 10:00,refund"
  $ csv "$H,$R,compensation_amount" "$row,$r,5" "$row,$r,-5"; t redress import in.csv
  redress: error: in.csv: row 3, column 'compensation_amount': '-5' is not an amount of EUR; use digits with at most 2 decimals after a '.', such as 25.50; nothing was imported
  [5]
  $ csv "$H,$R,satisfaction" "$row,$r,5" "$row,$r,9"; t redress import in.csv
  redress: error: in.csv: row 3, column 'satisfaction': '9' is not a whole number from 1 to 5; nothing was imported
  [5]
  $ csv "$H,status" "$row,new" "$row,lost"; t redress import in.csv
  redress: error: in.csv: row 3, column 'status': unknown status 'lost'; expected one of: new, acknowledged, investigating, waiting, resolved, closed, rejected, withdrawn; nothing was imported
  [5]
  $ csv "$H,status" "$row,resolved"; t redress import in.csv
  redress: error: in.csv: row 2, column 'resolved_at': a resolved complaint needs resolved_at; nothing was imported
  [5]
  $ : >in.csv; t redress import in.csv
  redress: error: in.csv: the file is empty; expected a header row naming the columns; nothing was imported
  [5]
  $ printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\001' >in.csv; t redress import in.csv
  redress: error: in.csv: the file is not text (it holds NUL bytes); save the spreadsheet as CSV UTF-8, or export JSON; nothing was imported
  [5]
  $ t redress import no-such-file.csv
  redress: error: cannot read 'no-such-file.csv': no such file
  [3]
  $ t redress import .
  redress: error: cannot tell the format of '.' from its name; give --format csv, json or ndjson
  [2]
  $ csv "$H" "$row"; t redress import in.csv --map "Colour=colour"
  redress: error: --map 'Colour=colour': no field 'colour'; expected one of: reference, status, received_at, channel, customer_name, customer_email, customer_phone, customer_member_id, customer_language, customer_preferred_channel, category, product, severity, summary, details, evidence, confidential, assignee, team, escalation_level, acknowledged_at, resolved_at, outcome, compensation_amount, compensation_currency, root_cause, satisfaction, closed_at, reopened_at, reopen_resolved_at, incomplete_allowed
  [2]
  $ t redress import in.csv --map "summary=bogus"
  redress: error: --map 'summary=bogus': no field 'bogus'; expected one of: reference, status, received_at, channel, customer_name, customer_email, customer_phone, customer_member_id, customer_language, customer_preferred_channel, category, product, severity, summary, details, evidence, confidential, assignee, team, escalation_level, acknowledged_at, resolved_at, outcome, compensation_amount, compensation_currency, root_cause, satisfaction, closed_at, reopened_at, reopen_resolved_at, incomplete_allowed
  [2]

JSON and NDJSON of the wrong shape or with values of the wrong type.

  $ j='"received_at": "2026-11-02 10:00", "channel": "email", "customer": {"name": "Ana"}, "category": "delivery"'
  $ json() { printf '%s\n' "$1" >in.json; }
  $ json '{"a": 1}'; t redress import in.json
  redress: error: in.json: the file is not a JSON array; expected [ {complaint}, ... ] (one object a line is --format ndjson); nothing was imported
  [5]
  $ json '[1, 2]'; t redress import in.json
  redress: error: in.json: item 1 is not a JSON object; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\"},"; t redress import in.json
  redress: error: in.json: line 2, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\"}] trailing"; t redress import in.json
  redress: error: in.json: line 1, column 130: syntax error while parsing value - invalid literal; last read: '"x"}] tra'; expected end of input; nothing was imported
  [5]
  $ json "[{$j, \"summary\": [\"x\"]}]"; t redress import in.json
  redress: error: in.json: item 1, field 'summary': expected text, not a list; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\", \"evidence\": [1, 2]}]"; t redress import in.json
  redress: error: in.json: item 1, field 'evidence': a list may hold only texts, such as ["photo.jpg"]; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\", \"confidential\": \"maybe\"}]"; t redress import in.json
  redress: error: in.json: item 1, field 'confidential': 'maybe' is not true or false; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\", \"compensation\": 5}]"; t redress import in.json
  redress: error: in.json: item 1, field 'compensation': expected an object with amount and currency, or null; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\", \"satisfaction\": 4.5}]"; t redress import in.json
  redress: error: in.json: item 1, field 'satisfaction': '4.5' is not a whole number from 1 to 5; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"a\\u0000b\"}]"; t redress import in.json
  redress: error: in.json: item 1, field 'summary': the value contains a NUL byte; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"\\ud800\"}]"; t redress import in.json
  redress: error: in.json: line 1, column 129: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '"\ud800"'; nothing was imported
  [5]
  $ json "[{$j, \"summary\": \"x\", \"satisfaction\": 1e99999}]"; t redress import in.json
  redress: error: in.json: item 1: a number too large to read; nothing was imported
  [5]
  $ printf '{%s, "summary": "x", "escalation_level": -1e400}\n' "$j" >in.ndjson; t redress import in.ndjson
  redress: error: in.ndjson: line 1: a number too large to read; nothing was imported
  [5]
  $ printf '{%s, "summary": "x"}\nnot json\n' "$j" >in.ndjson; t redress import in.ndjson
  redress: error: in.ndjson: line 2, column 2: syntax error while parsing value - invalid literal; last read: 'no'; nothing was imported
  [5]
  $ printf '{%s, "summary": "x"}\n[1]\n' "$j" >in.ndjson; t redress import in.ndjson
  redress: error: in.ndjson: line 2 is not a JSON object; nothing was imported
  [5]

A record nested deeper than 32 levels is refused while it is read (a record nested 20,000
deep used to overflow the stack), with --dry-run too; 32 levels are read.

  $ $PYTHON -c 'print("{\"a\":" * 20000 + "1" + "}" * 20000)' >deep.ndjson; t redress import deep.ndjson --dry-run
  redress: error: deep.ndjson: line 1: nested more than 32 levels deep; nothing would be imported
  [5]
  $ $PYTHON -c 'print("[{\"a\":" + "{\"a\":" * 20000 + "1" + "}" * 20000 + "}]")' >deep.json; t redress import deep.json
  redress: error: deep.json: item 1: nested more than 32 levels deep; nothing was imported
  [5]
  $ $PYTHON -c 'print("{\"a\":" * 33 + "1" + "}" * 33)' >deep.ndjson; t redress import deep.ndjson
  redress: error: deep.ndjson: line 1: nested more than 32 levels deep; nothing was imported
  [5]
  $ $PYTHON -c 'print("{\"a\":" * 32 + "1" + "}" * 32)' >deep.ndjson; t redress import deep.ndjson
  redress: error: deep.ndjson: line 1: unknown field 'a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a'; map it with --map 'a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a=FIELD', ignore it with --map 'a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a=', or keep every such column as a text field with --keep-unmapped; nothing was imported
  [5]

SQL-looking text is only text
-----------------------------

Values are always bound, never formatted into SQL: text that looks like SQL is stored
verbatim, and is harmless.

  $ sql="'); DROP TABLE events;--"
  $ redress -q file --customer "Robert'); DROP TABLE customers;--" --channel email --category delivery \
  >   --summary "$sql" --details "1' OR '1'='1" --evidence-note "x\"; DELETE FROM complaints; --"
  CMP-2026-00003
  $ redress -q note 3 "'; UPDATE complaints SET status='closed' WHERE '1'='1"
  $ csv "$H" "2026-11-02 10:00,email,Mallory,delivery,\"\"\"); DROP TABLE complaints;--\""
  $ redress -q import in.csv
  $ sqlite3 .redress/ledger.db "SELECT reference, status, summary, details, evidence FROM complaints WHERE id >= 3"
  CMP-2026-00003|new|'); DROP TABLE events;--|1' OR '1'='1|["x\"; DELETE FROM complaints; --"]
  CMP-2026-00004|new|"); DROP TABLE complaints;--||[]
  $ sqlite3 .redress/ledger.db "SELECT name FROM customers ORDER BY id"
  Ivana Horvat
  Marko
  Robert'); DROP TABLE customers;--
  Mallory
  $ sqlite3 .redress/ledger.db "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
  13
  $ redress list --customer "Robert'); DROP TABLE customers;--" --format tsv | cut -f1
  reference
  CMP-2026-00003
  $ redress -q verify

Stored text on the terminal
---------------------------

What a command prints in words may echo stored or imported text (a channel from an import
file, a product, a team, the policy's names): escape sequences and control characters in it
are shown escaped, never sent to the terminal (`cat -v` would show a raw ESC as `^[`).

  $ csv "$H" "2026-11-02 10:00,$(printf 'fa\033]0;pwned\007x'),Ana,delivery,x"
  $ redress import in.csv --dry-run 2>&1 | cat -v
  row 2, column 'channel': unknown channel 'fa\x1b]0;pwned\x07x'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  redress: error: in.csv: 1 of 1 rows is invalid; nothing would be imported
  $ redress -q file $F --summary "x" --product "$(printf 'bike\033[31m red')"
  CMP-2026-00005
  $ redress change 5 --severity high | cat -v
  CMP-2026-00005: new, high delivery, bike\x1b[31m red; acknowledge due 2026-11-20 14:30; resolve due 2026-11-25 12:00
  $ sed -e 's/^name = .*/name = "Acme\\u001b]0;pwned\\u0007"/' -e 's/team = "logistics"/team = "lo\\u001b[2Jgistics"/' good.toml >.redress/policy.toml
  $ redress -q file $F --summary "y"
  CMP-2026-00006
  $ redress policy show | grep -e ledger -e 'normal  *delivery' | cat -v
  ledger        Acme\x1b]0;pwned\x07
  normal    delivery   4h           5d           lo\x1b[2Jgistics
  $ redress report summary --format table | head -n 1 | cat -v
  Summary: Acme\x1b]0;pwned\x07
  $ cp good.toml .redress/policy.toml
  $ redress assign 6 --to ivo | cat -v
  CMP-2026-00006: investigating, assigned to ivo (lo\x1b[2Jgistics)
  $ redress show 6 | grep -e team -e product | cat -v
  team          lo\x1b[2Jgistics

TSV (what `list` writes to a pipe) guards formula-like text as CSV does; numbers stay numbers.

  $ redress -q file $F --summary "=HYPERLINK(\"http://evil.example\",\"x\")" --product "-rude"
  CMP-2026-00007
  $ redress list --format tsv | cut -f1,11,13,19 | grep -e reference -e 00007
  reference\tproduct\tsummary\tescalation_level (esc)
  CMP-2026-00007\t'-rude\t'=HYPERLINK("http://evil.example","x")\t0 (esc)

The count of cases above (each `t` line is one bad input):

  $ grep -c '^  \$ .*\bt redress ' "$TESTDIR/hostile.t"
  160
