redress file: recording complaints
==================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q

A complaint in Croatian, backdated to when it arrived by email. The reference is printed with
both due times (business hours Mon-Fri 09:00-12:30 and 13:00-17:00, Europe/Zagreb):

  $ redress file --customer "Ivana Horvat" --email ivana@example.hr --language hr \
  >   --channel email --category delivery --product "Gradski bicikl" --severity high \
  >   --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-16 16:30"
  CMP-2026-00001
  acknowledge by  2026-11-17 10:30  (2h)
  resolve by      2026-11-19 16:30  (3d)

With `-q` only the reference, for scripts:

  $ ref=$(redress file -q --customer "山田太郎" --phone "+81 90 1234 5678" --language ja \
  >   --channel phone --category delivery --summary "配達が遅れた" --at "2026-11-17 10:00")
  $ echo "$ref"
  CMP-2026-00002

Details from stdin, evidence repeated, and JSON output:

  $ printf 'دو بار از کارت من برداشت شد.\nلطفاً بازپرداخت کنید.\n' | redress --format json file \
  >   --customer "مریم احمدی" --email maryam@example.ir --language fa --channel web \
  >   --category billing --evidence invoice-2291.pdf --evidence bank-statement.png \
  >   --summary "برداشت دوباره" --details-file - --at 2026-11-18T08:15:00Z
  {
    "reference": "CMP-2026-00003",
    "status": "new",
    "received_at": "2026-11-18T08:15:00Z",
    "channel": "web",
    "customer": {
      "name": "\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c", (esc)
      "email": "maryam@example.ir",
      "phone": null,
      "member_id": null,
      "language": "fa"
    },
    "category": "billing",
    "product": null,
    "severity": "normal",
    "summary": "\xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xd9\x87", (esc)
    "details": "\xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xda\xa9\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x85\xd9\x86 \xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa \xd8\xb4\xd8\xaf.\\n\xd9\x84\xd8\xb7\xd9\x81\xd8\xa7\xd9\x8b \xd8\xa8\xd8\xa7\xd8\xb2\xd9\xbe\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xae\xd8\xaa \xda\xa9\xd9\x86\xdb\x8c\xd8\xaf.\\n", (esc)
    "evidence": [
      "invoice-2291.pdf",
      "bank-statement.png"
    ],
    "confidential": false,
    "assignee": null,
    "team": "finance",
    "escalation_level": 0,
    "acknowledged_at": null,
    "acknowledge_due_at": "2026-11-18T12:45:00Z",
    "acknowledge_sla": "breached",
    "resolved_at": null,
    "resolve_due_at": "2026-11-23T08:15:00Z",
    "resolve_sla": "running",
    "outcome": null,
    "compensation": null,
    "root_cause": null,
    "satisfaction": null,
    "closed_at": null,
    "reopened_at": null,
    "reopen_resolve_due_at": null,
    "reopen_resolved_at": null,
    "reopen_resolve_sla": null,
    "incomplete_allowed": false
  }

References are gapless per year of receipt:

  $ redress file -q --customer "Marko Novak" --channel letter --category delivery --summary "Old one" --at "2025-12-30 10:00"
  CMP-2025-00001
  $ redress file -q --customer "Marko Novak" --channel letter --category delivery --summary "New one"
  CMP-2026-00004

Policy rules refuse with a hint (exit 4):

  $ redress file --customer "X" --channel fax --category delivery --summary "s"
  redress: error: unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative
  [4]
  $ redress file --customer "X" --channel email --category delivry --summary "s"
  redress: error: unknown category 'delivry'; did you mean 'delivery'?
  [4]
  $ redress file --customer "X" --channel email --category delivery --severity urgent --summary "s"
  redress: error: unknown severity 'urgent'; expected one of: critical, high, normal, low
  [4]
  $ redress file --customer "X" --channel email --category billing --summary "no receipt"
  redress: error: category 'billing' requires evidence; add --evidence, or file with --allow-incomplete
  [4]
  $ redress file -q --customer "X" --channel email --category billing --summary "no receipt" --allow-incomplete
  CMP-2026-00005

RFC 3339 as other programs write it: a fraction of a second (dropped: times are whole
seconds) and a lower-case `t` and `z` are read too.

  $ redress file -q --customer "Ana" --channel web --category delivery --summary "From a web form" \
  >   --at 2026-11-19t09:30:15.870z
  CMP-2026-00006
  $ redress show 6 --format json | grep '^  "received_at"'
    "received_at": "2026-11-19T09:30:15Z",
  $ redress -q ack 6 --at 2026-11-19T10:45:00.5+01:00
  $ redress show 6 --format json | grep '^  "acknowledged_at"'
    "acknowledged_at": "2026-11-19T09:45:00Z",

Bad input data (exit 5) and usage errors (exit 2):

  $ redress file --customer "X" --channel email --category delivery --summary "s" --at "2026-11-21 09:00"
  redress: error: --at 2026-11-21 09:00:00 is in the future; give the time the complaint was really received
  [5]
  $ redress file --customer "X" --channel email --category delivery --summary "s" --at "last tuesday"
  redress: error: --at: 'last tuesday' is not a time; use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)
  [5]
  $ redress file --customer "X" --channel email --category delivery --summary ""
  redress: error: the summary is empty; give --summary TEXT
  [5]
  $ redress file --customer "X" --channel email --category delivery --summary "$(printf 'bad \377 byte')"
  redress: error: --summary is not valid UTF-8
  [5]
  $ redress file --customer "X" --channel email --category delivery
  redress: error: --summary is required; run 'redress file --help'
  [2]
  $ redress file --customer "X" --channel email --category delivery --summary s --details a --details-file b
  redress: error: --details excludes --details-file; run 'redress file --help'
  [2]
  $ redress file --customer "X" --channel email --category delivery --summary s --details-file missing.txt
  redress: error: cannot read --details-file 'missing.txt'
  [3]

None of the refused commands left a trace: the next reference follows on.

  $ redress list --format tsv | cut -f1 | tail -n +2
  CMP-2025-00001
  CMP-2026-00001
  CMP-2026-00002
  CMP-2026-00003
  CMP-2026-00006
  CMP-2026-00004
  CMP-2026-00005
