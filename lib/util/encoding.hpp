#pragma once
// Guessing the encoding of text that is not UTF-8, to tell a user how to convert a file: a
// spreadsheet saved as "CSV" on Windows writes the system's code page, not UTF-8.

#include <optional>
#include <string>
#include <string_view>

namespace redress::util {

struct EncodingGuess {
  std::string iconv_name;  // what `iconv -f` takes: "WINDOWS-1250"
  std::string description; // "Windows-1250 (Croatian, Slovenian and other Central European)"
};

/// The likely encoding of `bytes`, which are not valid UTF-8: UTF-16 (a byte-order mark),
/// Shift_JIS (Japanese: pairs of bytes, most led by 0x81-0x9F), Windows-1256 (Arabic script:
/// Persian, Arabic, Urdu; runs of bytes above 0x80 in 0xC0-0xFF), else Windows-1250 (Latin
/// letters with diacritics between plain ASCII, as Croatian or Slovenian writes). nullopt for
/// valid UTF-8.
std::optional<EncodingGuess> guess_encoding(std::string_view bytes);

/// Where the first byte that is not valid UTF-8 is, as (line, byte offset in it), both from 1.
std::pair<std::size_t, std::size_t> first_invalid_utf8(std::string_view bytes);

} // namespace redress::util
