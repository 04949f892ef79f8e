#pragma once
// A scan of policy text before toml++ parses it, for a bug of toml++ 3.3 (Debian 12's).
//
// toml++ 3.3 reaches TOML_UNREACHABLE (__builtin_unreachable: undefined behaviour) when it asks
// whether a non-ASCII character such as 'č' or 'Ж' is whitespace (upstream issues #190 and
// #295; fuzz/fuzz_policy found it). It asks only where TOML allows no non-ASCII character —
// outside strings and comments — and where it skips the whitespace after a line-ending
// backslash in a multi-line basic string. This scan finds those places first and reports them
// as policy errors, so that toml++ never sees them.

#include <optional>
#include <string>
#include <string_view>

namespace redress::policy_detail {

struct TomlGuardProblem {
  int line = 1;   // from 1
  int column = 1; // from 1, in code points
  std::string message;
};

/// The first place toml++ 3.3 would mishandle, or nullopt when the text is safe to parse.
std::optional<TomlGuardProblem> check_toml_text(std::string_view text);

} // namespace redress::policy_detail
