#pragma once
// The one rule for every text a user gives (an actor, a name, a summary, details): what
// text_problem() refuses, the library and the command line alike refuse.

#include <optional>
#include <string>
#include <string_view>

namespace redress::util {

/// The kinds of text a user gives, each with its one rule (text_problem()).
enum class TextKind {
  name,     // who or what: an actor, assignee, team, customer name. One line, at most 200 bytes.
  line,     // a summary, product, reason, note given on one option: at most 1000 bytes
  document, // details read from a file: at most 1 MiB
};
/// Why `text` is not acceptable as `kind`, as the end of a sentence that names the field
/// ("is not valid UTF-8", "contains a NUL byte", "is longer than 1000 bytes", "is blank",
/// "contains a line break or control character"); nullopt when it is fine. Blank means empty
/// or only white space. Every text a command records goes through this one check.
std::optional<std::string> text_problem(std::string_view text, TextKind kind);
/// True when `text` is empty or only white space (ASCII and Unicode spaces).
bool is_blank(std::string_view text);

} // namespace redress::util
