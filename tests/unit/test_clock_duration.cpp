#include <redress/duration.hpp>

#include <doctest/doctest.h>

using namespace redress;

TEST_CASE("durations parse in the policy's notation") {
  CHECK(parse_duration("30m") == Duration{30, DurationUnit::minutes});
  CHECK(parse_duration("4h") == Duration{4, DurationUnit::hours});
  CHECK(parse_duration("3d") == Duration{3, DurationUnit::days});
  CHECK(parse_duration("2w") == Duration{2, DurationUnit::weeks});
  CHECK(parse_duration("0h") == Duration{0, DurationUnit::hours});
  CHECK(to_string(*parse_duration("8w")) == "8w");
}

TEST_CASE("malformed or absurd durations are refused") {
  for (const char* bad : {"", "h", "4", "-4h", "+4h", "4x", "4 h", "4H", "1.5h", "99999999999w",
                          "600w", "4hh"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_duration(bad).has_value());
  }
}

TEST_CASE("targets name their clock") {
  CHECK(to_string(Target{{8, DurationUnit::weeks}, ClockKind::calendar}) == "8w calendar");
  CHECK(to_string(Target{{4, DurationUnit::hours}, ClockKind::business}) == "4h");
}
