#include <redress/time.hpp>

#include <date/tz.h>
#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <regex>

using namespace redress;

namespace {
const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");
const TimeZone utc = TimeZone::locate("UTC");
} // namespace

TEST_CASE("RFC 3339 times with Z or an offset") {
  CHECK(format_utc(*parse_time("2026-11-02T09:30:00+01:00", utc)) == "2026-11-02T08:30:00Z");
  CHECK(format_utc(*parse_time("2026-11-02T09:30:00Z", zagreb)) == "2026-11-02T09:30:00Z");
  CHECK(format_utc(*parse_time("2026-11-02T09:30:00-05:30", utc)) == "2026-11-02T15:00:00Z");
}

TEST_CASE("RFC 3339 fractions of a second are dropped; lower-case t and z are accepted") {
  // Times are whole seconds: the fraction is read and dropped (not rounded).
  CHECK(format_utc(*parse_time("2026-11-02T09:30:00.250Z", utc)) == "2026-11-02T09:30:00Z");
  CHECK(format_utc(*parse_time("2026-11-02T09:30:59.999999999+01:00", utc)) == "2026-11-02T08:30:59Z");
  CHECK(format_utc(*parse_time("2026-11-02t09:30:00z", zagreb)) == "2026-11-02T09:30:00Z");
  CHECK(format_utc(*parse_time("2026-11-02t09:30:00.5-05:30", zagreb)) == "2026-11-02T15:00:00Z");
  // Local times too, in the ledger's zone.
  CHECK(format_utc(*parse_time("2026-11-02 09:30:00.75", zagreb)) == "2026-11-02T08:30:00Z");
  CHECK(format_utc(*parse_time("2026-11-02t09:30", zagreb)) == "2026-11-02T08:30:00Z");
  // A fraction needs a digit, follows seconds only, and is digits only.
  for (const char* bad : {"2026-11-02T09:30:00.Z", "2026-11-02T09:30.5Z", "2026-11-02T09:30:00,5Z",
                          "2026-11-02T09:30:00.5.5Z", "2026-11-02T09:30:00.x", "2026-11-02.5",
                          "2026-11-02T09:30:00.-5", "2026-11-02 09:30:00. ", "2026-11-02x09:30"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_time(bad, zagreb).has_value());
  }
}

TEST_CASE("local times are read in the ledger's zone") {
  CHECK(format_utc(*parse_time("2026-11-02 09:30", zagreb)) == "2026-11-02T08:30:00Z");
  CHECK(format_utc(*parse_time("2026-07-02 09:30:15", zagreb)) == "2026-07-02T07:30:15Z");
  CHECK(format_utc(*parse_time("2026-07-02", zagreb)) == "2026-07-01T22:00:00Z");
}

TEST_CASE("a local time in the spring gap moves forward; in the autumn fold takes the earlier") {
  // 2026-03-29 02:30 does not exist in Zagreb (02:00 -> 03:00).
  CHECK(format_utc(*parse_time("2026-03-29 02:30", zagreb)) == "2026-03-29T01:30:00Z");
  // 2026-10-25 02:30 happens twice; the first is still summer time (UTC+2).
  CHECK(format_utc(*parse_time("2026-10-25 02:30", zagreb)) == "2026-10-25T00:30:00Z");
}

TEST_CASE("malformed times are refused") {
  for (const char* bad : {"", "yesterday", "2026-13-01", "2026-02-30", "2026-11-02 25:00",
                          "2026-11-02T09:30:00+25:00", "2026-11-02Z", "02.11.2026", "2026-11-02 9:30",
                          "2026-11-02 09:60"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_time(bad, zagreb).has_value());
  }
}

TEST_CASE("local formatting and civil time round trip") {
  const Instant t = *parse_time("2026-11-02T08:30:00Z", utc);
  CHECK(format_local(t, zagreb) == "2026-11-02 09:30:00");
  CHECK(format_local_short(t, zagreb) == "2026-11-02 09:30");
  const LocalDateTime l = to_local(t, zagreb);
  CHECK(l.year == 2026);
  CHECK(l.hour == 9);
  CHECK(from_local(l, zagreb) == t);
}

TEST_CASE("unknown zones are refused") {
  CHECK_FALSE(TimeZone::find("Europe/Atlantis").has_value());
  CHECK(TimeZone::find("Asia/Tehran").has_value());
}

TEST_CASE("parse_time accepts exactly the documented grammar (checked against a regular expression)") {
  // The grammar as a regular expression, the way it was first written: the hand-written
  // parser must agree with it on every string, valid or not.
  const std::regex grammar(
      R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|z|[+-]\d{2}:\d{2})?$)");
  std::mt19937 rng(7);
  const std::string templates[] = {"2026-11-02", "2026-11-02 09:30", "2026-11-02T09:30:15",
                                   "2026-11-02T09:30:15Z", "2026-11-02 09:30+01:00", "2026-11-02T09:30:00-05:30",
                                   "2026-11-02t09:30:15.250z", "2026-11-02 09:30:15.5+01:00"};
  const std::string noise = "0123456789-:TZtz +x.";
  for (int i = 0; i < 50000; ++i) {
    std::string s = templates[rng() % std::size(templates)];
    for (int edits = static_cast<int>(rng() % 3); edits > 0; --edits) {
      const auto at = rng() % (s.size() + 1);
      switch (rng() % 3) {
      case 0: s.insert(at, 1, noise[rng() % noise.size()]); break;
      case 1: if (at < s.size()) { s.erase(at, 1); } break;
      default: if (at < s.size()) { s[at] = noise[rng() % noise.size()]; }
      }
    }
    CAPTURE(s);
    std::smatch m;
    const bool shaped = std::regex_match(s, m, grammar) && !(m[7].matched && !m[4].matched);
    const auto parsed = parse_time(s, zagreb);
    if (!shaped) {
      REQUIRE_FALSE(parsed.has_value());
      continue;
    }
    const auto number = [&](int group) { return m[group].matched ? std::stoi(m[group]) : 0; };
    const LocalDateTime civil{number(1), static_cast<unsigned>(number(2)), static_cast<unsigned>(number(3)),
                              number(4), number(5), number(6)};
    const std::string offset = m[7];
    const bool offset_ok = offset.size() != 6 || (std::stoi(offset.substr(1, 2)) < 24 && std::stoi(offset.substr(4, 2)) < 60);
    const bool real = date::year_month_day{date::year{civil.year}, date::month{civil.month}, date::day{civil.day}}.ok() &&
                      civil.hour < 24 && civil.minute < 60 && civil.second < 60 && offset_ok;
    REQUIRE(parsed.has_value() == real);
    if (real) {
      Instant expected = from_local(civil, offset.empty() ? zagreb : utc);
      if (offset.size() == 6) {
        const Seconds shift = std::chrono::hours{std::stoi(offset.substr(1, 2))} + std::chrono::minutes{std::stoi(offset.substr(4, 2))};
        expected -= offset[0] == '-' ? -shift : shift;
      }
      REQUIRE(*parsed == expected);
    }
  }
}

TEST_CASE("formatting agrees with date::format across years, zones and DST") {
  const TimeZone tehran = TimeZone::locate("Asia/Tehran");
  for (std::int64_t s = -2208988800; s < 4102444800; s += 86400 * 37 + 3607) {
    const Instant t = from_unix(s);
    CAPTURE(s);
    REQUIRE(format_utc(t) == date::format("%Y-%m-%dT%H:%M:%SZ", t));
    for (const TimeZone* zone : {&zagreb, &tehran}) {
      const auto local = date::make_zoned(zone->zone(), t).get_local_time();
      REQUIRE(format_local(t, *zone) == date::format("%Y-%m-%d %H:%M:%S", local));
      REQUIRE(format_local_short(t, *zone) == date::format("%Y-%m-%d %H:%M", local));
    }
  }
}

TEST_CASE("the end of a window: a date alone covers that whole day") {
  // Zagreb is UTC+1 in November: the 30th ends at 23:00 UTC.
  CHECK(format_utc(*parse_window_end("2026-11-30", zagreb)) == "2026-11-30T23:00:00Z");
  CHECK(format_utc(*parse_window_end("2026-12-31", utc)) == "2027-01-01T00:00:00Z");
  CHECK(format_utc(*parse_window_end("2028-02-28", utc)) == "2028-02-29T00:00:00Z");
  // A day that ends in another offset: the 24th of October ends at 00:00 summer time (UTC+2),
  // the 28th of March at 00:00 winter time (UTC+1), whatever the change the next night.
  CHECK(format_utc(*parse_window_end("2026-10-24", zagreb)) == "2026-10-24T22:00:00Z");
  CHECK(format_utc(*parse_window_end("2026-03-28", zagreb)) == "2026-03-28T23:00:00Z");
  // Chile starts summer time at midnight (5 Sep 2026, 24:00 -04 -> 6 Sep 01:00 -03): the 5th
  // ends when the 6th begins, at 04:00 UTC.
  const TimeZone santiago = TimeZone::locate("America/Santiago");
  CHECK(format_utc(*parse_window_end("2026-09-05", santiago)) == "2026-09-06T04:00:00Z");
  // A time of day is taken as it is.
  CHECK(format_utc(*parse_window_end("2026-11-30 12:00", zagreb)) == "2026-11-30T11:00:00Z");
  CHECK(format_utc(*parse_window_end("2026-11-30T12:00:00Z", zagreb)) == "2026-11-30T12:00:00Z");
  CHECK_FALSE(parse_window_end("2026-11-31", zagreb).has_value());
  CHECK_FALSE(parse_window_end("tomorrow", zagreb).has_value());
}

TEST_CASE("compact local times drop the year within the current one, and the time of day before it") {
  const Instant now = *parse_time("2026-11-20 11:00", zagreb);
  CHECK(format_local_compact(*parse_time("2026-11-02 09:30", zagreb), zagreb, now) == "11-02 09:30");
  CHECK(format_local_compact(*parse_time("2025-12-31 23:30", zagreb), zagreb, now) == "2025-12-31");
  CHECK(format_local_compact(*parse_time("2027-01-04 09:00", zagreb), zagreb, now) == "2027-01-04");
  // The year is the local one: 23:30 UTC on 31 December is already next year in Zagreb.
  const Instant new_year = *parse_time("2026-12-31T23:30:00Z", utc);
  CHECK(format_local_compact(new_year, zagreb, now) == "2027-01-01");
  CHECK(format_local_compact(new_year, utc, now) == "12-31 23:30");
}
