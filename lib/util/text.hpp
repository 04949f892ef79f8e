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

/// `text` cut to at most `width` columns, ending in "…" when something was cut (followed by a
/// RIGHT-TO-LEFT MARK when the text is right-to-left, so that the ellipsis shows at its logical
/// end in a bidi-aware terminal).
std::string truncate_to_width(std::string_view text, int width);

/// The end of `text` in at most `width` columns, starting with "…" when something was cut (in
/// right-to-left text between RIGHT-TO-LEFT MARKs, so that it shows at the text's logical start).
/// With `at_word`, what is kept starts after its first space when a word follows it.
std::string truncate_start_to_width(std::string_view text, int width, bool at_word = false);

/// True when the first character of `text` with a strong direction is right-to-left (Persian,
/// Arabic, Hebrew): the text's own direction.
bool is_right_to_left(std::string_view text);
/// True when a bidi-aware terminal may reorder `text`: it holds a right-to-left letter or an
/// Arabic-Indic digit.
bool has_right_to_left(std::string_view text);
/// U+200E LEFT-TO-RIGHT MARK, which table cells end with when a line holds right-to-left text.
inline constexpr std::string_view k_left_to_right_mark = "\u200E";

/// `text` broken into lines of at most `width` columns: at spaces where it can (the space
/// that breaks is dropped), between wide (CJK) characters, and inside a word only when the
/// word alone is wider than a line. A newline always starts a new line. At least one line.
std::vector<std::string> wrap_to_width(std::string_view text, int width);
/// Every line of `text` prefixed with two spaces (a table under a heading).
std::string indented(const std::string& text);

/// `text` padded with spaces to `width` columns (on the left when `right_align`).
std::string pad_to_width(std::string_view text, int width, bool right_align = false);

/// Customer text made safe to print: control characters, escape sequences, C1 controls and
/// bidi embedding/override/isolate characters are shown escaped (`\x1b`, `\u202e`); invalid
/// UTF-8 becomes U+FFFD. Newlines stay when `keep_newlines`, else become "⏎"; a tab becomes
/// a space.
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines = false);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

/// True when `text` is a BCP 47 language tag as people write them: subtags of 1-8 ASCII letters
/// or digits joined by '-', the first of 2-8 letters ("hr", "ja", "fa-IR", "sr-Latn-RS"), 35
/// characters at most. One rule for a customer's language, the policy's default language and
/// the LANG of a template's file name: the language picks a template by name and is shown, so a
/// path, a control sequence or a sentence has no business there.
bool is_language_tag(std::string_view text);

} // namespace redress::util
