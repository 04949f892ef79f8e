// report return: a regulator's complaints return for a reporting period (docs/reports.md,
// "report return"). Its rules: the policy's [return] (redress/policy.hpp, ReturnPolicy).

#include "report/common.hpp"

#include <redress/calendar.hpp>
#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/policy.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

namespace redress {

namespace {

// A return's deadline for a complaint received at `received`. Days and weeks end at the end
// (local midnight) of their last day, counted from the day after receipt, as regulators count
// them ("by the end of the third business day following the day of receipt"); hours and
// minutes are the SLA clock's.
Instant return_deadline(const BusinessCalendar& calendar, Instant received, const Target& t) {
  switch (t.within.unit) {
  case DurationUnit::days: return calendar.end_of_day_after(received, t.within.amount, t.clock);
  case DurationUnit::weeks:
    return calendar.end_of_day_after(received, t.within.amount * (t.clock == ClockKind::business ? 5 : 7), t.clock);
  case DurationUnit::minutes:
  case DurationUnit::hours: break;
  }
  return calendar.due(received, t);
}

// The counts of one product group, or of all of them.
struct ReturnTally {
  std::int64_t opened = 0;
  std::int64_t closed = 0;
  std::array<std::int64_t, 3> decided{}; // upheld, partly upheld, not upheld (Upheld's order)
  std::int64_t early = 0;                // closed by the early deadline
  std::int64_t by_final = 0;             // after it, by the final deadline
  std::int64_t later = 0;                // after the final deadline
  std::int64_t redress_minor = 0;        // paid in the ledger's currency, minor units

  [[nodiscard]] std::int64_t count(Upheld u) const { return decided[static_cast<std::size_t>(u)]; }
  [[nodiscard]] std::optional<double> upheld_pct() const {
    const std::int64_t yes = count(Upheld::upheld) + count(Upheld::partly_upheld);
    return report::ratio(yes, yes + count(Upheld::not_upheld));
  }
};

} // namespace

std::pair<Instant, Instant> return_period(std::string_view text, const ReturnPolicy& r, const TimeZone& zone) {
  // YYYY, YYYYH1 or YYYYH2 (h in either case).
  const auto bad = [&] {
    return Error(Errc::usage, "--period: '" + std::string(text) + "' is not a reporting period",
                 "give a half-year such as 2026H2, or a year such as 2026");
  };
  int year = 0;
  if (text.size() < 4 || std::from_chars(text.data(), text.data() + 4, year).ptr != text.data() + 4 || year < 1971 ||
      year > 9998) {
    throw bad();
  }
  int first_month = 0, months = 12;
  const std::string_view half = text.substr(4);
  if (half == "H1" || half == "h1") {
    months = 6;
  } else if (half == "H2" || half == "h2") {
    first_month = 6;
    months = 6;
  } else if (!half.empty()) {
    throw bad();
  }
  const auto start_of = [&](int month_offset) {
    const int m0 = static_cast<int>(r.year_start_month) - 1 + month_offset;
    LocalDateTime d;
    d.year = year + m0 / 12;
    d.month = static_cast<unsigned>(m0 % 12 + 1);
    d.day = r.year_start_day;
    return from_local(d, zone);
  };
  return {start_of(first_month), start_of(first_month + months)};
}

Report return_report(Ledger& ledger, const ReportWindow& window) {
  if (!window.since) {
    throw Error(Errc::usage, "report return needs a period", "give --period 2026H2, or --since and --until");
  }
  const Policy& policy = ledger.policy();
  const ReturnPolicy& rules = policy.complaints_return;
  const BusinessCalendar& calendar = ledger.calendar();
  const Instant since = *window.since;
  const Instant end = report::data_end(window);

  ReturnTally all;
  std::map<std::string, ReturnTally> groups;
  report::CompensationTally paid;
  std::int64_t open_at_end = 0;
  // Every complaint received before the period ends: one received earlier may close in it.
  ReportWindow everything = window;
  everything.since.reset();
  for_each_in_window(ledger, everything, [&](const Complaint& c) {
    const std::string group = policy.product_group(c.category);
    ReturnTally& g = groups[group];
    const auto add = [&](const auto& change) {
      change(all);
      change(g);
    };
    if (c.received_at >= since) {
      add([](ReturnTally& t) { ++t.opened; });
    }
    // Closed: the first resolution (resolve, reject or withdraw), whatever came after it.
    const std::optional<Instant> closed_at = c.resolve.settled_at;
    if (!closed_at || *closed_at >= end) {
      ++open_at_end;
      return;
    }
    if (*closed_at < since) {
      return;
    }
    add([](ReturnTally& t) { ++t.closed; });
    std::optional<Upheld> decided;
    if (c.status == Status::rejected) {
      decided = Upheld::not_upheld; // the firm found against the complainant
    } else if (c.status != Status::withdrawn && c.outcome) {
      decided = policy.upheld(*c.outcome);
    }
    if (decided) {
      add([&](ReturnTally& t) { ++t.decided[static_cast<std::size_t>(*decided)]; });
    }
    if (*closed_at <= return_deadline(calendar, c.received_at, rules.early)) {
      add([](ReturnTally& t) { ++t.early; });
    } else if (*closed_at <= return_deadline(calendar, c.received_at, rules.final)) {
      add([](ReturnTally& t) { ++t.by_final; });
    } else {
      add([](ReturnTally& t) { ++t.later; });
    }
    if (c.compensation) {
      paid.add(c);
      if (c.compensation->currency == policy.currency) {
        add([&](ReturnTally& t) { t.redress_minor += c.compensation->minor; });
      }
    }
  });

  Report r;
  r.kind = ReportKind::complaints_return;
  r.title = rules.title;
  r.window = window;
  r.parameters = {
      {"early_deadline", "closed early: by", to_string(rules.early)},
      {"final_deadline", "final response: by", to_string(rules.final)},
  };
  const auto pct = [](std::int64_t n, std::int64_t of) { return percent_or_null(report::ratio(n, of)); };
  r.figures = {
      {"opened", "opened", all.opened},
      {"closed", "closed", all.closed},
      {"open_at_end", "open at the end", open_at_end},
      {"upheld", "upheld", all.count(Upheld::upheld)},
      {"partly_upheld", "partly upheld", all.count(Upheld::partly_upheld)},
      {"not_upheld", "not upheld", all.count(Upheld::not_upheld)},
      {"upheld_pct", "upheld %", percent_or_null(all.upheld_pct())},
      {"closed_early", "closed by the early deadline", all.early},
      {"closed_early_pct", "closed by the early deadline %", pct(all.early, all.closed)},
      {"closed_by_final", "closed after it, by the final deadline", all.by_final},
      {"closed_by_final_pct", "closed after it, by the final deadline %", pct(all.by_final, all.closed)},
      {"closed_later", "closed after the final deadline", all.later},
      {"closed_later_pct", "closed after the final deadline %", pct(all.later, all.closed)},
  };

  ReportTable by_group{"by_product_group", "by product group",
                       {{"product_group", "product group"},
                        {"opened", "opened"},
                        {"closed", "closed"},
                        {"upheld", "upheld"},
                        {"partly_upheld", "partly"},
                        {"not_upheld", "not upheld"},
                        {"upheld_pct", "upheld %"},
                        {"closed_early", "early"},
                        {"closed_by_final", "by final"},
                        {"closed_later", "later"},
                        {"redress_paid", "redress paid"}},
                       {}, {}, std::nullopt, 0};
  // The policy's groups in its order (every category its own group without them), then any
  // group only the ledger knows (a name the policy no longer has), by name.
  std::vector<std::string> order;
  if (rules.product_groups.empty()) {
    order = policy.category_names();
  } else {
    for (const ProductGroup& g : rules.product_groups) {
      order.push_back(g.name);
    }
  }
  for (const auto& [name, t] : groups) {
    if (std::find(order.begin(), order.end(), name) == order.end()) {
      order.push_back(name);
    }
  }
  for (const std::string& name : order) {
    const auto it = groups.find(name);
    const ReturnTally t = it == groups.end() ? ReturnTally{} : it->second;
    by_group.rows.push_back({name, t.opened, t.closed, t.count(Upheld::upheld), t.count(Upheld::partly_upheld),
                             t.count(Upheld::not_upheld), percent_or_null(t.upheld_pct()), t.early, t.by_final,
                             t.later, Money{t.redress_minor, policy.currency}});
  }
  by_group.totals = std::vector<Value>{std::string("all"), all.opened, all.closed, all.count(Upheld::upheld),
                                       all.count(Upheld::partly_upheld), all.count(Upheld::not_upheld),
                                       percent_or_null(all.upheld_pct()), all.early, all.by_final, all.later,
                                       Money{all.redress_minor, policy.currency}};
  ReportTable redress = paid.table();
  redress.key = "redress_paid";
  redress.title = "redress paid";
  r.tables.push_back(std::move(by_group));
  r.tables.push_back(std::move(redress));
  r.primary = 0;
  return r;
}

} // namespace redress
