// parse_ics_holidays(): see ics.hpp for what is read and what is refused.

#include "policy/ics.hpp"

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace redress::policy_detail {

namespace {

constexpr std::size_t k_max_line = 4096;
constexpr std::size_t k_max_depth = 8;
constexpr std::size_t k_max_events = 10000;
constexpr std::size_t k_max_dates = 20000;
constexpr int k_max_event_days = 366;
constexpr int k_max_years = 200;

struct Failure {
  std::size_t offset; // in the logical line
  std::string message;
};

/// A logical (unfolded) line and where its pieces came from.
struct Line {
  std::string text;
  struct Piece {
    int line;                // physical line number
    std::size_t from;        // offset of the piece in `text`
    std::string_view source; // the physical line
    std::size_t skipped;     // bytes of the physical line before the piece (the fold's space)
  };
  std::vector<Piece> pieces;

  /// The file position of `offset` in `text`: line, and column in code points.
  [[nodiscard]] std::pair<int, int> position(std::size_t offset) const {
    const Piece* at = &pieces.front();
    for (const Piece& p : pieces) {
      if (p.from <= offset) {
        at = &p;
      }
    }
    const std::size_t byte = std::min(at->skipped + (offset - at->from), at->source.size());
    int column = 1;
    for (std::size_t i = 0; i < byte; ++i) {
      column += (static_cast<unsigned char>(at->source[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return {at->line, column};
  }
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// Values quoted in messages: short, and only printable ASCII (the rest is shown as '?').
std::string quoted(std::string_view value) {
  std::string out = "\"";
  for (std::size_t i = 0; i < value.size() && i < 40; ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    out += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?';
  }
  return out + (value.size() > 40 ? "...\"" : "\"");
}

/// A content line: NAME *(;PARAM=VALUE) :VALUE.
struct Property {
  std::string name; // upper case
  std::vector<std::pair<std::string, std::string>> params; // names upper case
  std::string value;
  std::size_t value_at = 0; // offset of the value in the line
};

Property parse_property(const std::string& text) {
  Property p;
  std::size_t i = 0;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) != 0 || text[i] == '-')) {
    ++i;
  }
  if (i == 0) {
    throw Failure{0, "expected a property such as DTSTART:20261225, not " + quoted(text)};
  }
  p.name = upper(text.substr(0, i));
  while (i < text.size() && text[i] == ';') {
    const std::size_t name_at = ++i;
    while (i < text.size() && text[i] != '=' && text[i] != ';' && text[i] != ':') {
      ++i;
    }
    if (i >= text.size() || text[i] != '=') {
      throw Failure{name_at, "a parameter of " + p.name + " needs NAME=VALUE"};
    }
    std::string name = upper(text.substr(name_at, i - name_at));
    const std::size_t value_at = ++i;
    if (i < text.size() && text[i] == '"') {
      const std::size_t close = text.find('"', i + 1);
      if (close == std::string::npos) {
        throw Failure{value_at, "a quoted parameter value of " + p.name + " is never closed"};
      }
      i = close + 1;
    } else {
      while (i < text.size() && text[i] != ';' && text[i] != ':') {
        ++i;
      }
    }
    p.params.emplace_back(std::move(name), text.substr(value_at, i - value_at));
  }
  if (i >= text.size() || text[i] != ':') {
    throw Failure{i, "expected ':' after " + p.name + " (a line is NAME:VALUE)"};
  }
  p.value_at = i + 1;
  p.value = text.substr(i + 1);
  return p;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int v = 0;
  for (const char c : s) {
    v = v * 10 + (c - '0');
  }
  return v;
}

/// An all-day date YYYYMMDD.
date::year_month_day date_value(const Property& p, bool date_time_allowed = false) {
  std::string_view v = p.value;
  bool value_date = false;
  for (const auto& [name, value] : p.params) {
    value_date = value_date || (name == "VALUE" && upper(value) == "DATE");
  }
  if (v.size() > 8 && v[8] == 'T' && date_time_allowed) {
    v = v.substr(0, 8);
  } else if (v.size() > 8 && v[8] == 'T') {
    throw Failure{p.value_at, p.name + " " + quoted(p.value) +
                                  " is a date-time; a holiday is an all-day date such as " + p.name +
                                  ";VALUE=DATE:20261225"};
  }
  if (v.size() != 8 || !all_digits(v)) {
    throw Failure{p.value_at, p.name + " must be a date YYYYMMDD, not " + quoted(p.value)};
  }
  (void)value_date; // VALUE=DATE is what RFC 5545 asks for; some files leave it out
  const date::year_month_day ymd{date::year{number(v.substr(0, 4))}, date::month{unsigned(number(v.substr(4, 2)))},
                                 date::day{unsigned(number(v.substr(6, 2)))}};
  if (!ymd.ok() || int{ymd.year()} < 1) {
    throw Failure{p.value_at, p.name + " " + quoted(p.value) + " is not a real date"};
  }
  return ymd;
}

/// DURATION of whole days or weeks: P3D, P1W.
int duration_days(const Property& p) {
  const std::string v = upper(p.value);
  if (v.size() >= 3 && v[0] == 'P' && all_digits(std::string_view(v).substr(1, v.size() - 2)) &&
      (v.back() == 'D' || v.back() == 'W') && v.size() <= 8) {
    const int n = number(std::string_view(v).substr(1, v.size() - 2));
    return v.back() == 'W' ? 7 * n : n;
  }
  throw Failure{p.value_at, "DURATION " + quoted(p.value) + " is not whole days (P1D) or weeks (P1W)"};
}

struct Event {
  int begin_line = 0;
  std::optional<Property> start, end, duration, rrule;
  bool cancelled = false;
};

struct Yearly {
  bool every_year = false;
  int count = 0;        // occurrences (with COUNT), else 0
  int until_year = 0;   // with UNTIL: the last year an occurrence may start, else 0
  date::year_month_day until{};
};

Yearly yearly_rule(const Property& p, const date::year_month_day& start) {
  Yearly y;
  bool freq = false;
  std::size_t at = 0;
  const std::string& v = p.value;
  while (at <= v.size()) {
    std::size_t end = v.find(';', at);
    if (end == std::string::npos) {
      end = v.size();
    }
    const std::string part = upper(v.substr(at, end - at));
    const std::size_t eq = part.find('=');
    const std::string key = part.substr(0, eq);
    const std::string value = eq == std::string::npos ? "" : part.substr(eq + 1);
    const auto unsupported = [&] {
      throw Failure{p.value_at + at, "RRULE " + quoted(part) +
                                         " is not supported: a holiday repeats with FREQ=YEARLY on its "
                                         "own date, optionally with COUNT or UNTIL"};
    };
    if (key == "FREQ") {
      if (value != "YEARLY") {
        unsupported();
      }
      freq = true;
    } else if (key == "INTERVAL") {
      if (value != "1") {
        unsupported();
      }
    } else if (key == "COUNT" && all_digits(value) && value.size() <= 4) {
      y.count = number(value);
      if (y.count < 1 || y.count > k_max_years) {
        throw Failure{p.value_at + at, "RRULE COUNT must be 1 to " + std::to_string(k_max_years)};
      }
    } else if (key == "UNTIL") {
      Property until{"UNTIL", {}, value, p.value_at + at + eq + 1};
      y.until = date_value(until, true);
      y.until_year = int{y.until.year()};
    } else if (key == "BYMONTH") {
      if (!all_digits(value) || value.size() > 2 || unsigned(number(value)) != unsigned{start.month()}) {
        unsupported();
      }
    } else if (key == "BYMONTHDAY") {
      if (!all_digits(value) || value.size() > 2 || unsigned(number(value)) != unsigned{start.day()}) {
        unsupported();
      }
    } else if (key == "WKST") {
      // the week's first day: no meaning for a yearly date
    } else {
      unsupported();
    }
    at = end + 1;
  }
  if (!freq) {
    throw Failure{p.value_at, "RRULE needs FREQ=YEARLY"};
  }
  if (y.count > 0 && y.until_year > 0) {
    throw Failure{p.value_at, "RRULE has both COUNT and UNTIL; RFC 5545 allows one"};
  }
  y.every_year = y.count == 0 && y.until_year == 0;
  if (y.until_year > 0 && y.until_year - int{start.year()} >= k_max_years) {
    throw Failure{p.value_at, "RRULE UNTIL is more than " + std::to_string(k_max_years) + " years away"};
  }
  return y;
}

class Reader {
public:
  explicit Reader(std::string_view text) : m_text(text) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
      m_text.remove_prefix(3);
    }
  }

  IcsHolidays run() {
    IcsHolidays out;
    Line line;
    bool first = true;
    try {
      while (next(line)) {
        if (line.text.empty()) {
          continue;
        }
        m_line = &line;
        if (first && upper(line.text) != "BEGIN:VCALENDAR") {
          throw Failure{0, "not an iCalendar file: it must start with BEGIN:VCALENDAR"};
        }
        first = false;
        handle(parse_property(line.text), line);
      }
      if (first) {
        throw Failure{0, "not an iCalendar file: it is empty"};
      }
      if (!m_open.empty()) {
        m_line = nullptr;
        throw Failure{0, "BEGIN:" + m_open.back().first + " (line " + std::to_string(m_open.back().second) +
                             ") is never closed with END:" + m_open.back().first};
      }
      out.holidays = std::move(m_holidays);
    } catch (const Failure& f) {
      IcsProblem problem{std::max(m_physical, 1), 1, f.message}; // an empty file's problem is on line 1
      if (m_line != nullptr && !m_line->pieces.empty()) {
        const auto [l, c] = m_line->position(f.offset);
        problem.line = l;
        problem.column = c;
      }
      out.problem = std::move(problem);
    }
    return out;
  }

private:
  // The next logical line, unfolded; false at the end.
  bool next(Line& line) {
    line.text.clear();
    line.pieces.clear();
    bool any = false;
    while (m_at < m_text.size() || m_pending) {
      std::string_view physical;
      if (m_pending) {
        physical = *m_pending;
      } else {
        const std::size_t end = m_text.find('\n', m_at);
        physical = m_text.substr(m_at, end == std::string_view::npos ? std::string_view::npos : end - m_at);
        m_at = end == std::string_view::npos ? m_text.size() : end + 1;
        ++m_physical;
        if (!physical.empty() && physical.back() == '\r') {
          physical.remove_suffix(1);
        }
        m_pending = physical;
      }
      const bool continuation = !physical.empty() && (physical[0] == ' ' || physical[0] == '\t');
      if (any && !continuation) {
        return true; // `physical` stays pending: it starts the next line
      }
      m_pending.reset();
      const std::size_t skip = continuation && any ? 1 : 0;
      line.pieces.push_back({m_physical, line.text.size(), physical, skip});
      line.text.append(physical.substr(skip));
      if (line.text.size() > k_max_line) {
        m_line = &line;
        throw Failure{k_max_line, "a line longer than " + std::to_string(k_max_line) + " bytes"};
      }
      if (line.text.find('\0') != std::string::npos) {
        m_line = &line;
        throw Failure{line.text.find('\0'), "not an iCalendar file: it holds a NUL byte"};
      }
      any = true;
    }
    return any;
  }

  void handle(const Property& p, const Line& line) {
    if (p.name == "BEGIN" || p.name == "END") {
      const std::string component = upper(p.value);
      if (component.empty()) {
        throw Failure{p.value_at, p.name + " needs a component name such as VEVENT"};
      }
      if (p.name == "BEGIN") {
        begin(component, line);
      } else {
        end(component, p);
      }
      return;
    }
    if (m_open.empty()) {
      throw Failure{0, p.name + " outside BEGIN:VCALENDAR ... END:VCALENDAR"};
    }
    if (!m_event || m_open.size() != 2) {
      return; // properties of the calendar, of other components, or of an event's VALARM
    }
    if (p.name == "DTSTART" || p.name == "DTEND" || p.name == "DURATION" || p.name == "RRULE") {
      auto& slot = p.name == "DTSTART" ? m_event->start
                   : p.name == "DTEND" ? m_event->end
                   : p.name == "DURATION" ? m_event->duration : m_event->rrule;
      if (slot) {
        throw Failure{0, "a second " + p.name + " in the same VEVENT"};
      }
      slot = p;
      m_event_lines.emplace_back(p.name, line);
    } else if (p.name == "RDATE" || p.name == "EXDATE") {
      throw Failure{0, p.name + " is not supported: give each holiday its own VEVENT"};
    } else if (p.name == "STATUS") {
      m_event->cancelled = upper(p.value) == "CANCELLED";
    }
  }

  void begin(const std::string& component, const Line& line) {
    if (m_open.empty() && component != "VCALENDAR") {
      throw Failure{0, "BEGIN:" + component + " outside BEGIN:VCALENDAR ... END:VCALENDAR"};
    }
    if (m_open.size() >= k_max_depth) {
      throw Failure{0, "components nested more than " + std::to_string(k_max_depth) + " deep"};
    }
    m_open.emplace_back(component, line.pieces.front().line);
    if (component == "VEVENT" && m_open.size() == 2) {
      if (++m_events > k_max_events) {
        throw Failure{0, "more than " + std::to_string(k_max_events) + " events"};
      }
      m_event = Event{line.pieces.front().line, {}, {}, {}, {}, false};
      m_event_lines.clear();
    }
  }

  void end(const std::string& component, const Property& p) {
    if (m_open.empty() || m_open.back().first != component) {
      throw Failure{p.value_at, m_open.empty() ? "END:" + component + " without a BEGIN:" + component
                                               : "END:" + component + " does not close BEGIN:" +
                                                     m_open.back().first + " (line " +
                                                     std::to_string(m_open.back().second) + ")"};
    }
    if (component == "VEVENT" && m_open.size() == 2) {
      finish_event();
    }
    m_open.pop_back();
  }

  // Errors about a property of the event point at that property's line.
  template <typename Fn> auto at_property(const std::string& name, Fn&& fn) {
    for (auto& [n, line] : m_event_lines) {
      if (n == name) {
        m_line = &line;
      }
    }
    return fn();
  }

  void finish_event() {
    Event e = std::move(*m_event);
    m_event.reset();
    if (e.cancelled) {
      return;
    }
    if (!e.start) {
      throw Failure{0, "this VEVENT (from line " + std::to_string(e.begin_line) + ") has no DTSTART"};
    }
    const date::year_month_day start = at_property("DTSTART", [&] { return date_value(*e.start); });
    int days = 1;
    if (e.end && e.duration) {
      at_property("DURATION", [&]() -> int { throw Failure{0, "a VEVENT has DTEND or DURATION, not both"}; });
    }
    if (e.end) {
      days = at_property("DTEND", [&] {
        const date::year_month_day end = date_value(*e.end);
        const int n = static_cast<int>((date::sys_days{end} - date::sys_days{start}).count());
        if (n < 1) {
          throw Failure{e.end->value_at, "DTEND " + quoted(e.end->value) + " is not after DTSTART " +
                                             quoted(e.start->value) + " (DTEND is the first day after)"};
        }
        return n;
      });
    } else if (e.duration) {
      days = at_property("DURATION", [&] { return duration_days(*e.duration); });
    }
    if (days < 1 || days > k_max_event_days) {
      at_property(e.end ? "DTEND" : "DURATION", [&]() -> int {
        throw Failure{0, "an event of " + std::to_string(days) + " days; a holiday lasts 1 to " +
                             std::to_string(k_max_event_days) + " days"};
      });
    }
    Yearly rule;
    if (e.rrule) {
      rule = at_property("RRULE", [&] { return yearly_rule(*e.rrule, start); });
    }
    const auto add = [&](date::year_month_day day, bool every_year) {
      if (m_holidays.size() >= k_max_dates) {
        throw Failure{0, "more than " + std::to_string(k_max_dates) + " holiday dates"};
      }
      m_holidays.push_back(Holiday{every_year ? 0 : int{day.year()}, unsigned{day.month()}, unsigned{day.day()}});
    };
    const auto add_span = [&](date::sys_days first, bool every_year) {
      for (int i = 0; i < days; ++i) {
        add(date::year_month_day{first + date::days{i}}, every_year);
      }
    };
    if (!e.rrule) {
      add_span(date::sys_days{start}, false);
      return;
    }
    if (rule.every_year) {
      add_span(date::sys_days{start}, true);
      return;
    }
    // COUNT or UNTIL: each year's occurrence, skipping years without the date (29 February).
    int made = 0;
    for (int y = int{start.year()}; y - int{start.year()} < k_max_years; ++y) {
      const date::year_month_day day{date::year{y}, start.month(), start.day()};
      if (rule.count > 0 && made >= rule.count) {
        break;
      }
      if (rule.until_year > 0 && date::sys_days{day} > date::sys_days{rule.until}) {
        break;
      }
      if (day.ok()) {
        add_span(date::sys_days{day}, false);
        ++made;
      }
    }
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  int m_physical = 0;
  std::optional<std::string_view> m_pending;
  const Line* m_line = nullptr;
  std::vector<std::pair<std::string, int>> m_open; // component, line of its BEGIN
  std::optional<Event> m_event;
  std::vector<std::pair<std::string, Line>> m_event_lines; // the event's date properties' lines
  std::size_t m_events = 0;
  std::vector<Holiday> m_holidays;
};

} // namespace

IcsHolidays parse_ics_holidays(std::string_view text) { return Reader(text).run(); }

} // namespace redress::policy_detail
