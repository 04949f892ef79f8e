#include <redress/suggest.hpp>

#include <redress/error.hpp>
#include <redress/policy.hpp>

#include "util/fold.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

namespace redress {

std::string_view to_string(NameKind kind) {
  switch (kind) {
  case NameKind::category: return "category";
  case NameKind::severity: return "severity";
  case NameKind::channel: return "channel";
  case NameKind::outcome: return "outcome";
  }
  return "category";
}

std::string_view to_string(Upheld u) {
  switch (u) {
  case Upheld::upheld: return "upheld";
  case Upheld::partly_upheld: return "partly-upheld";
  case Upheld::not_upheld: return "not-upheld";
  }
  return "upheld";
}

std::optional<Upheld> parse_upheld(std::string_view text) {
  for (const Upheld u : {Upheld::upheld, Upheld::partly_upheld, Upheld::not_upheld}) {
    if (to_string(u) == text) {
      return u;
    }
  }
  return std::nullopt;
}

// Names compare folded (util/fold.hpp: case, accents, NFC/NFD, Persian yeh and kaf): `--channel
// E-POSTA` is 'e-pošta', and two names that fold alike are one name (a duplicate in a policy).
std::string NameTable::key(std::string_view name) { return util::fold(name); }

bool NameTable::add(const std::string& name) {
  if (!m_by_key.emplace(key(name), m_names.size()).second) {
    return false;
  }
  m_names.push_back(name);
  return true;
}

bool NameTable::add_old(const std::string& old_name, std::string_view current) {
  const auto to = m_by_key.find(key(current));
  if (to == m_by_key.end() || !m_by_key.emplace(key(old_name), to->second).second) {
    return false;
  }
  m_old.emplace_back(old_name, to->second);
  return true;
}

std::optional<std::size_t> NameTable::index(std::string_view name) const {
  const auto it = m_by_key.find(key(name));
  return it == m_by_key.end() ? std::nullopt : std::optional(it->second);
}

const std::string* NameTable::current(std::string_view name) const {
  const auto i = index(name);
  return i ? &m_names[*i] : nullptr;
}

bool NameTable::is_current(std::string_view name) const {
  const auto i = index(name);
  return i && key(m_names[*i]) == key(name);
}

bool NameTable::same(std::string_view a, std::string_view b) const {
  const auto i = index(a);
  return i && i == index(b);
}

std::vector<std::string> NameTable::old_names(std::size_t i) const {
  std::vector<std::string> names;
  for (const auto& [old_name, to] : m_old) {
    if (to == i) {
      names.push_back(old_name);
    }
  }
  return names;
}

std::vector<std::string> NameTable::spellings(std::string_view name) const {
  const auto i = index(name);
  if (!i) {
    return {};
  }
  std::vector<std::string> all{m_names[*i]};
  for (auto& old_name : old_names(*i)) {
    all.push_back(std::move(old_name));
  }
  return all;
}

std::optional<Target> TargetOverride::for_severity(std::string_view name) const {
  for (const auto& [own, target] : severity) {
    if (own == name) {
      return target;
    }
  }
  return every;
}

namespace {

template <typename T> const T* find_named(const NameTable& names, const std::vector<T>& items, std::string_view name) {
  const auto i = names.index(name);
  return i && *i < items.size() ? &items[*i] : nullptr;
}

[[noreturn]] void no_target(std::string_view severity, std::string_view category) {
  throw Error(Errc::not_found, "no SLA target for severity '" + std::string(severity) + "' and category '" +
                                   std::string(category) + "'");
}

} // namespace

const SeverityPolicy* Policy::find_severity(std::string_view n) const {
  return find_named(names(NameKind::severity), severities, n);
}

const CategoryPolicy* Policy::find_category(std::string_view n) const {
  return find_named(names(NameKind::category), categories, n);
}

const OutcomePolicy* Policy::find_outcome(std::string_view n) const {
  return find_named(names(NameKind::outcome), outcomes, n);
}

const std::string& Policy::require_name(NameKind kind, std::string_view given, Errc code) const {
  if (const std::string* now = current_name(kind, given)) {
    return *now;
  }
  throw Error(code, "unknown " + std::string(to_string(kind)) + " '" + std::string(given) + "'",
              util::suggestion_hint(std::string(given), names(kind).names()));
}

bool Policy::has_channel(std::string_view n) const { return names(NameKind::channel).index(n).has_value(); }

bool Policy::has_outcome(std::string_view n) const { return names(NameKind::outcome).index(n).has_value(); }

const FieldPolicy* Policy::find_field(std::string_view n) const {
  // Field names are ASCII identifiers (is_field_name): compared exactly.
  const auto it = std::find_if(fields.begin(), fields.end(), [&](const FieldPolicy& f) { return f.name == n; });
  return it == fields.end() ? nullptr : &*it;
}

std::vector<std::string> Policy::field_names() const {
  std::vector<std::string> out;
  for (const auto& f : fields) {
    out.push_back(f.name);
  }
  return out;
}

bool is_field_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() < 'a' || name.front() > 'z') {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string_view to_string(FieldType type) {
  switch (type) {
  case FieldType::text: return "text";
  case FieldType::integer: return "integer";
  case FieldType::decimal: return "decimal";
  case FieldType::date: return "date";
  case FieldType::choice: return "choice";
  }
  return "text";
}

Target Policy::acknowledge_target(std::string_view severity, std::string_view category) const {
  const auto* s = find_severity(severity);
  const auto* c = find_category(category);
  if (s == nullptr || c == nullptr) {
    no_target(severity, category);
  }
  return c->acknowledge.for_severity(s->name).value_or(s->acknowledge);
}

Target Policy::resolve_target(std::string_view severity, std::string_view category) const {
  const auto* s = find_severity(severity);
  const auto* c = find_category(category);
  if (s == nullptr || c == nullptr) {
    no_target(severity, category);
  }
  return c->resolve.for_severity(s->name).value_or(s->resolve);
}

std::optional<Upheld> Policy::upheld(std::string_view outcome) const {
  const auto* o = find_outcome(outcome);
  return o ? o->upheld : std::nullopt;
}

std::string Policy::product_group(std::string_view category) const {
  const auto* c = find_category(category);
  if (c == nullptr) {
    return std::string(category);
  }
  for (const ProductGroup& g : complaints_return.product_groups) {
    if (std::find(g.categories.begin(), g.categories.end(), c->name) != g.categories.end()) {
      return g.name;
    }
  }
  return c->name;
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
