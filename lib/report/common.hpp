#pragma once
// Shared pieces of the reports: tallies of SLA states, percentages, compensation, columns.

#include <redress/report.hpp>

#include <array>
#include <map>

namespace redress::report {

/// a / b as a percentage; nullopt when b is 0.
inline std::optional<double> ratio(std::int64_t a, std::int64_t b) {
  if (b == 0) {
    return std::nullopt;
  }
  return 100.0 * static_cast<double>(a) / static_cast<double>(b);
}

/// Counts of targets for one group (overall, a severity, a team, an assignee or a period).
struct SlaTally {
  std::int64_t complaints = 0;
  std::int64_t met = 0;
  std::int64_t breached = 0;
  std::int64_t at_risk = 0; // targets at risk now
  std::int64_t running = 0; // other unsettled targets, paused included
  [[nodiscard]] std::optional<double> compliance() const { return ratio(met, met + breached); }
  /// Adds one clock's state.
  void count(const SlaClock& clock) {
    switch (clock.reading.state) {
    case SlaState::met: ++met; break;
    case SlaState::breached: ++breached; break;
    case SlaState::at_risk: ++at_risk; break;
    case SlaState::running:
    case SlaState::paused: ++running; break;
    }
  }
  /// Adds a complaint and both its clocks.
  void add(const Complaint& c) {
    ++complaints;
    count(c.acknowledge);
    count(c.resolve);
  }
};

/// Compensation paid per currency, exact in minor units.
class CompensationTally {
public:
  void add(const Complaint& c);
  /// currency, complaints, total, average (rounded half away from zero to the minor unit).
  [[nodiscard]] ReportTable table() const;

private:
  struct Sum {
    std::int64_t total = 0;
    std::int64_t count = 0;
  };
  std::map<std::string, Sum> m_sums;
};

/// Satisfaction scores 1-5 as given.
struct SatisfactionTally {
  std::array<std::int64_t, 5> scores{};
  void add(const Complaint& c) {
    if (c.satisfaction && *c.satisfaction >= 1 && *c.satisfaction <= 5) {
      ++scores[static_cast<std::size_t>(*c.satisfaction - 1)];
    }
  }
  [[nodiscard]] std::int64_t responses() const;
  [[nodiscard]] Value average() const; // null without responses
};

/// Where the data of `window` ends: `until`, or just after `as_of` when the window reaches it
/// (a complaint received at the as-of instant is in the report).
inline Instant data_end(const ReportWindow& window) {
  return window.until > window.as_of ? window.as_of + Seconds{1} : window.until;
}

inline bool is_resolved(Status s) { return s == Status::resolved || s == Status::closed; }

/// A text that may be absent, as a value (null when absent or empty).
inline Value text_or_null(const std::optional<std::string>& v) {
  return v && !v->empty() ? Value(*v) : Value(std::monostate{});
}

} // namespace redress::report
