#include "util/fold.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace redress::util;

namespace {

// Each pair: what a user may type or a ledger may hold, and its key, worked out by hand from
// the rules in fold.hpp (the escapes spell out the code points that the text does not show).
const std::vector<std::pair<std::string, std::string>> k_pairs{
    // case, ASCII and white space
    {"Ana Horvat", "ana horvat"},
    {"  Ana \t Horvat \n", "ana horvat"},
    {"IVANA@Example.HR", "ivana@example.hr"},
    {"e-pošta", "e-posta"},
    // Croatian and Slovenian: marks stripped, đ has no decomposition
    {"Mirjana Ćosić", "mirjana cosic"},
    {"Mirjana C\u0301osic\u0301", "mirjana cosic"}, // NFD, as macOS sends it
    {"Đurđica", "durdica"},
    {"đurđica", "durdica"},
    {"ŠTETA", "steta"},
    {"oštećenim", "ostecenim"},
    {"Žiga Mlakar", "ziga mlakar"},
    {"Straße", "strasse"},
    {"Zoë Chloé", "zoe chloe"},
    // Persian and Arabic: yeh, kaf, ZWNJ, harakat, tatweel, digits
    {"مريم", "مریم"},                         // Arabic yeh -> Persian yeh
    {"مریم", "مریم"},
    {"\u0643\u0627\u0631", "\u06A9\u0627\u0631"}, // Arabic kaf -> Persian kaf
    {"\u0645\u0648\u0633\u0649", "\u0645\u0648\u0633\u06CC"}, // alef maksura -> Persian yeh
    {"می\u200Cخواهم", "میخواهم"},               // ZWNJ dropped
    {"\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F", "\u0645\u062D\u0645\u062F"}, // harakat
    {"\u0643\u0640\u0640\u062A\u0627\u0628", "\u06A9\u062A\u0627\u0628"}, // tatweel, kaf
    {"۲۵٫۵۰", "25٫50"},                        // Persian digits; the separator stays
    {"٤٢", "42"},                              // Arabic-Indic digits
    // Japanese: NFKC, voicing marks kept
    {"ﾊﾞﾝﾀﾞｲ", "バンダイ"},                     // halfwidth katakana with voicing marks
    {"バンダイ", "バンダイ"},
    {"か\u3099", "が"},                         // NFD kana composes, the mark is not stripped
    {"が", "が"},
    {"配達が遅れた", "配達が遅れた"},
    {"４２", "42"},                             // fullwidth digits
    {"ＡＣＭＥ－２０２６", "acme-2026"},          // fullwidth letters and hyphen
    {"\u3000配達\u3000", "配達"},               // ideographic space is white space
    // marks and joiners that nobody sees
    {"Ana\u200DHorvat", "anahorvat"},
    {"\u200EAna\u200F", "ana"},
    {"", ""},
    {"   ", ""},
};

} // namespace

TEST_CASE("fold() gives each text its matching key") {
  for (const auto& [text, key] : k_pairs) {
    CAPTURE(text);
    CHECK(fold(text) == key);
  }
}

TEST_CASE("fold() is idempotent and keys of different texts stay different") {
  for (const auto& [text, key] : k_pairs) {
    CAPTURE(text);
    CHECK(fold(key) == key);
  }
  CHECK(fold("か") != fold("が"));
  CHECK(fold("Ana") != fold("Anna"));
  CHECK(fold("مریم") != fold("مرم"));
}

TEST_CASE("fold() reads invalid UTF-8 as replacement characters") {
  CHECK(fold("a\xff" "B") == "a\uFFFDb");
  CHECK(fold("\xC3") == "\uFFFD");
}

TEST_CASE("nfc() composes and leaves everything else as typed") {
  CHECK(nfc("C\u0301osic\u0301") == "Ćosić");
  CHECK(nfc("Ćosić") == "Ćosić");
  CHECK(nfc("か\u3099") == "が");
  CHECK(nfc("ﾊﾞﾝﾀﾞｲ") == "ﾊﾞﾝﾀﾞｲ"); // compatibility forms stay: only fold() maps them
  CHECK(nfc("ŠTETA") == "ŠTETA");
  CHECK(nfc("مريم") == "مريم");
  CHECK(nfc("bad \xff") == "bad \xff");
}

TEST_CASE("ideographic scripts are recognised") {
  CHECK(is_ideographic(U'配'));
  CHECK(is_ideographic(U'が'));
  CHECK(is_ideographic(U'バ'));
  CHECK(is_ideographic(U'ﾊ'));
  CHECK(is_ideographic(U'ー'));
  CHECK(is_ideographic(U'々'));
  CHECK_FALSE(is_ideographic(U'a'));
  CHECK_FALSE(is_ideographic(U'م'));
  CHECK_FALSE(is_ideographic(U'、'));
}
