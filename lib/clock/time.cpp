#include "clock/zone_cache.hpp"

#include <redress/error.hpp>
#include <redress/time.hpp>

#include <date/date.h>
#include <date/tz.h>

#include <system_error>

namespace redress {

namespace {

Instant from_local_time(date::local_seconds local, const date::time_zone* zone) {
  // Unique: the only instant. A fold: the earlier of the two instants. A gap: moved forward by
  // the gap's width (the offset before the gap applies).
  return clock::from_local(zone, local, [&](const date::local_info& info) {
    return Instant{local.time_since_epoch() - info.first.offset};
  });
}

bool valid_civil(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
  return date::year_month_day{date::year{y}, date::month{m}, date::day{d}}.ok() && hh >= 0 &&
         hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss < 60;
}

// `count` digits at `text[at]`, or -1.
int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) {
    return -1;
  }
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return -1;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

void put_digits(char*& out, int value, int count) {
  for (int i = count - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out += count;
}

// "YYYY-MM-DD<sep>HH:MM[:SS][Z]" without streams or locales: exports format several times a
// row. Years outside 0-9999 go through date::format.
std::string civil_text(date::local_seconds t, char separator, bool seconds, bool zulu) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  const int year = int{ymd.year()};
  const date::hh_mm_ss<Seconds> tod{t - day};
  if (year < 0 || year > 9999) {
    const std::string pattern = std::string("%Y-%m-%d") + separator + (seconds ? "%H:%M:%S" : "%H:%M");
    return date::format(pattern, t) + (zulu ? "Z" : "");
  }
  char buffer[24];
  char* out = buffer;
  put_digits(out, year, 4);
  *out++ = '-';
  put_digits(out, static_cast<int>(unsigned{ymd.month()}), 2);
  *out++ = '-';
  put_digits(out, static_cast<int>(unsigned{ymd.day()}), 2);
  *out++ = separator;
  put_digits(out, static_cast<int>(tod.hours().count()), 2);
  *out++ = ':';
  put_digits(out, static_cast<int>(tod.minutes().count()), 2);
  if (seconds) {
    *out++ = ':';
    put_digits(out, static_cast<int>(tod.seconds().count()), 2);
  }
  if (zulu) {
    *out++ = 'Z';
  }
  return std::string(buffer, out);
}

} // namespace

ZonePreload::ZonePreload() {
  try {
    m_thread = std::thread([] {
      try {
        (void)date::get_tzdb();
      } catch (...) {
        // The look-up that needs the zones reports the problem.
      }
    });
  } catch (const std::system_error&) {
    // No thread to spare: the first look-up lists the zones itself.
  }
}

ZonePreload::~ZonePreload() {
  if (m_thread.joinable()) {
    m_thread.join();
  }
}

std::optional<TimeZone> TimeZone::find(std::string_view iana_name) {
  try {
    return TimeZone{date::locate_zone(std::string(iana_name))};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

TimeZone TimeZone::locate(std::string_view iana_name) {
  if (auto zone = find(iana_name)) {
    return *zone;
  }
  throw Error(Errc::invalid_input, "unknown time zone '" + std::string(iana_name) + "'",
              "use an IANA name such as Europe/Zagreb");
}

std::string TimeZone::name() const { return std::string(m_zone->name()); }

std::optional<Instant> parse_time(std::string_view text, const TimeZone& zone) {
  // One grammar for everything a user may type: date, optional time, optional offset:
  // YYYY-MM-DD[(T|t| )HH:MM[:SS[.fraction]]][Z|z|(+|-)HH:MM], the offset only after a time.
  // Times are whole seconds: a fraction (RFC 3339's time-secfrac) is read and dropped.
  const int y = digits(text, 0, 4);
  const int mo = digits(text, 5, 2);
  const int d = digits(text, 8, 2);
  if (y < 0 || mo < 0 || d < 0 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  std::size_t at = 10;
  int hh = 0;
  int mi = 0;
  int ss = 0;
  bool has_time = false;
  if (at < text.size() && (text[at] == 'T' || text[at] == 't' || text[at] == ' ')) {
    hh = digits(text, at + 1, 2);
    mi = digits(text, at + 4, 2);
    if (hh < 0 || mi < 0 || text[at + 3] != ':') {
      return std::nullopt;
    }
    has_time = true;
    at += 6;
    if (at < text.size() && text[at] == ':') {
      ss = digits(text, at + 1, 2);
      if (ss < 0) {
        return std::nullopt;
      }
      at += 3;
      if (at < text.size() && text[at] == '.') {
        const std::size_t first = at + 1;
        at = first;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
          ++at;
        }
        if (at == first) {
          return std::nullopt; // a '.' needs at least one digit
        }
      }
    }
  }
  std::optional<Seconds> shift;
  if (at < text.size()) {
    if (!has_time) {
      return std::nullopt;
    }
    if (text.size() == at + 1 && (text[at] == 'Z' || text[at] == 'z')) {
      shift = Seconds{0};
    } else if (text.size() == at + 6 && (text[at] == '+' || text[at] == '-') && text[at + 3] == ':') {
      const int oh = digits(text, at + 1, 2);
      const int om = digits(text, at + 4, 2);
      if (oh < 0 || om < 0 || oh > 23 || om > 59) {
        return std::nullopt;
      }
      shift = std::chrono::hours{oh} + std::chrono::minutes{om};
      if (text[at] == '-') {
        shift = -*shift;
      }
    } else {
      return std::nullopt;
    }
  }
  if (!valid_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d), hh, mi, ss)) {
    return std::nullopt;
  }
  const auto days = date::sys_days{date::year{y} / date::month{static_cast<unsigned>(mo)} /
                                   date::day{static_cast<unsigned>(d)}};
  const auto wall = std::chrono::hours{hh} + std::chrono::minutes{mi} + Seconds{ss};
  if (!shift) {
    return from_local_time(date::local_seconds{days.time_since_epoch() + wall}, zone.zone());
  }
  return Instant{days.time_since_epoch() + wall - *shift};
}

std::optional<Instant> parse_window_end(std::string_view text, const TimeZone& zone) {
  const auto start = parse_time(text, zone);
  if (!start || text.size() != 10) { // anything longer has a time of day
    return start;
  }
  const LocalDateTime day = to_local(*start, zone);
  const date::year_month_day next{date::sys_days{date::year{day.year} / date::month{day.month} /
                                                 date::day{day.day}} +
                                  date::days{1}};
  return from_local(LocalDateTime{int(next.year()), unsigned(next.month()), unsigned(next.day())},
                    zone);
}

std::string format_utc(Instant t) {
  return civil_text(date::local_seconds{t.time_since_epoch()}, 'T', true, true);
}

std::string format_local(Instant t, const TimeZone& zone) {
  return civil_text(clock::to_local(zone.zone(), t), ' ', true, false);
}

std::string format_local_short(Instant t, const TimeZone& zone) {
  return civil_text(clock::to_local(zone.zone(), t), ' ', false, false);
}

std::string format_local_compact(Instant t, const TimeZone& zone, Instant now) {
  const std::string text = format_local_short(t, zone); // YYYY-MM-DD HH:MM
  if (text.size() == 16 && to_local(t, zone).year == to_local(now, zone).year) {
    return text.substr(5);
  }
  return text.substr(0, text.size() - 6);
}

LocalDateTime to_local(Instant t, const TimeZone& zone) {
  const auto local = clock::to_local(zone.zone(), t);
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<Seconds> tod{local - day};
  return LocalDateTime{int(ymd.year()),
                       unsigned(ymd.month()),
                       unsigned(ymd.day()),
                       static_cast<int>(tod.hours().count()),
                       static_cast<int>(tod.minutes().count()),
                       static_cast<int>(tod.seconds().count())};
}

Instant from_local(const LocalDateTime& l, const TimeZone& zone) {
  const auto days = date::local_days{date::year{l.year} / date::month{l.month} / date::day{l.day}};
  return from_local_time(days + std::chrono::hours{l.hour} + std::chrono::minutes{l.minute} +
                             Seconds{l.second},
                         zone.zone());
}

Instant now() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

} // namespace redress
