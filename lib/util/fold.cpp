#include "util/fold.hpp"

#include <utf8proc.h>

#include <vector>

namespace redress::util {

namespace {

bool is_ascii(std::string_view text) {
  for (const char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      return false;
    }
  }
  return true;
}

bool is_ascii_space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

// The key of ASCII text, without decoding: what the general path gives for it, much faster
// (most names, emails and words are ASCII).
std::string fold_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char ch : text) {
    if (is_ascii_space(ch)) {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

// `text` with every byte that does not start a valid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t code = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &code);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";
      ++pos;
    } else {
      out.append(text.substr(pos, static_cast<std::size_t>(n)));
      pos += static_cast<std::size_t>(n);
    }
  }
  return out;
}

// Decomposes `text` (valid UTF-8) with `options` into code points.
std::vector<utf8proc_int32_t> decompose(std::string_view text, utf8proc_option_t options) {
  std::vector<utf8proc_int32_t> buffer(text.size() + 8);
  for (;;) {
    const auto n = utf8proc_decompose(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), buffer.data(),
                                      static_cast<utf8proc_ssize_t>(buffer.size()), options);
    if (n < 0) {
      return {};
    }
    if (static_cast<std::size_t>(n) <= buffer.size()) {
      buffer.resize(static_cast<std::size_t>(n));
      return buffer;
    }
    buffer.resize(static_cast<std::size_t>(n));
  }
}

// Composes decomposed code points and writes them as UTF-8.
std::string compose(std::vector<utf8proc_int32_t>& points) {
  if (points.empty()) {
    return {};
  }
  const auto bytes = utf8proc_reencode(points.data(), static_cast<utf8proc_ssize_t>(points.size()),
                                       static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  if (bytes < 0) {
    return {};
  }
  return std::string(reinterpret_cast<const char*>(points.data()), static_cast<std::size_t>(bytes));
}

bool is_space(utf8proc_int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

// What a decomposed, case-folded code point becomes in a key: itself, another one, or nothing
// (-1).
utf8proc_int32_t key_point(utf8proc_int32_t c) {
  if ((c >= 0x0300 && c <= 0x036F) ||                 // Latin combining marks
      (c >= 0x064B && c <= 0x065F) || c == 0x0670 || // Arabic harakat, superscript alef
      c == 0x0640) {                                  // tatweel
    return -1;
  }
  switch (c) {
  case 0x0111: // đ (Đ case-folds to it); it has no decomposition
    return 'd';
  case 0x064A: // Arabic yeh
  case 0x0649: // alef maksura
    return 0x06CC;
  case 0x0643: // Arabic kaf
    return 0x06A9;
  default:
    break;
  }
  if (c >= 0x0660 && c <= 0x0669) { // Arabic-Indic digits
    return '0' + (c - 0x0660);
  }
  if (c >= 0x06F0 && c <= 0x06F9) { // Persian (extended Arabic-Indic) digits
    return '0' + (c - 0x06F0);
  }
  return c;
}

} // namespace

std::string nfc(std::string_view text) {
  if (is_ascii(text)) {
    return std::string(text);
  }
  std::vector<utf8proc_int32_t> points =
      decompose(text, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  if (points.empty()) {
    return std::string(text); // invalid UTF-8: left for the text rule to refuse
  }
  return compose(points);
}

std::string fold(std::string_view text) {
  if (is_ascii(text)) {
    return fold_ascii(text);
  }
  const std::string valid = valid_utf8(text);
  std::vector<utf8proc_int32_t> points = decompose(
      valid, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                            UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  std::vector<utf8proc_int32_t> key;
  key.reserve(points.size());
  bool space = false;
  for (const utf8proc_int32_t c : points) {
    if (is_space(c)) {
      space = !key.empty();
      continue;
    }
    const utf8proc_int32_t k = key_point(c);
    if (k < 0) {
      continue;
    }
    if (space) {
      key.push_back(' ');
      space = false;
    }
    key.push_back(k);
  }
  return compose(key);
}

bool is_ideographic(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) ||   // hiragana, katakana (with ー and the voicing marks)
         (c >= 0x31F0 && c <= 0x31FF) ||   // katakana phonetic extensions
         (c >= 0x3005 && c <= 0x3007) ||   // 々 〆 〇
         (c >= 0x3400 && c <= 0x4DBF) ||   // CJK extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility ideographs
         (c >= 0xFF66 && c <= 0xFF9F) ||   // halfwidth katakana
         (c >= 0x20000 && c <= 0x3FFFF);   // CJK extensions B and later
}

} // namespace redress::util
