#include "brute_force_calendar.hpp"

#include <redress/calendar.hpp>
#include <redress/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <sstream>
#include <string>

using namespace redress;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

constexpr OpeningInterval hm(int h0, int m0, int h1, int m1) {
  return OpeningInterval{h0 * 60 + m0, h1 * 60 + m1};
}

Target business(std::int64_t n, DurationUnit unit) {
  return Target{{n, unit}, ClockKind::business};
}
Target calendar(std::int64_t n, DurationUnit unit) {
  return Target{{n, unit}, ClockKind::calendar};
}

// The acme calendar of the policy examples.
CalendarSpec acme() {
  CalendarSpec spec;
  spec.timezone = "Europe/Zagreb";
  spec.hours = {hm(9, 0, 12, 30), hm(13, 0, 17, 0)};
  spec.holidays = {{2026, 12, 25}, {2026, 12, 26}};
  return spec;
}

CalendarSpec every_day(const char* zone, std::vector<OpeningInterval> hours) {
  CalendarSpec spec;
  spec.timezone = zone;
  spec.working_days.fill(true);
  spec.hours = std::move(hours);
  return spec;
}

struct Local {
  const BusinessCalendar& cal;
  Instant operator()(const char* text) const {
    const auto t = parse_time(text, cal.zone());
    REQUIRE(t.has_value());
    return *t;
  }
  std::string operator()(Instant t) const { return format_local_short(t, cal.zone()); }
};

Instant utc(const char* text) { return *parse_time(text, TimeZone::locate("UTC")); }

} // namespace

TEST_CASE("business minutes and hours count only open time") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  CHECK(at(cal.due(at("2026-12-21 10:00"), business(2, DurationUnit::hours))) ==
        "2026-12-21 12:00");
  // The lunch break does not count.
  CHECK(at(cal.due(at("2026-12-21 12:00"), business(1, DurationUnit::hours))) ==
        "2026-12-21 13:30");
  CHECK(at(cal.due(at("2026-12-21 12:45"), business(30, DurationUnit::minutes))) ==
        "2026-12-21 13:30");
  // A target ending exactly at a closing time is due then, not at the next opening.
  CHECK(at(cal.due(at("2026-12-21 16:00"), business(1, DurationUnit::hours))) ==
        "2026-12-21 17:00");
  CHECK(at(cal.due(at("2026-12-21 11:30"), business(60, DurationUnit::minutes))) ==
        "2026-12-21 12:30");
  // Received exactly at closing: counted from the next opening.
  CHECK(at(cal.due(at("2026-12-21 17:00"), business(1, DurationUnit::hours))) ==
        "2026-12-22 10:00");
  // Received on Saturday: counted from Monday 09:00.
  CHECK(at(cal.due(at("2026-12-19 10:00"), business(4, DurationUnit::hours))) ==
        "2026-12-21 13:30");
  // Over Christmas: 24 Thu, 25 and 26 holidays, weekend.
  CHECK(at(cal.due(at("2026-12-24 16:00"), business(2, DurationUnit::hours))) ==
        "2026-12-28 10:00");
  // A zero target is due at the effective start.
  CHECK(at(cal.due(at("2026-12-21 12:40"), business(0, DurationUnit::minutes))) ==
        "2026-12-21 13:00");
  CHECK(at(cal.due(at("2026-12-21 10:17"), business(0, DurationUnit::hours))) ==
        "2026-12-21 10:17");
}

TEST_CASE("business days keep the time of day") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  CHECK(at(cal.due(at("2026-12-24 16:00"), business(1, DurationUnit::days))) == "2026-12-28 16:00");
  CHECK(at(cal.due(at("2026-12-21 10:00"), business(3, DurationUnit::days))) == "2026-12-24 10:00");
  // Outside hours: from the next opening.
  CHECK(at(cal.due(at("2026-12-19 10:00"), business(1, DurationUnit::days))) == "2026-12-22 09:00");
  CHECK(at(cal.due(at("2026-12-21 17:00"), business(1, DurationUnit::days))) == "2026-12-23 09:00");
  CHECK(at(cal.due(at("2026-12-21 12:45"), business(1, DurationUnit::days))) == "2026-12-22 13:00");
  CHECK(at(cal.due(at("2026-12-21 07:00"), business(0, DurationUnit::days))) == "2026-12-21 09:00");
  // Two weeks are ten business days: the 25th and the 26th do not count.
  CHECK(at(cal.due(at("2026-12-14 10:00"), business(2, DurationUnit::weeks))) ==
        "2026-12-29 10:00");
  // Across the autumn change (Sunday 2026-10-25): the same wall time, one hour more of UTC.
  const Instant fri = at("2026-10-23 16:00");
  CHECK(format_utc(fri) == "2026-10-23T14:00:00Z");
  CHECK(format_utc(cal.due(fri, business(1, DurationUnit::days))) == "2026-10-26T15:00:00Z");
  CHECK(format_utc(cal.due(fri, business(2, DurationUnit::hours))) == "2026-10-26T09:00:00Z");
  CHECK(cal.business_time(at("2026-10-23 09:00"), at("2026-10-26 09:00")) == minutes{450});
}

TEST_CASE("business days of an interval past midnight count from the day it opened") {
  CalendarSpec spec;
  spec.timezone = "Europe/Zagreb";
  spec.hours = {hm(22, 0, 6, 0)};
  const BusinessCalendar cal(std::move(spec));
  const Local at{cal};
  // Tuesday 03:00 is Monday's night; one business day later is Tuesday's night.
  CHECK(at(cal.due(at("2026-12-15 03:00"), business(1, DurationUnit::days))) == "2026-12-16 03:00");
  // Saturday 03:00 is Friday's night; the next business day is Monday.
  CHECK(at(cal.due(at("2026-12-19 03:00"), business(1, DurationUnit::days))) == "2026-12-22 03:00");
  CHECK(cal.is_open(at("2026-12-19 05:59")));
  CHECK_FALSE(cal.is_open(at("2026-12-19 06:00")));
  CHECK_FALSE(cal.is_open(at("2026-12-20 23:00"))); // Sunday night: Sunday is not working
  CHECK_FALSE(cal.is_open(at("2026-12-21 03:00")));
  CHECK(at(cal.next_open(at("2026-12-19 06:00"))) == "2026-12-21 22:00");
  CHECK(at(cal.due(at("2026-12-18 21:00"), business(9, DurationUnit::hours))) ==
        "2026-12-21 23:00");
}

TEST_CASE("adjacent intervals behave as one") {
  CalendarSpec spec = acme();
  spec.hours = {hm(12, 0, 17, 0), hm(9, 0, 12, 0)};
  const BusinessCalendar cal(std::move(spec));
  const Local at{cal};
  CHECK(at(cal.due(at("2026-12-21 11:00"), business(1, DurationUnit::hours))) ==
        "2026-12-21 12:00");
  CHECK(at(cal.due(at("2026-12-21 11:00"), business(2, DurationUnit::hours))) ==
        "2026-12-21 13:00");
  CHECK(cal.is_open(at("2026-12-21 12:00")));
  CHECK(cal.business_time(at("2026-12-21 00:00"), at("2026-12-22 00:00")) == hours{8});
}

TEST_CASE("holidays: dated, and every year") {
  CalendarSpec spec = acme();
  spec.holidays = {{0, 1, 1}, {2027, 1, 4}};
  const BusinessCalendar cal(std::move(spec));
  const Local at{cal};
  CHECK_FALSE(cal.is_open(at("2027-01-01 10:00")));
  CHECK_FALSE(cal.is_open(at("2031-01-01 10:00")));
  CHECK(cal.is_open(at("2026-01-02 10:00")));
  CHECK_FALSE(cal.is_open(at("2027-01-04 10:00")));
  CHECK(cal.is_open(at("2028-01-04 10:00")));
  CHECK(at(cal.next_open(at("2026-12-31 17:00"))) == "2027-01-05 09:00");
}

// A bike shop open Monday to Friday 09:00-17:00 and Saturday 09:00-13:00, closing at 13:00 on
// Christmas Eve, closed on Christmas and St Stephen's day. Every figure below is counted by hand
// on the shop's week (December 2026: the 18th is a Friday, the 24th a Thursday).
CalendarSpec six_day_shop() {
  CalendarSpec spec;
  spec.timezone = "Europe/Zagreb";
  spec.working_days = {false, true, true, true, true, true, true};
  spec.hours = {hm(9, 0, 17, 0)};
  spec.day_hours.at(6) = {hm(9, 0, 13, 0)};
  spec.holidays = {{2026, 12, 25}, {0, 12, 26}};
  spec.exceptions = {{{2026, 12, 24}, {hm(9, 0, 13, 0)}}};
  return spec;
}

TEST_CASE("a six-day shop: Saturday's own hours, a short Christmas Eve") {
  const BusinessCalendar cal(six_day_shop());
  const Local at{cal};
  // Friday 15:00 + 4h: 15-17 on Friday (2h), 09-11 on Saturday (2h).
  CHECK(at(cal.due(at("2026-12-18 15:00"), business(4, DurationUnit::hours))) == "2026-12-19 11:00");
  // Saturday 12:00 + 2h: 12-13 (1h), then Monday 09-10; Sunday is closed.
  CHECK(at(cal.due(at("2026-12-19 12:00"), business(2, DurationUnit::hours))) == "2026-12-21 10:00");
  CHECK_FALSE(cal.is_open(at("2026-12-19 13:00")));
  CHECK(at(cal.next_open(at("2026-12-19 14:00"))) == "2026-12-21 09:00");
  // Friday 15:00 + 1d is Saturday, which closes at 13:00: due at its closing, not at 15:00.
  CHECK(at(cal.due(at("2026-12-18 15:00"), business(1, DurationUnit::days))) == "2026-12-19 13:00");
  // Saturday 10:00 + 1d: Monday at the same time.
  CHECK(at(cal.due(at("2026-12-19 10:00"), business(1, DurationUnit::days))) == "2026-12-21 10:00");
  // Wednesday 16:00 + 2h: 16-17 (1h), then Christmas Eve's short morning 09-10.
  CHECK(at(cal.due(at("2026-12-23 16:00"), business(2, DurationUnit::hours))) == "2026-12-24 10:00");
  // ... and + 1d is Christmas Eve, which closes at 13:00.
  CHECK(at(cal.due(at("2026-12-23 16:00"), business(1, DurationUnit::days))) == "2026-12-24 13:00");
  // Christmas Eve 12:00 + 2h: 12-13 (1h); the 25th and 26th are holidays, the 27th a Sunday.
  CHECK(at(cal.due(at("2026-12-24 12:00"), business(2, DurationUnit::hours))) == "2026-12-28 10:00");
  // Tuesday 10:00 + 3d: Wednesday, Thursday (short), Monday the 28th.
  CHECK(at(cal.due(at("2026-12-22 10:00"), business(3, DurationUnit::days))) == "2026-12-28 10:00");
  // The week of Christmas: 8 + 8 + 8 + 4 hours, nothing from Friday to Sunday.
  CHECK(cal.business_time(at("2026-12-21 00:00"), at("2026-12-28 00:00")) == hours{28});
  // An ordinary week: five days of 8 hours and a Saturday of 4.
  CHECK(cal.business_time(at("2026-12-07 00:00"), at("2026-12-14 00:00")) == hours{44});
  // The holiday given for every year (12-26) closes the Saturday of 2026 and 2027 alike.
  CHECK_FALSE(cal.is_open(at("2026-12-26 10:00")));
  CHECK(cal.is_open(at("2027-12-24 15:00"))); // Christmas Eve's short day was 2026's only
  CHECK(cal.is_open(at("2027-12-25 10:00"))); // a Saturday, and no holiday in 2027
}

TEST_CASE("a six-day shop across the spring change to summer time") {
  const BusinessCalendar cal(six_day_shop());
  const Local at{cal};
  // Saturday 2026-03-28 12:00 CET is 11:00Z; the clocks go forward on Sunday, a closed day.
  const Instant sat = at("2026-03-28 12:00");
  CHECK(format_utc(sat) == "2026-03-28T11:00:00Z");
  // 1d: Monday 12:00, now CEST (10:00Z): the same wall time, an hour less of UTC.
  CHECK(format_utc(cal.due(sat, business(1, DurationUnit::days))) == "2026-03-30T10:00:00Z");
  // 2h: 12-13 on Saturday, 09-10 on Monday (08:00Z).
  CHECK(format_utc(cal.due(sat, business(2, DurationUnit::hours))) == "2026-03-30T08:00:00Z");
  CHECK(cal.business_time(sat, at("2026-03-30 10:00")) == hours{2});
}

TEST_CASE("exceptions: a closed working day, an opening on a day off, every year") {
  CalendarSpec spec = acme();
  spec.exceptions = {{{2026, 12, 22}, {}},                    // closed for stocktaking
                     {{2026, 12, 20}, {hm(10, 0, 14, 0)}},    // a Sunday opening before Christmas
                     {{0, 12, 31}, {hm(9, 0, 12, 0)}},        // New Year's Eve, every year
                     {{2026, 12, 25}, {hm(10, 0, 11, 0)}}};   // open an hour on a holiday
  const BusinessCalendar cal(std::move(spec));
  const Local at{cal};
  CHECK_FALSE(cal.is_open(at("2026-12-22 10:00")));
  CHECK(cal.is_open(at("2026-12-20 13:59")));
  CHECK_FALSE(cal.is_open(at("2026-12-20 14:00")));
  CHECK(cal.is_open(at("2026-12-25 10:30"))); // the exception wins over the holiday
  CHECK_FALSE(cal.is_open(at("2026-12-26 10:30")));
  CHECK(cal.is_open(at("2027-12-31 11:59")));
  CHECK_FALSE(cal.is_open(at("2027-12-31 12:00")));
  // Friday 18th 16:00 + 2h: 16-17 Friday, then Sunday's opening 10-11.
  CHECK(at(cal.due(at("2026-12-18 16:00"), business(2, DurationUnit::hours))) == "2026-12-20 11:00");
  // Monday 21st 10:00 + 1d skips the closed Tuesday: Wednesday 10:00.
  CHECK(at(cal.due(at("2026-12-21 10:00"), business(1, DurationUnit::days))) == "2026-12-23 10:00");
}

TEST_CASE("the end of the nth day after receipt, as regulators count") {
  const BusinessCalendar cal(six_day_shop());
  const Local at{cal};
  // Received Friday the 18th: the third business day following is Tuesday the 22nd (Saturday,
  // Monday, Tuesday); the deadline is the end of it, midnight into Wednesday.
  CHECK(at(cal.end_of_day_after(at("2026-12-18 15:00"), 3, ClockKind::business)) == "2026-12-23 00:00");
  // Received on a Sunday: Monday is the first business day following.
  CHECK(at(cal.end_of_day_after(at("2026-12-20 11:00"), 1, ClockKind::business)) == "2026-12-22 00:00");
  // Christmas Eve: 25, 26 and 27 are not business days; Monday, Tuesday, Wednesday are.
  CHECK(at(cal.end_of_day_after(at("2026-12-24 12:00"), 3, ClockKind::business)) == "2026-12-31 00:00");
  // Eight calendar weeks: 56 days after the 18th is 12 February 2027.
  CHECK(at(cal.end_of_day_after(at("2026-12-18 15:00"), 56, ClockKind::calendar)) == "2027-02-13 00:00");
  CHECK(at(cal.end_of_day_after(at("2026-12-18 15:00"), 0, ClockKind::calendar)) == "2026-12-19 00:00");
}

TEST_CASE("DST: intervals last as long as the wall clock really runs") {
  const BusinessCalendar night(every_day("Europe/Zagreb", {hm(22, 0, 6, 0)}));
  const Local at{night};
  CHECK(night.business_time(at("2026-03-28 12:00"), at("2026-03-29 12:00")) == hours{7});
  CHECK(night.business_time(at("2026-10-24 12:00"), at("2026-10-25 12:00")) == hours{9});
  CHECK(format_utc(night.due(at("2026-10-24 22:00"), business(5, DurationUnit::hours))) ==
        "2026-10-25T01:00:00Z"); // 02:00 for the second time

  // An interval opening inside the spring gap opens when the gap ends.
  const BusinessCalendar gap(every_day("Europe/Zagreb", {hm(2, 30, 4, 0)}));
  const Local g{gap};
  CHECK(format_utc(gap.next_open(g("2026-03-29 00:00"))) == "2026-03-29T01:00:00Z");
  CHECK(gap.business_time(g("2026-03-29 00:00"), g("2026-03-30 00:00")) == hours{1});
  // An interval opening inside the autumn fold opens the first time the clock shows it.
  CHECK(format_utc(gap.next_open(g("2026-10-25 00:00"))) == "2026-10-25T00:30:00Z");
  CHECK(gap.business_time(g("2026-10-25 00:00"), g("2026-10-26 00:00")) == minutes{150});
  // Entirely inside the gap: that day is closed.
  const BusinessCalendar lost(every_day("Europe/Zagreb", {hm(2, 10, 2, 40)}));
  CHECK(lost.business_time(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")) == Seconds{0});
  CHECK(format_utc(lost.next_open(utc("2026-03-28T12:00:00Z"))) == "2026-03-30T00:10:00Z");
}

TEST_CASE("calendar targets") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  const Instant start = at("2026-03-01 10:00");
  const Instant due = cal.due(start, calendar(8, DurationUnit::weeks));
  CHECK(at(due) == "2026-04-26 10:00");
  CHECK(format_utc(due) == "2026-04-26T08:00:00Z"); // summer time by then
  CHECK(cal.due(start, calendar(90, DurationUnit::minutes)) == start + minutes{90});
  CHECK(cal.due(start, calendar(0, DurationUnit::days)) == start);
  // Across the spring change one day is 23 hours, and 24 hours is 11:00.
  CHECK(at(cal.due(at("2026-03-28 10:00"), calendar(1, DurationUnit::days))) == "2026-03-29 10:00");
  CHECK(at(cal.due(at("2026-03-28 10:00"), calendar(24, DurationUnit::hours))) ==
        "2026-03-29 11:00");
  // A wall time in the gap moves forward by the gap; in the fold it takes the earlier.
  CHECK(format_utc(cal.due(at("2026-03-28 02:30"), calendar(1, DurationUnit::days))) ==
        "2026-03-29T01:30:00Z");
  CHECK(format_utc(cal.due(at("2026-10-24 02:30"), calendar(1, DurationUnit::days))) ==
        "2026-10-25T00:30:00Z");
  CHECK(cal.elapsed(start, due, ClockKind::calendar) == hours{8 * 7 * 24 - 1});
  CHECK(cal.elapsed(due, start, ClockKind::calendar) == Seconds{0});
}

TEST_CASE("pauses move the due time on the target's own clock") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  const Instant due = at("2026-12-21 16:00");
  // 1h30 of business time paused: 1h left on Monday, then 30 minutes on Tuesday.
  CHECK(at(cal.shift_for_pause(due, at("2026-12-21 10:00"), at("2026-12-21 11:30"),
                               ClockKind::business)) == "2026-12-22 09:30");
  // Paused over a weekend: no business time, no shift.
  CHECK(cal.shift_for_pause(due, at("2026-12-19 08:00"), at("2026-12-20 20:00"),
                            ClockKind::business) == due);
  CHECK(cal.shift_for_pause(due, at("2026-12-19 08:00"), at("2026-12-20 20:00"),
                            ClockKind::calendar) == due + hours{36});
  // A due time at closing plus one business hour: the next morning.
  CHECK(at(cal.shift_for_pause(at("2026-12-21 17:00"), at("2026-12-21 09:00"),
                               at("2026-12-21 10:00"), ClockKind::business)) == "2026-12-22 10:00");
  CHECK(cal.elapsed(at("2026-12-21 08:00"), at("2026-12-22 08:00"), ClockKind::business) ==
        minutes{450});
}

TEST_CASE("small edges") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  const Instant sunday = at("2026-12-20 10:00");
  CHECK(cal.add_business_time(sunday, Seconds{0}) == sunday);
  CHECK(cal.add_business_time(sunday, Seconds{1}) == at("2026-12-21 09:00") + Seconds{1});
  CHECK(cal.business_time(at("2026-12-21 12:00"), at("2026-12-21 10:00")) == Seconds{0});
  CHECK(cal.business_time(at("2026-12-21 10:00"), at("2026-12-21 10:00")) == Seconds{0});
  CHECK(cal.business_time(at("2026-12-21 10:00"), at("2026-12-21 10:00") + Seconds{7}) ==
        Seconds{7});
  CHECK(cal.is_open(at("2026-12-21 09:00")));
  CHECK_FALSE(cal.is_open(at("2026-12-21 17:00")));
  CHECK(cal.next_open(at("2026-12-21 12:30")) == at("2026-12-21 13:00"));
  CHECK(cal.spec().hours.size() == 2);
  CHECK(cal.zone().name() == "Europe/Zagreb");
  BusinessCalendar first(acme());
  BusinessCalendar moved(std::move(first));
  CHECK(moved.is_open(at("2026-12-21 09:00")));
}

TEST_CASE("calendars that are never open are refused") {
  const auto code_of = [](CalendarSpec spec) {
    try {
      const BusinessCalendar cal(std::move(spec));
      (void)cal.due(utc("2026-01-01T00:00:00Z"), business(1, DurationUnit::hours));
    } catch (const Error& e) {
      return e.code();
    }
    return Errc::failure;
  };
  CalendarSpec spec = acme();
  spec.timezone = "Europe/Atlantis";
  CHECK(code_of(spec) == Errc::invalid_input);
  spec = acme();
  spec.hours.clear();
  CHECK(code_of(spec) == Errc::invalid_input);
  spec = acme();
  spec.working_days.fill(false);
  CHECK(code_of(spec) == Errc::invalid_input);
  spec = acme();
  spec.hours = {{600, 1441}};
  CHECK(code_of(spec) == Errc::invalid_input);
  // Every date of the year a holiday: found out, not looped on for ever.
  spec = acme();
  spec.holidays.clear();
  for (unsigned m = 1; m <= 12; ++m) {
    for (unsigned d = 1; d <= 31; ++d) {
      spec.holidays.push_back({0, m, d});
    }
  }
  CHECK(code_of(spec) == Errc::invalid_input);
}

// ---- Random calendars against the minute-by-minute reference ----------------------------------

namespace {

struct Scenario {
  const char* zone;
  date::year_month_day day; // a DST change, or any day for zones without one
};

const Scenario k_scenarios[] = {
    {"Europe/Zagreb", date::year{2026} / 3 / 29},
    {"Europe/Zagreb", date::year{2026} / 10 / 25},
    {"America/New_York", date::year{2026} / 3 / 8},
    {"America/New_York", date::year{2026} / 11 / 1},
    {"Asia/Tokyo", date::year{2026} / 6 / 15},
    {"Asia/Tehran", date::year{2021} / 3 / 22},
    {"Asia/Tehran", date::year{2021} / 9 / 21},
    {"Asia/Tehran", date::year{2026} / 3 / 22},
    {"Australia/Lord_Howe", date::year{2026} / 4 / 5},
    {"Australia/Lord_Howe", date::year{2026} / 10 / 4},
};

class Random {
public:
  explicit Random(std::uint32_t seed) : m_engine(seed) {}
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
  bool chance(double p) { return std::bernoulli_distribution(p)(m_engine); }
  /// A minute of the day in [0, hi], often on the half hour where DST changes happen.
  int minute(int hi = 1440) { return chance(0.6) ? 30 * between(0, hi / 30) : between(0, hi); }
  /// `n` distinct sorted minutes in [0, hi].
  std::vector<int> minutes_sorted(std::size_t n, int hi = 1440) {
    std::set<int> picked;
    while (picked.size() < n) {
      picked.insert(minute(hi));
    }
    return {picked.begin(), picked.end()};
  }

private:
  std::mt19937 m_engine;
};

std::vector<OpeningInterval> random_hours(Random& rng) {
  std::vector<int> p;
  switch (rng.between(0, 4)) {
  case 0: // one interval
    p = rng.minutes_sorted(2);
    return {{p[0], p[1]}};
  case 1: // a lunch break, or two adjacent intervals
    p = rng.minutes_sorted(4);
    return {{p[2], p[3]}, {p[0], rng.chance(0.2) ? p[2] : p[1]}};
  case 2: // one interval past midnight, sometimes a whole 24 hours
    p = rng.minutes_sorted(2, 1439);
    return {{p[1], rng.chance(0.05) ? p[1] : p[0]}};
  case 3: // past midnight, and a day interval in between
    p = rng.minutes_sorted(4, 1439);
    return {{p[3], p[0]}, {rng.chance(0.2) ? p[0] : p[1], p[2]}};
  default: // three intervals
    p = rng.minutes_sorted(6);
    return {{p[0], p[1]}, {p[2], p[3]}, {p[4], p[5]}};
  }
}

// A date near the scenario's day, for holidays and exceptions.
Holiday random_date(Random& rng, const Scenario& scenario) {
  const int shift = rng.chance(0.4) ? rng.between(-1, 1) : rng.between(-7, 7);
  const date::year_month_day ymd{date::sys_days{scenario.day} + date::days{shift}};
  return {rng.chance(0.3) ? 0 : int{ymd.year()}, unsigned{ymd.month()}, unsigned{ymd.day()}};
}

CalendarSpec random_spec(Random& rng, const Scenario& scenario) {
  CalendarSpec spec;
  spec.timezone = scenario.zone;
  if (rng.chance(0.5)) {
    for (bool& working : spec.working_days) {
      working = rng.chance(0.6);
    }
    spec.working_days.at(static_cast<std::size_t>(rng.between(0, 6))) = true;
  }
  spec.hours = random_hours(rng);
  if (rng.chance(0.4)) { // some weekdays with hours of their own (a short Saturday)
    for (std::size_t d = 0; d < 7; ++d) {
      if (spec.working_days.at(d) && rng.chance(0.5)) {
        spec.day_hours.at(d) = random_hours(rng);
      }
    }
  }
  const int holidays = rng.between(0, 3);
  for (int i = 0; i < holidays; ++i) {
    spec.holidays.push_back(random_date(rng, scenario));
  }
  const int exceptions = rng.chance(0.4) ? rng.between(1, 3) : 0;
  for (int i = 0; i < exceptions; ++i) { // a short day, a closed one, an extra opening
    spec.exceptions.push_back({random_date(rng, scenario),
                               rng.chance(0.25) ? std::vector<OpeningInterval>{} : random_hours(rng)});
  }
  return spec;
}

std::string describe(const CalendarSpec& spec) {
  std::ostringstream out;
  out << spec.timezone << " days";
  for (std::size_t i = 0; i < 7; ++i) {
    out << (spec.working_days.at(i) ? "1" : "0");
  }
  const auto hh_mm = [](int minute) {
    return std::to_string(100 + minute / 60).substr(1) + ':' +
           std::to_string(100 + minute % 60).substr(1);
  };
  for (const OpeningInterval& iv : spec.hours) {
    out << ' ' << hh_mm(iv.start_minute) << '-' << hh_mm(iv.end_minute);
  }
  for (std::size_t d = 0; d < 7; ++d) {
    if (!spec.day_hours.at(d).empty()) {
      out << " day" << d;
      for (const OpeningInterval& iv : spec.day_hours.at(d)) {
        out << ' ' << hh_mm(iv.start_minute) << '-' << hh_mm(iv.end_minute);
      }
    }
  }
  for (const Holiday& h : spec.holidays) {
    out << " hol " << h.year << '-' << h.month << '-' << h.day;
  }
  for (const DatedHours& e : spec.exceptions) {
    out << " exc " << e.date.year << '-' << e.date.month << '-' << e.date.day << " [";
    for (const OpeningInterval& iv : e.hours) {
      out << ' ' << hh_mm(iv.start_minute) << '-' << hh_mm(iv.end_minute);
    }
    out << " ]";
  }
  return out.str();
}

Instant random_start(Random& rng, const CalendarSpec& spec, const Scenario& scenario) {
  const auto day = date::local_days{scenario.day} + date::days{rng.between(-6, 4)};
  int minute = rng.minute(1439);
  if (rng.chance(0.4)) { // on, or next to, an interval's boundary
    std::vector<OpeningInterval> all = spec.hours;
    for (const auto& own : spec.day_hours) {
      all.insert(all.end(), own.begin(), own.end());
    }
    for (const DatedHours& e : spec.exceptions) {
      all.insert(all.end(), e.hours.begin(), e.hours.end());
    }
    const OpeningInterval& iv =
        all.at(static_cast<std::size_t>(rng.between(0, static_cast<int>(all.size()) - 1)));
    const int boundary = rng.chance(0.5) ? iv.start_minute : iv.end_minute;
    minute = std::clamp(boundary + rng.between(-1, 1), 0, 1439);
  }
  const date::year_month_day ymd{day};
  return from_local(
      {int{ymd.year()}, unsigned{ymd.month()}, unsigned{ymd.day()}, minute / 60, minute % 60, 0},
      TimeZone::locate(spec.timezone));
}

std::size_t random_span_minutes(Random& rng) {
  const int roll = rng.between(0, 99);
  const int days = roll < 70   ? rng.between(1, 3)
                   : roll < 90 ? rng.between(4, 8)
                               : rng.between(14, 21);
  return static_cast<std::size_t>(days * 1440 + rng.between(0, 1439));
}

} // namespace

TEST_CASE("random calendars agree with the minute-by-minute reference") {
  Random rng(20260329);
  constexpr int k_cases_per_scenario = 800;
  int compared = 0;
  for (const Scenario& scenario : k_scenarios) {
    for (int n = 0; n < k_cases_per_scenario; ++n) {
      const CalendarSpec spec = random_spec(rng, scenario);
      const BusinessCalendar cal(spec);
      const Instant start = random_start(rng, spec, scenario);
      const brute::Timeline line = brute::build_timeline(spec, start, random_span_minutes(rng));
      const std::size_t size = line.open.size();
      const auto index = [&] {
        return static_cast<std::size_t>(rng.between(0, static_cast<int>(size) - 1));
      };
      INFO(describe(spec));
      INFO("start ", format_utc(start), " = ", format_local(start, cal.zone()));

      if (const auto first = line.next_open(0)) {
        CHECK(cal.due(start, business(0, DurationUnit::minutes)) == line.at(*first));
      }
      for (int q = 0; q < 4; ++q) {
        // A target that runs out at a random minute: often exactly at a closing time.
        const std::size_t k = index() + 1;
        const std::int64_t open = line.count(0, k);
        const std::int64_t amount =
            q == 3 ? rng.between(1, static_cast<int>(std::max<std::int64_t>(open, 1))) : open;
        if (amount == 0 || amount > open) {
          continue;
        }
        INFO("target ", amount, "m");
        const Instant expected = *line.add(0, amount);
        CHECK(cal.due(start, business(amount, DurationUnit::minutes)) == expected);
        if (amount % 60 == 0) {
          CHECK(cal.due(start, business(amount / 60, DurationUnit::hours)) == expected);
        }
        ++compared;
      }
      for (int q = 0; q < 3; ++q) {
        std::size_t i = index();
        std::size_t j = index() + 1;
        if (q == 0) {
          i = 0;
        }
        INFO("business time from ", format_utc(line.at(i)), " to ", format_utc(line.at(j)));
        const Seconds expected = i < j ? minutes{line.count(i, j)} : Seconds{0};
        CHECK(cal.business_time(line.at(i), line.at(j)) == expected);
        CHECK(cal.elapsed(line.at(i), line.at(j), ClockKind::business) == expected);
        ++compared;
      }
      for (int q = 0; q < 4; ++q) {
        const std::size_t i = index();
        INFO("at ", format_utc(line.at(i)));
        CHECK(cal.is_open(line.at(i)) == (line.open[i] != 0));
        if (const auto next = line.next_open(i)) {
          CHECK(cal.next_open(line.at(i)) == line.at(*next));
        }
        const std::int64_t open = line.count(i, size);
        if (open > 0) {
          const std::int64_t amount = rng.between(1, static_cast<int>(open));
          CHECK(cal.add_business_time(line.at(i), minutes{amount}) == *line.add(i, amount));
        }
        ++compared;
      }
      for (const int days : {rng.between(0, 3), rng.between(4, 12)}) {
        // From the start, and from anywhere (such as the second pass of a fold).
        for (const std::size_t i : {std::size_t{0}, index()}) {
          INFO(days, "d from ", format_utc(line.at(i)));
          if (const auto expected = brute::business_days_due(spec, line, i, days)) {
            CHECK(cal.due(line.at(i), business(days, DurationUnit::days)) == *expected);
            if (days % 5 == 0) {
              CHECK(cal.due(line.at(i), business(days / 5, DurationUnit::weeks)) == *expected);
            }
            ++compared;
          }
          const auto wall = brute::wall_at(line.zone, line.at(i)) + date::days{days};
          CHECK(cal.due(line.at(i), calendar(days, DurationUnit::days)) ==
                brute::wall_to_instant(line.zone, wall));
        }
      }
    }
  }
  CHECK(compared > 100000); // the reference really was consulted
}

TEST_CASE("long targets cost days, not minutes") {
  const BusinessCalendar cal(acme());
  const Local at{cal};
  const Instant start = at("2026-03-02 10:00");
  const auto began = std::chrono::steady_clock::now();
  Instant last;
  for (int i = 0; i < 10000; ++i) {
    last = cal.due(start + minutes{i}, business(2, DurationUnit::weeks));
    last = std::max(last, cal.due(start + minutes{i}, calendar(8, DurationUnit::weeks)));
    last = std::max(last, cal.due(start + minutes{i}, business(80, DurationUnit::hours)));
  }
  const auto spent = std::chrono::steady_clock::now() - began;
  CHECK(spent < std::chrono::seconds{2}); // minute-by-minute stepping would take far longer
  CHECK(last > start);
  // Ten years of business minutes, the longest target a policy may hold.
  CHECK(cal.due(start, business(10 * 366 * 24 * 60, DurationUnit::minutes)) > start);
  CHECK(cal.business_time(start, start + hours{24 * 366 * 10}) > hours{10 * 200 * 7});
}

TEST_CASE("long business times are their pieces added up, in any order of asking") {
  // business_time over more than two weeks adds whole days from a table it extends as asked
  // (earlier, later); walking short pieces must give exactly the same, across DST and holidays.
  Random rng(20261127);
  int compared = 0;
  for (const Scenario& scenario : k_scenarios) {
    for (int n = 0; n < 6; ++n) {
      const CalendarSpec spec = random_spec(rng, scenario);
      const BusinessCalendar cal(spec);
      for (int q = 0; q < 8; ++q) {
        const Instant from = random_start(rng, spec, scenario) - hours{24 * rng.between(0, 400)} +
                             minutes{rng.between(0, 1439)};
        const Instant to = from + hours{24 * rng.between(15, 800)} + minutes{rng.between(0, 1439)};
        Seconds pieces{0};
        for (Instant t = from; t < to;) {
          const Instant next = std::min(to, t + hours{24 * 9} + minutes{rng.between(0, 1439)});
          pieces += cal.business_time(t, next);
          t = next;
        }
        INFO(describe(spec));
        INFO("from ", format_utc(from), " to ", format_utc(to));
        CHECK(cal.business_time(from, to) == pieces);
        ++compared;
      }
    }
  }
  CHECK(compared == 8 * 6 * static_cast<int>(std::size(k_scenarios)));
}
