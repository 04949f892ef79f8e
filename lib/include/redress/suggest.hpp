#pragma once
// "Did you mean" suggestions for names a user mistyped.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::util {

/// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

/// "did you mean 'x'?" when a close candidate exists, else "expected one of: a, b, c".
std::string suggestion_hint(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b, c"
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

} // namespace redress::util
