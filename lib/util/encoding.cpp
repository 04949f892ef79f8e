#include "util/encoding.hpp"

#include "util/text.hpp"

#include <utf8proc.h>

namespace redress::util {

namespace {

bool high(unsigned char b) { return b >= 0x80; }

// Whether the runs of high bytes read as Shift_JIS: a lead byte (0x81-0x9F, 0xE0-0xFC) and a
// trail (0x40-0x7E, 0x80-0xFC), or a single half-width katakana (0xA1-0xDF).
bool reads_as_shift_jis(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (!high(b) || (b >= 0xA1 && b <= 0xDF)) {
      continue;
    }
    const bool lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
    if (!lead || i + 1 >= bytes.size()) {
      return false;
    }
    const auto t = static_cast<unsigned char>(bytes[++i]);
    if (!((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC))) {
      return false;
    }
  }
  return true;
}

} // namespace

std::optional<EncodingGuess> guess_encoding(std::string_view bytes) {
  if (is_valid_utf8(bytes)) {
    return std::nullopt;
  }
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return EncodingGuess{"UTF-16", "UTF-16 (what Excel calls \"Unicode text\")"};
  }
  std::size_t high_bytes = 0;
  std::size_t runs = 0;
  std::size_t low_lead = 0; // 0x81-0x9F: Shift_JIS lead bytes of kana and most kanji
  std::size_t arabic = 0;   // 0xC1-0xFE: letters in Windows-1256
  bool in_run = false;
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (!high(b)) {
      in_run = false;
      continue;
    }
    ++high_bytes;
    if (!in_run) {
      ++runs;
      in_run = true;
    }
    low_lead += b >= 0x81 && b <= 0x9F ? 1 : 0;
    arabic += b >= 0xC1 ? 1 : 0;
  }
  // Latin text has a letter with a diacritic here and there: runs of one byte.
  const bool isolated = runs > 0 && high_bytes < runs * 3 / 2;
  if (!isolated && reads_as_shift_jis(bytes) && low_lead * 10 >= high_bytes * 3) {
    return EncodingGuess{"SHIFT_JIS", "Shift_JIS (Japanese)"};
  }
  if (!isolated && arabic * 10 >= high_bytes * 6) {
    return EncodingGuess{"WINDOWS-1256", "Windows-1256 (Persian, Arabic and other Arabic-script languages)"};
  }
  return EncodingGuess{"WINDOWS-1250", "Windows-1250 (Croatian, Slovenian and other Central European languages)"};
}

std::pair<std::size_t, std::size_t> first_invalid_utf8(std::string_view bytes) {
  std::size_t line = 1;
  std::size_t line_start = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
      ++i;
      continue;
    }
    utf8proc_int32_t code = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                    static_cast<utf8proc_ssize_t>(bytes.size() - i), &code);
    if (n <= 0) {
      return {line, i - line_start + 1};
    }
    i += static_cast<std::size_t>(n);
  }
  return {line, i - line_start + 1};
}

} // namespace redress::util
