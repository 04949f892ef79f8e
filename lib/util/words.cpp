#include "util/words.hpp"

#include "util/fold.hpp"

#include <utf8proc.h>

#include <optional>
#include <vector>

namespace redress::util {

namespace {

enum class Kind { separator, letter, ideograph, mark };

Kind kind_of(utf8proc_int32_t code) {
  if (code < 0) {
    return Kind::separator;
  }
  if (is_ideographic(static_cast<char32_t>(code))) {
    return Kind::ideograph;
  }
  if (code == 0x200C || code == 0x200D) { // ZWNJ, ZWJ: inside a word, part of it
    return Kind::mark;
  }
  switch (utf8proc_category(code)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return Kind::letter;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return Kind::mark;
  default:
    return Kind::separator;
  }
}

struct Point {
  utf8proc_int32_t code;
  std::size_t begin;
  std::size_t end;
};

// A folded character of an ideographic run and the bytes of the text it came from.
struct Char {
  std::string key;
  std::size_t begin;
  std::size_t end;
};

bool is_mark(utf8proc_int32_t code) {
  const auto category = utf8proc_category(code);
  return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC ||
         category == UTF8PROC_CATEGORY_ME;
}

// A key longer than this is cut (at a character) to it: a "word" that long is a code or an
// encoding, and the index would cut it anyway (FTS5 keeps at most 32 KiB of a token).
constexpr std::size_t k_max_key_bytes = 128;

std::string capped(std::string key) {
  if (key.size() <= k_max_key_bytes) {
    return key;
  }
  std::size_t end = k_max_key_bytes;
  while (end > 0 && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80) {
    --end; // not inside a character
  }
  key.resize(end);
  return key;
}

class Cutter {
public:
  Cutter(std::string_view text, WordMode mode, const std::function<void(const Word&)>& sink)
      : m_text(text), m_mode(mode), m_sink(sink) {}

  void run() {
    std::size_t pos = 0;
    while (pos < m_text.size()) {
      utf8proc_int32_t code = 0;
      const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(m_text.data() + pos),
                                      static_cast<utf8proc_ssize_t>(m_text.size() - pos), &code);
      const std::size_t length = n <= 0 ? 1 : static_cast<std::size_t>(n);
      const Kind kind = n <= 0 ? Kind::separator : kind_of(code);
      const Point point{n <= 0 ? -1 : code, pos, pos + length};
      pos += length;
      switch (kind) {
      case Kind::separator:
        flush();
        break;
      case Kind::letter:
        if (m_run == Kind::ideograph) {
          flush();
        }
        add(Kind::letter, point);
        break;
      case Kind::ideograph:
        if (m_run == Kind::letter) {
          flush();
        }
        add(Kind::ideograph, point);
        break;
      case Kind::mark: // belongs to whatever run it follows
        add(m_run == Kind::separator ? Kind::letter : m_run, point);
        break;
      }
    }
    flush();
    // The last run of a query ends without its single last character (words.hpp).
    if (m_pending && m_pending_alone) {
      m_sink(*m_pending);
    }
  }

private:
  void add(Kind kind, const Point& point) {
    m_run = kind;
    m_points.push_back(point);
  }

  void emit(Word word) {
    word.key = capped(std::move(word.key));
    if (m_pending) {
      m_sink(*m_pending);
      m_pending.reset();
    }
    m_sink(word);
  }

  void flush() {
    if (m_points.empty()) {
      m_run = Kind::separator;
      return;
    }
    if (m_run == Kind::ideograph) {
      flush_ideographs();
    } else {
      flush_word();
    }
    m_points.clear();
    m_run = Kind::separator;
  }

  void flush_word() {
    const std::size_t begin = m_points.front().begin;
    const std::size_t end = m_points.back().end;
    const std::string key = fold(m_text.substr(begin, end - begin));
    // A compatibility form may fold to several words (a ligature of a phrase): each is one.
    std::size_t start = 0;
    while (start < key.size()) {
      const std::size_t space = std::min(key.find(' ', start), key.size());
      if (space > start) {
        emit(Word{key.substr(start, space - start), begin, end, false});
      }
      start = space + 1;
    }
  }

  void flush_ideographs() {
    // Fold cluster by cluster, so that each folded character knows where it came from (ﾊﾞ is
    // one cluster and one character, バ; ㌀ would be four).
    std::vector<Char> chars;
    std::size_t i = 0;
    while (i < m_points.size()) {
      std::size_t j = i + 1;
      utf8proc_int32_t state = 0;
      while (j < m_points.size() && m_points[j - 1].code >= 0 && m_points[j].code >= 0 &&
             !utf8proc_grapheme_break_stateful(m_points[j - 1].code, m_points[j].code, &state)) {
        ++j;
      }
      const std::size_t begin = m_points[i].begin;
      const std::size_t end = m_points[j - 1].end;
      const std::string key = fold(m_text.substr(begin, end - begin));
      std::size_t pos = 0;
      while (pos < key.size()) {
        utf8proc_int32_t code = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(key.data() + pos),
                                        static_cast<utf8proc_ssize_t>(key.size() - pos), &code);
        const std::size_t length = n <= 0 ? 1 : static_cast<std::size_t>(n);
        if (n > 0 && code != ' ') {
          if (is_mark(code) && !chars.empty()) {
            chars.back().key.append(key, pos, length);
          } else {
            chars.push_back(Char{key.substr(pos, length), begin, end});
          }
        }
        pos += length;
      }
      i = j;
    }
    if (chars.empty()) {
      return;
    }
    for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
      emit(Word{chars[k].key + chars[k + 1].key, chars[k].begin, chars[k + 1].end, true});
    }
    Word last{chars.back().key, chars.back().begin, chars.back().end, true};
    if (m_mode == WordMode::document) {
      emit(std::move(last)); // capped there
    } else {
      // Kept back until it is known whether more words follow it in the query.
      if (m_pending) {
        m_sink(*m_pending);
      }
      last.key = capped(std::move(last.key));
      m_pending = std::move(last);
      m_pending_alone = chars.size() == 1;
    }
  }

  std::string_view m_text;
  WordMode m_mode;
  const std::function<void(const Word&)>& m_sink;
  Kind m_run = Kind::separator;
  std::vector<Point> m_points;
  std::optional<Word> m_pending; // query mode: the last character of the latest run
  bool m_pending_alone = false;  // that run had only this character
};

} // namespace

void for_each_word(std::string_view text, WordMode mode, const std::function<void(const Word&)>& sink) {
  Cutter(text, mode, sink).run();
}

} // namespace redress::util
