#pragma once
// Reports (SPEC §6): summary, sla, aging, trends and outcomes, as typed results.
//
// Every report covers a window of receipt [since, until) and is evaluated as at `as_of`:
// complaints received after `as_of` do not exist yet, and a complaint changed after `as_of` is
// rebuilt from its events as it stood then, so an as-of in the past gives the answer the
// ledger would have given at that time. Complaints are read as one stream in receipt order;
// only the figures are kept, never the complaints.
//
// A report is data: figures and tables of typed values (counts, seconds, percentages, money,
// times, null for "no value"). lib/io renders it for people (terminal table, Markdown, HTML)
// and for scripts (JSON, NDJSON, CSV, TSV) (redress/report_render.hpp).
//
// Conventions:
// - Compliance is met targets / (met + breached) targets, both clocks counted; a target still
//   running past its due time counts as breached (at its due instant it is not late yet).
//   Running, paused and at-risk targets are not in the denominator. Empty denominators give no
//   figure (null). A reopened complaint counts its first resolution, whose outcome never
//   changes; the clock its reopening started is counted on its own (report sla's `reopened`
//   row), and a breach of it is a breach like any other.
// - Percentiles use the nearest-rank method: the p-th percentile of N sorted values is the
//   value at rank ceil(p/100 * N) (1-based); the median is the 50th percentile, so of an even
//   count it is the lower middle value.
// - Times to acknowledge and resolve (`*_s`) are measured on the target's own SLA clock
//   (business time for business targets: open hours only), less time spent waiting on the
//   customer (also when the step came during the wait), from receipt to settlement; to
//   resolve: to the first resolution. `*_calendar_s` is the plain elapsed time over the same
//   span, waiting included: what the customer lived through.
// - A breach happens at the due instant that was missed: the target reads breached just after
//   it. "New since T" means the due instant is at or after T, so runs that each start where
//   the previous one ended (`--new-since last`) list every breach exactly once.
// - A period (day, week, month) that ends after the window does (at `until`, or at `as_of`
//   when that is earlier) is partial: its counts can still grow.
// - Confidential complaints count in every figure; reports show no customer details or texts.

#include <redress/complaint.hpp>
#include <redress/render.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace redress {

class Ledger;
struct ReturnPolicy;

/// The reports: the first five in the order `report all` shows them, then the regulator's
/// return (`report return`), which counts a reporting period and is not part of `all`.
enum class ReportKind { summary, sla, aging, trends, outcomes, complaints_return };
/// `summary`, `sla`, ..., `return` (the names users type).
std::string_view to_string(ReportKind kind);
std::optional<ReportKind> parse_report_kind(std::string_view text);
/// The reports of `report all`.
const std::vector<ReportKind>& report_kinds();

struct ReportWindow {
  std::optional<Instant> since; // nullopt: any time
  Instant until;                // exclusive
  Instant as_of;
};

/// What a report was asked for; absent times take the report's defaults.
struct WindowRequest {
  std::optional<Instant> since;
  std::optional<Instant> until;
  std::optional<Instant> as_of;
  /// Since defaults to any time instead of 30 days before until (aging; sla --new-since,
  /// whose breaches can come long after receipt).
  bool all_time_by_default = false;
};

/// The window for `request` at `now`: as-of defaults to now and must not be after it
/// (Error{invalid_input}: the ledger cannot know the future); until defaults to as-of; since
/// defaults to local midnight (in `zone`) 30 days before until, or any time. Error{usage}
/// when since is not before until.
ReportWindow report_window(const WindowRequest& request, Instant now, const TimeZone& zone);

/// Calls `sink` with each complaint received in the window (and by `as_of`), in receipt order,
/// as it stood at `as_of`, with SLA readings at `as_of`.
void for_each_in_window(Ledger& ledger, const ReportWindow& window,
                        const std::function<void(const Complaint&)>& sink);

// ---------------------------------------------------------------------------------------------
// Typed values

/// A percentage, 0-100 (shown with one decimal).
struct Percent {
  double value = 0;
  friend bool operator==(const Percent&, const Percent&) = default;
};
/// A mean score such as a satisfaction average (shown with two decimals).
struct Average {
  double value = 0;
  friend bool operator==(const Average&, const Average&) = default;
};
/// A day, week or month of a report: [start, end), labelled by its first day ("2026-11-16") or
/// month ("2026-11"); `partial` when it ends after the window does.
struct PeriodValue {
  std::string label;
  Instant start;
  Instant end;
  bool partial = false;
  friend bool operator==(const PeriodValue&, const PeriodValue&) = default;
};
inline bool operator==(const Money& a, const Money& b) {
  return a.minor == b.minor && a.currency == b.currency;
}

/// One figure or table cell: null (std::monostate: no value), a count, a duration in seconds,
/// a percentage, an average, money, text, an instant, a yes/no, or a period.
using Value = std::variant<std::monostate, std::int64_t, Seconds, Percent, Average, Money,
                           std::string, Instant, bool, PeriodValue>;

/// A nullable value from an optional.
template <class T> Value value_or_null(const std::optional<T>& v) {
  return v ? Value(*v) : Value(std::monostate{});
}
inline Value percent_or_null(std::optional<double> v) {
  return v ? Value(Percent{*v}) : Value(std::monostate{});
}

/// A column: `key` for scripts (snake_case, `*_s` seconds, `*_pct` percentages), `label` for
/// people. Columns not `for_people` appear only in JSON, NDJSON, CSV and TSV.
struct Column {
  std::string key;
  std::string label;
  bool for_people = true;
  std::string null_text = "-"; // how people see null here
  bool hidden_when_empty = false; // people see it only when some row has a value
  // On a terminal too narrow for the table, columns with a rank leave it, rank 1 first;
  // rank 0 columns (references, states, due times) always stay and are never cut.
  int drop_rank = 0;
};

/// A named table of typed rows. `totals` is a row for people only (scripts add up rows).
struct ReportTable {
  std::string key;   // the JSON member: "complaints"
  std::string title; // "complaints"
  std::vector<Column> columns;
  std::vector<std::vector<Value>> rows;
  std::vector<Tone> tones; // per row; empty means all plain
  std::optional<std::vector<Value>> totals;
  std::size_t free_text_columns = 0; // the last columns hold free text (shrunk first)

  /// The index of the column `key`; throws std::out_of_range when there is none.
  [[nodiscard]] std::size_t column(std::string_view key) const;
  /// The cell of `row` in the column `key`.
  [[nodiscard]] const Value& at(std::size_t row, std::string_view key) const;
};

/// One figure: `key` for scripts, `label` for people (unless only for scripts).
struct Figure {
  std::string key;
  std::string label;
  Value value;
  bool for_people = true;
  std::string null_text = "-"; // how people see null here
};

struct Report {
  ReportKind kind = ReportKind::summary;
  std::string title; // "SLA report"
  ReportWindow window;
  /// What the report was asked for beyond the window (trends: period, by; sla: new_since).
  std::vector<Figure> parameters;
  std::vector<Figure> figures;
  std::vector<ReportTable> tables;
  /// The table that CSV, TSV and NDJSON carry (one table a spreadsheet can open); nullopt: the
  /// figures, as one row.
  std::optional<std::size_t> primary;
  /// sla: a target in the window is breached (with new_since: a breach that is new).
  bool any_breach = false;

  /// The figure or parameter `key`; throws std::out_of_range when there is none.
  [[nodiscard]] const Value& figure(std::string_view key) const;
  /// The table `key`; throws std::out_of_range when there is none.
  [[nodiscard]] const ReportTable& table(std::string_view key) const;
  /// The table `key`, or nullptr.
  [[nodiscard]] const ReportTable* find_table(std::string_view key) const;
};

// ---------------------------------------------------------------------------------------------
// The reports

/// report summary: received, acknowledged, resolved, open, open and breached, at risk; median
/// and p90 times to acknowledge and resolve; targets met and breached and compliance;
/// satisfaction; compensation per currency.
Report summary_report(Ledger& ledger, const ReportWindow& window);

/// report sla: every complaint's two targets (due, time used on its clock, state) as
/// `complaints`; `compliance` overall, by severity, team and assignee; `by_period` compliance
/// over time (days for windows up to two weeks, weeks up to half a year, else months). With
/// `new_since`, `complaints` holds only complaints with a breach that happened at or after it
/// and `any_breach` is about those.
struct SlaOptions {
  std::optional<Instant> new_since;
  bool filter_new = false; // new_since was asked for (a first `--new-since last` has no time)
};
Report sla_report(Ledger& ledger, const ReportWindow& window, const SlaOptions& options = {});

/// report aging: open complaints (as of) by age since receipt, <1d, 1-3d, 3-7d, 7-14d, >14d
/// (calendar days), by status and by team.
Report aging_report(Ledger& ledger, const ReportWindow& window);

enum class TrendPeriod { day, week, month };
std::string_view to_string(TrendPeriod p);
/// The dimensions trends can group by: category, product, channel, severity, root-cause, team.
const std::vector<std::string>& trend_dimensions();
/// report trends: complaints per period by `by` with the change against the previous period,
/// and `recurring`: product and category pairs with more complaints than in the previous
/// period, which had some. Periods start at local midnight (weeks on Monday, months on the
/// 1st) in the ledger's zone. A partial period's change is shown only when it already rises
/// (its count can still grow, so a fall is not known yet). Error{usage} for an unknown `by`.
Report trends_report(Ledger& ledger, const ReportWindow& window, TrendPeriod period,
                     const std::string& by);

/// report outcomes: resolution rate, rejected share, outcomes, compensation per currency,
/// satisfaction, reopen rate, repeat complainants.
Report outcomes_report(Ledger& ledger, const ReportWindow& window);

/// The reporting period `text` names, [start, end) at local midnight in `zone`: a year
/// (`2026`) or a half-year (`2026H1`, `2026H2`); years begin on the policy's
/// `return.year_starts` (so with "04-01", 2026H1 is 2026-04-01 to 2026-10-01). Error{usage}
/// for any other text.
std::pair<Instant, Instant> return_period(std::string_view text, const ReturnPolicy& rules, const TimeZone& zone);

/// report return: the complaints return for the window (a reporting period; Error{usage}
/// without `since`), by the policy's [return] rules: opened in it; closed in it (the first
/// resolution: resolve, reject or withdraw) and how: upheld, partly upheld, not upheld (a
/// rejected complaint is not upheld; a withdrawn one is neither) and the upheld rate; closed
/// by the early deadline, after it but by the final one, or later (deadlines in days or weeks
/// end at local midnight of their last day, counted from the day after receipt); redress paid
/// on the complaints closed; open at the end. `by_product_group` (the primary table) splits
/// it by the policy's product groups; `redress_paid` per currency.
Report return_report(Ledger& ledger, const ReportWindow& window);

/// Nearest-rank percentile of `values` (sorted in place); nullopt when empty.
std::optional<std::int64_t> percentile(std::vector<std::int64_t>& values, int p);

// ---------------------------------------------------------------------------------------------
// `--new-since last`: the marker kept in the ledger folder

/// The as-of time of the last successful `report sla --new-since last` of the ledger in
/// `ledger_dir`; nullopt before the first. Error{invalid_input} when the marker is damaged.
std::optional<Instant> read_new_since_marker(const std::filesystem::path& ledger_dir);
/// Records `as_of` as the marker: written to a new owner-only file beside it and renamed into
/// place, so a crash leaves the old marker or the new one, never half of one.
/// Error{failure} when it cannot be written.
void write_new_since_marker(const std::filesystem::path& ledger_dir, Instant as_of);

} // namespace redress
