#include <redress/time.hpp>

#include <doctest/doctest.h>

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
