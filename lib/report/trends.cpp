// report trends: complaints per period by a dimension, the change against the previous
// period, and recurring issues (the same product and category rising period over period).

#include "report/common.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/suggest.hpp>

#include <algorithm>
#include <map>

namespace redress {

namespace {

namespace chr = std::chrono;

struct Period {
  Instant start;
  std::string label;
};

chr::year_month_day period_start(chr::year_month_day d, TrendPeriod period) {
  switch (period) {
  case TrendPeriod::day:
    return d;
  case TrendPeriod::week: { // weeks start on Monday
    const chr::sys_days days{d};
    const unsigned from_monday = (chr::weekday{days}.c_encoding() + 6) % 7;
    return chr::year_month_day{days - chr::days{from_monday}};
  }
  case TrendPeriod::month:
    return d.year() / d.month() / chr::day{1};
  }
  return d;
}

chr::year_month_day next_start(chr::year_month_day d, TrendPeriod period) {
  switch (period) {
  case TrendPeriod::day: return chr::year_month_day{chr::sys_days{d} + chr::days{1}};
  case TrendPeriod::week: return chr::year_month_day{chr::sys_days{d} + chr::days{7}};
  case TrendPeriod::month: return d + chr::months{1};
  }
  return d;
}

Instant local_midnight(chr::year_month_day d, const TimeZone& zone) {
  return from_local(LocalDateTime{static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                  static_cast<unsigned>(d.day()), 0, 0, 0},
                    zone);
}

std::string label(chr::year_month_day d, TrendPeriod period) {
  if (period == TrendPeriod::month) {
    return fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()));
  }
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::string dimension(const Complaint& c, const std::string& by) {
  if (by == "category") return c.category;
  if (by == "product") return report::or_none(c.product);
  if (by == "channel") return c.channel;
  if (by == "severity") return c.severity;
  if (by == "root-cause") return report::or_none(c.root_cause);
  return report::or_none(c.team);
}

} // namespace

ReportDocument trends_report(Ledger& ledger, const ReportWindow& window, TrendPeriod period,
                           const std::string& by) {
  static const std::vector<std::string> k_dimensions{"category", "product", "channel", "severity",
                                                     "root-cause", "team"};
  if (std::find(k_dimensions.begin(), k_dimensions.end(), by) == k_dimensions.end()) {
    throw Error(Errc::usage, "--by: cannot group by '" + by + "'", util::suggestion_hint(by, k_dimensions));
  }
  const TimeZone& zone = ledger.zone();
  // The periods of the window, and one before it so that its first period has a "previous".
  const Instant last = window.until >= window.as_of ? window.as_of : window.until - Seconds{1};
  const LocalDateTime first_local = to_local(window.since, zone);
  auto d = period_start(chr::year_month_day{chr::year{first_local.year}, chr::month{first_local.month},
                                            chr::day{first_local.day}},
                        period);
  std::vector<Period> periods;
  {
    // The period before the window: step back one period from the first start.
    auto before = d;
    switch (period) {
    case TrendPeriod::day: before = chr::year_month_day{chr::sys_days{d} - chr::days{1}}; break;
    case TrendPeriod::week: before = chr::year_month_day{chr::sys_days{d} - chr::days{7}}; break;
    case TrendPeriod::month: before = d - chr::months{1}; break;
    }
    periods.push_back({local_midnight(before, zone), label(before, period)});
  }
  for (; local_midnight(d, zone) <= last; d = next_start(d, period)) {
    periods.push_back({local_midnight(d, zone), label(d, period)});
    if (periods.size() > 5000) {
      throw Error(Errc::usage, "the window holds more than 5000 periods", "use a longer --period or a shorter window");
    }
  }
  const std::size_t n = periods.size();
  std::map<std::string, std::vector<int>> counts;
  std::map<std::pair<std::string, std::string>, std::vector<int>> pairs;
  ReportWindow extended = window;
  extended.since = periods.front().start;
  for_each_in_window(ledger, extended, [&](const Complaint& c) {
    const auto it = std::upper_bound(periods.begin(), periods.end(), c.received_at,
                                     [](Instant t, const Period& p) { return t < p.start; });
    if (it == periods.begin()) {
      return;
    }
    const auto p = static_cast<std::size_t>(it - periods.begin() - 1);
    auto& row = counts[dimension(c, by)];
    row.resize(n);
    ++row[p];
    if (c.product) {
      auto& pair = pairs[{*c.product, c.category}];
      pair.resize(n);
      ++pair[p];
    }
  });

  TextTable counts_table, recurring;
  const char* period_name = period == TrendPeriod::day ? "day" : period == TrendPeriod::week ? "week" : "month";
  counts_table = TextTable{{period_name, by, "complaints", "previous", "change", "change %"},
                       {false, false, true, true, true, true}, {}, {}, 0};
  for (std::size_t p = 1; p < n; ++p) {
    for (const auto& [key, row] : counts) {
      if (row[p] == 0 && row[p - 1] == 0) {
        continue;
      }
      const int change = row[p] - row[p - 1];
      counts_table.rows.push_back({periods[p].label, key, std::to_string(row[p]), std::to_string(row[p - 1]),
                               std::to_string(change), report::percent(report::ratio(change, row[p - 1]))});
    }
  }
  recurring = TextTable{{period_name, "product", "category", "complaints", "previous"},
                          {false, false, false, true, true}, {}, {}, 0};
  for (std::size_t p = 1; p < n; ++p) {
    for (const auto& [key, row] : pairs) {
      if (row[p - 1] > 0 && row[p] > row[p - 1]) {
        recurring.rows.push_back({periods[p].label, key.first, key.second, std::to_string(row[p]),
                                    std::to_string(row[p - 1])});
        recurring.tones.push_back(Tone::warning);
      }
    }
  }
  ReportDocument doc{"trends", "Trends", window, {}, 0, false};
  doc.sections.emplace_back("counts", std::move(counts_table));
  doc.sections.emplace_back("recurring", std::move(recurring));
  return doc;
}

} // namespace redress
