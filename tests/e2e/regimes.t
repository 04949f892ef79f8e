Real shops and regulated firms: a weekday's own hours, per-severity targets, renamed names,
outcome classes, the regulators' presets and their complaints return (docs/policy.md,
docs/reports.md). Every due time and figure below is worked out by hand in the comments.

  $ export FAKETIME="2026-12-31 12:00:00" REDRESS_ACTOR=ana
  $ json() { $PYTHON -c 'import json,sys; d=json.load(sys.stdin); print(*[d[k] for k in sys.argv[1:]])' "$@"; }

A six-day bike shop in Zagreb
-----------------------------

Mon-Fri 09:00-17:00, Saturday 09:00-13:00, a short Christmas Eve; a repair's resolve target
depends on its severity.

  $ mkdir shop && cd shop
  $ cat > shop.toml <<'TOML'
  > channels = ["in-person", "phone", "email"]
  > 
  > [ledger]
  > name = "Bicikli Kovač"
  > reference_prefix = "BK"
  > timezone = "Europe/Zagreb"
  > currency = "EUR"
  > 
  > [calendar]
  > days = ["mon", "tue", "wed", "thu", "fri", "sat"]
  > holidays = ["12-25", "12-26", "01-01"]
  > 
  > [calendar.hours]
  > default = ["09:00-17:00"]
  > sat = ["09:00-13:00"]
  > 
  > [calendar.exceptions]
  > "2026-12-24" = ["09:00-12:00"]
  > 
  > [severity.critical]
  > acknowledge = "1h"
  > resolve = "1d"
  > 
  > [severity.normal]
  > acknowledge = "4h"
  > resolve = "2d"
  > 
  > [defaults]
  > severity = "normal"
  > 
  > [category.repair]
  > team = "workshop"
  > resolve = { critical = "4h", default = "3d" }
  > 
  > [category.delivery]
  > team = "shop"
  > 
  > [outcomes.refund]
  > upheld = "upheld"
  > 
  > [outcomes.repaired]
  > upheld = "partly-upheld"
  > 
  > [outcomes.no-fault]
  > upheld = "not-upheld"
  > TOML
  $ redress init -q --policy shop.toml
  $ due() { redress --format json file --customer "Marija Horvat" --channel in-person --summary "Kočnice" "$@" \
  >   | json received_at acknowledge_due_at resolve_due_at; }

Zagreb is UTC+1 from 25 October (UTC+2 before). Friday 20 November 15:00, a repair: 4 open
hours are Friday 15-17 and Saturday 09-11 (10:00Z); 3 business days are Saturday, Monday,
Tuesday, at 15:00 (14:00Z):

  $ due --category repair --at "2026-11-20 15:00"
  2026-11-20T14:00:00Z 2026-11-21T10:00:00Z 2026-11-24T14:00:00Z

The same repair, critical: acknowledged within the hour (16:00, 15:00Z); its own 4 open hours
end Saturday 11:00 (10:00Z), not the severity's day:

  $ due --category repair --severity critical --at "2026-11-20 15:00"
  2026-11-20T14:00:00Z 2026-11-20T15:00:00Z 2026-11-21T10:00:00Z

A critical delivery keeps the severity's 1d: Saturday at 15:00, but Saturday closes at 13:00
(12:00Z):

  $ due --category delivery --severity critical --at "2026-11-20 15:00"
  2026-11-20T14:00:00Z 2026-11-20T15:00:00Z 2026-11-21T12:00:00Z

Saturday 12:00: one open hour left that day, Sunday closed, three more on Monday (12:00,
11:00Z); 2 business days are Monday and Tuesday at 12:00:

  $ due --category delivery --at "2026-11-21 12:00"
  2026-11-21T11:00:00Z 2026-11-23T11:00:00Z 2026-11-24T11:00:00Z

Sunday: the clocks start Monday 09:00; 4h end 13:00 (12:00Z), 2 days Wednesday 09:00:

  $ due --category delivery --at "2026-11-22 10:00"
  2026-11-22T09:00:00Z 2026-11-23T12:00:00Z 2026-11-25T08:00:00Z

Wednesday 23 December 16:00: one hour on Wednesday, then Christmas Eve's three (09-12,
11:00Z). Two days: the 24th, then the 25th and 26th are holidays and the 27th a Sunday, so
Monday 28th at 16:00 (15:00Z):

  $ due --category delivery --at "2026-12-23 16:00"
  2026-12-23T15:00:00Z 2026-12-24T11:00:00Z 2026-12-28T15:00:00Z

Across the end of summer time: Saturday 24 October 12:30 CEST (10:30Z). Half an hour on
Saturday, Sunday 25th closed (the clocks go back), three and a half on Monday: 12:30 CET is
11:30Z; 2 days: Tuesday 12:30 CET:

  $ due --category delivery --at "2026-10-24 12:30"
  2026-10-24T10:30:00Z 2026-10-26T11:30:00Z 2026-10-27T11:30:00Z

`policy show` says the hours in words and resolves each severity's target per category:

  $ redress policy show --format table | head -6
  ledger        Bicikli Kovač
  references    BK-YYYY-NNNNN
  time zone     Europe/Zagreb
  currency      EUR
  open          mon-fri 09:00-17:00; sat 09:00-13:00
  holidays      12-25 (every year), 12-26 (every year), 01-01 (every year)
  $ redress policy show --format table | grep -E '^(exceptions|outcomes) '
  exceptions    2026-12-24 09:00-12:00
  outcomes      refund (upheld), repaired (partly-upheld), no-fault (not-upheld)
  $ redress policy show --format csv | tr -d '\r'
  severity,category,acknowledge,resolve,team
  critical,repair,1h,4h,workshop
  critical,delivery,1h,1d,shop
  normal,repair,4h,3d,workshop
  normal,delivery,4h,2d,shop

Outcome classes and the upheld rate: two refunds (upheld), a repair (partly upheld) and a
no-fault (not upheld) make (2 + 1) / 4 = 75.0% upheld:

  $ redress resolve 1 --outcome refund --amount 20.00 --at "2026-11-23 10:00" -q
  $ redress resolve 2 --outcome repaired --at "2026-11-23 11:00" -q
  $ redress resolve 4 --outcome no-fault --at "2026-11-23 12:00" -q
  $ redress resolve 5 --outcome refund --at "2026-11-24 10:00" -q
  $ redress report outcomes --since 2026-10-01 --format json | json resolved upheld partly_upheld not_upheld upheld_rate_pct
  4 2 1 1 75.0
  $ redress report outcomes --since 2026-10-01 --format json \
  >   | $PYTHON -c 'import json,sys; [print(o["outcome"], o["class"], o["complaints"]) for o in json.load(sys.stdin)["outcomes"]]'
  no-fault not-upheld 1
  refund upheld 2
  repaired partly-upheld 1

A renamed category
------------------

The shop calls deliveries "shipping" now. Complaints keep the name they were filed under;
filters and `change` take either name, new filings and reports use the new one.

  $ sed -i 's/^\[category.delivery\]/[category.shipping]\nwas = ["delivery"]/' .redress/policy.toml
  $ redress file --customer "Ivo Babić" --channel phone --category delivery --summary "Paket kasni" --at "2026-11-25 10:00"
  BK-2026-00008
  acknowledge by  2026-11-25 14:00  (4h)
  resolve by      2026-11-27 10:00  (2d)
  $ redress list --category delivery --sort received --format tsv | cut -f1,10 | tr '\t' ' '
  reference category
  BK-2026-00007 delivery
  BK-2026-00003 delivery
  BK-2026-00004 delivery
  BK-2026-00005 delivery
  BK-2026-00008 shipping
  BK-2026-00006 delivery
  $ redress list --category shipping --sort received --format tsv | cut -f1,10 | tr '\t' ' '
  reference category
  BK-2026-00007 delivery
  BK-2026-00003 delivery
  BK-2026-00004 delivery
  BK-2026-00005 delivery
  BK-2026-00008 shipping
  BK-2026-00006 delivery
  $ redress change 3 --category shipping
  redress: error: BK-2026-00003 already has those values; nothing was changed; category 'delivery' is called 'shipping' now (a rename in the policy): the complaint keeps the name it was filed under
  [4]
  $ redress change 6 --category repair
  BK-2026-00006: new, normal repair; resolve due 2026-12-29 16:00
  $ redress change 6 --category delivery
  BK-2026-00006: new, normal shipping; resolve due 2026-12-28 16:00
  $ redress report trends --by category --period month --since 2026-10-01 --format json \
  >   | $PYTHON -c 'import json,sys; [print(r["period"], r["name"], r["complaints"]) for r in json.load(sys.stdin)["counts"]]'
  2026-10 shipping 1
  2026-11 repair 2
  2026-11 shipping 4
  2026-12 repair 0
  2026-12 shipping 1
  $ redress policy check 2>&1 | sed "s|$PWD/||"
  .redress/policy.toml: ok (2 severities, 2 categories, 3 channels, 3 outcomes)
  $ redress policy show --format table | grep '^renamed'
  renamed       category shipping was delivery

`policy check` warns when complaints hold a name the policy has lost, and says how to fix it:

  $ sed -i '/^was = \["delivery"\]/d' .redress/policy.toml
  $ redress policy check 2>&1 | sed "s|$PWD/||"
  .redress/policy.toml: ok (2 severities, 2 categories, 3 channels, 3 outcomes)
  redress: warning: 4 complaints are filed under category 'delivery', which the policy no longer has; add was = ["delivery"] to the [category.NAME] they belong to now, or put the category back
  $ sed -i 's/^\[category.shipping\]/[category.shipping]\nwas = ["delivery"]/' .redress/policy.toml
  $ redress policy check -q

Holidays from an iCalendar file
-------------------------------

  $ printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Tijelovo\r\nDTSTART;VALUE=DATE:20260604\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Dan državnosti\r\nDTSTART;VALUE=DATE:20260530\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > .redress/hr.ics
  $ sed -i 's/^holidays = .*/&\nholidays_ics = "hr.ics"/' .redress/policy.toml
  $ redress policy show --format table | grep -A1 '^holidays'
  holidays      12-25 (every year), 12-26 (every year), 01-01 (every year),
                2026-06-04, 05-30 (every year)

Thursday 4 June 2026 is a holiday now: a complaint on Wednesday 3 June at 16:00 (CEST,
14:00Z) has one open hour that day and three on Friday (12:00, 10:00Z); its 2 business days
are Friday and Saturday, at 16:00 but Saturday closes at 13:00 (11:00Z):

  $ due --category shipping --at "2026-06-03 16:00"
  2026-06-03T14:00:00Z 2026-06-05T10:00:00Z 2026-06-06T11:00:00Z

Bad input: each problem where it is, exit 5, the ledger as it was
------------------------------------------------------------------

  $ cp .redress/policy.toml good.toml; cp .redress/hr.ics hr.ics
  $ bad() { cp good.toml bad.toml; $PYTHON -c 'import sys; p="bad.toml"; s=open(p).read(); open(p,"w").write(s.replace(sys.argv[1], sys.argv[2], 1))' "$@"; redress policy check bad.toml; }
  $ bad 'default = ["09:00-17:00"]' 'default = ["09:00-13:00", "12:00-17:00"]'
  redress: error: bad.toml:15:27: calendar.hours.default: this interval overlaps an earlier one
  [5]
  $ bad 'default = ["09:00-17:00"]' 'default = ["13:00-17:00", "09:00-12:00"]'
  redress: error: bad.toml:15:27: calendar.hours.default: list the intervals in order of opening; "09:00-12:00" opens before "13:00-17:00"
  [5]
  $ bad 'sat = ["09:00-13:00"]' 'sat = ["09:00-13:00"]
  > sun = ["10:00-12:00"]'
  redress: error: bad.toml:17:7: calendar.hours.sun: 'sun' is not in calendar.days; add it there, or remove these hours
  [5]
  $ bad '[category.repair]' '[category.repair]
  > was = ["shipping"]'
  redress: error: bad.toml:33:8: 'shipping' is a category in use, not an old name; remove it from was, or remove its own table
  [5]
  $ cp good.toml bad.toml; sed -i 's/^was = \["delivery"\]/was = ["delivery", "repair"]/; s/^\[category.repair\]/&\nwas = ["shipping"]/' bad.toml
  $ redress policy check bad.toml
  redress: error: bad.toml:33:8: rename cycle of category names: 'repair' was 'shipping' was 'repair'; keep the newest name and list only the names before it in its was
  redress: error: bad.toml:38:20: rename cycle of category names: 'shipping' was 'repair' was 'shipping'; keep the newest name and list only the names before it in its was
  [5]
  $ printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260604T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > hr.ics
  $ cp good.toml bad.toml; redress policy check bad.toml
  redress: error: hr.ics:3:9: DTSTART "20260604T090000Z" is a date-time; a holiday is an all-day date such as DTSTART;VALUE=DATE:20261225
  [5]
  $ printf 'Tijelovo,2026-06-04\n' > hr.ics
  $ redress policy check bad.toml
  redress: error: hr.ics:1:1: not an iCalendar file: it must start with BEGIN:VCALENDAR
  [5]
  $ bad 'holidays_ics = "hr.ics"' 'holidays_ics = "nowhere.ics"'
  redress: error: bad.toml:12:16: calendar.holidays_ics: cannot read 'nowhere.ics': no such file
  [5]
  $ redress policy check -q && cmp good.toml .redress/policy.toml

Severities and outcomes are renamed the same way. "critical" becomes "urgent" and "refund"
"money-back": the SLA report's severity rows and the outcomes count them under the new names
(critical: 2 and 3 of the 8 complaints; refunds: 1 and 5), and `change` takes the old name:

  $ sed -i 's/^\[severity.critical\]/[severity.urgent]\nwas = ["critical"]/; s/^\[outcomes.refund\]/[outcomes.money-back]\nwas = ["refund"]/' .redress/policy.toml
  $ redress policy check 2>&1 | sed "s|$PWD/||"
  redress: error: .redress/policy.toml:35:24: category.repair.resolve: 'critical' is an old name of severity 'urgent'; name the severity as it is called now
  $ sed -i 's/{ critical = "4h"/{ urgent = "4h"/' .redress/policy.toml
  $ redress report sla --since 2026-10-01 --format json \
  >   | $PYTHON -c 'import json,sys; [print(r["group"], r["name"], r["complaints"]) for r in json.load(sys.stdin)["compliance"] if r["group"] == "severity"]'
  severity urgent 2
  severity normal 6
  $ redress report outcomes --since 2026-10-01 --format json \
  >   | $PYTHON -c 'import json,sys; [print(o["outcome"], o["class"], o["complaints"]) for o in json.load(sys.stdin)["outcomes"]]'
  money-back upheld 2
  no-fault not-upheld 1
  repaired partly-upheld 1
  $ redress change 8 --severity critical
  BK-2026-00008: new, urgent shipping; acknowledge due 2026-11-25 11:00; resolve due 2026-11-26 10:00
  $ redress list --severity urgent --sort received --format tsv | cut -f1,12 | tr '\t' ' '
  reference severity
  BK-2026-00002 critical
  BK-2026-00003 critical
  BK-2026-00008 urgent
  $ cd ..

Presets
-------

  $ redress init firm --preset fcaa
  redress: error: unknown preset 'fcaa'; did you mean 'fca'?
  [5]
  $ ls firm
  ls: cannot access 'firm': No such file or directory
  [2]
  $ redress init firm --preset fca --policy shop/shop.toml
  redress: error: --policy excludes --preset; run 'redress init --help'
  [2]
A preset's name is matched as any name people type (folded): `FCA` is fca.

  $ redress init firm-uk --preset FCA -q && grep -c 'DISP 1' firm-uk/.redress/policy.toml
  16
  $ for p in fca psd2 cfpb iso10002; do redress init "$p" --preset "$p" -q && redress --ledger "$p" policy check -q || echo "$p failed"; done
  $ grep -c 'DISP 1' fca/.redress/policy.toml
  16
  $ grep -E '^(early|final) ' fca/.redress/policy.toml psd2/.redress/policy.toml cfpb/.redress/policy.toml
  fca/.redress/policy.toml:early = "3d"                                    # DISP 1.5.1R: by the end of the 3rd business day after receipt
  fca/.redress/policy.toml:final = { within = "8w", clock = "calendar" }   # DISP 1.6.2R: eight weeks
  psd2/.redress/policy.toml:early = "15d"   # Art. 101(2): 15 business days
  psd2/.redress/policy.toml:final = "35d"   # Art. 101(2): 35 business days, in exceptional situations
  cfpb/.redress/policy.toml:early = { within = "15d", clock = "calendar" }   # responded within 15 days
  cfpb/.redress/policy.toml:final = { within = "60d", clock = "calendar" }   # closed within 60 days

The FCA's return for the second half of 2026, worked out by hand. London is UTC+1 until 25
October. 31 August 2026 is a bank holiday.

  $ cd fca
  $ f() { redress file --customer "Jane Smith" --channel email --summary "Complaint" -q "$@" >/dev/null; }
  $ f --category current-accounts --product "Current account" --at "2026-06-22 10:00"   # 1
  $ f --category credit-cards --product "Card" --at "2026-07-06 10:00"                  # 2
  $ f --category mortgages --product "Fixed rate" --at "2026-08-28 16:00"                # 3
  $ f --category insurance --product "Home" --at "2026-09-07 09:30"                     # 4
  $ f --category pensions --product "SIPP" --at "2026-10-01 11:00"                      # 5
  $ f --category investments --product "ISA" --at "2026-12-14 10:00"                    # 6
  $ f --category investments --product "ISA" --at "2026-12-30 10:00"                    # 7
  $ f --category current-accounts --product "Current account" --at "2026-11-02 10:00"   # 8
  $ redress resolve 1 --outcome redress-paid --amount 50.00 --at "2026-07-10 12:00" -q
  $ redress resolve 2 --outcome apology --at "2026-07-08 15:00" -q
  $ redress resolve 3 --outcome not-upheld --at "2026-09-03 12:00" -q
  $ redress resolve 4 --outcome partly-upheld --amount 120.00 --at "2026-11-20 10:00" -q
  $ redress reject 5 --reason "Not a complaint about us" --at "2026-10-05 10:00" -q
  $ redress withdraw 8 --reason "Sorted out" --at "2026-11-03 10:00" -q

(7 is resolved after the period, when the clock has moved on; in 2027, "7" alone would be
CMP-2027-00007.)

  $ FAKETIME="2027-01-08 12:00:00" redress resolve CMP-2026-00007 --outcome redress-paid --amount 10.00 --at "2027-01-05 10:00" -q

Opened in the half-year: 2-8 (7). Closed in it: 1 (opened before it), 2, 3, 4, 5, 8 (6);
6 and 7 are open at its end. Upheld: 1 and 2; partly: 4; not upheld: 3, and 5 (rejected);
8 was withdrawn, so neither: 3 of 5 decided, 60.0%. Closed by the end of the third business
day after receipt: 2 (Monday, by Thursday), 3 (Friday; Monday is a bank holiday, so by
Thursday), 5 (Thursday, by Tuesday), 8 (next day): 4 of 6, 66.7%. Within eight weeks: 1
(22 June to 10 July): 16.7%. Later: 4 (8 weeks end 2 November; closed 20 November): 16.7%.
Redress paid on the closed ones: 50.00 + 120.00 = 170.00 GBP (7's 10.00 is next half's).

  $ FAKETIME="2027-01-15 12:00:00" redress report return --period 2026H2 --format json > h2.json
  $ json since until opened closed open_at_end upheld partly_upheld not_upheld upheld_pct < h2.json
  2026-06-30T23:00:00Z 2027-01-01T00:00:00Z 7 6 2 2 1 2 60.0
  $ json closed_early closed_early_pct closed_by_final closed_by_final_pct closed_later closed_later_pct < h2.json
  4 66.7 1 16.7 1 16.7
  $ $PYTHON -c 'import json,sys; [print(r["product_group"], r["opened"], r["closed"], r["upheld"], r["partly_upheld"], r["not_upheld"], r["upheld_pct"], r["closed_early"], r["closed_by_final"], r["closed_later"], r["redress_paid"]["amount"]) for r in json.load(sys.stdin)["by_product_group"]]' < h2.json
  banking-and-credit-cards 2 3 2 0 0 100.0 2 1 0 50.00
  home-finance 1 1 0 0 1 0.0 1 0 0 0.00
  insurance-and-pure-protection 1 1 0 1 0 100.0 0 0 1 120.00
  decumulation-and-pensions 1 1 0 0 1 0.0 1 0 0 0.00
  investments 2 0 0 0 0 None 0 0 0 0.00
  $ $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["redress_paid"])' < h2.json
  [{'currency': 'GBP', 'complaints': 2, 'total': {'amount': '170.00', 'currency': 'GBP'}, 'average': {'amount': '85.00', 'currency': 'GBP'}}]
  $ $PYTHON "$REDRESS_SOURCE/tests/tools/validate_json.py" report-return < h2.json
  1 valid

The same by dates (a date alone as --until covers that day), and as CSV, one row per group:

  $ FAKETIME="2027-01-15 12:00:00" redress report return --since 2026-07-01 --until 2026-12-31 --format json | cmp - h2.json
  $ FAKETIME="2027-01-15 12:00:00" redress report return --period 2026H2 | tr -d '\r'
  product_group,opened,closed,upheld,partly_upheld,not_upheld,upheld_pct,closed_early,closed_by_final,closed_later,redress_paid
  banking-and-credit-cards,2,3,2,0,0,100.0,2,1,0,50.00
  home-finance,1,1,0,0,1,0.0,1,0,0,0.00
  insurance-and-pure-protection,1,1,0,1,0,100.0,0,0,1,120.00
  decumulation-and-pensions,1,1,0,0,1,0.0,1,0,0,0.00
  investments,2,0,0,0,0,,0,0,0,0.00
  $ COLUMNS=140 FAKETIME="2027-01-15 12:00:00" redress report return --period 2026H2 --format table
  FCA complaints return (DISP 1 Annex 1R): My Firm Ltd
  period 2026-07-01 00:00 to 2027-01-01 00:00 (Europe/London), as of 2027-01-15 12:00
  closed early: by 3d, final response: by 8w calendar
  
  figures
  metric                                    value
  opened                                        7
  closed                                        6
  open at the end                               2
  upheld                                        2
  partly upheld                                 1
  not upheld                                    2
  upheld %                                   60.0
  closed by the early deadline                  4
  closed by the early deadline %             66.7
  closed after it, by the final deadline        1
  closed after it, by the final deadline %   16.7
  closed after the final deadline               1
  closed after the final deadline %          16.7
  
  by product group
  product group                  opened  closed  upheld  partly  not upheld  upheld %  early  by final  later  redress paid
  banking-and-credit-cards            2       3       2       0           0     100.0      2         1      0         50.00
  home-finance                        1       1       0       0           1       0.0      1         0      0          0.00
  insurance-and-pure-protection       1       1       0       1           0     100.0      0         0      1        120.00
  decumulation-and-pensions           1       1       0       0           1       0.0      1         0      0          0.00
  investments                         2       0       0       0           0         -      0         0      0          0.00
  all                                 7       6       2       1           2      60.0      4         1      1        170.00
  
  redress paid
  currency  complaints   total  average
  GBP                2  170.00    85.00

A period is a year or a half-year, and needs saying:

  $ redress report return
  redress: error: report return needs a period; give --period 2026H2, or --since and --until
  [2]
  $ redress report return --period 2026Q3
  redress: error: --period: '2026Q3' is not a reporting period; give a half-year such as 2026H2, or a year such as 2026
  [2]
  $ redress report return --period 2026H2 --since 2026-07-01
  redress: error: --period cannot be combined with --since or --until
  [2]
