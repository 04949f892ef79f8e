#include "util/text.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

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
  if (code == 0xFE0F) { // emoji presentation selector widens the cluster
    return 2;
  }
  return std::max(0, utf8proc_charwidth(code));
}

// Calls `fn(cluster_text, cluster_width)` for each grapheme cluster.
template <typename Fn> void for_each_cluster(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  utf8proc_int32_t state = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    Decoded first = decode(text, pos);
    int width = codepoint_width(first.code);
    pos += first.length;
    utf8proc_int32_t previous = first.code;
    while (pos < text.size() && previous >= 0) {
      const Decoded next = decode(text, pos);
      if (next.code < 0 || utf8proc_grapheme_break_stateful(previous, next.code, &state)) {
        break;
      }
      width = std::max(width, codepoint_width(next.code));
      previous = next.code;
      pos += next.length;
    }
    state = 0;
    fn(text.substr(start, pos - start), std::min(width, 2));
  }
}

bool is_bidi_control(utf8proc_int32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

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
  return width > 0 ? out + "…" : out;
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

} // namespace redress::util
