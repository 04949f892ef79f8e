#include "ledger/reference.hpp"

#include "util/fold.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace redress {

namespace {

bool digits(std::string_view s, std::size_t min, std::size_t max) {
  return s.size() >= min && s.size() <= max &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t number(std::string_view s) {
  std::int64_t n = 0;
  for (const char c : s) {
    n = n * 10 + (c - '0');
  }
  return n;
}

// Compiled by hand, not with std::regex: compiling one cost each command more than the lookup.
std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  });
  return out;
}

} // namespace

std::string format_reference(std::string_view prefix, int year, std::int64_t seq) {
  return fmt::format("{}-{:04}-{:05}", prefix, year, seq);
}

std::optional<ReferenceParts> parse_reference(std::string_view text) {
  // As people type it: fullwidth, Persian or Arabic-Indic digits, spaces around (util::fold).
  const std::string u = upper(util::fold(text));
  const auto second = u.rfind('-');
  if (second == std::string::npos || second == 0) {
    return std::nullopt;
  }
  const auto first = u.rfind('-', second - 1);
  if (first == std::string::npos) {
    return std::nullopt;
  }
  const std::string_view all(u);
  const std::string_view prefix = all.substr(0, first);
  const std::string_view year = all.substr(first + 1, second - first - 1);
  const std::string_view seq = all.substr(second + 1);
  const bool prefix_ok =
      !prefix.empty() && prefix[0] >= 'A' && prefix[0] <= 'Z' &&
      std::all_of(prefix.begin(), prefix.end(),
                  [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
  if (!prefix_ok || !digits(year, 4, 4) || !digits(seq, 1, 9)) {
    return std::nullopt;
  }
  return ReferenceParts{std::string(prefix), static_cast<int>(number(year)), number(seq)};
}

ReferenceQuery parse_reference_query(std::string_view text, int current_year, std::string_view prefix) {
  if (const auto parts = parse_reference(text)) {
    return ReferenceQuery{format_reference(parts->prefix, parts->year, parts->seq), parts->year,
                          parts->seq};
  }
  if (const std::string folded = util::fold(text); digits(folded, 1, 9)) {
    return ReferenceQuery{std::nullopt, current_year, number(folded)};
  }
  throw Error(Errc::usage, "'" + std::string(text) + "' is not a reference",
              "give a reference such as " + format_reference(prefix, current_year, 42) +
                  ", or just its number within this year");
}

} // namespace redress
