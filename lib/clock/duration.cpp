#include <redress/duration.hpp>

#include <charconv>

namespace redress {

namespace {
constexpr std::int64_t k_max_minutes = 10LL * 366 * 24 * 60; // ten years, in the smallest unit
}

std::optional<Duration> parse_duration(std::string_view text) {
  if (text.size() < 2) {
    return std::nullopt;
  }
  Duration d;
  switch (text.back()) {
  case 'm': d.unit = DurationUnit::minutes; break;
  case 'h': d.unit = DurationUnit::hours; break;
  case 'd': d.unit = DurationUnit::days; break;
  case 'w': d.unit = DurationUnit::weeks; break;
  default: return std::nullopt;
  }
  const auto digits = text.substr(0, text.size() - 1);
  if (digits.empty() || digits.front() < '0' || digits.front() > '9') {
    return std::nullopt;
  }
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d.amount);
  if (ec != std::errc{} || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  static constexpr std::int64_t per_unit[] = {1, 60, 24 * 60, 7 * 24 * 60};
  if (d.amount > k_max_minutes / per_unit[static_cast<int>(d.unit)]) {
    return std::nullopt;
  }
  return d;
}

std::string to_string(const Duration& d) {
  static constexpr char suffix[] = {'m', 'h', 'd', 'w'};
  return std::to_string(d.amount) + suffix[static_cast<int>(d.unit)];
}

std::optional<RetentionPeriod> parse_retention(std::string_view text) {
  RetentionPeriod p;
  if (text.size() >= 2 && text.back() == 'y') {
    const auto digits = text.substr(0, text.size() - 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), p.years);
    if (ec != std::errc{} || end != digits.data() + digits.size() || p.years < 1 || p.years > 100) {
      return std::nullopt;
    }
    return p;
  }
  // Days and weeks only: "36m" would be read as minutes by the target syntax, where a user
  // writing a retention means months, and an erasure cannot be taken back.
  if (text.empty() || (text.back() != 'd' && text.back() != 'w')) {
    return std::nullopt;
  }
  p.duration = parse_duration(text);
  if (!p.duration || p.duration->amount <= 0) {
    return std::nullopt;
  }
  return p;
}

std::string to_string(const RetentionPeriod& p) {
  return p.duration ? to_string(*p.duration) : std::to_string(p.years) + "y";
}

std::string to_string(const Target& t) {
  return t.clock == ClockKind::calendar ? to_string(t.within) + " calendar" : to_string(t.within);
}

std::optional<Target> parse_target(std::string_view text) {
  constexpr std::string_view k_calendar = " calendar";
  Target t;
  if (text.size() > k_calendar.size() && text.substr(text.size() - k_calendar.size()) == k_calendar) {
    t.clock = ClockKind::calendar;
    text.remove_suffix(k_calendar.size());
  }
  const auto d = parse_duration(text);
  if (!d) {
    return std::nullopt;
  }
  t.within = *d;
  return t;
}

} // namespace redress
