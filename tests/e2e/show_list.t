redress show and list
=====================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --email ivana@example.hr --channel email --category delivery \
  >   --severity high --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-16 16:30"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" \
  >   --details "注文から二週間経っても届きません。" --at "2026-11-17 10:00"
  CMP-2026-00002
  $ redress file -q --customer "مریم احمدی" --channel web --category billing --evidence-note invoice.pdf \
  >   --summary "دو بار از کارت من برداشت شد" --at "2026-11-18 09:15"
  CMP-2026-00003
  $ redress file -q --customer "Marko Novak" --channel in-person --category service --confidential \
  >   --summary "Rude staff at the Split store" --at "2026-11-19 14:00"
  CMP-2026-00004

The terminal table aligns by display width: Japanese takes two columns a character, and the
free text (customer, summary) comes last so right-to-left text cannot reorder the columns.

  $ redress --format table list
  reference       status  severity  category  received     due          sla       customer        summary
  CMP-2026-00001  new     high      delivery  11-16 16:30  11-17 10:30  breached  Ivana Horvat    Bicikl isporu\xc4\x8den s o\xc5\xa1te\xe2\x80\xa6 (esc)
  CMP-2026-00002  new     normal    delivery  11-17 10:00  11-17 14:30  breached  \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e        \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  \xe2\x80\x8eCMP-2026-00003\xe2\x80\x8e  new\xe2\x80\x8e     normal\xe2\x80\x8e    billing\xe2\x80\x8e   11-18 09:15\xe2\x80\x8e  11-18 13:45\xe2\x80\x8e  breached\xe2\x80\x8e  \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c\xe2\x80\x8e      \xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xda\xa9\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x85\xd9\x86 \xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xe2\x80\xa6\xe2\x80\x8f\xe2\x80\x8e (esc)
  CMP-2026-00004  new     normal    service   11-19 14:00  11-20 10:00  breached  (confidential)  (confidential)

Filters:

  $ redress list --format tsv --category delivery | cut -f1,13
  reference\tsummary (esc)
  CMP-2026-00001\tBicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  CMP-2026-00002\t\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  $ redress list --format tsv --severity high --channel email | cut -f1
  reference
  CMP-2026-00001
  $ redress list --format tsv --since 2026-11-18 --until "2026-11-19 12:00" | cut -f1
  reference
  CMP-2026-00003
  $ redress list --format tsv --customer IVANA@example.hr | cut -f1
  reference
  CMP-2026-00001
  $ redress list --format tsv --open --sort reference --reverse --limit 2 | cut -f1
  reference
  CMP-2026-00004
  CMP-2026-00003
  $ redress list --status resolved
  reference\tstatus\treceived_at\tchannel\tcustomer_name\tcustomer_email\tcustomer_phone\tcustomer_member_id\tcustomer_language\tcategory\tproduct\tseverity\tsummary\tdetails\tevidence\tconfidential\tassignee\tteam\tescalation_level\tacknowledged_at\tacknowledge_due_at\tacknowledge_sla\tresolved_at\tresolve_due_at\tresolve_sla\toutcome\tcompensation_amount\tcompensation_currency\troot_cause\tsatisfaction\tclosed_at\treopened_at\treopen_resolve_due_at\treopen_resolved_at\treopen_resolve_sla\tincomplete_allowed (esc)
  $ redress list --status resolvd
  redress: error: --status: unknown value 'resolvd'; did you mean 'resolved'?
  [2]
  $ redress list --category delivry
  redress: error: --category: unknown value 'delivry'; did you mean 'delivery'?
  [2]

Confidential complaints keep their texts out of listings unless asked:

  $ redress list --format csv --category service | cut -d, -f1,5,13
  reference,customer_name,summary
  CMP-2026-00004,,
  $ redress list --format csv --category service --include-confidential | cut -d, -f1,5,13
  reference,customer_name,summary
  CMP-2026-00004,Marko Novak,Rude staff at the Split store

Every format:

  $ redress list --format markdown --category billing
  | reference | status | severity | category | received | due | sla | customer | summary |
  | --- | --- | --- | --- | --- | --- | --- | --- | --- |
  | CMP-2026-00003 | new | normal | billing | 2026-11-18 09:15 | 2026-11-18 13:45 | breached | \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c | \xd8\xaf\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xb2 \xda\xa9\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x85\xd9\x86 \xd8\xa8\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb4\xd8\xaa \xd8\xb4\xd8\xaf | (esc)
  $ redress list --format ndjson --category billing | python3 -c 'import json,sys; [print(json.loads(l)["reference"], json.loads(l)["customer"]["name"]) for l in sys.stdin]'
  CMP-2026-00003 \xd9\x85\xd8\xb1\xdb\x8c\xd9\x85 \xd8\xa7\xd8\xad\xd9\x85\xd8\xaf\xdb\x8c (esc)
  $ redress list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
  4
  $ redress list --format csv | head -1
  reference,status,received_at,channel,customer_name,customer_email,customer_phone,customer_member_id,customer_language,category,product,severity,summary,details,evidence,confidential,assignee,team,escalation_level,acknowledged_at,acknowledge_due_at,acknowledge_sla,resolved_at,resolve_due_at,resolve_sla,outcome,compensation_amount,compensation_currency,root_cause,satisfaction,closed_at,reopened_at,reopen_resolve_due_at,reopen_resolved_at,reopen_resolve_sla,incomplete_allowed\r (esc)

show: every field, both clocks and the timeline; JSON adds the events.

  $ redress --format table show 2
  CMP-2026-00002  new
  received      2026-11-17 10:00 Europe/Zagreb by phone
  customer      \xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e (esc)
  category      delivery
  severity      normal
  team          logistics
  summary       \xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f (esc)
  details
    \xe6\xb3\xa8\xe6\x96\x87\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c\xe9\x80\xb1\xe9\x96\x93\xe7\xb5\x8c\xe3\x81\xa3\xe3\x81\xa6\xe3\x82\x82\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82 (esc)
  
  SLA
    clock        target  due               state     used
    acknowledge  4h      2026-11-17 14:30  breached  24h 30m of 4h 00m
    resolve      5d      2026-11-24 10:00  running   24h 30m of 37h 30m
  
  Timeline
    at                event  by   details
    2026-11-17 10:00  filed  ana
  $ redress show CMP-2026-00002 --format json
  {
    "reference": "CMP-2026-00002",
    "status": "new",
    "received_at": "2026-11-17T09:00:00Z",
    "channel": "phone",
    "customer": {
      "name": "\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e", (esc)
      "email": null,
      "phone": null,
      "member_id": null,
      "language": null
    },
    "category": "delivery",
    "product": null,
    "severity": "normal",
    "summary": "\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f", (esc)
    "details": "\xe6\xb3\xa8\xe6\x96\x87\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c\xe9\x80\xb1\xe9\x96\x93\xe7\xb5\x8c\xe3\x81\xa3\xe3\x81\xa6\xe3\x82\x82\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82", (esc)
    "evidence": [],
    "confidential": false,
    "assignee": null,
    "team": "logistics",
    "escalation_level": 0,
    "acknowledged_at": null,
    "acknowledge_due_at": "2026-11-17T13:30:00Z",
    "acknowledge_sla": "breached",
    "resolved_at": null,
    "resolve_due_at": "2026-11-24T09:00:00Z",
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
    "incomplete_allowed": false,
    "fields": {},
    "events": [
      {
        "at": "2026-11-17T09:00:00Z",
        "actor": "ana",
        "type": "filed",
        "recorded_at": "2026-11-20T11:00:00Z",
        "details": {
          "reference": "CMP-2026-00002",
          "received_at": "2026-11-17T09:00:00Z",
          "channel": "phone",
          "confidential": false,
          "policy_digest": "f03aa5335f3f4220459175b613af8b3c0ee5eeff54293cd2c4cad8acae7a53b4",
          "incomplete_allowed": false,
          "category": "delivery",
          "product": null,
          "severity": "normal",
          "team": "logistics",
          "acknowledge_target": "4h",
          "acknowledge_due_at": "2026-11-17T13:30:00Z",
          "resolve_target": "5d",
          "resolve_due_at": "2026-11-24T09:00:00Z",
          "fields": {},
          "customer": {
            "name": "\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e", (esc)
            "email": null,
            "phone": null,
            "member_id": null,
            "language": null,
            "preferred_channel": null
          },
          "summary": "\xe9\x85\x8d\xe9\x81\x94\xe3\x81\x8c\xe9\x81\x85\xe3\x82\x8c\xe3\x81\x9f", (esc)
          "details": "\xe6\xb3\xa8\xe6\x96\x87\xe3\x81\x8b\xe3\x82\x89\xe4\xba\x8c\xe9\x80\xb1\xe9\x96\x93\xe7\xb5\x8c\xe3\x81\xa3\xe3\x81\xa6\xe3\x82\x82\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82", (esc)
          "evidence": []
        }
      }
    ]
  }
  $ redress show 99
  redress: error: no complaint CMP-2026-00099 in this ledger
  [3]
  $ redress show ACME-12
  redress: error: 'ACME-12' is not a reference; give a reference such as CMP-2026-00042, or just its number within this year
  [2]
