#include "util/text.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

#include <utility>
#include <vector>

namespace redress::util {

namespace {

struct Decoded {
  utf8proc_int32_t code; // -1 for an invalid byte
  std::size_t length;
};

Decoded decode(std::string_view text, std::size_t pos) {
  utf8proc_int32_t code = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &code);
  if (n <= 0) {
    return {-1, 1};
  }
  return {code, static_cast<std::size_t>(n)};
}

int codepoint_width(utf8proc_int32_t code) {
  if (code < 0) {
    return 1;
  }
  return std::max(0, utf8proc_charwidth(code));
}

bool is_pictographic(utf8proc_int32_t code) {
  switch (utf8proc_get_property(code)->boundclass) {
  case UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC:
  case UTF8PROC_BOUNDCLASS_E_BASE:
  case UTF8PROC_BOUNDCLASS_E_BASE_GAZ:
  case UTF8PROC_BOUNDCLASS_GLUE_AFTER_ZWJ:
  case UTF8PROC_BOUNDCLASS_E_ZWG:
    return true;
  default:
    return false;
  }
}

// Calls `fn(cluster_text, cluster_width)` for each grapheme cluster. A cluster is as wide as
// its code points together, as terminals draw them: a flag (two regional indicators) and a
// halfwidth kana with its voicing mark (ﾊﾞ) take two columns, a combining mark none. Only an
// emoji sequence (joined by ZWJ, with a skin tone, an emoji presentation selector or a keycap)
// is drawn as one glyph of two columns (NOTES.md, "Terminals").
template <typename Fn> void for_each_cluster(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  utf8proc_int32_t state = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const Decoded first = decode(text, pos);
    int width = codepoint_width(first.code);
    bool several = false;
    bool pictographic = first.code >= 0 && is_pictographic(first.code);
    bool joined = false; // a ZWJ, VS16, skin tone or keycap mark follows
    pos += first.length;
    utf8proc_int32_t previous = first.code;
    while (pos < text.size() && previous >= 0) {
      const Decoded next = decode(text, pos);
      if (next.code < 0 || utf8proc_grapheme_break_stateful(previous, next.code, &state)) {
        break;
      }
      width += codepoint_width(next.code);
      several = true;
      pictographic = pictographic || is_pictographic(next.code);
      joined = joined || next.code == 0x200D || next.code == 0xFE0F || next.code == 0x20E3 ||
               (next.code >= 0x1F3FB && next.code <= 0x1F3FF);
      previous = next.code;
      pos += next.length;
    }
    state = 0;
    const bool emoji_sequence = several && joined && (pictographic || previous == 0x20E3);
    fn(text.substr(start, pos - start), emoji_sequence ? 2 : width);
  }
}

bool is_bidi_control(utf8proc_int32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

bool is_right_to_left(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded d = decode(text, pos);
    pos += d.length;
    if (d.code < 0) {
      continue;
    }
    switch (utf8proc_get_property(d.code)->bidi_class) {
    case UTF8PROC_BIDI_CLASS_L:
      return false;
    case UTF8PROC_BIDI_CLASS_R:
    case UTF8PROC_BIDI_CLASS_AL:
      return true;
    default:
      break;
    }
  }
  return false;
}

bool has_right_to_left(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const Decoded d = decode(text, pos);
    pos += d.length;
    if (d.code < 0) {
      continue;
    }
    const auto bidi = utf8proc_get_property(d.code)->bidi_class;
    if (bidi == UTF8PROC_BIDI_CLASS_R || bidi == UTF8PROC_BIDI_CLASS_AL ||
        bidi == UTF8PROC_BIDI_CLASS_AN) {
      return true;
    }
  }
  return false;
}

int display_width(std::string_view text) {
  int total = 0;
  for_each_cluster(text, [&](std::string_view, int width) { total += width; });
  return total;
}

std::string truncate_to_width(std::string_view text, int width) {
  if (display_width(text) <= width) {
    return std::string(text);
  }
  std::string out;
  int used = 0;
  bool full = false;
  for_each_cluster(text, [&](std::string_view cluster, int w) {
    if (full || used + w > width - 1) {
      full = true;
      return;
    }
    out += cluster;
    used += w;
  });
  if (width <= 0) {
    return out;
  }
  // The ellipsis stands where the text was cut, its logical end: in right-to-left text, the
  // mark after it makes it part of the right-to-left run (NOTES.md, "Terminals").
  return out + (is_right_to_left(text) ? "…\u200F" : "…");
}

std::string truncate_start_to_width(std::string_view text, int width, bool at_word) {
  if (display_width(text) <= width) {
    return std::string(text);
  }
  std::vector<std::pair<std::string_view, int>> clusters;
  for_each_cluster(text, [&](std::string_view cluster, int w) { clusters.emplace_back(cluster, w); });
  std::size_t first = clusters.size();
  int used = 0;
  while (first > 0 && used + clusters[first - 1].second <= width - 1) {
    used += clusters[--first].second;
  }
  if (at_word) { // start after the first space of what fits, when a word follows it
    for (std::size_t i = first; i + 1 < clusters.size(); ++i) {
      if (clusters[i].first == " ") {
        first = i + 1;
        break;
      }
    }
  }
  std::string out;
  for (std::size_t i = first; i < clusters.size(); ++i) {
    out += clusters[i].first;
  }
  if (width <= 0) {
    return out;
  }
  // Marks on both sides make the ellipsis part of a right-to-left run, at its logical start.
  return (is_right_to_left(text) ? "\u200F…\u200F" : "…") + out;
}

std::vector<std::string> wrap_to_width(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::string line;
  int used = 0;
  // Where `line` may be broken: its first `keep` bytes stay, the rest starts the next line.
  std::size_t keep = 0;
  std::size_t resume = 0;
  const auto finish = [&](std::size_t length) {
    std::string done = line.substr(0, length);
    while (!done.empty() && done.back() == ' ') {
      done.pop_back();
    }
    lines.push_back(std::move(done));
  };
  for_each_cluster(text, [&](std::string_view cluster, int w) {
    if (cluster == "\n" || cluster == "\r\n") {
      finish(line.size());
      line.clear();
      used = 0;
      keep = resume = 0;
      return;
    }
    const bool space = cluster == " ";
    if (used + w > width && !line.empty()) {
      if (space) { // the break falls on this space: it goes
        finish(line.size());
        line.clear();
        used = 0;
        keep = resume = 0;
        return;
      }
      if (keep > 0) {
        finish(keep);
        line.erase(0, resume);
      } else {
        finish(line.size());
        line.clear();
      }
      used = display_width(line);
      keep = resume = 0;
    }
    if (w == 2 && !line.empty() && !space) { // before a wide character
      keep = resume = line.size();
    }
    line += cluster;
    used += w;
    if (space || w == 2) { // after a space or a wide character
      keep = space ? line.size() - 1 : line.size();
      resume = line.size();
    }
  });
  if (!line.empty() || lines.empty()) {
    finish(line.size());
  }
  return lines;
}

std::string pad_to_width(std::string_view text, int width, bool right_align) {
  const int gap = width - display_width(text);
  if (gap <= 0) {
    return std::string(text);
  }
  const std::string spaces(static_cast<std::size_t>(gap), ' ');
  return right_align ? spaces + std::string(text) : std::string(text) + spaces;
}

std::string sanitize_for_terminal(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const Decoded d = decode(text, pos);
    const auto c = d.code;
    if (c < 0) {
      out += "\xEF\xBF\xBD"; // U+FFFD
    } else if (c == '\n') {
      out += keep_newlines ? "\n" : "⏎";
    } else if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control(c)) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out.append(text.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    // ASCII needs no decoding: most of any text, and all of most. Only the rest goes through
    // utf8proc, one character at a time (this was 7% of an import).
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const Decoded d = decode(text, pos);
    if (d.code < 0) {
      return false;
    }
    pos += d.length;
  }
  return true;
}

bool is_blank(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded d = decode(text, pos);
    if (d.code < 0) {
      return false;
    }
    const auto category = utf8proc_category(d.code);
    const bool space = d.code == '\t' || d.code == '\n' || d.code == '\r' || d.code == '\v' ||
                       d.code == '\f' || category == UTF8PROC_CATEGORY_ZS ||
                       d.code == 0x200B || d.code == 0x200E || d.code == 0x200F || d.code == 0xFEFF;
    if (!space) {
      return false;
    }
    pos += d.length;
  }
  return true;
}

std::optional<std::string> text_problem(std::string_view text, TextKind kind) {
  const std::size_t max_bytes = kind == TextKind::name   ? 200
                                : kind == TextKind::line ? 1000
                                                         : std::size_t{1} << 20;
  if (!is_valid_utf8(text)) {
    return "is not valid UTF-8";
  }
  if (text.find('\0') != std::string_view::npos) {
    return "contains a NUL byte";
  }
  if (text.size() > max_bytes) {
    return max_bytes == (std::size_t{1} << 20) ? std::string("is longer than 1 MiB")
                                              : fmt::format("is longer than {} bytes", max_bytes);
  }
  if (is_blank(text)) {
    return "is blank";
  }
  if (kind == TextKind::name) {
    for (const char ch : text) {
      if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) {
        return "contains a line break or control character";
      }
    }
  }
  return std::nullopt;
}

bool is_language_tag(std::string_view text) {
  if (text.empty() || text.size() > 35) {
    return false;
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('-', start), text.size());
    const auto length = end - start;
    if (length < (start == 0 ? 2 : 1) || length > 8) {
      return false;
    }
    for (std::size_t i = start; i < end; ++i) {
      const auto ch = static_cast<unsigned char>(text[i]);
      const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
      if (!letter && !(start > 0 && ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    start = end + 1;
  }
  return true;
}

std::string indented(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    out += "  " + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

} // namespace redress::util
