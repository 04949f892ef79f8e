#include <redress/policy.hpp>

namespace redress {

// What `redress init` writes. Every key is explained, so the file is its own manual.
std::string_view default_policy_text() {
  return R"toml(# redress policy: the rules this ledger follows.
# Checked on every command; `redress policy check` validates it without touching the ledger.
# Unknown keys are errors, so a typo cannot silently switch a rule off.

# How complaints reach you. `redress file --channel` accepts only these.
channels = ["phone", "email", "web", "letter", "in-person", "chat", "social", "representative"]

# How a complaint can be resolved. `redress resolve --outcome` accepts only these.
outcomes = ["refund", "replacement", "discount", "upgrade", "apology", "corrective-action", "no-fault"]

[ledger]
name = "My Organisation"
reference_prefix = "CMP"       # references look like CMP-2026-00042
timezone = "Europe/Zagreb"     # IANA zone: business hours and local times use it
currency = "EUR"               # ISO 4217 code for compensation

# Business hours for the SLA clocks. Intervals are half-open: "17:00" is the first closed
# minute. An interval such as "22:00-06:00" runs past midnight.
[calendar]
days = ["mon", "tue", "wed", "thu", "fri"]
hours = ["09:00-12:30", "13:00-17:00"]
holidays = ["2026-12-25", "2026-12-26", "01-01"]   # "MM-DD" repeats every year

[sla]
warn_at = 0.8   # a target is at risk once this fraction of it is used

# SLA targets per severity: `m` and `h` count business minutes, `d` whole business days,
# `w` five business days. Use { within = "8w", clock = "calendar" } for calendar time.
[severity.critical]
acknowledge = "1h"
resolve = "1d"

[severity.high]
acknowledge = "2h"
resolve = "3d"

[severity.normal]
acknowledge = "4h"
resolve = "5d"

[severity.low]
acknowledge = "1d"
resolve = "2w"

[defaults]
severity = "normal"

# Categories. `team` is where a filed complaint starts; `requires` lists what filing needs
# (evidence, details, email, phone, member_id, product); `acknowledge`/`resolve` override
# the severity's targets.
[category.billing]
team = "finance"
requires = ["evidence"]
resolve = "3d"

[category.delivery]
team = "logistics"

[category.product]
team = "support"

[category.service]
team = "support"

[category.regulated]
resolve = { within = "8w", clock = "calendar" }

[escalation]
levels = ["team-lead", "manager", "director"]
at_risk = 1     # sweep raises an at-risk complaint to level 1
breached = 2    # and a breached one to level 2

[followup]
ask_after = "2d"     # a resolved complaint is due for a satisfaction follow-up
close_after = "14d"  # sweep closes resolved complaints this long after resolution
)toml";
}

} // namespace redress
