// Holidays from iCalendar text (calendar.holidays_ics): what is read, and what is refused
// with its line and column so that a holiday is never silently dropped.

#include "policy/ics.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace redress;
using namespace redress::policy_detail;

namespace {

std::string calendar(const std::string& events) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n";
}

std::string where(const IcsHolidays& r) {
  REQUIRE(r.problem.has_value());
  return std::to_string(r.problem->line) + ":" + std::to_string(r.problem->column);
}

} // namespace

TEST_CASE("all-day events are holidays: one day, several days, every year") {
  const auto r = parse_ics_holidays(calendar(
      "BEGIN:VEVENT\r\nSUMMARY:Tijelovo\r\nDTSTART;VALUE=DATE:20260604\r\nEND:VEVENT\r\n"
      // DTEND is exclusive: 24 and 25 December.
      "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261226\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20200530\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n"));
  REQUIRE_FALSE(r.problem.has_value());
  REQUIRE(r.holidays.size() == 4);
  CHECK(r.holidays[0] == Holiday{2026, 6, 4});
  CHECK(r.holidays[1] == Holiday{2026, 12, 24});
  CHECK(r.holidays[2] == Holiday{2026, 12, 25});
  CHECK(r.holidays[3] == Holiday{0, 5, 30});
}

TEST_CASE("folded lines are one line") {
  const auto r = parse_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DA\r\n TE:20260604\r\nEND:VEVENT\r\n"));
  REQUIRE_FALSE(r.problem.has_value());
  REQUIRE(r.holidays.size() == 1);
  CHECK(r.holidays[0] == Holiday{2026, 6, 4});
}

TEST_CASE("what could misplace a holiday is refused where it is") {
  // Not iCalendar at all: the first line.
  CHECK(where(parse_ics_holidays("Tijelovo,2026-06-04\n")) == "1:1");
  CHECK(where(parse_ics_holidays("")) == "1:1");
  // A timed event: which day it is depends on a zone. Line 5 of the file.
  const auto timed = parse_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART:20260604T090000Z\r\nEND:VEVENT\r\n"));
  REQUIRE(timed.problem.has_value());
  CHECK(timed.problem->line == 5);
  // A rule other than yearly, and dates added or taken away, are refused.
  const auto weekly = parse_ics_holidays(
      calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260604\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"));
  REQUIRE(weekly.problem.has_value());
  CHECK(weekly.problem->line == 6);
  const auto exdate = parse_ics_holidays(
      calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260604\r\nEXDATE;VALUE=DATE:20270604\r\nEND:VEVENT\r\n"));
  REQUIRE(exdate.problem.has_value());
  CHECK(exdate.problem->line == 6);
  // An impossible date, and a calendar that never ends.
  CHECK(parse_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260230\r\nEND:VEVENT\r\n")).problem);
  CHECK(parse_ics_holidays("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260604\r\nEND:VEVENT\r\n").problem);
}
