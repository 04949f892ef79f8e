#pragma once
// UTF-8 text for terminals: display width (grapheme clusters; East Asian wide characters take
// two columns, combining marks none), truncation, padding, and escaping of anything that could
// move the cursor, recolour the screen or reorder a line.

#include <redress/text.hpp> // the one rule for texts users give: text_problem()

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

} // namespace redress::util
