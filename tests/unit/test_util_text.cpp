#include "util/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace redress::util;

TEST_CASE("display width counts East Asian wide characters twice and combining marks not at all") {
  CHECK(display_width("Horvat") == 6);
  CHECK(display_width("配達が遅れた") == 12);
  CHECK(display_width("Šćepanović") == 10);
  CHECK(display_width("S\u030Ccepanovic") == 10); // S + combining caron
  CHECK(display_width("مریم احمدی") == 10);
  CHECK(display_width("👍") == 2);
  CHECK(display_width("👩‍💻") == 2); // ZWJ sequence is one cluster
  CHECK(display_width("") == 0);
}

TEST_CASE("truncation keeps whole clusters and ends in an ellipsis") {
  CHECK(truncate_to_width("配達が遅れた", 7) == "配達が…");
  CHECK(display_width(truncate_to_width("配達が遅れた", 7)) == 7);
  CHECK(truncate_to_width("Horvat", 6) == "Horvat");
  CHECK(truncate_to_width("Horvatović", 6) == "Horva…");
  CHECK(truncate_to_width("S\u030Ccepanovic", 3) == "S\u030Cc…");
}

TEST_CASE("padding is by display width") {
  CHECK(pad_to_width("配達", 6) == "配達  ");
  CHECK(pad_to_width("42", 4, true) == "  42");
}

TEST_CASE("terminal text cannot carry escapes, controls or bidi overrides") {
  CHECK(sanitize_for_terminal("\x1b]0;pwned\x07title") == "\\x1b]0;pwned\\x07title");
  CHECK(sanitize_for_terminal("red\x1b[31m") == "red\\x1b[31m");
  CHECK(sanitize_for_terminal("abc\u202Edef") == "abc\\u202edef");
  CHECK(sanitize_for_terminal("a\u2066b\u2069") == "a\\u2066b\\u2069");
  CHECK(sanitize_for_terminal("\xC2\x9B" "31m") == "\\u009b31m"); // C1 CSI
  CHECK(sanitize_for_terminal("line1\nline2") == "line1⏎line2");
  CHECK(sanitize_for_terminal("line1\nline2", true) == "line1\nline2");
  CHECK(sanitize_for_terminal("a\rb\tc") == "a\\x0db c");
  CHECK(sanitize_for_terminal("bad \xff byte") == "bad \xEF\xBF\xBD byte");
  CHECK(sanitize_for_terminal("مریم 配達 Šđ") == "مریم 配達 Šđ");
}

TEST_CASE("UTF-8 validity") {
  CHECK(is_valid_utf8("配達 مریم Šđ"));
  CHECK_FALSE(is_valid_utf8("\xC3("));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80")); // a UTF-16 surrogate
}

TEST_CASE("one rule for every text a user gives") {
  CHECK_FALSE(text_problem("Ivana Horvat", TextKind::name));
  CHECK_FALSE(text_problem("配達が遅れた", TextKind::line));
  CHECK(text_problem("", TextKind::line) == "is blank");
  CHECK(text_problem("   \t ", TextKind::line) == "is blank");
  CHECK(text_problem("\u3000\u00a0", TextKind::name) == "is blank"); // ideographic, no-break spaces
  CHECK(text_problem("a\nb", TextKind::name) == "contains a line break or control character");
  CHECK_FALSE(text_problem("a\nb", TextKind::line));
  CHECK(text_problem("\xff", TextKind::line) == "is not valid UTF-8");
  CHECK(text_problem(std::string("a\0b", 3), TextKind::document) == "contains a NUL byte");
  CHECK(text_problem(std::string(201, 'x'), TextKind::name) == "is longer than 200 bytes");
  CHECK_FALSE(text_problem(std::string(1000, 'x'), TextKind::line));
  CHECK(text_problem(std::string(1001, 'x'), TextKind::line) == "is longer than 1000 bytes");
  CHECK(text_problem(std::string((1 << 20) + 1, 'x'), TextKind::document) == "is longer than 1 MiB");
  CHECK(is_blank(""));
  CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("a cluster is as wide as its code points, an emoji sequence two columns") {
  CHECK(display_width("🇭🇷") == 2);            // a flag: two regional indicators of one column
  CHECK(display_width("🇭🇷🇸🇮") == 4);
  CHECK(display_width("ﾊﾞﾝﾀﾞｲ") == 6);         // ﾊﾞ and ﾀﾞ are drawn two columns wide
  CHECK(display_width("バンダイ") == 8);
  CHECK(display_width("❤️") == 2);             // U+2764 U+FE0F: emoji presentation
  CHECK(display_width("👍🏽") == 2);            // a skin tone
  CHECK(display_width("👨‍👩‍👧") == 2);          // a ZWJ family
  CHECK(display_width("1️⃣") == 2);             // a keycap
  CHECK(display_width("ه\u200Dی") == 2);       // ZWJ between Persian letters is no emoji
  CHECK(display_width("e\u0301") == 1);
}

TEST_CASE("the direction of a text and whether a terminal may reorder it") {
  CHECK(is_right_to_left("مریم احمدی"));
  CHECK(is_right_to_left("42 مریم"));        // digits have no strong direction
  CHECK_FALSE(is_right_to_left("Ana مریم"));
  CHECK_FALSE(is_right_to_left("42"));
  CHECK(has_right_to_left("Ana مریم"));
  CHECK(has_right_to_left("٤٢"));            // Arabic-Indic digits
  CHECK_FALSE(has_right_to_left("Ana Horvat 配達 ۲۵")); // Persian digits are European numbers
}

TEST_CASE("a right-to-left text cut short keeps its ellipsis at its logical end") {
  CHECK(truncate_to_width("بسته به موقع نرسید", 6) == "بسته …\u200F");
  CHECK(display_width(truncate_to_width("بسته به موقع نرسید", 6)) == 6);
  CHECK(truncate_to_width("Ana مریم احمدی", 6) == "Ana م…"); // a left-to-right text
}

TEST_CASE("the end of a text, cut at its start") {
  CHECK(truncate_start_to_width("Kutija je stigla s oštećenim", 12) == "…s oštećenim");
  CHECK(truncate_start_to_width("Kutija je stigla s oštećenim", 12, true) == "…oštećenim");
  CHECK(truncate_start_to_width("short", 12) == "short");
  CHECK(truncate_start_to_width("بسته به موقع نرسید", 7) == "\u200F…\u200F نرسید");
  CHECK(truncate_start_to_width("بسته به موقع نرسید", 7, true) == "\u200F…\u200Fنرسید");
}

TEST_CASE("wrapping breaks at spaces, between wide characters, and inside a word only when it must") {
  CHECK(wrap_to_width("Kupac je nazvao i rekao", 10) ==
        std::vector<std::string>{"Kupac je", "nazvao i", "rekao"});
  // Every line fits; the breaking space goes.
  for (const auto& line : wrap_to_width("Bicikl isporučen s oštećenim kotačem", 12)) {
    CHECK(display_width(line) <= 12);
    CHECK(line.front() != ' ');
    CHECK(line.back() != ' ');
  }
  // Japanese has no spaces: a line breaks between two characters of two columns each.
  CHECK(wrap_to_width("配達が遅れた上に箱が壊れていた", 8) ==
        std::vector<std::string>{"配達が遅", "れた上に", "箱が壊れ", "ていた"});
  CHECK(wrap_to_width("配達が遅れた", 5) == std::vector<std::string>{"配達", "が遅", "れた"});
  // A word wider than the line is cut where it must be.
  CHECK(wrap_to_width("Šćepanovićeva", 5) == std::vector<std::string>{"Šćepa", "nović", "eva"});
  // Newlines stay; combining marks stay with their letter; Persian breaks at its spaces.
  CHECK(wrap_to_width("jedan\ndva tri", 20) == std::vector<std::string>{"jedan", "dva tri"});
  CHECK(wrap_to_width("S\u030Ccepan", 3) == std::vector<std::string>{"S\u030Cce", "pan"});
  CHECK(wrap_to_width("دو بار از کارت من برداشت شد", 10) ==
        std::vector<std::string>{"دو بار از", "کارت من", "برداشت شد"});
  CHECK(wrap_to_width("", 10) == std::vector<std::string>{""});
  CHECK(wrap_to_width("short", 10) == std::vector<std::string>{"short"});
}

TEST_CASE("language tags: subtags of letters or digits, the first of letters") {
  for (const char* good : {"hr", "ja", "fa-IR", "sr-Latn-RS", "pt-BR", "de-CH-1996", "zh-Hant-x-a"}) {
    CAPTURE(good);
    CHECK(redress::util::is_language_tag(good));
  }
  for (const char* bad : {"", "-", "hr-", "-hr", "hr--HR", "1hr", "hr_HR", "toolongsubtag", "../hr", "hr\x1b[31m",
                          "hrvatski jezik", "ja.txt", "x"}) {
    CAPTURE(bad);
    CHECK_FALSE(redress::util::is_language_tag(bad));
  }
  CHECK_FALSE(redress::util::is_language_tag(std::string(36, 'a')));
}
