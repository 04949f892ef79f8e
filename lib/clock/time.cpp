#include <redress/error.hpp>
#include <redress/time.hpp>

#include <date/date.h>
#include <date/tz.h>

#include <cstdlib>
#include <regex>

namespace redress {

namespace {

Instant from_local_time(date::local_seconds local, const date::time_zone* zone) {
  const auto info = zone->get_info(local);
  switch (info.result) {
  case date::local_info::unique:
  case date::local_info::ambiguous: // a fold: the earlier of the two instants
    return Instant{local.time_since_epoch() - info.first.offset};
  case date::local_info::nonexistent: // a gap: move forward by the gap's width
    return Instant{local.time_since_epoch() - info.first.offset};
  }
  return Instant{local.time_since_epoch() - info.first.offset};
}

bool valid_civil(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
  return date::year_month_day{date::year{y}, date::month{m}, date::day{d}}.ok() && hh >= 0 &&
         hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss < 60;
}

} // namespace

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
  // One grammar for everything a user may type: date, optional time, optional offset.
  static const std::regex pattern(
      R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|z|[+-]\d{2}:\d{2})?$)");
  std::cmatch m;
  if (!std::regex_match(text.data(), text.data() + text.size(), m, pattern)) {
    return std::nullopt;
  }
  const int y = std::stoi(m[1]);
  const auto mo = static_cast<unsigned>(std::stoi(m[2]));
  const auto d = static_cast<unsigned>(std::stoi(m[3]));
  const int hh = m[4].matched ? std::stoi(m[4]) : 0;
  const int mi = m[5].matched ? std::stoi(m[5]) : 0;
  const int ss = m[6].matched ? std::stoi(m[6]) : 0;
  if (!valid_civil(y, mo, d, hh, mi, ss) || (m[7].matched && !m[4].matched)) {
    return std::nullopt;
  }
  const auto days = date::sys_days{date::year{y} / date::month{mo} / date::day{d}};
  const auto wall = std::chrono::hours{hh} + std::chrono::minutes{mi} + Seconds{ss};
  if (!m[7].matched) {
    return from_local_time(date::local_seconds{days.time_since_epoch() + wall}, zone.zone());
  }
  const std::string offset = m[7];
  Seconds shift{0};
  if (offset != "Z" && offset != "z") {
    const int oh = std::stoi(offset.substr(1, 2));
    const int om = std::stoi(offset.substr(4, 2));
    if (oh > 23 || om > 59) {
      return std::nullopt;
    }
    shift = std::chrono::hours{oh} + std::chrono::minutes{om};
    if (offset[0] == '-') {
      shift = -shift;
    }
  }
  return Instant{days.time_since_epoch() + wall - shift};
}

std::string format_utc(Instant t) { return date::format("%Y-%m-%dT%H:%M:%SZ", t); }

std::string format_local(Instant t, const TimeZone& zone) {
  return date::format("%Y-%m-%d %H:%M:%S", date::make_zoned(zone.zone(), t).get_local_time());
}

std::string format_local_short(Instant t, const TimeZone& zone) {
  return date::format("%Y-%m-%d %H:%M", date::make_zoned(zone.zone(), t).get_local_time());
}

LocalDateTime to_local(Instant t, const TimeZone& zone) {
  const auto local = date::make_zoned(zone.zone(), t).get_local_time();
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

Instant now() {
  if (const char* fixed = std::getenv("REDRESS_NOW"); fixed != nullptr && *fixed != '\0') {
    if (auto t = parse_time(fixed, TimeZone::locate("UTC"))) {
      return *t;
    }
    throw Error(Errc::invalid_input, "REDRESS_NOW is not an RFC 3339 time: " + std::string(fixed));
  }
  return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

} // namespace redress
