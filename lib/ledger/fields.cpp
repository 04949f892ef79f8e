#include "ledger/fields.hpp"

#include "util/text.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <regex>
#include <unordered_map>

namespace redress {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// Digits without leading zeros (one zero for zero).
std::string_view trim_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') {
    digits.remove_prefix(1);
  }
  return digits;
}

CheckedField refuse(std::string problem, std::string hint = {}) {
  return CheckedField{{}, std::move(problem), std::move(hint)};
}

CheckedField check_integer(std::string_view v) {
  const std::string shown(v);
  std::string_view digits = v;
  const bool negative = !digits.empty() && digits.front() == '-';
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
    digits.remove_prefix(1);
  }
  if (!all_digits(digits)) {
    return refuse("'" + shown + "' is not a whole number", "write digits, such as 42 or -7");
  }
  digits = trim_zeros(digits);
  if (digits.size() > 18) {
    return refuse("'" + shown + "' is too large", "at most 18 digits");
  }
  const bool zero = digits == "0";
  return CheckedField{(negative && !zero ? "-" : "") + std::string(digits), std::nullopt, {}};
}

CheckedField check_decimal(std::string_view v) {
  const std::string shown(v);
  std::string_view rest = v;
  const bool negative = !rest.empty() && rest.front() == '-';
  if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
    rest.remove_prefix(1);
  }
  const auto dot = rest.find('.');
  const std::string_view whole = rest.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  const bool ok = all_digits(whole) && (dot == std::string_view::npos || all_digits(fraction)) &&
                  whole.size() + fraction.size() <= 30;
  if (!ok) {
    std::string hint = "write digits with a '.' before the decimals, such as 12.50";
    if (rest.find(',') != std::string_view::npos) {
      std::string dotted(rest);
      std::replace(dotted.begin(), dotted.end(), ',', '.');
      hint = "write " + std::string(negative ? "-" : "") + dotted + " (a '.' before the decimals)";
    }
    return refuse("'" + shown + "' is not a decimal number", hint);
  }
  std::string value(trim_zeros(whole));
  if (dot != std::string_view::npos) {
    value += "." + std::string(fraction);
  }
  const bool zero = std::all_of(value.begin(), value.end(), [](char c) { return c == '0' || c == '.'; });
  return CheckedField{(negative && !zero ? "-" : "") + value, std::nullopt, {}};
}

CheckedField check_date(std::string_view v) {
  const std::string shown(v);
  const auto bad = [&] { return refuse("'" + shown + "' is not a date", "write YYYY-MM-DD, such as 2026-11-02"); };
  if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !all_digits(v.substr(0, 4)) ||
      !all_digits(v.substr(5, 2)) || !all_digits(v.substr(8, 2))) {
    return bad();
  }
  const int year = std::stoi(std::string(v.substr(0, 4)));
  const int month = std::stoi(std::string(v.substr(5, 2)));
  const int day = std::stoi(std::string(v.substr(8, 2)));
  static constexpr int days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  if (month < 1 || month > 12 || day < 1 || day > days_in_month[month - 1] ||
      (month == 2 && day == 29 && !leap)) {
    return refuse("'" + shown + "' is not a real date");
  }
  return CheckedField{shown, std::nullopt, {}};
}

// The compiled pattern, once per pattern and thread (an import checks on a thread of its own).
const std::regex& compiled(const std::string& pattern) {
  thread_local std::unordered_map<std::string, std::regex> cache;
  auto it = cache.find(pattern);
  if (it == cache.end()) {
    it = cache.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
  }
  return it->second;
}

CheckedField check_text(const FieldPolicy* declared, std::string_view v) {
  const util::TextKind kind = declared != nullptr ? util::TextKind::line : util::TextKind::document;
  if (auto problem = util::text_problem(v, kind)) {
    return refuse(*problem);
  }
  // A value lands raw in CSV and TSV cells: nothing in it may drive a terminal that shows them.
  if (util::sanitize_for_terminal(v, kind == util::TextKind::document) != v) {
    return refuse("'" + util::sanitize_for_terminal(v) + "' contains a control character or a bidi override");
  }
  if (declared != nullptr && declared->pattern) {
    bool matches = false;
    try {
      matches = std::regex_match(v.begin(), v.end(), compiled(*declared->pattern));
    } catch (const std::regex_error&) {
      // The pattern needs more steps than the library allows for this value: not a match.
    }
    if (!matches) {
      return refuse("'" + std::string(v) + "' does not have the form the policy asks for",
                    "it must match " + *declared->pattern);
    }
  }
  return CheckedField{std::string(v), std::nullopt, {}};
}

} // namespace

bool field_is_personal(const FieldPolicy* declared) { return declared == nullptr || declared->personal; }

CheckedField check_field_value(const FieldPolicy* declared, std::string_view value) {
  if (util::is_blank(value)) {
    return refuse("is empty");
  }
  if (!util::is_valid_utf8(value)) {
    return refuse("is not valid UTF-8");
  }
  if (declared == nullptr) {
    return check_text(nullptr, value);
  }
  switch (declared->type) {
  case FieldType::text:
    return check_text(declared, value);
  case FieldType::integer:
    return check_integer(value);
  case FieldType::decimal:
    return check_decimal(value);
  case FieldType::date:
    return check_date(value);
  case FieldType::choice: {
    const auto& values = declared->values;
    if (std::find(values.begin(), values.end(), value) != values.end()) {
      return CheckedField{std::string(value), std::nullopt, {}};
    }
    return refuse("'" + std::string(value) + "' is not one of its values",
                  util::suggestion_hint(std::string(value), values));
  }
  }
  return refuse("is not valid");
}

void set_field(Complaint& c, const Policy& policy, const std::string& name, const std::string& value) {
  c.fields.erase(name);
  c.personal_fields.erase(name);
  if (value.empty()) {
    return;
  }
  (field_is_personal(policy.find_field(name)) ? c.personal_fields : c.fields)[name] = value;
}

std::optional<std::string> field_value(const Complaint& c, const std::string& name) {
  for (const auto* map : {&c.fields, &c.personal_fields}) {
    if (const auto it = map->find(name); it != map->end()) {
      return it->second;
    }
  }
  return std::nullopt;
}

std::vector<std::string> missing_required_fields(const Policy& policy, const Complaint& c) {
  std::vector<std::string> missing;
  for (const FieldPolicy& field : policy.fields) {
    const auto& cats = field.required_for;
    if (std::find(cats.begin(), cats.end(), c.category) != cats.end() && !field_value(c, field.name)) {
      missing.push_back(field.name);
    }
  }
  return missing;
}

std::string field_search_text(const Complaint& c) {
  std::map<std::string, const std::string*> all;
  for (const auto* map : {&c.fields, &c.personal_fields}) {
    for (const auto& [name, value] : *map) {
      all.emplace(name, &value);
    }
  }
  std::string text;
  for (const auto& [name, value] : all) {
    text += (text.empty() ? "" : "\n") + *value;
  }
  return text;
}

std::string field_name_for_column(std::string_view column, std::size_t position) {
  // Decomposed and case-folded, marks dropped: "Narudžbe" is "narudzbe".
  utf8proc_uint8_t* mapped = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(column.data()),
                                   static_cast<utf8proc_ssize_t>(column.size()), &mapped,
                                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                                  UTF8PROC_STRIPMARK));
  const std::string folded = length < 0 ? std::string() : std::string(reinterpret_cast<char*>(mapped),
                                                                       static_cast<std::size_t>(length));
  std::free(mapped);
  std::string name;
  for (const char ch : folded) {
    const bool keep = (ch >= 'a' && ch <= 'z') || is_digit(ch);
    if (keep) {
      name += ch;
    } else if (!name.empty() && name.back() != '_') {
      name += '_';
    }
  }
  while (!name.empty() && name.back() == '_') {
    name.pop_back();
  }
  if (name.size() > 64) {
    name.resize(64);
    while (!name.empty() && name.back() == '_') {
      name.pop_back();
    }
  }
  if (!is_field_name(name)) {
    return "column_" + std::to_string(position);
  }
  return name;
}

} // namespace redress
