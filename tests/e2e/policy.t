redress policy check: validating a policy
=========================================

A file given explicitly needs no ledger:

  $ cp "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" .
  $ redress policy check acme-bikes.toml
  acme-bikes.toml: ok (4 severities, 3 categories, 8 channels, 7 outcomes)

Errors name the file, line and column, and what was expected (exit 5):

  $ sed 's/warn_at = 0.8/warn_after = 0.8/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > typo.toml
  $ redress policy check typo.toml
  redress: error: typo.toml:18:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'?
  [5]
  $ sed 's/resolve = "5d"/resolve = "5 days"/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > duration.toml
  $ redress policy check duration.toml
  redress: error: duration.toml:30:11: severity.normal.resolve must be a duration such as "30m", "4h", "3d" or "2w", not "5 days"
  [5]
  $ sed 's|Europe/Zagreb|Europe/Zagrab|' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > zone.toml
  $ redress policy check zone.toml
  redress: error: zone.toml:9:12: ledger.timezone: unknown time zone 'Europe/Zagrab'; expected an IANA name such as "Europe/Zagreb"
  [5]
  $ sed 's/"13:00-17:00"/"13:00-17"/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > hours.toml
  $ redress policy check hours.toml
  redress: error: hours.toml:14:25: calendar.hours entries must be "HH:MM-HH:MM" with distinct times, such as "09:00-17:00", not "13:00-17"
  [5]
  $ sed 's/"2026-12-26"/"2026-12-32"/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > holiday.toml
  $ redress policy check holiday.toml
  redress: error: holiday.toml:15:27: calendar.holidays: "2026-12-32" is not a real date
  [5]
  $ sed 's/severity = "normal"/severity = "medium"/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > undefined.toml
  $ redress policy check undefined.toml
  redress: error: undefined.toml:37:12: defaults.severity: undefined severity 'medium'; expected one of: critical, high, normal, low
  [5]
  $ sed 's/^channels = \["phone"/channels = ["phone", "phone"/' "$REDRESS_SOURCE/examples/policies/acme-bikes.toml" > dup.toml
  $ redress policy check dup.toml
  redress: error: dup.toml:3:22: duplicate 'phone' in channels
  [5]
  $ printf '[ledger\nname = "x"\n' > syntax.toml
  $ redress policy check syntax.toml
  redress: error: syntax.toml:1:8: Error while parsing table header: expected ']', saw '\n'
  [5]
  $ redress policy check nothing.toml
  redress: error: cannot read policy file 'nothing.toml': no such file
  [3]

Every command loads the ledger's policy, so a broken policy stops them all:

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ cp typo.toml .redress/policy.toml
  $ redress list
  redress: error: */.redress/policy.toml:18:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'? (glob)
  [5]
  $ redress file --customer X --channel email --category delivery --summary s
  redress: error: */.redress/policy.toml:18:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'? (glob)
  [5]
