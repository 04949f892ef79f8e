// The marker of `report sla --new-since last`: the as-of time of the last successful run.

#include <redress/error.hpp>
#include <redress/report.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace redress {

namespace {

constexpr const char* k_marker = "report-sla.last";

std::filesystem::path marker_path(const std::filesystem::path& dir) { return dir / k_marker; }

std::string os_error() { return std::strerror(errno); }

} // namespace

std::optional<Instant> read_new_since_marker(const std::filesystem::path& ledger_dir) {
  const auto path = marker_path(ledger_dir);
  // Not through a symbolic link: the marker is ours, in our folder.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) {
      return std::nullopt;
    }
    throw Error(Errc::failure, "cannot read " + path.string() + ": " + os_error());
  }
  char buffer[64];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  ::close(fd);
  std::string text(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  // Written by write_new_since_marker as RFC 3339 UTC; nothing else is accepted.
  const auto t = text.size() == 20 && text.back() == 'Z' ? parse_time(text, TimeZone::locate("UTC")) : std::nullopt;
  if (!t || format_utc(*t) != text) {
    throw Error(Errc::invalid_input, path.string() + " does not hold the time of the last report",
                "delete it: the next --new-since last then lists every breach");
  }
  return t;
}

void write_new_since_marker(const std::filesystem::path& ledger_dir, Instant as_of) {
  const auto path = marker_path(ledger_dir);
  std::random_device random;
  const auto temporary = ledger_dir / ("." + std::string(k_marker) + "." + std::to_string(::getpid()) + "." +
                                       std::to_string(random()));
  // A new file (never an existing one or a link planted under that name), the owner's only.
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw Error(Errc::failure, "cannot write " + path.string() + ": " + os_error());
  }
  const std::string text = format_utc(as_of) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const bool closed = ::close(fd) == 0;
  // rename() replaces the name, never the file a planted link points to.
  if (!written || !closed || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string why = os_error();
    ::unlink(temporary.c_str());
    throw Error(Errc::failure, "cannot write " + path.string() + ": " + why);
  }
}

} // namespace redress
