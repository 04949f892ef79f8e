#pragma once
// "Did you mean" suggestions for names a user mistyped.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::util {

/// The candidate that names the same as `word` once both are folded (util/fold.hpp: case,
/// accents, NFC/NFD, Persian yeh and kaf, ...): how a name typed on the command line finds the
/// policy's own spelling. nullopt when none does.
std::optional<std::string> match_name(std::string_view word, const std::vector<std::string>& candidates);

/// The candidate closest to `word` by edit distance between folded texts, when it is close
/// enough to be a typo.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

/// "did you mean 'x'?" when a close candidate exists, else "expected one of: a, b, c".
std::string suggestion_hint(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b, c"
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

} // namespace redress::util
