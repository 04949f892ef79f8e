#pragma once
// A progress bar for long work (import, export): on stderr, only when stderr is a terminal,
// redrawn at most ten times a second, and cleared when the work ends (SPEC §7).

#include <chrono>
#include <cstdint>
#include <string>

namespace redress::cli {

class Progress {
public:
  /// Shows nothing unless `wanted` and stderr is a terminal.
  Progress(std::string label, bool wanted);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// `done` of `total` units (a count of `unit`, e.g. "complaints"); `fraction` in [0, 1] when
  /// the total is not a count (bytes of a file); negative when unknown.
  void update(std::int64_t done, const char* unit, double fraction);
  /// Clears the bar.
  void clear();
  /// True when the bar is shown at all.
  [[nodiscard]] bool enabled() const { return m_enabled; }

private:
  std::string m_label;
  bool m_enabled;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_last{};
};

} // namespace redress::cli
