// report sla: both targets of every complaint in the window, compliance by group and over time.

#include "report/common.hpp"
#include "report/periods.hpp"

#include <redress/ledger.hpp>

#include <map>

namespace redress {

namespace {

using report::SlaTally;

// A breach happens at the due instant it missed (the target reads breached just after it).
bool breached_since(const SlaClock& c, const std::optional<Instant>& since) {
  return c.reading.state == SlaState::breached && c.due && (!since || *c.due >= *since);
}

Value due_or_null(const SlaClock& c) { return value_or_null(c.due); }
Value used_or_null(const SlaClock& c) { return c.due ? Value(c.reading.used) : Value(); }

// Days for up to two weeks, weeks for up to half a year, else months.
TrendPeriod period_for(Instant from, Instant to) {
  const auto days = std::chrono::duration_cast<std::chrono::days>(to - from).count();
  return days <= 14 ? TrendPeriod::day : days <= 183 ? TrendPeriod::week : TrendPeriod::month;
}

std::vector<Column> tally_columns(std::vector<Column> first) {
  for (auto& c : std::vector<Column>{{"complaints", "complaints"},
                                     {"met", "met"},
                                     {"breached", "breached"},
                                     {"at_risk", "at risk"},
                                     {"running", "running"},
                                     {"compliance_pct", "compliance %"}}) {
    first.push_back(std::move(c));
  }
  return first;
}

std::vector<Value> tally_cells(std::vector<Value> first, const SlaTally& t) {
  first.insert(first.end(), {t.complaints, t.met, t.breached, t.at_risk, t.running, percent_or_null(t.compliance())});
  return first;
}

Tone tone_of(const SlaTally& t) {
  return t.breached > 0 ? Tone::alert : t.at_risk > 0 ? Tone::warning : Tone::plain;
}

} // namespace

Report sla_report(Ledger& ledger, const ReportWindow& window, const SlaOptions& options) {
  const auto since_new = options.filter_new ? options.new_since : std::nullopt;
  ReportTable complaints{"complaints", "complaints",
                         {{"reference", "reference"},
                          {"status", "status"},
                          {"severity", "severity"},
                          {"category", "category", false},
                          {"team", "team", true, ""},
                          {"assignee", "assignee", true, ""},
                          {"received_at", "received"},
                          {"acknowledge_target", "ack target", false},
                          {"acknowledge_due_at", "ack due", true, ""},
                          {"acknowledge_used_s", "ack used", true, ""},
                          {"acknowledge_sla", "ack sla"},
                          {"acknowledged_at", "acknowledged", false},
                          {"resolve_target", "resolve target", false},
                          {"resolve_due_at", "resolve due", true, ""},
                          {"resolve_used_s", "resolve used", true, ""},
                          {"resolve_sla", "resolve sla"},
                          {"resolved_at", "resolved", false},
                          {"reopened_at", "reopened", false},
                          {"reopened_target", "reopen target", false},
                          {"reopened_due_at", "reopen due", false},
                          {"reopened_used_s", "reopen used", false},
                          {"reopened_sla", "reopen sla", true, "", true},
                          {"reopened_resolved_at", "resolved again", false}},
                         {}, {}, std::nullopt, 0};
  SlaTally all;
  SlaTally reopened; // the clocks reopenings started: their own figure (the first resolution stays)
  std::map<std::string, SlaTally> by_severity;
  std::map<std::optional<std::string>, SlaTally> by_team, by_assignee;
  // Compliance over time: targets by the period of the complaint's receipt.
  const Instant end = report::data_end(window);
  std::vector<PeriodValue> periods;
  std::vector<SlaTally> per_period;
  std::int64_t new_breaches = 0;
  const auto clock_cells = [](std::vector<Value>& row, const SlaClock& c) {
    row.push_back(value_or_null(c.target));
    row.push_back(due_or_null(c));
    row.push_back(used_or_null(c));
    row.push_back(std::string(to_string(c.reading.state)));
    row.push_back(value_or_null(c.settled_at));
  };
  // An all-time window starts with its first complaint, and nothing before it is cut off.
  TrendPeriod period_kind = TrendPeriod::week;
  const auto start_periods = [&](Instant first) {
    period_kind = period_for(first, end);
    periods = report::periods_covering(first, end, period_kind, ledger.zone(), false,
                                       window.since.value_or(Instant{}), end);
    per_period.resize(periods.size());
  };
  if (window.since) {
    start_periods(*window.since);
  }
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    if (periods.empty()) {
      start_periods(c.received_at);
    }
    all.add(c);
    by_severity[c.severity].add(c);
    by_team[c.team].add(c);
    by_assignee[c.assignee].add(c);
    if (const auto p = report::period_of(periods, c.received_at)) {
      per_period[*p].add(c);
    }
    const bool was_reopened = c.reopened.started.has_value();
    if (was_reopened) {
      ++reopened.complaints;
      reopened.count(c.reopened);
    }
    const auto any = [&c, was_reopened](SlaState s) {
      return c.acknowledge.reading.state == s || c.resolve.reading.state == s ||
             (was_reopened && c.reopened.reading.state == s);
    };
    const bool breach = any(SlaState::breached);
    const bool risk = any(SlaState::at_risk);
    if (options.filter_new) {
      const int fresh = (breached_since(c.acknowledge, since_new) ? 1 : 0) +
                        (breached_since(c.resolve, since_new) ? 1 : 0) +
                        (was_reopened && breached_since(c.reopened, since_new) ? 1 : 0);
      if (fresh == 0) {
        return;
      }
      new_breaches += fresh;
    }
    std::vector<Value> row{c.reference, std::string(to_string(c.status)), c.severity, c.category,
                           report::text_or_null(c.team), report::text_or_null(c.assignee), c.received_at};
    clock_cells(row, c.acknowledge);
    clock_cells(row, c.resolve);
    row.push_back(value_or_null(c.reopened.started));
    if (was_reopened) {
      clock_cells(row, c.reopened);
    } else {
      row.insert(row.end(), 5, Value());
    }
    complaints.rows.push_back(std::move(row));
    complaints.tones.push_back(breach ? Tone::alert : risk ? Tone::warning : Tone::plain);
  });

  ReportTable compliance{"compliance", "compliance", tally_columns({{"group", "group"}, {"name", "name", true, "(none)"}}),
                         {}, {}, std::nullopt, 0};
  const auto add_tally = [&compliance](const char* group, Value name, const SlaTally& t) {
    compliance.rows.push_back(tally_cells({std::string(group), std::move(name)}, t));
    compliance.tones.push_back(tone_of(t));
  };
  add_tally("all", std::string("all"), all);
  // Severities in the policy's order (most urgent first), then teams and assignees by name.
  for (const auto& name : ledger.policy().severity_names()) {
    if (auto it = by_severity.find(name); it != by_severity.end()) {
      add_tally("severity", name, it->second);
    }
  }
  for (const auto& [name, t] : by_team) {
    add_tally("team", report::text_or_null(name), t);
  }
  for (const auto& [name, t] : by_assignee) {
    add_tally("assignee", report::text_or_null(name), t);
  }
  if (reopened.complaints > 0) {
    add_tally("reopened", std::string("all"), reopened);
  }

  ReportTable by_period{"by_period", "compliance over time",
                        tally_columns(report::period_columns(std::string(to_string(period_kind)))), {}, {},
                        std::nullopt, 0};
  for (std::size_t p = 0; p < periods.size(); ++p) {
    by_period.rows.push_back(tally_cells(report::period_cells(periods[p]), per_period[p]));
    by_period.tones.push_back(tone_of(per_period[p]));
  }

  Report r;
  r.kind = ReportKind::sla;
  r.title = "SLA report";
  r.window = window;
  r.parameters.push_back({"period", "compliance per", std::string(to_string(period_kind)), false});
  r.parameters.push_back({"new_since", "new breaches since",
                          options.filter_new ? value_or_null(options.new_since) : Value(), options.filter_new,
                          "(no earlier run: every breach is new)"});
  r.figures = {{"received", "complaints", all.complaints},
               {"targets_met", "targets met", all.met},
               {"targets_breached", "targets breached", all.breached},
               {"targets_at_risk", "targets at risk", all.at_risk},
               {"targets_running", "targets running", all.running},
               {"sla_compliance_pct", "SLA compliance %", percent_or_null(all.compliance())}};
  if (options.filter_new) {
    r.figures.push_back({"new_breaches", "new breaches", new_breaches});
  }
  // A reopening's clock is a target too: missing it fails --fail-on-breach like any other.
  r.any_breach = options.filter_new ? new_breaches > 0 : all.breached + reopened.breached > 0;
  r.tables.push_back(std::move(complaints));
  r.tables.push_back(std::move(compliance));
  r.tables.push_back(std::move(by_period));
  r.primary = 0;
  return r;
}

} // namespace redress
