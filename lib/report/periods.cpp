// Periods at local midnight: days, weeks from Monday, months from the 1st.

#include "report/periods.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace redress::report {

namespace {

namespace chr = std::chrono;

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

chr::year_month_day step(chr::year_month_day d, TrendPeriod period, int n) {
  switch (period) {
  case TrendPeriod::day: return chr::year_month_day{chr::sys_days{d} + chr::days{n}};
  case TrendPeriod::week: return chr::year_month_day{chr::sys_days{d} + chr::days{7 * n}};
  case TrendPeriod::month: return d + chr::months{n};
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

} // namespace

std::vector<PeriodValue> periods_covering(Instant from, Instant to, TrendPeriod period, const TimeZone& zone,
                                          bool one_before, Instant data_begin, Instant data_end) {
  const LocalDateTime first = to_local(from, zone);
  auto d = period_start(chr::year_month_day{chr::year{first.year}, chr::month{first.month}, chr::day{first.day}},
                        period);
  if (one_before) {
    d = step(d, period, -1);
  }
  std::vector<PeriodValue> periods;
  for (Instant start = local_midnight(d, zone); start < to || periods.empty();) {
    const auto next = step(d, period, 1);
    const Instant stop = local_midnight(next, zone);
    periods.push_back(PeriodValue{label(d, period), start, stop, start < data_begin || stop > data_end});
    if (periods.size() > 5000) {
      throw Error(Errc::usage, "the window holds more than 5000 periods", "use a longer --period or a shorter window");
    }
    d = next;
    start = stop;
  }
  return periods;
}

std::vector<Column> period_columns(const std::string& label) {
  return {{"period", label}, {"period_start", "start", false}, {"period_end", "end", false}, {"partial", "partial", false}};
}

std::vector<Value> period_cells(const PeriodValue& p) { return {p, p.start, p.end, p.partial}; }

std::optional<std::size_t> period_of(const std::vector<PeriodValue>& periods, Instant t) {
  const auto it = std::upper_bound(periods.begin(), periods.end(), t,
                                   [](Instant x, const PeriodValue& p) { return x < p.start; });
  if (it == periods.begin() || t >= std::prev(it)->end) {
    return std::nullopt;
  }
  return static_cast<std::size_t>(it - periods.begin() - 1);
}

} // namespace redress::report
