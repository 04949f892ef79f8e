// report outcomes and report summary: figures for the window, as of an instant.

#include "ledger/identity.hpp"
#include "report/common.hpp"

#include <redress/ledger.hpp>

#include <map>

namespace redress {

namespace {

bool is_resolved(Status s) { return s == Status::resolved || s == Status::closed; }

struct Money2 {
  std::int64_t total = 0;
  int count = 0;
};

void add_compensation(std::map<std::string, Money2>& money, const Complaint& c) {
  if (c.compensation) {
    auto& m = money[c.compensation->currency];
    m.total += c.compensation->minor;
    ++m.count;
  }
}

std::string average_score(int sum, int responses) {
  return responses > 0 ? fmt::format("{:.2f}", static_cast<double>(sum) / responses) : "-";
}

TextTable metric_table() { return TextTable{{"metric", "value"}, {false, true}, {}, {}, 0}; }

void add(TextTable& t, std::string metric, std::string value) {
  t.rows.push_back({std::move(metric), std::move(value)});
}

std::string span_or_dash(std::optional<std::int64_t> seconds) {
  return seconds ? format_span(Seconds{*seconds}) : "-";
}

} // namespace

ReportDocument outcomes_report(Ledger& ledger, const ReportWindow& window) {
  int received = 0, resolved = 0, rejected = 0, withdrawn = 0, open = 0;
  std::map<std::string, int> outcomes;
  std::map<std::string, Money2> money;
  std::array<int, 5> scores{};
  struct Repeat {
    int complaints = 0;
    std::string name;
    bool confidential = false;
  };
  std::map<std::string, Repeat> customers;
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    ++received;
    resolved += is_resolved(c.status) ? 1 : 0;
    rejected += c.status == Status::rejected ? 1 : 0;
    withdrawn += c.status == Status::withdrawn ? 1 : 0;
    open += is_open(c.status) ? 1 : 0;
    if (is_resolved(c.status) && c.outcome) {
      ++outcomes[*c.outcome];
    }
    add_compensation(money, c);
    if (c.satisfaction && *c.satisfaction >= 1 && *c.satisfaction <= 5) {
      ++scores[static_cast<std::size_t>(*c.satisfaction - 1)];
    }
    auto& who = customers[identity_key(c.customer)];
    ++who.complaints;
    who.name = c.customer.name;
    who.confidential = who.confidential || c.confidential;
  });
  const std::int64_t ever_resolved = ledger.complaints_with_event("resolved", window.since, window.until);
  const std::int64_t reopened = ledger.complaints_with_event("reopened", window.since, window.until);
  int responses = 0, score_sum = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    responses += scores[i];
    score_sum += scores[i] * static_cast<int>(i + 1);
  }
  int repeat = 0, repeat_complaints = 0;
  for (const auto& [key, who] : customers) {
    if (who.complaints > 1) {
      ++repeat;
      repeat_complaints += who.complaints;
    }
  }

  ReportDocument doc{"outcomes", "Outcomes", window, {}, 0, false};
  TextTable figures = metric_table();
  add(figures, "received", std::to_string(received));
  add(figures, "resolved", std::to_string(resolved));
  add(figures, "resolution rate %", report::percent(report::ratio(resolved, received)));
  add(figures, "rejected", std::to_string(rejected));
  add(figures, "rejected share %", report::percent(report::ratio(rejected, resolved + rejected)));
  add(figures, "withdrawn", std::to_string(withdrawn));
  add(figures, "open", std::to_string(open));
  add(figures, "reopened", std::to_string(reopened));
  add(figures, "reopen rate %", report::percent(report::ratio(reopened, ever_resolved)));
  add(figures, "satisfaction responses", std::to_string(responses));
  add(figures, "satisfaction average", average_score(score_sum, responses));
  add(figures, "repeat complainants", std::to_string(repeat));
  add(figures, "complaints from repeat complainants", std::to_string(repeat_complaints));

  doc.sections.emplace_back("figures", std::move(figures));

  TextTable by_outcome{{"outcome", "complaints", "share %"}, {false, true, true}, {}, {}, 0};
  for (const auto& [name, n] : outcomes) {
    by_outcome.rows.push_back({name, std::to_string(n), report::percent(report::ratio(n, resolved))});
  }
  doc.sections.emplace_back("outcomes", std::move(by_outcome));
  TextTable compensation{{"currency", "complaints", "total", "average"}, {false, true, true, true}, {}, {}, 0};
  for (const auto& [currency, m] : money) {
    // The average is rounded half away from zero to the currency's minor unit.
    const std::int64_t avg = (m.total * 2 + (m.total >= 0 ? m.count : -m.count)) / (2 * m.count);
    compensation.rows.push_back({currency, std::to_string(m.count), format_money(Money{m.total, currency}),
                                 format_money(Money{avg, currency})});
  }
  doc.sections.emplace_back("compensation", std::move(compensation));
  TextTable satisfaction{{"score", "responses", "share %"}, {true, true, true}, {}, {}, 0};
  for (std::size_t i = 0; i < scores.size(); ++i) {
    satisfaction.rows.push_back({std::to_string(i + 1), std::to_string(scores[i]),
                                 report::percent(report::ratio(scores[i], responses))});
  }
  doc.sections.emplace_back("satisfaction", std::move(satisfaction));
  TextTable repeats{{"customer", "complaints"}, {false, true}, {}, {}, 1};
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [key, who] : customers) {
    if (who.complaints > 1) {
      top.emplace_back(-who.complaints, who.confidential ? "(confidential)" : who.name);
    }
  }
  std::sort(top.begin(), top.end());
  for (std::size_t i = 0; i < top.size() && i < 10; ++i) {
    repeats.rows.push_back({top[i].second, std::to_string(-top[i].first)});
  }
  doc.sections.emplace_back("repeat_complainants", std::move(repeats));
  return doc;
}

ReportDocument summary_report(Ledger& ledger, const ReportWindow& window) {
  int received = 0, acknowledged = 0, resolved = 0, open = 0, breached_now = 0, at_risk = 0;
  SlaTally sla;
  std::vector<std::int64_t> to_ack, to_resolve;
  std::map<std::string, Money2> money;
  int responses = 0, score_sum = 0;
  for_each_in_window(ledger, window, [&](const Complaint& c) {
    ++received;
    open += is_open(c.status) ? 1 : 0;
    if (c.acknowledge.settled_at) {
      ++acknowledged;
      to_ack.push_back(c.acknowledge.reading.used.count());
    }
    if (is_resolved(c.status)) {
      ++resolved;
      if (c.resolve.settled_at) {
        to_resolve.push_back(c.resolve.reading.used.count());
      }
    }
    report::count_clock(sla, c.acknowledge);
    report::count_clock(sla, c.resolve);
    if (is_open(c.status) && (c.acknowledge.reading.state == SlaState::breached ||
                              c.current_resolve().reading.state == SlaState::breached)) {
      ++breached_now;
    }
    if (c.acknowledge.reading.state == SlaState::at_risk ||
        c.current_resolve().reading.state == SlaState::at_risk) {
      ++at_risk;
    }
    if (c.satisfaction) {
      ++responses;
      score_sum += *c.satisfaction;
    }
    add_compensation(money, c);
  });
  ReportDocument doc{"summary", "Summary", window, {}, 0, false};
  TextTable figures = metric_table();
  add(figures, "received", std::to_string(received));
  add(figures, "acknowledged", std::to_string(acknowledged));
  add(figures, "resolved", std::to_string(resolved));
  add(figures, "open", std::to_string(open));
  add(figures, "open and breached", std::to_string(breached_now));
  add(figures, "at risk", std::to_string(at_risk));
  add(figures, "median time to acknowledge", span_or_dash(percentile(to_ack, 50)));
  add(figures, "p90 time to acknowledge", span_or_dash(percentile(to_ack, 90)));
  add(figures, "median time to resolve", span_or_dash(percentile(to_resolve, 50)));
  add(figures, "p90 time to resolve", span_or_dash(percentile(to_resolve, 90)));
  add(figures, "targets met", std::to_string(sla.met));
  add(figures, "targets breached", std::to_string(sla.breached));
  add(figures, "SLA compliance %", report::percent(sla.compliance()));
  add(figures, "satisfaction average", average_score(score_sum, responses));
  for (const auto& [currency, m] : money) {
    add(figures, "compensation " + currency, format_money(Money{m.total, currency}));
  }
  doc.sections.emplace_back("figures", std::move(figures));
  return doc;
}

} // namespace redress
