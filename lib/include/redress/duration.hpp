#pragma once
// SLA target lengths as written in the policy: `30m`, `4h`, `3d`, `2w`, and the clock that
// measures them (business hours by default, or plain calendar time).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace redress {

enum class DurationUnit { minutes, hours, days, weeks };

/// An amount of a unit, exactly as the policy wrote it (`3d` stays three days, it is not
/// turned into seconds: a business day is not 24 hours).
struct Duration {
  std::int64_t amount = 0;
  DurationUnit unit = DurationUnit::minutes;

  friend bool operator==(const Duration&, const Duration&) = default;
};

/// Parses `<digits><m|h|d|w>`; nullopt for anything else (negative, empty, unknown unit,
/// absurdly large: more than 10 years of that unit).
std::optional<Duration> parse_duration(std::string_view text);
/// Back to the policy's notation: `4h`.
std::string to_string(const Duration& d);

/// How long personal data is kept (`[retention] personal_data`): a Duration (`30d`, `26w`)
/// counted in calendar time, or whole calendar years (`3y`).
struct RetentionPeriod {
  std::int64_t years = 0;           // `3y`; 0 when `duration` says it
  std::optional<Duration> duration; // `30d`, `26w`
  friend bool operator==(const RetentionPeriod&, const RetentionPeriod&) = default;
};

/// `<digits>y` (1 to 100 years), or what parse_duration() takes; nullopt otherwise or for zero.
std::optional<RetentionPeriod> parse_retention(std::string_view text);
/// Back to the policy's notation: `3y`, `30d`.
std::string to_string(const RetentionPeriod& p);

enum class ClockKind { business, calendar };

/// One SLA target: a length measured on a clock.
struct Target {
  Duration within;
  ClockKind clock = ClockKind::business;

  friend bool operator==(const Target&, const Target&) = default;
};

/// `4h`, or `8w calendar`.
std::string to_string(const Target& t);
/// The inverse of to_string(Target): `4h` or `8w calendar`; nullopt otherwise.
std::optional<Target> parse_target(std::string_view text);

} // namespace redress
