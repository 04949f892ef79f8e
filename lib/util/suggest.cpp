#include <redress/suggest.hpp>

#include "util/fold.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <numeric>

namespace redress::util {

namespace {

// The code points of `text` (valid UTF-8, as fold() returns it).
std::u32string code_points(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t code = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &code);
    if (n <= 0) {
      out += U'\uFFFD';
      ++pos;
      continue;
    }
    out += static_cast<char32_t>(code);
    pos += static_cast<std::size_t>(n);
  }
  return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

} // namespace

std::optional<std::string> match_name(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string key = fold(word);
  for (const auto& candidate : candidates) {
    if (candidate == word || fold(candidate) == key) {
      return candidate;
    }
  }
  return std::nullopt;
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  // Compared as fold() keys, in characters: a misspelt 'e-posta' is 'e-pošta' (distance 0), and
  // a Persian or Japanese name is not three times as far off as a Latin one.
  const std::u32string key = code_points(fold(word));
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, key.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = edit_distance(key, code_points(fold(candidate)));
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string suggestion_hint(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto match = closest(word, candidates)) {
    return "did you mean '" + *match + "'?";
  }
  return "expected one of: " + join(candidates);
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) {
      out += separator;
    }
    out += item;
  }
  return out;
}

} // namespace redress::util
