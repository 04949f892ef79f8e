// Reading policy.toml's nodes into values: see toml_read.hpp.

#include "policy/toml_read.hpp"

#include <redress/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace redress::policy_detail {

void reject(const toml::source_region& where, std::string message) {
  throw Rejection{where, std::move(message), {}, 0, 0};
}

std::string type_name(const toml::node& node) {
  switch (node.type()) {
  case toml::node_type::table: return "a table";
  case toml::node_type::array: return "an array";
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a number";
  case toml::node_type::boolean: return "a boolean";
  case toml::node_type::date: return "a date";
  case toml::node_type::time: return "a time";
  case toml::node_type::date_time: return "a date-time";
  default: return "nothing";
  }
}

void check_keys(Problems& problems, const toml::table& table, const std::string& where,
                const std::vector<std::string>& allowed) {
  for (auto&& [key, node] : table) {
    const std::string name(key.str());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      problems.add(key.source(), "unknown key '" + name + "' in " + where + "; " +
                                     util::suggestion_hint(name, allowed));
    }
  }
}

const toml::table& as_table(const toml::node& node, const std::string& what) {
  if (const auto* t = node.as_table()) {
    return *t;
  }
  reject(node.source(), what + " must be a table, not " + type_name(node));
}

std::string as_string(const toml::node& node, const std::string& what) {
  if (const auto* s = node.as_string()) {
    if (s->get().empty()) {
      reject(node.source(), what + " must not be empty");
    }
    return s->get();
  }
  reject(node.source(), what + " must be a string, not " + type_name(node));
}

const toml::node& required(const toml::table& table, const toml::source_region& table_where,
                           const std::string& key, const std::string& where) {
  if (const auto* node = table.get(key)) {
    return *node;
  }
  reject(table_where, "missing key '" + key + "' in " + where);
}

std::vector<std::string> name_list(const toml::node& node, const std::string& what, bool allow_empty) {
  const auto* array = node.as_array();
  if (array == nullptr) {
    reject(node.source(), what + " must be an array of strings, not " + type_name(node));
  }
  if (array->empty() && !allow_empty) {
    reject(node.source(), what + " must not be empty");
  }
  // A set, not a search of the list so far: a generated policy may be long.
  std::vector<std::string> names;
  names.reserve(array->size());
  std::unordered_set<std::string_view> seen;
  seen.reserve(array->size());
  const std::string entry = "each entry of " + what;
  for (const auto& item : *array) {
    const std::string& name = names.emplace_back(as_string(item, entry));
    if (!seen.insert(item.as_string()->get()).second) {
      reject(item.source(), "duplicate '" + name + "' in " + what);
    }
  }
  return names;
}

Duration duration(const toml::node& node, const std::string& what) {
  const std::string text = as_string(node, what);
  if (auto d = parse_duration(text)) {
    return *d;
  }
  reject(node.source(),
         what + " must be a duration such as \"30m\", \"4h\", \"3d\" or \"2w\", not \"" + text + "\"");
}

namespace {

// An SLA target of zero would be breached the moment a complaint arrives: a typo, not a rule.
Target positive(const Target& t, const toml::node& node, const std::string& what) {
  if (t.within.amount <= 0) {
    reject(node.source(), what + " must be longer than zero, such as \"4h\"");
  }
  return t;
}

} // namespace

Target target(Problems& problems, const toml::node& node, const std::string& what) {
  if (node.is_string()) {
    return positive(Target{duration(node, what), ClockKind::business}, node, what);
  }
  if (const auto* table = node.as_table()) {
    check_keys(problems, *table, what, {"within", "clock"});
    Target t{duration(required(*table, node.source(), "within", what), what + ".within"),
             ClockKind::business};
    if (const auto* clock = table->get("clock")) {
      const std::string kind = as_string(*clock, what + ".clock");
      if (kind == "calendar") {
        t.clock = ClockKind::calendar;
      } else if (kind != "business") {
        reject(clock->source(), what + ".clock must be \"business\" or \"calendar\", not \"" + kind + "\"");
      }
    }
    return positive(t, node, what);
  }
  reject(node.source(), what + " must be a duration string or { within = \"8w\", clock = "
                               "\"calendar\" }, not " + type_name(node));
}

// (Not std::regex: compiling its patterns cost every command more time than the rest of
// loading the policy; docs/performance.md.)
bool has_shape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (shape[i] == '9' ? !digit : text[i] != shape[i]) {
      return false;
    }
  }
  return true;
}

int digits_at(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Holiday date_text(const std::string& text, const toml::source_region& where, const std::string& what) {
  Holiday h;
  if (has_shape(text, "9999-99-99")) {
    h = Holiday{digits_at(text, 0, 4), unsigned(digits_at(text, 5, 2)), unsigned(digits_at(text, 8, 2))};
  } else if (has_shape(text, "99-99")) {
    h = Holiday{0, unsigned(digits_at(text, 0, 2)), unsigned(digits_at(text, 3, 2))};
  } else {
    reject(where, what + " entries must be dates such as \"2026-12-25\" or \"12-25\" (every year), not \"" +
                      text + "\"");
  }
  static constexpr unsigned days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool yearly = text.size() == 5;
  const bool leap = h.year % 4 == 0 && (h.year % 100 != 0 || h.year % 400 == 0);
  if ((h.year == 0 && !yearly) || h.month < 1 || h.month > 12 || h.day < 1 ||
      h.day > days_in_month[h.month - 1] || (!yearly && h.month == 2 && h.day == 29 && !leap)) {
    reject(where, what + ": \"" + text + "\" is not a real date");
  }
  return h;
}

Holiday date_of(const toml::node& node, const std::string& what) {
  if (const auto* d = node.as_date()) {
    const auto& v = d->get();
    return date_text(fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day), node.source(), what);
  }
  return date_text(as_string(node, "each entry of " + what), node.source(), what);
}

std::vector<std::pair<std::string, const toml::node*>> in_file_order(const toml::table& table) {
  std::vector<std::pair<std::string, const toml::node*>> entries;
  for (auto&& [key, value] : table) {
    entries.emplace_back(std::string(key.str()), &value);
  }
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    const auto& pa = a.second->source().begin;
    const auto& pb = b.second->source().begin;
    return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
  });
  return entries;
}

} // namespace redress::policy_detail
