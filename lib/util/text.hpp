#pragma once
// UTF-8 text for terminals: display width (grapheme clusters; East Asian wide characters take
// two columns, combining marks none), truncation, padding, and escaping of anything that could
// move the cursor, recolour the screen or reorder a line.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::util {

/// Columns `text` takes on a terminal. Invalid UTF-8 counts as one column per bad byte.
int display_width(std::string_view text);

/// `text` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view text, int width);

/// `text` broken into lines of at most `width` columns: at spaces where it can (the space
/// that breaks is dropped), between wide (CJK) characters, and inside a word only when the
/// word alone is wider than a line. A newline always starts a new line. At least one line.
std::vector<std::string> wrap_to_width(std::string_view text, int width);

/// `text` padded with spaces to `width` columns (on the left when `right_align`).
std::string pad_to_width(std::string_view text, int width, bool right_align = false);

/// Customer text made safe to print: control characters, escape sequences, C1 controls and
/// bidi embedding/override/isolate characters are shown escaped (`\x1b`, `\u202e`); invalid
/// UTF-8 becomes U+FFFD. Newlines stay when `keep_newlines`, else become "⏎"; a tab becomes
/// a space.
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines = false);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

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
