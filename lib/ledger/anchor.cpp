// Anchors of the event chain (redress/anchor.hpp).

#include <redress/anchor.hpp>
#include <redress/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace redress {

namespace {

constexpr std::string_view k_tag = "redress-anchor";

bool is_hex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
}

// "key=value" -> value, or nullopt when the word is not that key.
std::optional<std::string_view> field(std::string_view word, std::string_view key) {
  if (word.size() > key.size() && word.substr(0, key.size()) == key && word[key.size()] == '=') {
    return word.substr(key.size() + 1);
  }
  return std::nullopt;
}

} // namespace

std::string format_anchor(const Anchor& a) {
  return std::string(k_tag) + " " + format_utc(a.at) + " ledger=" + a.ledger_id +
         " event=" + std::to_string(a.event_id) + " hash=" + a.hash;
}

std::vector<Anchor> read_anchors(std::istream& in, const std::string& source) {
  std::vector<Anchor> anchors;
  std::string line;
  int number = 0;
  static const TimeZone utc = TimeZone::locate("UTC");
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto bad = [&](const std::string& why) {
      return Error(Errc::invalid_input, source + ":" + std::to_string(number) + ": " + why,
                   "each line reads 'redress-anchor TIME ledger=ID event=N hash=HEX', as 'redress "
                   "anchor' writes it");
    };
    if (line.size() > 1000) {
      throw bad("the line is too long to be an anchor");
    }
    std::vector<std::string_view> words;
    std::string_view rest(line);
    while (!rest.empty()) {
      const auto space = rest.find(' ');
      words.push_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    if (words.size() != 5 || words[0] != k_tag) {
      throw bad("not an anchor");
    }
    Anchor a;
    const auto at = parse_time(words[1], utc);
    const auto ledger = field(words[2], "ledger");
    const auto event = field(words[3], "event");
    const auto hash = field(words[4], "hash");
    if (!at) {
      throw bad("'" + std::string(words[1]) + "' is not a time");
    }
    if (!ledger || !is_hex(*ledger) || !event || event->empty() || event->size() > 18 ||
        !std::all_of(event->begin(), event->end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !hash || hash->size() != 64 || !is_hex(*hash)) {
      throw bad("not an anchor");
    }
    a.at = *at;
    a.ledger_id = std::string(*ledger);
    a.event_id = std::stoll(std::string(*event));
    a.hash = std::string(*hash);
    anchors.push_back(std::move(a));
  }
  if (in.bad()) {
    throw Error(Errc::failure, "cannot read " + source);
  }
  return anchors;
}

void append_anchor(const std::filesystem::path& path, const Anchor& anchor) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw Error(Errc::not_found, "cannot append to " + path.string() + ": no folder " + folder.string());
  }
  // O_NONBLOCK: a FIFO planted under the name must not hang a nightly job; it is then refused
  // below as not a regular file (on a regular file the flag changes nothing).
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
  if (fd < 0) {
    const int error = errno;
    throw Error(Errc::failure, "cannot append to " + path.string() + ": " +
                                   (error == ELOOP   ? std::string("it is a symbolic link")
                                    : error == ENXIO ? std::string("not a regular file")
                                                     : std::strerror(error)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw Error(Errc::failure, "cannot append to " + path.string() + ": not a regular file");
  }
  const std::string line = format_anchor(anchor) + "\n";
  const ssize_t written = ::write(fd, line.data(), line.size());
  const bool synced = ::fsync(fd) == 0;
  const bool closed = ::close(fd) == 0;
  if (written != static_cast<ssize_t>(line.size()) || !synced || !closed) {
    throw Error(Errc::failure, "writing to " + path.string() + " failed (disk full?)");
  }
}

} // namespace redress
