#include "clock/zone_cache.hpp"

#include <redress/calendar.hpp>
#include <redress/error.hpp>

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace redress {

namespace {

// A calendar that stays closed this long is broken (every day a holiday, or every interval
// inside a DST gap); stop rather than loop for ever.
constexpr int k_max_closed_days = 3660;

using LocalDays = date::local_days;
using LocalSeconds = date::local_seconds;

/// One opening interval of one business day, as UTC instants; never empty.
struct OpenSpan {
  Instant open;
  Instant close;
};

/// An opening interval's boundary: a time in a spring gap opens or closes at the end of the
/// gap (the first instant the wall clock shows a later time); a time in an autumn fold takes
/// its first occurrence.
Instant boundary_instant(LocalSeconds local, const date::time_zone* zone) {
  return clock::from_local(zone, local, [&](const date::local_info& info) {
    if (info.result == date::local_info::nonexistent) {
      return info.first.end;
    }
    return Instant{local.time_since_epoch() - info.first.offset};
  });
}

/// A due time's wall clock, with the rule of `from_local`: a gap moves forward by its width, a
/// fold takes the earlier instant.
Instant due_instant(LocalSeconds local, const date::time_zone* zone) {
  return clock::from_local(zone, local, [&](const date::local_info& info) {
    return Instant{local.time_since_epoch() - info.first.offset};
  });
}

[[noreturn]] void throw_never_open() {
  throw Error(Errc::invalid_input,
              "the business calendar is never open (no business day within ten years)",
              "check [calendar] days, hours, holidays and exceptions");
}

// A date as one number, for the look-ups of holidays and exceptions: yyyymmdd, or mmdd for every
// year.
int date_key(int year, unsigned month, unsigned day) {
  return year * 10000 + static_cast<int>(month * 100 + day);
}

std::vector<OpeningInterval> sorted(std::vector<OpeningInterval> hours) {
  for (const OpeningInterval& iv : hours) {
    if (iv.start_minute < 0 || iv.start_minute >= 1440 || iv.end_minute < 0 || iv.end_minute > 1440) {
      throw Error(Errc::invalid_input, "an opening interval is outside 00:00-24:00");
    }
  }
  std::sort(hours.begin(), hours.end(), [](const OpeningInterval& a, const OpeningInterval& b) {
    return a.start_minute < b.start_minute;
  });
  return hours;
}

/// Which intervals each date has (calendar.hpp): the one place the rule is written.
class DayRules {
public:
  explicit DayRules(const CalendarSpec& spec) {
    for (std::size_t d = 0; d < 7; ++d) {
      if (spec.working_days[d]) {
        m_weekday[d] = sorted(spec.day_hours[d].empty() ? spec.hours : spec.day_hours[d]);
      }
    }
    for (const Holiday& h : spec.holidays) {
      m_holidays.insert(date_key(h.year, h.month, h.day));
    }
    // The first exception given for a date wins (the policy refuses a date given twice).
    for (const DatedHours& e : spec.exceptions) {
      m_exceptions.emplace(date_key(e.date.year, e.date.month, e.date.day), sorted(e.hours));
    }
  }

  /// The intervals of local date `day`, sorted by opening.
  [[nodiscard]] const std::vector<OpeningInterval>& hours_on(LocalDays day) const {
    const date::year_month_day ymd{day};
    const int y = int{ymd.year()};
    const unsigned m = unsigned{ymd.month()}, d = unsigned{ymd.day()};
    if (!m_exceptions.empty()) {
      for (const int key : {date_key(y, m, d), date_key(0, m, d)}) {
        if (const auto it = m_exceptions.find(key); it != m_exceptions.end()) {
          return it->second;
        }
      }
    }
    if (m_holidays.contains(date_key(y, m, d)) || m_holidays.contains(date_key(0, m, d))) {
      return m_closed;
    }
    return m_weekday[date::weekday{day}.c_encoding()];
  }

  [[nodiscard]] bool any_working_day() const {
    return std::any_of(m_weekday.begin(), m_weekday.end(), [](const auto& h) { return !h.empty(); });
  }

private:
  std::array<std::vector<OpeningInterval>, 7> m_weekday{}; // empty: not a working day
  std::unordered_set<int> m_holidays;
  std::unordered_map<int, std::vector<OpeningInterval>> m_exceptions;
  std::vector<OpeningInterval> m_closed;
};

} // namespace

struct BusinessCalendar::Impl {
  CalendarSpec spec;
  TimeZone zone;
  DayRules rules;
  // Business seconds of whole local days, midnight to midnight, summed from `summed_from`:
  // day_sums[i] is the total of the i days before summed_from + i. Filled as long spans ask for
  // it, so that reading the clock of a complaint open for years costs two short walks and a
  // subtraction instead of a walk over every day (docs/performance.md).
  mutable LocalDays summed_from{};
  mutable std::vector<std::int64_t> day_sums{};

  struct Day {
    Instant midnight;            // when the local day starts
    std::vector<OpenSpan> spans; // spans_of() the day
  };
  // Each day's midnight and spans, once computed: the zone look-ups and holiday checks behind
  // them were most of the cost of reading an SLA clock, and an export reads four per complaint.
  // A deque, so that references handed out stay valid while days are added at either end.
  mutable LocalDays cached_from{};
  mutable std::deque<std::optional<Day>> day_cache{};

  [[nodiscard]] const Day& day_info(LocalDays day) const {
    if (day_cache.empty()) {
      cached_from = day;
    }
    for (; day < cached_from; cached_from -= date::days{1}) {
      day_cache.emplace_front();
    }
    const auto i = static_cast<std::size_t>((day - cached_from).count());
    while (day_cache.size() <= i) {
      day_cache.emplace_back();
    }
    std::optional<Day>& slot = day_cache[i];
    if (!slot) {
      Day d{boundary_instant(LocalSeconds{day}, tz()), {}};
      spans_of(day, d.spans);
      slot = std::move(d);
    }
    return *slot;
  }

  [[nodiscard]] const date::time_zone* tz() const { return zone.zone(); }

  [[nodiscard]] Instant midnight(LocalDays day) const { return day_info(day).midnight; }

  /// Business seconds in [midnight(from), midnight(to)), from the sums (extended as needed).
  [[nodiscard]] Seconds whole_days(LocalDays from, LocalDays to) const {
    const auto day_total = [&](LocalDays day) {
      return walk_business(midnight(day), midnight(day + date::days{1})).count();
    };
    if (day_sums.empty()) {
      summed_from = from;
      day_sums.push_back(0);
    }
    if (from < summed_from) { // prepend the earlier days, shifting the sums after them
      std::vector<std::int64_t> front{0};
      for (LocalDays day = from; day < summed_from; day += date::days{1}) {
        front.push_back(front.back() + day_total(day));
      }
      for (std::int64_t& sum : day_sums) {
        sum += front.back();
      }
      day_sums.insert(day_sums.begin(), front.begin(), front.end() - 1);
      summed_from = from;
    }
    while (summed_from + date::days{static_cast<int>(day_sums.size()) - 1} < to) {
      const LocalDays day = summed_from + date::days{static_cast<int>(day_sums.size()) - 1};
      day_sums.push_back(day_sums.back() + day_total(day));
    }
    const auto index = [&](LocalDays day) { return static_cast<std::size_t>((day - summed_from).count()); };
    return Seconds{day_sums[index(to)] - day_sums[index(from)]};
  }

  [[nodiscard]] LocalDays local_day(Instant t) const {
    return date::floor<date::days>(clock::to_local(tz(), t));
  }

  [[nodiscard]] bool is_business_day(LocalDays day) const { return !rules.hours_on(day).empty(); }

  /// The spans opening on `day`, in order of opening (none on a non-business day).
  void spans_of(LocalDays day, std::vector<OpenSpan>& out) const {
    out.clear();
    const LocalSeconds midnight{day};
    for (const OpeningInterval& iv : rules.hours_on(day)) {
      const int end = iv.end_minute > iv.start_minute ? iv.end_minute : iv.end_minute + 1440;
      const Instant open = boundary_instant(midnight + std::chrono::minutes{iv.start_minute}, tz());
      const Instant close = boundary_instant(midnight + std::chrono::minutes{end}, tz());
      if (open < close) {
        out.push_back({open, close});
      }
    }
  }

  /// Calls `visit(span, day)` for every span that may end after `t`, in order of opening, until
  /// it returns true. Spans opening before the previous local day have closed by `t`.
  template <typename Visit> void walk_from(Instant t, Visit visit) const {
    int closed_days = 0;
    for (LocalDays day = local_day(t) - date::days{1};; day += date::days{1}) {
      const std::vector<OpenSpan>& spans = day_info(day).spans;
      closed_days = spans.empty() ? closed_days + 1 : 0;
      if (closed_days > k_max_closed_days) {
        throw_never_open();
      }
      for (const OpenSpan& span : spans) {
        if (visit(span, day)) {
          return;
        }
      }
    }
  }

  struct Opening {
    Instant at;
    LocalDays day; // the business day whose interval contains `at`
  };

  [[nodiscard]] Opening find_open(Instant t) const {
    Opening found{t, LocalDays{}};
    walk_from(t, [&](const OpenSpan& span, LocalDays day) {
      if (span.close <= t) {
        return false;
      }
      found = Opening{std::max(span.open, t), day};
      return true;
    });
    return found;
  }

  [[nodiscard]] Instant add_business(Instant from, Seconds amount) const {
    if (amount <= Seconds{0}) {
      return from;
    }
    Instant cursor = from;
    Instant due = from;
    walk_from(from, [&](const OpenSpan& span, LocalDays) {
      const Instant begin = std::max(span.open, cursor);
      if (begin >= span.close) {
        return false;
      }
      if (span.close - begin >= amount) {
        due = begin + amount;
        return true;
      }
      amount -= span.close - begin;
      cursor = span.close;
      return false;
    });
    return due;
  }

  /// Business seconds in [from, to). Walks count overlapping spans once, so this is additive: a
  /// long stretch is its two ends walked plus whole days from the sums.
  [[nodiscard]] Seconds business(Instant from, Instant to) const {
    if (to <= from) {
      return Seconds{0};
    }
    const LocalDays first = local_day(from) + date::days{2};
    const LocalDays last = local_day(to) - date::days{1};
    if (last - first < date::days{14}) {
      return walk_business(from, to);
    }
    return walk_business(from, midnight(first)) + whole_days(first, last) +
           walk_business(midnight(last), to);
  }

  /// business(), walking every day from `from` to `to`.
  [[nodiscard]] Seconds walk_business(Instant from, Instant to) const {
    Seconds total{0};
    if (to <= from) {
      return total;
    }
    Instant cursor = from;
    // A day with no spans still ends the walk once its midnight is past `to`.
    int closed_days = 0;
    for (LocalDays day = local_day(from) - date::days{1};; day += date::days{1}) {
      const Day& info = day_info(day);
      if (info.midnight >= to) {
        return total;
      }
      const std::vector<OpenSpan>& spans = info.spans;
      closed_days = spans.empty() ? closed_days + 1 : 0;
      if (closed_days > k_max_closed_days) {
        throw_never_open();
      }
      for (const OpenSpan& span : spans) {
        const Instant begin = std::max(span.open, cursor);
        const Instant end = std::min(span.close, to);
        if (begin < end) {
          total += end - begin;
        }
        cursor = std::max(cursor, span.close);
      }
    }
  }

  [[nodiscard]] Instant business_days_due(Instant start, std::int64_t days) const {
    const Opening s = find_open(start);
    if (days == 0) {
      return s.at;
    }
    const auto offset = clock::to_local(tz(), s.at) - LocalSeconds{s.day};
    const LocalDays day = business_days_after(s.day, days);
    // No later than the day's last closing: its hours may end earlier than the start's day did.
    int last_close = 0;
    for (const OpeningInterval& iv : rules.hours_on(day)) {
      last_close = std::max(last_close, iv.end_minute > iv.start_minute ? iv.end_minute : iv.end_minute + 1440);
    }
    if (offset > std::chrono::minutes{last_close}) {
      return boundary_instant(LocalSeconds{day} + std::chrono::minutes{last_close}, tz());
    }
    return due_instant(LocalSeconds{day} + offset, tz());
  }

  /// The `n`th business day after `day`.
  [[nodiscard]] LocalDays business_days_after(LocalDays day, std::int64_t n) const {
    int closed_days = 0;
    while (n > 0) {
      day += date::days{1};
      if (is_business_day(day)) {
        --n;
        closed_days = 0;
      } else if (++closed_days > k_max_closed_days) {
        throw_never_open();
      }
    }
    return day;
  }

  [[nodiscard]] Instant calendar_due(Instant start, const Duration& d) const {
    switch (d.unit) {
    case DurationUnit::minutes: return start + std::chrono::minutes{d.amount};
    case DurationUnit::hours: return start + std::chrono::hours{d.amount};
    case DurationUnit::days:
    case DurationUnit::weeks: {
      const auto days = d.unit == DurationUnit::weeks ? 7 * d.amount : d.amount;
      return due_instant(clock::to_local(tz(), start) + date::days{static_cast<int>(days)}, tz());
    }
    }
    return start;
  }
};

BusinessCalendar::BusinessCalendar(CalendarSpec spec) {
  const TimeZone zone = TimeZone::locate(spec.timezone);
  for (std::size_t d = 0; d < 7; ++d) {
    if (spec.working_days[d] && spec.day_hours[d].empty() && spec.hours.empty()) {
      throw Error(Errc::invalid_input, "the business calendar has a working day without opening hours",
                  "give every working day in [calendar] days an interval in hours");
    }
  }
  DayRules rules(spec);
  if (!rules.any_working_day()) {
    throw Error(Errc::invalid_input, "the business calendar has no opening hours",
                "give at least one working day in [calendar] days and one interval in hours");
  }
  m_impl = std::make_unique<Impl>(Impl{std::move(spec), zone, std::move(rules)});
}

BusinessCalendar::~BusinessCalendar() = default;
BusinessCalendar::BusinessCalendar(BusinessCalendar&&) noexcept = default;
BusinessCalendar& BusinessCalendar::operator=(BusinessCalendar&&) noexcept = default;

const CalendarSpec& BusinessCalendar::spec() const { return m_impl->spec; }
const TimeZone& BusinessCalendar::zone() const { return m_impl->zone; }

bool BusinessCalendar::is_open(Instant t) const { return m_impl->find_open(t).at == t; }

Instant BusinessCalendar::next_open(Instant t) const { return m_impl->find_open(t).at; }

Instant BusinessCalendar::due(Instant start, const Target& target) const {
  const Duration& d = target.within;
  if (target.clock == ClockKind::calendar) {
    return m_impl->calendar_due(start, d);
  }
  switch (d.unit) {
  case DurationUnit::minutes:
  case DurationUnit::hours: {
    const Seconds amount = d.unit == DurationUnit::hours ? std::chrono::hours{d.amount}
                                                         : std::chrono::minutes{d.amount};
    return amount <= Seconds{0} ? next_open(start) : m_impl->add_business(start, amount);
  }
  case DurationUnit::days: return m_impl->business_days_due(start, d.amount);
  case DurationUnit::weeks: return m_impl->business_days_due(start, 5 * d.amount);
  }
  return start;
}

Seconds BusinessCalendar::business_time(Instant from, Instant to) const {
  return m_impl->business(from, to);
}

Instant BusinessCalendar::add_business_time(Instant from, Seconds amount) const {
  return m_impl->add_business(from, amount);
}

Instant BusinessCalendar::end_of_day_after(Instant t, std::int64_t n, ClockKind clock) const {
  const LocalDays day = m_impl->local_day(t);
  const LocalDays last = clock == ClockKind::business ? m_impl->business_days_after(day, n)
                                                      : day + date::days{static_cast<int>(n)};
  return m_impl->midnight(last + date::days{1});
}

Seconds BusinessCalendar::elapsed(Instant from, Instant to, ClockKind clock) const {
  if (clock == ClockKind::business) {
    return business_time(from, to);
  }
  return to > from ? to - from : Seconds{0};
}

Instant BusinessCalendar::shift_for_pause(Instant due, Instant paused_from, Instant paused_to,
                                          ClockKind clock) const {
  if (clock == ClockKind::business) {
    return add_business_time(due, business_time(paused_from, paused_to));
  }
  return due + elapsed(paused_from, paused_to, ClockKind::calendar);
}

} // namespace redress
