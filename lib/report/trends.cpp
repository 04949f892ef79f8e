// report trends: complaints per period by a dimension, the change against the previous
// period, and recurring issues (the same product and category rising period over period).

#include "report/common.hpp"
#include "report/periods.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/suggest.hpp>

#include <algorithm>
#include <map>

namespace redress {

namespace {

std::optional<std::string> dimension(const Complaint& c, const std::string& by) {
  if (by == "category") return c.category;
  if (by == "product") return c.product;
  if (by == "channel") return c.channel;
  if (by == "severity") return c.severity;
  if (by == "root-cause") return c.root_cause;
  return c.team;
}

} // namespace

std::string_view to_string(TrendPeriod p) {
  switch (p) {
  case TrendPeriod::day: return "day";
  case TrendPeriod::week: return "week";
  case TrendPeriod::month: return "month";
  }
  return "week";
}

const std::vector<std::string>& trend_dimensions() {
  static const std::vector<std::string> all{"category", "product", "channel", "severity", "root-cause", "team"};
  return all;
}

Report trends_report(Ledger& ledger, const ReportWindow& window, TrendPeriod period, const std::string& by) {
  const auto& dimensions = trend_dimensions();
  if (std::find(dimensions.begin(), dimensions.end(), by) == dimensions.end()) {
    throw Error(Errc::usage, "--by: cannot group by '" + by + "'", util::suggestion_hint(by, dimensions));
  }
  // The periods of the window, and one before it so that its first period has a "previous";
  // whole periods are read, so only the last can be partial.
  const Instant end = report::data_end(window);
  std::vector<PeriodValue> periods;
  const auto start_periods = [&](Instant first) {
    periods = report::periods_covering(first, end, period, ledger.zone(), true, Instant{}, end);
  };
  if (window.since) {
    start_periods(*window.since);
  }
  std::map<std::optional<std::string>, std::vector<std::int64_t>> counts;
  std::vector<std::int64_t> totals;
  std::map<std::pair<std::string, std::string>, std::vector<std::int64_t>> pairs;
  ReportWindow extended = window;
  if (!periods.empty()) {
    extended.since = periods.front().start;
  }
  for_each_in_window(ledger, extended, [&](const Complaint& c) {
    if (periods.empty()) { // an all-time window starts with its first complaint
      start_periods(c.received_at);
    }
    const auto p = report::period_of(periods, c.received_at);
    if (!p) {
      return;
    }
    totals.resize(periods.size());
    ++totals[*p];
    auto& row = counts[dimension(c, by)];
    row.resize(periods.size());
    ++row[*p];
    if (c.product) {
      auto& pair = pairs[{*c.product, c.category}];
      pair.resize(periods.size());
      ++pair[*p];
    }
  });

  const auto with_period = [period](std::vector<Column> rest) {
    auto columns = report::period_columns(std::string(to_string(period)));
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
  };
  const auto row_of = [](const PeriodValue& p, std::vector<Value> rest) {
    auto cells = report::period_cells(p);
    cells.insert(cells.end(), rest.begin(), rest.end());
    return cells;
  };
  ReportTable counts_table{"counts", "counts",
                           with_period({{"name", by, true, "(none)"},
                                        {"complaints", "complaints"},
                                        {"previous", "previous"},
                                        {"change", "change"},
                                        {"change_pct", "change %"}}),
                           {}, {}, std::nullopt, 0};
  for (std::size_t p = 1; p < periods.size(); ++p) {
    for (const auto& [key, row] : counts) {
      if (row[p] == 0 && row[p - 1] == 0) {
        continue;
      }
      const std::int64_t change = row[p] - row[p - 1];
      // A partial period can still grow: a rise is already certain, a fall is not known yet.
      const bool known = !periods[p].partial || change > 0;
      counts_table.rows.push_back(row_of(periods[p], {report::text_or_null(key), row[p], row[p - 1],
                                                      known ? Value(change) : Value(),
                                                      known ? percent_or_null(report::ratio(change, row[p - 1])) : Value()}));
    }
  }
  ReportTable recurring{"recurring", "recurring",
                        with_period({{"product", "product"},
                                     {"category", "category"},
                                     {"complaints", "complaints"},
                                     {"previous", "previous"}}),
                        {}, {}, std::nullopt, 0};
  for (std::size_t p = 1; p < periods.size(); ++p) {
    for (const auto& [key, row] : pairs) {
      if (row[p - 1] > 0 && row[p] > row[p - 1]) {
        recurring.rows.push_back(row_of(periods[p], {key.first, key.second, row[p], row[p - 1]}));
        recurring.tones.push_back(Tone::warning);
      }
    }
  }
  ReportTable per_period{"per_period", "complaints per " + std::string(to_string(period)),
                         with_period({{"complaints", "complaints"}}), {}, {}, std::nullopt, 0};
  totals.resize(periods.size());
  for (std::size_t p = 1; p < periods.size(); ++p) {
    per_period.rows.push_back(row_of(periods[p], {totals[p]}));
  }
  Report r;
  r.kind = ReportKind::trends;
  r.title = "Trends";
  r.window = window;
  r.parameters = {{"period", "per", std::string(to_string(period))}, {"by", "by", by}};
  r.tables.push_back(std::move(counts_table));
  r.tables.push_back(std::move(recurring));
  r.tables.push_back(std::move(per_period));
  r.primary = 0;
  return r;
}

} // namespace redress
