// report outcomes and report summary: figures for the window, as of an instant.

#include "report/common.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/policy.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace redress {

namespace report {

void CompensationTally::add(const Complaint& c) {
  if (c.compensation) {
    auto& m = m_sums[c.compensation->currency];
    m.total += c.compensation->minor;
    ++m.count;
  }
}

ReportTable CompensationTally::table() const {
  ReportTable t{"compensation", "compensation",
                {{"currency", "currency"}, {"complaints", "complaints"}, {"total", "total"}, {"average", "average"}},
                {}, {}, std::nullopt, 0};
  for (const auto& [currency, m] : m_sums) {
    // A total beyond what a figure holds is refused rather than shown wrapped around.
    if (m.total > std::numeric_limits<std::int64_t>::max() || m.total < std::numeric_limits<std::int64_t>::min()) {
      throw Error(Errc::invalid_input,
                  "the compensation paid in " + currency + " adds up to more than a report can show",
                  "check the compensation amounts of the window's complaints (list --format csv)");
    }
    // The average is rounded half away from zero to the currency's minor unit.
    const Wide n = m.count;
    const auto avg = static_cast<std::int64_t>((m.total * 2 + (m.total >= 0 ? n : -n)) / (2 * n));
    t.rows.push_back({currency, m.count, Money{static_cast<std::int64_t>(m.total), currency}, Money{avg, currency}});
  }
  return t;
}

std::int64_t SatisfactionTally::responses() const {
  std::int64_t n = 0;
  for (const std::int64_t s : scores) {
    n += s;
  }
  return n;
}

Value SatisfactionTally::average() const {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    sum += scores[i] * static_cast<std::int64_t>(i + 1);
  }
  const std::int64_t n = responses();
  return n > 0 ? Value(Average{static_cast<double>(sum) / static_cast<double>(n)}) : Value();
}

} // namespace report

namespace {

Value seconds_or_null(std::optional<std::int64_t> s) {
  return s ? Value(Seconds{*s}) : Value();
}

} // namespace

Report outcomes_report(Ledger& ledger, const ReportWindow& window) {
  std::int64_t received = 0, resolved = 0, rejected = 0, withdrawn = 0, open = 0;
  std::map<std::string, std::int64_t> outcomes;
  // How the policy classifies the outcomes of resolved complaints (a return's upheld rate).
  std::array<std::int64_t, 3> classes{}; // upheld, partly upheld, not upheld
  const Policy& policy = ledger.policy();
  report::CompensationTally money;
  report::SatisfactionTally satisfaction;
  struct Repeat {
    std::int64_t complaints = 0;
    std::string name;
    bool confidential = false;
  };
  std::map<std::int64_t, Repeat> customers;
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    ++received;
    resolved += report::is_resolved(c.status) ? 1 : 0;
    rejected += c.status == Status::rejected ? 1 : 0;
    withdrawn += c.status == Status::withdrawn ? 1 : 0;
    open += is_open(c.status) ? 1 : 0;
    if (report::is_resolved(c.status) && c.outcome) {
      ++outcomes[*c.outcome];
      if (const auto upheld = policy.upheld(*c.outcome)) {
        ++classes[static_cast<std::size_t>(*upheld)];
      }
    }
    money.add(c);
    satisfaction.add(c);
    // The person is the customers row (ledger/identity.hpp recognised them when filing): an
    // erased customer's complaints still count as one person's.
    auto& who = customers[c.customer_id];
    ++who.complaints;
    who.name = c.customer.name;
    who.confidential = who.confidential || c.confidential;
  });
  const auto since = window.since.value_or(Instant{});
  const std::int64_t ever_resolved = ledger.complaints_with_event("resolved", since, window.until);
  const std::int64_t reopened = ledger.complaints_with_event("reopened", since, window.until);
  std::int64_t repeat = 0, repeat_complaints = 0;
  for (const auto& [key, who] : customers) {
    if (who.complaints > 1) {
      ++repeat;
      repeat_complaints += who.complaints;
    }
  }

  // The upheld rate counts a complaint upheld in part as upheld, as the FCA's return does
  // (DISP 1 Annex 1R); its denominator is the resolved complaints whose outcome is classified.
  const std::int64_t upheld = classes[static_cast<std::size_t>(Upheld::upheld)];
  const std::int64_t partly_upheld = classes[static_cast<std::size_t>(Upheld::partly_upheld)];
  const std::int64_t not_upheld = classes[static_cast<std::size_t>(Upheld::not_upheld)];
  const std::int64_t classified = upheld + partly_upheld + not_upheld;
  const bool classifies = std::any_of(policy.outcomes.begin(), policy.outcomes.end(),
                                      [](const OutcomePolicy& o) { return o.upheld.has_value(); });
  Report r;
  r.kind = ReportKind::outcomes;
  r.title = "Outcomes";
  r.window = window;
  r.figures = {
      {"received", "received", received},
      {"resolved", "resolved", resolved},
      {"resolution_rate_pct", "resolution rate %", percent_or_null(report::ratio(resolved, received))},
      {"rejected", "rejected", rejected},
      {"rejected_share_pct", "rejected share %", percent_or_null(report::ratio(rejected, resolved + rejected))},
      {"withdrawn", "withdrawn", withdrawn},
      {"open", "open", open},
      {"reopened", "reopened", reopened},
      {"reopen_rate_pct", "reopen rate %", percent_or_null(report::ratio(reopened, ever_resolved))},
      // People see these only when the policy classifies outcomes; scripts always get them.
      {"upheld", "upheld", upheld, classifies},
      {"partly_upheld", "partly upheld", partly_upheld, classifies},
      {"not_upheld", "not upheld", not_upheld, classifies},
      {"upheld_rate_pct", "upheld rate %", percent_or_null(report::ratio(upheld + partly_upheld, classified)),
       classifies},
      {"satisfaction_responses", "satisfaction responses", satisfaction.responses()},
      {"satisfaction_average", "satisfaction average", satisfaction.average()},
      {"repeat_complainants", "repeat complainants", repeat},
      {"complaints_from_repeat_complainants", "complaints from repeat complainants", repeat_complaints},
  };

  ReportTable by_outcome{"outcomes", "outcomes",
                         {{"outcome", "outcome"}, {"class", "class", true, "", true}, {"complaints", "complaints"},
                          {"share_pct", "share %"}},
                         {}, {}, std::nullopt, 0};
  for (const auto& [name, n] : outcomes) {
    const auto upheld_class = policy.upheld(name);
    by_outcome.rows.push_back({name, upheld_class ? Value(std::string(to_string(*upheld_class))) : Value(), n,
                               percent_or_null(report::ratio(n, resolved))});
  }
  ReportTable scores{"satisfaction", "satisfaction",
                     {{"score", "score"}, {"responses", "responses"}, {"share_pct", "share %"}},
                     {}, {}, std::nullopt, 0};
  for (std::size_t i = 0; i < satisfaction.scores.size(); ++i) {
    scores.rows.push_back({static_cast<std::int64_t>(i + 1), satisfaction.scores[i],
                           percent_or_null(report::ratio(satisfaction.scores[i], satisfaction.responses()))});
  }
  // The ten customers with the most complaints; a confidential complaint's customer is not named.
  ReportTable repeats{"top_repeat_complainants", "repeat complainants",
                      {{"confidential", "confidential", false}, {"complaints", "complaints"},
                       {"customer", "customer", true, "(confidential)"}},
                      {}, {}, std::nullopt, 1};
  std::vector<std::tuple<std::int64_t, bool, std::string>> top;
  for (const auto& [key, who] : customers) {
    if (who.complaints > 1) {
      top.emplace_back(-who.complaints, !who.confidential, who.confidential ? std::string() : who.name);
    }
  }
  std::sort(top.begin(), top.end());
  for (std::size_t i = 0; i < top.size() && i < 10; ++i) {
    const auto& [minus_n, named, name] = top[i];
    repeats.rows.push_back({!named, -minus_n, named ? Value(name) : Value()});
  }
  r.tables.push_back(std::move(by_outcome));
  r.tables.push_back(money.table());
  r.tables.push_back(std::move(scores));
  r.tables.push_back(std::move(repeats));
  return r;
}

Report summary_report(Ledger& ledger, const ReportWindow& window) {
  std::int64_t received = 0, acknowledged = 0, resolved = 0, open = 0, breached_now = 0, at_risk = 0;
  report::SlaTally sla;
  std::vector<std::int64_t> to_ack, to_resolve, to_ack_calendar, to_resolve_calendar;
  report::CompensationTally money;
  report::SatisfactionTally satisfaction;
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    ++received;
    open += is_open(c.status) ? 1 : 0;
    if (c.acknowledge.settled_at) {
      ++acknowledged;
      to_ack.push_back(c.acknowledge.reading.used.count());
      if (c.acknowledge.started) {
        to_ack_calendar.push_back((*c.acknowledge.settled_at - *c.acknowledge.started).count());
      }
    }
    if (report::is_resolved(c.status)) {
      ++resolved;
      if (c.resolve.settled_at) {
        to_resolve.push_back(c.resolve.reading.used.count());
        if (c.resolve.started) {
          to_resolve_calendar.push_back((*c.resolve.settled_at - *c.resolve.started).count());
        }
      }
    }
    sla.add(c);
    if (is_open(c.status) && (c.acknowledge.reading.state == SlaState::breached ||
                              c.current_resolve().reading.state == SlaState::breached)) {
      ++breached_now;
    }
    if (c.acknowledge.reading.state == SlaState::at_risk ||
        c.current_resolve().reading.state == SlaState::at_risk) {
      ++at_risk;
    }
    satisfaction.add(c);
    money.add(c);
  });
  Report r;
  r.kind = ReportKind::summary;
  r.title = "Summary";
  r.window = window;
  r.figures = {
      {"received", "received", received},
      {"acknowledged", "acknowledged", acknowledged},
      {"resolved", "resolved", resolved},
      {"open", "open", open},
      {"open_breached", "open and breached", breached_now},
      {"at_risk", "at risk", at_risk},
      {"median_time_to_acknowledge_s", "median time to acknowledge", seconds_or_null(percentile(to_ack, 50))},
      {"p90_time_to_acknowledge_s", "p90 time to acknowledge", seconds_or_null(percentile(to_ack, 90))},
      {"median_time_to_resolve_s", "median time to resolve", seconds_or_null(percentile(to_resolve, 50))},
      {"p90_time_to_resolve_s", "p90 time to resolve", seconds_or_null(percentile(to_resolve, 90))},
      {"median_time_to_acknowledge_calendar_s", "median time to acknowledge (calendar)",
       seconds_or_null(percentile(to_ack_calendar, 50))},
      {"p90_time_to_acknowledge_calendar_s", "p90 time to acknowledge (calendar)",
       seconds_or_null(percentile(to_ack_calendar, 90))},
      {"median_time_to_resolve_calendar_s", "median time to resolve (calendar)",
       seconds_or_null(percentile(to_resolve_calendar, 50))},
      {"p90_time_to_resolve_calendar_s", "p90 time to resolve (calendar)",
       seconds_or_null(percentile(to_resolve_calendar, 90))},
      {"targets_met", "targets met", sla.met},
      {"targets_breached", "targets breached", sla.breached},
      {"sla_compliance_pct", "SLA compliance %", percent_or_null(sla.compliance())},
      {"satisfaction_responses", "satisfaction responses", satisfaction.responses()},
      {"satisfaction_average", "satisfaction average", satisfaction.average()},
  };
  r.tables.push_back(money.table());
  return r;
}

} // namespace redress
