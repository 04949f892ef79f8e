#pragma once
// Shared pieces of the reports: tallies of SLA states, percentages, group names.

#include <redress/report.hpp>

#include <fmt/format.h>

namespace redress::report {

/// "87.5" (one decimal), or "-" when there is no figure.
inline std::string percent(std::optional<double> v) {
  return v ? fmt::format("{:.1f}", *v) : std::string("-");
}

/// a / b as a percentage; nullopt when b is 0.
inline std::optional<double> ratio(std::int64_t a, std::int64_t b) {
  if (b == 0) {
    return std::nullopt;
  }
  return 100.0 * static_cast<double>(a) / static_cast<double>(b);
}

/// Adds one clock's state to a tally.
inline void count_clock(SlaTally& t, const SlaClock& clock) {
  switch (clock.reading.state) {
  case SlaState::met: ++t.met; break;
  case SlaState::breached: ++t.breached; break;
  case SlaState::at_risk: ++t.at_risk; break;
  case SlaState::running:
  case SlaState::paused: ++t.running; break;
  }
}

inline std::string or_none(const std::optional<std::string>& v) {
  return v && !v->empty() ? *v : std::string("(none)");
}

} // namespace redress::report
