#include "progress.hpp"

#include "context.hpp"

#include <fmt/format.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace redress::cli {

namespace {

int stderr_width() {
  winsize ws{};
  return ::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
}

} // namespace

Progress::Progress(std::string label, bool wanted)
    : m_label(std::move(label)), m_enabled(wanted && ::isatty(STDERR_FILENO) != 0 && !Context::dumb_terminal()) {}

Progress::~Progress() { clear(); }

void Progress::update(std::int64_t done, const char* unit, double fraction) {
  if (!m_enabled) {
    return;
  }
  const auto now = std::chrono::steady_clock::now();
  if (m_drawn && now - m_last < std::chrono::milliseconds(100)) {
    return;
  }
  m_last = now;
  std::string line = fmt::format("{} {} {}", m_label, done, unit);
  if (fraction >= 0) {
    const double f = std::clamp(fraction, 0.0, 1.0);
    const int bar = std::clamp(stderr_width() - static_cast<int>(line.size()) - 10, 10, 40);
    const int filled = static_cast<int>(f * bar);
    line = fmt::format("{} [{}{}] {:3}%  {} {}", m_label, std::string(static_cast<std::size_t>(filled), '#'),
                       std::string(static_cast<std::size_t>(bar - filled), '-'),
                       static_cast<int>(f * 100), done, unit);
  }
  fmt::print(stderr, "\r\x1b[K{}", line);
  std::fflush(stderr);
  m_drawn = true;
}

void Progress::clear() {
  if (m_drawn) {
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    m_drawn = false;
  }
}

} // namespace redress::cli
