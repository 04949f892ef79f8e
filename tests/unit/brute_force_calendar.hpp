#pragma once
// A slow, independent reference for the business calendar, used only by tests. It walks UTC
// minute by minute, reads the local wall clock and asks whether that wall time lies in an
// interval of a business day (the same local day, or the day before for intervals that run
// past midnight). It never converts a local time to an instant except in `wall_to_instant`,
// which searches for it.
//
// The one subtlety is the autumn fold, when the wall clock runs back and shows an hour twice.
// An interval opens or closes the first time the wall clock reaches its boundary; nothing
// opens or closes again while the clock repeats times it already showed. So the reference
// judges each minute by the furthest wall time shown so far, not the current one. In a spring
// gap the wall clock jumps over the boundary, so the interval opens at the end of the gap.

#include <redress/calendar.hpp>

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace brute {

using redress::CalendarSpec;
using redress::Instant;
using LocalSeconds = date::local_seconds;
using LocalDays = date::local_days;
using std::chrono::minutes;

/// The intervals of local date `day`: an exception for that very date, else one for its month
/// and day every year, else none on a holiday or a day off, else the weekday's own or `hours`.
inline std::vector<redress::OpeningInterval> hours_on(const CalendarSpec& spec, LocalDays day) {
  const date::year_month_day ymd{day};
  const auto is = [&](const redress::Holiday& h, bool yearly) {
    return ymd.month() == date::month{h.month} && ymd.day() == date::day{h.day} &&
           (yearly ? h.year == 0 : ymd.year() == date::year{h.year});
  };
  for (const bool yearly : {false, true}) {
    for (const redress::DatedHours& e : spec.exceptions) {
      if (is(e.date, yearly)) {
        return e.hours;
      }
    }
  }
  const unsigned weekday = date::weekday{day}.c_encoding();
  if (!spec.working_days.at(weekday)) {
    return {};
  }
  for (const redress::Holiday& h : spec.holidays) {
    if (is(h, false) || is(h, true)) {
      return {};
    }
  }
  return spec.day_hours.at(weekday).empty() ? spec.hours : spec.day_hours.at(weekday);
}

inline bool is_business_day(const CalendarSpec& spec, LocalDays day) {
  return !hours_on(spec, day).empty();
}

/// Which business day's interval holds the wall minute `wall`, if any. The previous day's
/// overnight interval comes first: it opened earlier.
inline std::optional<LocalDays> open_day_at_wall(const CalendarSpec& spec, LocalSeconds wall) {
  const LocalDays today = date::floor<date::days>(wall);
  const LocalDays yesterday = today - date::days{1};
  const auto minute = static_cast<int>(std::chrono::duration_cast<minutes>(wall - today).count());
  for (const redress::OpeningInterval& iv : hours_on(spec, yesterday)) {
    const bool overnight = iv.end_minute <= iv.start_minute;
    if (overnight && minute < iv.end_minute) {
      return yesterday;
    }
  }
  for (const redress::OpeningInterval& iv : hours_on(spec, today)) {
    const bool overnight = iv.end_minute <= iv.start_minute;
    if (minute >= iv.start_minute && (overnight || minute < iv.end_minute)) {
      return today;
    }
  }
  return std::nullopt;
}

inline LocalSeconds wall_at(const date::time_zone* zone, Instant t) {
  return date::make_zoned(zone, t).get_local_time();
}

/// The minutes [from, from + count) of UTC, each open or closed.
struct Timeline {
  const date::time_zone* zone = nullptr;
  Instant from;
  std::vector<char> open;             // one per minute
  std::vector<LocalSeconds> furthest; // the furthest wall time shown so far, per minute

  [[nodiscard]] Instant at(std::size_t i) const { return from + minutes{i}; }

  /// The first open minute at or after index `i`, if within the timeline.
  [[nodiscard]] std::optional<std::size_t> next_open(std::size_t i) const {
    for (; i < open.size(); ++i) {
      if (open[i] != 0) {
        return i;
      }
    }
    return std::nullopt;
  }

  /// The first minute boundary by which `n` > 0 open minutes have passed since index `i`.
  [[nodiscard]] std::optional<Instant> add(std::size_t i, std::int64_t n) const {
    for (; i < open.size(); ++i) {
      if (open[i] != 0 && --n == 0) {
        return at(i + 1);
      }
    }
    return std::nullopt;
  }

  /// Open minutes in [index i, index j).
  [[nodiscard]] std::int64_t count(std::size_t i, std::size_t j) const {
    std::int64_t n = 0;
    for (; i < j; ++i) {
      n += open[i];
    }
    return n;
  }
};

inline Timeline build_timeline(const CalendarSpec& spec, Instant from, std::size_t count) {
  Timeline line;
  line.zone = date::locate_zone(spec.timezone);
  line.from = from;
  line.open.reserve(count);
  line.furthest.reserve(count);
  // Start early enough to have seen any fold (at most an hour) before `from`.
  LocalSeconds furthest = wall_at(line.zone, from - std::chrono::hours{3});
  for (Instant t = from - std::chrono::hours{3}; line.open.size() < count; t += minutes{1}) {
    furthest = std::max(furthest, wall_at(line.zone, t));
    if (t >= from) {
      line.open.push_back(open_day_at_wall(spec, furthest).has_value() ? 1 : 0);
      line.furthest.push_back(furthest);
    }
  }
  return line;
}

/// The instant the wall clock first shows `wall`; when the clock skips it (a spring gap), as
/// much after the gap's end as `wall` is after the gap's start.
inline Instant wall_to_instant(const date::time_zone* zone, LocalSeconds wall) {
  const Instant guess{wall.time_since_epoch()};
  Instant t = guess - std::chrono::hours{16};
  for (; wall_at(zone, t) <= wall; t += minutes{1}) {
    if (wall_at(zone, t) == wall) {
      return t;
    }
  }
  // `t` is the first minute past `wall`: the gap ends at `t` and began a minute after the wall
  // time shown just before it.
  const LocalSeconds gap_start = wall_at(zone, t - minutes{1}) + minutes{1};
  return t + (wall - gap_start);
}

/// The instant the wall clock first reaches `wall` or a later time (an interval's boundary).
inline Instant first_reaching(const date::time_zone* zone, LocalSeconds wall) {
  Instant t{wall.time_since_epoch() - std::chrono::hours{16}};
  while (wall_at(zone, t) < wall) {
    t += minutes{1};
  }
  return t;
}

/// Business `d` targets: the same wall time of day, counted from the business day whose
/// interval holds the effective start, `days` business days later; when that day's last
/// interval closes earlier than that time of day, at its closing.
inline std::optional<Instant> business_days_due(const CalendarSpec& spec, const Timeline& line,
                                                std::size_t i, int days) {
  const auto s = line.next_open(i);
  if (!s) {
    return std::nullopt;
  }
  const LocalDays opened = *open_day_at_wall(spec, line.furthest[*s]);
  const auto offset = wall_at(line.zone, line.at(*s)) - LocalSeconds{opened};
  LocalDays day = opened;
  for (int n = 0; n < days;) {
    day += date::days{1};
    n += is_business_day(spec, day) ? 1 : 0;
  }
  if (days == 0) {
    return line.at(*s);
  }
  int last_close = 0;
  for (const redress::OpeningInterval& iv : hours_on(spec, day)) {
    last_close = std::max(last_close, iv.end_minute > iv.start_minute ? iv.end_minute : iv.end_minute + 1440);
  }
  if (offset > minutes{last_close}) {
    return first_reaching(line.zone, LocalSeconds{day} + minutes{last_close});
  }
  return wall_to_instant(line.zone, LocalSeconds{day} + offset);
}

} // namespace brute
