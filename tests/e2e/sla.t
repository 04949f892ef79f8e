Due times as `file --at ... --format json` prints them
======================================================

The default policy: Europe/Zagreb, Mon-Fri 09:00-12:30 and 13:00-17:00, holidays 12-25,
12-26 and 01-01. Targets: high 2h/3d, normal 4h/5d, regulated resolves in 8 calendar weeks.
JSON times are UTC; Zagreb is UTC+1 in winter (CET) and UTC+2 in summer (CEST).

  $ export FAKETIME="2026-12-31 12:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ due() { redress --format json file --customer "Ana Kovač" --channel email "$@" \
  >   | $PYTHON -c 'import json,sys; c=json.load(sys.stdin); print(c["received_at"], c["acknowledge_due_at"], c["resolve_due_at"])'; }

Filed on Friday 2026-10-23 at 16:00 CEST, high: one business hour left on Friday, the clocks
go back on Sunday, and the second hour ends Monday 10:00 CET (09:00Z). Three business days
end Wednesday 16:00 CET:

  $ due --category delivery --severity high --summary "Oštećen paket" --at "2026-10-23 16:00"
  2026-10-23T14:00:00Z 2026-10-26T09:00:00Z 2026-10-28T15:00:00Z

Received on a Saturday: the clocks start at the next opening, Monday 09:00. Ack 4h ends
13:30 (09:00-12:30 is 3h30, then 30 minutes after lunch); 5 business days end the next
Monday 09:00:

  $ due --category product --summary "壊れた自転車" --at "2026-11-07 11:00"
  2026-11-07T10:00:00Z 2026-11-09T12:30:00Z 2026-11-16T08:00:00Z

Received during the lunch break: the clock starts at 13:00, and a target that ends exactly
at closing time is due at closing time (17:00 CET = 16:00Z):

  $ due --category service --summary "Neljubazno osoblje" --at "2026-11-10 12:45"
  2026-11-10T11:45:00Z 2026-11-10T16:00:00Z 2026-11-17T12:00:00Z

Christmas: 16:00 on Thursday 24 December leaves one hour; the 25th is a holiday, then a
weekend; the second hour ends Monday 28th 10:00 CET. Three business days (Mon, Tue, Wed)
end Wednesday 30th at 16:00:

  $ due --category delivery --severity high --summary "Dostava kasni" --at "2026-12-24 16:00"
  2026-12-24T15:00:00Z 2026-12-28T09:00:00Z 2026-12-30T15:00:00Z

A regulated complaint is acknowledged in business time (10:00-12:30, then 13:00-14:30) but
resolves in 8 calendar weeks (56 days), here across the change to summer time: 2026-03-20
10:00 CET is due 2026-05-15 10:00 CEST:

  $ due --category regulated --summary "پرداخت دوباره" --at "2026-03-20 10:00"
  2026-03-20T09:00:00Z 2026-03-20T13:30:00Z 2026-05-15T08:00:00Z

Due times are fixed at filing: editing the policy later does not move them.

  $ redress list --format tsv | cut -f1,24 | tail -1
  CMP-2026-00004\t2026-12-30 16:00:00 (esc)
  $ sed -i 's/^resolve = "3d"/resolve = "1d"/' .redress/policy.toml
  $ redress policy show --format tsv | grep -P '^high\tdelivery'
  high\tdelivery\t2h\t1d\tlogistics (esc)
  $ redress list --format tsv | cut -f1,24 | tail -1
  CMP-2026-00004\t2026-12-30 16:00:00 (esc)

`policy show` prints the effective policy and the targets of every severity and category:

  $ redress policy show | head -5
  ledger        My Organisation
  references    CMP-YYYY-NNNNN
  time zone     Europe/Zagreb
  currency      EUR
  open          mon-fri 09:00-12:30, 13:00-17:00
  $ redress policy show --format csv | head -4
  severity,category,acknowledge,resolve,team\r (esc)
  critical,billing,1h,1d,finance\r (esc)
  critical,delivery,1h,1d,logistics\r (esc)
  critical,product,1h,1d,support\r (esc)
