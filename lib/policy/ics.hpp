#pragma once
// Holidays from an iCalendar file (RFC 5545), for `calendar.holidays_ics`.
//
// Read only as far as holidays need; everything else is refused with its line and column so
// that a holiday can never be silently dropped:
// - the file starts with BEGIN:VCALENDAR; components nest properly (BEGIN/END), at most 8 deep;
//   lines may be folded (a line starting with a space or tab continues the one before);
// - each VEVENT directly inside a VCALENDAR is a holiday: DTSTART;VALUE=DATE:YYYYMMDD (an
//   all-day date; a date-time is refused), to DTEND;VALUE=DATE (exclusive) or for DURATION
//   PnD/PnW, else one day; at most 366 days;
// - RRULE:FREQ=YEARLY repeats it every year (on DTSTART's month and day; BYMONTH/BYMONTHDAY
//   may restate them), or for COUNT years or until UNTIL; any other rule, RDATE and EXDATE are
//   refused; STATUS:CANCELLED events are skipped;
// - other components (VTIMEZONE, VTODO, VALARM...) and properties are ignored.
// Limits: 4,096 bytes a (unfolded) line, 10,000 events, 20,000 holiday dates.

#include <redress/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::policy_detail {

struct IcsProblem {
  int line = 1;   // from 1
  int column = 1; // from 1, in code points
  std::string message;
};

struct IcsHolidays {
  std::vector<Holiday> holidays; // year 0: every year
  std::optional<IcsProblem> problem;
};

/// The holidays of iCalendar text, or the first problem in it.
IcsHolidays parse_ics_holidays(std::string_view text);

} // namespace redress::policy_detail
