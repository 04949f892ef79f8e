#pragma once
// Reports (SPEC §6): sla, aging, trends, outcomes and summary.
//
// Every report covers a window of receipt [since, until) and is evaluated as at `as_of`:
// complaints received after `as_of` do not exist yet, and a complaint changed after `as_of` is
// rebuilt from its events as it stood then, so an as-of in the past gives the answer the
// ledger would have given at that time. Complaints are read as one stream in receipt order;
// only the figures are kept, never the complaints.
//
// Conventions:
// - Compliance is met targets / (met + breached) targets, both clocks counted; a target still
//   running past its due time counts as breached. Running, paused and at-risk targets are not
//   in the denominator. Empty denominators give no figure (null in JSON, "-" in tables).
// - Percentiles use the nearest-rank method: the p-th percentile of N sorted values is the
//   value at rank ceil(p/100 * N) (1-based); the median is the 50th percentile, so of an even
//   count it is the lower middle value.
// - Times to acknowledge and resolve are business time (the SLA clock's measure: open hours,
//   less time spent waiting on the customer), from receipt (or the last reopen) to settlement.
// - Confidential complaints count in every figure; reports show no customer details or texts.

#include <redress/complaint.hpp>
#include <redress/render.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace redress {

class Ledger;

struct ReportWindow {
  Instant since;
  Instant until; // exclusive
  Instant as_of;
};

/// Calls `sink` with each complaint received in the window (and by `as_of`), in receipt order,
/// as it stood at `as_of`, with SLA readings at `as_of`.
void for_each_in_window(Ledger& ledger, const ReportWindow& window,
                        const std::function<void(const Complaint&)>& sink);

/// Counts of targets for one group (overall, a severity, a team or an assignee).
struct SlaTally {
  std::string group;           // "all", "severity", "team", "assignee"
  std::string name;            // "high", "logistics", "(none)"
  int complaints = 0;
  int met = 0;
  int breached = 0;
  int at_risk = 0;             // targets at risk now
  int running = 0;             // other unsettled targets, paused included
  [[nodiscard]] std::optional<double> compliance() const; // percent
};
/// The tallies as a table: group, name, complaints, met, breached, at risk, running, compliance %.
TextTable tally_table(const std::vector<SlaTally>& tallies);

/// A report ready to render: titled sections of tables. CSV and TSV carry only the primary
/// section (one table a spreadsheet can open); JSON carries the header and every section.
struct ReportDocument {
  std::string report;          // "sla", "aging", ...
  std::string title;           // "SLA report"
  ReportWindow window;
  std::vector<std::pair<std::string, TextTable>> sections; // snake_case names
  std::size_t primary = 0;
  bool any_breach = false;     // report sla: a target in the window is breached
};

/// report sla: every complaint's two targets (due, business time used, state) as `complaints`,
/// and `compliance` overall, by severity, team and assignee.
ReportDocument sla_report(Ledger& ledger, const ReportWindow& window);
/// report aging: open complaints (as of) by age since receipt, <1d, 1-3d, 3-7d, 7-14d, >14d
/// (calendar days), by status and by team.
ReportDocument aging_report(Ledger& ledger, const ReportWindow& window);

enum class TrendPeriod { day, week, month };
/// report trends: complaints per period by `by` (category, product, channel, severity,
/// root-cause, team) with the change against the previous period, and `recurring`: product and
/// category pairs with more complaints than in the previous period, which had some. Periods
/// start at local midnight (weeks on Monday, months on the 1st) in the ledger's zone.
ReportDocument trends_report(Ledger& ledger, const ReportWindow& window, TrendPeriod period,
                             const std::string& by);
/// report outcomes: resolution rate, rejected share, outcomes, compensation per currency,
/// satisfaction, reopen rate, repeat complainants.
ReportDocument outcomes_report(Ledger& ledger, const ReportWindow& window);
/// report summary: one screen of KPIs.
ReportDocument summary_report(Ledger& ledger, const ReportWindow& window);

/// The document in a format: on a terminal or in Markdown a header (window, as-of, zone) and
/// every section; CSV/TSV the primary table; JSON one object with the header and sections.
std::string render_report(const ReportDocument& doc, const std::string& ledger_name,
                          const TimeZone& zone, OutputFormat format, const TerminalStyle& style);

/// Nearest-rank percentile of `values` (sorted in place); nullopt when empty.
std::optional<std::int64_t> percentile(std::vector<std::int64_t>& values, int p);

} // namespace redress
