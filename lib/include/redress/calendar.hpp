#pragma once
// The business calendar and the SLA clock.
//
// Rules (SPEC §4):
// - The calendar is a set of working weekdays, one or more opening intervals a day (the same
//   every working day, or a weekday's own), holidays, and dated exceptions (a date with hours of
//   its own: a short day, a closed one, or an opening on a day that is usually closed), all in
//   the ledger's IANA zone. A date's hours are its exception's (one for that year before one
//   for every year), else none on a holiday or a day that is not a working day, else its
//   weekday's. A business day is a date with hours. Intervals are half-open: "09:00-17:00" opens at
//   09:00 and 17:00 is the first closed minute. An interval whose end is not after its start
//   ("22:00-06:00") runs past midnight into the next day; it belongs to the day it opens on,
//   so that day's weekday and holiday status decide whether it happens. Local times are
//   converted with the zone's rules for that date, so a day with a DST change has as many
//   business seconds as its wall-clock intervals really last (a local time inside a spring
//   gap moves forward to the end of the gap). Intervals that overlap (an exception's night
//   running into the next morning's hours) count once.
// - Business targets in `m`/`h` count only open seconds. The due time is the earliest instant
//   by which that many open seconds have passed since the start: a target that ends exactly at
//   closing time is due at closing time, not at the next opening. A start outside hours, on a
//   holiday or in a break counts from the next opening. A zero-length target is due at that
//   effective start.
// - Business targets in `d` are whole business days: from the effective start (next opening if
//   outside hours), due at the same local time of day N business days later, but no later
//   than that day's last closing (a shop open 09:00-13:00 on Saturday owes Friday 15:00's
//   one-day answer by Saturday 13:00). `w` is 5 business days.
// - Calendar targets: `m`/`h` are exact elapsed time; `d`/`w` are the same local wall time N
//   days (7N days) later in the ledger's zone.
// - Time spent waiting on the customer does not count: the due time is shifted by the paused
//   time, measured on the target's own clock (business seconds for a business target).
//   While paused, a target reads `paused`, unless the pause began after its due time:
//   a complaint that was already late stays `breached` while it waits.

#include <redress/duration.hpp>
#include <redress/time.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace redress {

/// One opening interval in minutes after local midnight; `end_minute <= start_minute` means it
/// runs past midnight. 0 <= start_minute < 1440, 0 <= end_minute <= 1440.
struct OpeningInterval {
  int start_minute = 0;
  int end_minute = 0;

  friend bool operator==(const OpeningInterval&, const OpeningInterval&) = default;
};

/// A holiday on one date, or every year on a month and day when `year` is 0.
struct Holiday {
  int year = 0;
  unsigned month = 1;
  unsigned day = 1;

  friend bool operator==(const Holiday&, const Holiday&) = default;
};

/// Hours of one date instead of its weekday's: a short day before a holiday, a closed day (no
/// intervals), or an opening on a day that is usually closed. Every year when `date.year` is 0.
struct DatedHours {
  Holiday date;
  std::vector<OpeningInterval> hours;

  friend bool operator==(const DatedHours&, const DatedHours&) = default;
};

/// What the policy's `[calendar]` and `ledger.timezone` say.
struct CalendarSpec {
  std::string timezone = "UTC";
  /// Indexed by weekday, 0 = Sunday ... 6 = Saturday.
  std::array<bool, 7> working_days{false, true, true, true, true, true, false};
  /// The intervals of every working day that has none of its own in `day_hours`.
  std::vector<OpeningInterval> hours{{9 * 60, 17 * 60}};
  /// A working weekday's own intervals, indexed like `working_days`; empty: `hours`.
  std::array<std::vector<OpeningInterval>, 7> day_hours{};
  std::vector<Holiday> holidays;
  std::vector<DatedHours> exceptions;
};

/// Due times and business time on one calendar. Immutable after construction; cost grows with
/// the number of days spanned, not with minutes.
class BusinessCalendar {
public:
  /// Throws Error{invalid_input} for an unknown zone, an interval outside the day, or a spec
  /// with a working day that has no intervals.
  explicit BusinessCalendar(CalendarSpec spec);
  ~BusinessCalendar();
  BusinessCalendar(const BusinessCalendar&) = delete;
  BusinessCalendar& operator=(const BusinessCalendar&) = delete;
  BusinessCalendar(BusinessCalendar&&) noexcept;
  BusinessCalendar& operator=(BusinessCalendar&&) noexcept;

  [[nodiscard]] const CalendarSpec& spec() const;
  [[nodiscard]] const TimeZone& zone() const;

  /// True when `t` is inside an opening interval of a business day.
  [[nodiscard]] bool is_open(Instant t) const;
  /// `t` itself when open, else the start of the next opening interval.
  [[nodiscard]] Instant next_open(Instant t) const;
  /// The due time of `target` for a clock started at `start` (rules above).
  [[nodiscard]] Instant due(Instant start, const Target& target) const;
  /// Open seconds in [from, to); zero when `to <= from`.
  [[nodiscard]] Seconds business_time(Instant from, Instant to) const;
  /// The earliest instant by which `amount` open seconds have passed since `from`.
  [[nodiscard]] Instant add_business_time(Instant from, Seconds amount) const;
  /// Time in [from, to) as the `clock` counts it: open seconds or plain seconds.
  [[nodiscard]] Seconds elapsed(Instant from, Instant to, ClockKind clock) const;
  /// The end (the next local midnight) of the `n`th day after the local day of `t`: business
  /// days on the business clock, any day on the calendar clock; `n` = 0 is the end of that day
  /// itself. Regulators count deadlines so: "by the end of the third business day following the
  /// day on which the complaint is received".
  [[nodiscard]] Instant end_of_day_after(Instant t, std::int64_t n, ClockKind clock) const;
  /// `due` moved later by a pause [paused_from, paused_to) as `clock` counts it.
  [[nodiscard]] Instant shift_for_pause(Instant due, Instant paused_from, Instant paused_to,
                                        ClockKind clock) const;

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// The state of one SLA target as shown to users.
enum class SlaState { running, paused, at_risk, met, breached };
/// `running`, `paused`, `at-risk`, `met`, `breached` (the JSON and CSV spelling).
std::string_view to_string(SlaState s);

/// One target's clock on one complaint, as the ledger stores it.
struct SlaTrack {
  Instant started;                      // receipt, or the reopen time for a reopened resolve
  Instant due;                          // already shifted by finished pauses
  ClockKind clock = ClockKind::business;
  std::optional<Instant> paused_since;  // set while waiting on the customer
  std::optional<Instant> settled_at;    // when acknowledged / resolved
  Seconds paused{0};                    // finished pauses, as the clock counts them
};

/// How much of a target is used at `as_of`, and its state. Met/breached are decided by
/// `settled_at` against `due` (at or before it is met) and do not change afterwards; an
/// unsettled target is breached only after its due instant, never at it; otherwise at-risk
/// once `used / length >= warn_at`, else running (or paused while waiting). `length` is the
/// target's own length (business or calendar seconds between start and due, less finished
/// pauses).
struct SlaReading {
  SlaState state = SlaState::running;
  Seconds used{0};
  Seconds length{0};
};
SlaReading read_sla(const BusinessCalendar& calendar, const SlaTrack& track, Instant as_of,
                    double warn_at);

} // namespace redress
