#pragma once
// Unicode for storage and for matching (SPEC §10). Everything a user types is stored as NFC
// (nfc()), so that a name typed in NFD on a phone is byte for byte the one typed on a PC; and
// every comparison of texts (customer identity, names given on the command line, filters,
// did-you-mean, the search index) compares fold() keys, never the stored bytes. Stored text is
// never folded.

#include <string>
#include <string_view>

namespace redress::util {

/// `text` in Unicode Normalization Form C (composed). Text that is not valid UTF-8 comes back
/// unchanged (the text rule refuses it elsewhere).
std::string nfc(std::string_view text);

/// The matching key of `text`, in this order:
/// - NFKC (compatibility forms: fullwidth `Ａ１` and `１`, halfwidth `ﾊﾞ` → `バ`, ligatures),
///   full case folding (`Š` → `š`, `ß` → `ss`);
/// - default-ignorable characters dropped: ZWNJ and ZWJ (Persian `می‌خواهم` = `میخواهم`),
///   direction marks, soft hyphens;
/// - Latin combining marks U+0300–U+036F stripped (`č` → `c`, `é` → `e`) and `đ` → `d`, which
///   has no decomposition; kana voicing marks stay (`が` is not `か`);
/// - Arabic harakat (U+064B–U+065F, U+0670) and tatweel (U+0640) stripped; Arabic `ي` `ى` →
///   Persian `ی`, Arabic `ك` → Persian `ک`;
/// - Persian and Arabic-Indic digits → ASCII digits;
/// - runs of white space → one space, none at either end.
/// Idempotent: fold(fold(x)) == fold(x). Invalid UTF-8 bytes count as U+FFFD.
std::string fold(std::string_view text);

/// True for the characters of scripts written without spaces between words, which the search
/// index cuts into overlapping pairs: Han ideographs, hiragana, katakana (also halfwidth) and
/// the marks that go with them (`々`, `ー`).
bool is_ideographic(char32_t c);

} // namespace redress::util
