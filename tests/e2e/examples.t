Every example policy loads and can file a complaint
===================================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ for policy in "$REDRESS_SOURCE"/examples/policies/*.toml; do
  >   name=$(basename "$policy" .toml)
  >   redress policy check -q "$policy" || echo "$name: invalid"
  >   redress init -q "$name" --policy "$policy" || echo "$name: init failed"
  >   category=$(sed -n 's/^\[category\.\([a-z-]*\)\]$/\1/p' "$policy" | head -1)
  >   channel=$(sed -n 's/^channels = \["\([a-z-]*\)".*/\1/p' "$policy")
  >   ref=$(redress --ledger "$name" file -q --customer "Test" --channel "$channel" --category "$category" \
  >     --summary "example" --allow-incomplete) || echo "$name: file failed"
  >   echo "$name: $ref"
  > done
  acme-bikes: ACME-2026-00001
  clinic: DRM-2026-00001
  professional-association: ZS-2026-00001
  retail-shop: SKR-2026-00001

The nightly cron script writes the SLA report as CSV, logs a line, and mails the report
when a target was breached (exit 8); a stand-in mail command records what it was given:

  $ printf '#!/bin/sh\necho "mail $*" >> mail.log; cat >> mail.log\n' > fake-mail && chmod +x fake-mail
  $ export REDRESS_LEDGER=acme-bikes MAIL_TO=quality@example.com MAIL_COMMAND=./fake-mail REPORT_DIR=reports REPORT_DAY=2026-11-20
  $ "$REDRESS_SOURCE/examples/cron/nightly-sla-report"
  redress: SLA report reports/sla-2026-11-20.csv: no breached target
  $ ls reports
  report-2026-11-20.html
  sla-2026-11-20.csv
  $ ls mail.log
  ls: cannot access 'mail.log': No such file or directory
  [2]
  $ redress -q file --customer "Ivana Horvat" --channel phone --category delivery --summary "Kasni" --at "2026-11-16 09:00"
  ACME-2026-00002
  $ "$REDRESS_SOURCE/examples/cron/nightly-sla-report"
  redress: SLA report reports/sla-2026-11-20.csv: 1 complaint(s) with a breached target
  [8]
  $ head -2 mail.log
  mail -s redress: 1 SLA breach(es) on 2026-11-20 -A reports/report-2026-11-20.html quality@example.com
  reference,status,severity,category,team,assignee,received_at,acknowledge_target,acknowledge_due_at,acknowledge_used_s,acknowledge_sla,acknowledged_at,resolve_target,resolve_due_at,resolve_used_s,resolve_sla,resolved_at,reopened_at,reopened_target,reopened_due_at,reopened_used_s,reopened_sla,reopened_resolved_at\r (esc)
  $ REDRESS_LEDGER=nowhere "$REDRESS_SOURCE/examples/cron/nightly-sla-report"
  redress: SLA report failed (exit 3): redress: error: no ledger at nowhere (from $REDRESS_LEDGER); run 'redress init nowhere' to create one
  [3]
