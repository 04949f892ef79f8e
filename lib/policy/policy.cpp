#include <redress/suggest.hpp>

#include <redress/error.hpp>
#include <redress/policy.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

namespace redress {

namespace {

template <typename T> const T* find_named(const std::vector<T>& items, std::string_view name) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T& i) { return i.name == name; });
  return it == items.end() ? nullptr : &*it;
}

template <typename T> std::vector<std::string> names_of(const std::vector<T>& items) {
  std::vector<std::string> names;
  names.reserve(items.size());
  for (const auto& item : items) {
    names.push_back(item.name);
  }
  return names;
}

} // namespace

const SeverityPolicy* Policy::find_severity(std::string_view n) const {
  return find_named(severities, n);
}

const CategoryPolicy* Policy::find_category(std::string_view n) const {
  return find_named(categories, n);
}

bool Policy::has_channel(std::string_view n) const {
  return std::find(channels.begin(), channels.end(), n) != channels.end();
}

bool Policy::has_outcome(std::string_view n) const {
  return std::find(outcomes.begin(), outcomes.end(), n) != outcomes.end();
}

std::vector<std::string> Policy::severity_names() const { return names_of(severities); }

std::vector<std::string> Policy::category_names() const { return names_of(categories); }

Target Policy::acknowledge_target(std::string_view severity, std::string_view category) const {
  const auto* s = find_severity(severity);
  const auto* c = find_category(category);
  if (s == nullptr || c == nullptr) {
    throw Error(Errc::not_found, "no SLA target for severity '" + std::string(severity) +
                                     "' and category '" + std::string(category) + "'");
  }
  return c->acknowledge.value_or(s->acknowledge);
}

Target Policy::resolve_target(std::string_view severity, std::string_view category) const {
  const auto* s = find_severity(severity);
  const auto* c = find_category(category);
  if (s == nullptr || c == nullptr) {
    throw Error(Errc::not_found, "no SLA target for severity '" + std::string(severity) +
                                     "' and category '" + std::string(category) + "'");
  }
  return c->resolve.value_or(s->resolve);
}

std::string PolicyProblem::to_string() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

void throw_policy_problems(const PolicyResult& result) {
  std::vector<std::string> more;
  for (std::size_t i = 1; i < result.problems.size(); ++i) {
    more.push_back(result.problems[i].to_string());
  }
  throw Error(Errc::invalid_input, result.problem ? result.problem->to_string() : "invalid policy", {},
              std::move(more));
}

std::string read_policy_file(const std::string& path) {
  // fstat on the open file, not stat on the name: what is checked is what is read. A device
  // such as /dev/zero or a pipe never ends, so only regular files are read, and only up to the
  // limit (a file may grow while it is read).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    throw Error(Errc::not_found, "cannot read policy file '" + path + "': " +
                                     (errno == ENOENT ? "no such file" : std::strerror(errno)));
  }
  struct stat st {};
  const bool stated = ::fstat(fd, &st) == 0;
  std::string text;
  try {
    if (stated && S_ISDIR(st.st_mode)) {
      throw Error(Errc::not_found, "cannot read policy file '" + path + "': it is a folder",
                  "give the policy file inside it, such as " +
                      (std::filesystem::path(path) / "policy.toml").string());
    }
    if (!stated || !S_ISREG(st.st_mode)) {
      throw Error(Errc::invalid_input, "cannot read policy file '" + path + "': not a regular file",
                  "a policy is a TOML text file");
    }
    const auto too_big = [&] {
      static_assert(k_max_policy_bytes == std::size_t{1} << 20, "the message says 1 MiB");
      return Error(Errc::invalid_input, "policy file '" + path + "' is larger than 1 MiB",
                   "a policy is a short text of rules; see docs/policy.md");
    };
    if (static_cast<std::uint64_t>(st.st_size) > k_max_policy_bytes) {
      throw too_big();
    }
    text.resize(k_max_policy_bytes + 1);
    std::size_t got = 0;
    while (got < text.size()) {
      const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n < 0) {
        throw Error(Errc::failure, "cannot read policy file '" + path + "': " + std::strerror(errno));
      }
      if (n == 0) {
        break;
      }
      got += static_cast<std::size_t>(n);
    }
    if (got > k_max_policy_bytes) {
      throw too_big();
    }
    text.resize(got);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return text;
}

Policy load_policy(const std::string& path) {
  auto result = parse_policy(read_policy_file(path), path);
  if (result.problem) {
    throw_policy_problems(result);
  }
  return std::move(*result.policy);
}

} // namespace redress
