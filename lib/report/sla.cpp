// report sla: both targets of every complaint in the window, and compliance by group.

#include "report/common.hpp"

#include <redress/ledger.hpp>

#include <algorithm>
#include <map>

namespace redress {

std::optional<double> SlaTally::compliance() const { return report::ratio(met, met + breached); }

std::optional<std::int64_t> percentile(std::vector<std::int64_t>& values, int p) {
  if (values.empty()) {
    return std::nullopt;
  }
  std::sort(values.begin(), values.end());
  // Nearest rank: ceil(p/100 * N), 1-based, computed in integers.
  const auto n = static_cast<std::int64_t>(values.size());
  const std::int64_t rank = std::max<std::int64_t>(1, (p * n + 99) / 100);
  return values[static_cast<std::size_t>(rank - 1)];
}

void for_each_in_window(Ledger& ledger, const ReportWindow& window,
                        const std::function<void(const Complaint&)>& sink) {
  ledger.set_as_of(window.as_of);
  ledger.states(window.since, window.until, sink);
}

ReportDocument sla_report(Ledger& ledger, const ReportWindow& window) {
  const TimeZone& zone = ledger.zone();
  TextTable complaints{{"reference", "status", "severity", "team", "assignee", "received",
                            "ack due", "ack used", "ack sla", "resolve due",
                            "resolve used", "resolve sla"},
                           {}, {}, {}, 0};
  bool any_breach = false;
  std::vector<SlaTally> tallies;
  SlaTally all{"all", "all"};
  SlaTally reopened{"reopened", "all"};
  std::map<std::string, SlaTally> by_severity, by_team, by_assignee;
  const auto due = [&zone](const SlaClock& c) { return c.due ? format_local_short(*c.due, zone) : ""; };
  const auto used = [](const SlaClock& c) { return c.due ? format_span(c.reading.used) : ""; };
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    complaints.rows.push_back({c.reference, std::string(to_string(c.status)), c.severity,
                                 c.team.value_or(""), c.assignee.value_or(""),
                                 format_local_short(c.received_at, zone), due(c.acknowledge),
                                 used(c.acknowledge), std::string(to_string(c.acknowledge.reading.state)),
                                 due(c.resolve), used(c.resolve), std::string(to_string(c.resolve.reading.state))});
    const auto any = [&c](SlaState s) {
      return c.acknowledge.reading.state == s || c.resolve.reading.state == s ||
             (c.reopened.started && c.reopened.reading.state == s);
    };
    const bool breach = any(SlaState::breached);
    const bool risk = any(SlaState::at_risk);
    complaints.tones.push_back(breach ? Tone::alert : risk ? Tone::warning : Tone::plain);
    any_breach = any_breach || breach;
    for (SlaTally* t : {&all, &by_severity[c.severity], &by_team[report::or_none(c.team)],
                        &by_assignee[report::or_none(c.assignee)]}) {
      ++t->complaints;
      report::count_clock(*t, c.acknowledge);
      report::count_clock(*t, c.resolve);
    }
    // The first resolution's outcome stays in the figures above; a reopening's clock is its own.
    if (c.reopened.started) {
      ++reopened.complaints;
      report::count_clock(reopened, c.reopened);
    }
  });
  tallies.push_back(all);
  // Severities in the policy's order (most urgent first), then teams and assignees by name.
  for (const auto& name : ledger.policy().severity_names()) {
    if (auto it = by_severity.find(name); it != by_severity.end()) {
      it->second.group = "severity";
      it->second.name = name;
      tallies.push_back(it->second);
    }
  }
  for (const auto& [group, groups] : {std::pair{"team", &by_team}, std::pair{"assignee", &by_assignee}}) {
    for (auto& [name, t] : *groups) {
      t.group = group;
      t.name = name;
      tallies.push_back(t);
    }
  }
  if (reopened.complaints > 0) {
    tallies.push_back(reopened);
  }
  ReportDocument doc{"sla", "SLA report", window, {}, 0, any_breach};
  doc.sections.emplace_back("complaints", std::move(complaints));
  doc.sections.emplace_back("compliance", tally_table(tallies));
  return doc;
}

TextTable tally_table(const std::vector<SlaTally>& tallies) {
  TextTable t{{"group", "name", "complaints", "met", "breached", "at risk", "running", "compliance %"},
              {false, false, true, true, true, true, true, true}, {}, {}, 0};
  for (const auto& x : tallies) {
    t.rows.push_back({x.group, x.name, std::to_string(x.complaints), std::to_string(x.met),
                      std::to_string(x.breached), std::to_string(x.at_risk), std::to_string(x.running),
                      report::percent(x.compliance())});
    t.tones.push_back(x.breached > 0 ? Tone::alert : x.at_risk > 0 ? Tone::warning : Tone::plain);
  }
  return t;
}

} // namespace redress
