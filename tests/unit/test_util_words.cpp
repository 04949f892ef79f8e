#include "util/words.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace redress::util;

namespace {

std::vector<std::string> keys(std::string_view text, WordMode mode = WordMode::document) {
  std::vector<std::string> out;
  for_each_word(text, mode, [&](const Word& w) { out.push_back(w.key); });
  return out;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("words are runs of letters and digits, folded") {
  CHECK(keys("Proizvod je OŠTEĆEN!") == V{"proizvod", "je", "ostecen"});
  CHECK(keys("e-pošta, 25.50 EUR") == V{"e", "posta", "25", "50", "eur"});
  CHECK(keys("Mirjana C\u0301osic\u0301") == V{"mirjana", "cosic"}); // NFD
  CHECK(keys("O'Neill") == V{"o", "neill"});
  CHECK(keys("") == V{});
  CHECK(keys(" ... ") == V{});
}

TEST_CASE("Persian words keep their joiners and fold yeh and kaf") {
  CHECK(keys("ترمز صدا می‌دهد") == V{"ترمز", "صدا", "میدهد"});
  CHECK(keys("مريم كريمي") == V{"مریم", "کریمی"});
  CHECK(keys("۲۵ تومان") == V{"25", "تومان"});
}

TEST_CASE("ideographic runs become overlapping pairs and a last single character") {
  CHECK(keys("配達が遅れた") == V{"配達", "達が", "が遅", "遅れ", "れた", "た"});
  CHECK(keys("配") == V{"配"});
  CHECK(keys("ﾊﾞﾝﾀﾞｲ") == V{"バン", "ンダ", "ダイ", "イ"});
  CHECK(keys("E-300電動アシスト") == V{"e", "300", "電動", "動ア", "アシ", "シス", "スト", "ト"});
  CHECK(keys("配達 OK") == V{"配達", "達", "ok"});
}

TEST_CASE("a query leaves out the last single character of its last run") {
  CHECK(keys("配達", WordMode::query) == V{"配達"});
  CHECK(keys("遅れた", WordMode::query) == V{"遅れ", "れた"});
  CHECK(keys("配", WordMode::query) == V{"配"});
  CHECK(keys("配達 OK", WordMode::query) == V{"配達", "達", "ok"}); // positions as in a text
  CHECK(keys("ostecenim", WordMode::query) == V{"ostecenim"});
}

TEST_CASE("words know where they stand in the text") {
  std::vector<Word> words;
  for_each_word("Ćosić: 配達が", WordMode::document, [&](const Word& w) { words.push_back(w); });
  REQUIRE(words.size() == 4);
  CHECK(words[0].begin == 0);
  CHECK(words[0].end == std::string("Ćosić").size());
  CHECK_FALSE(words[0].ideographic);
  CHECK(words[1].key == "配達");
  CHECK(words[1].begin == std::string("Ćosić: ").size());
  CHECK(words[1].end == std::string("Ćosić: 配達").size());
  CHECK(words[1].ideographic);
}

TEST_CASE("a very long word is cut to 128 bytes, at a character") {
  CHECK(keys(std::string(400000, 'x')) == V{std::string(128, 'x')});
  const auto cut = keys("a" + std::string(200, 'x') + "č"); // nothing of č is left
  REQUIRE(cut.size() == 1);
  CHECK(cut[0] == "a" + std::string(127, 'x'));
  std::string persian;
  for (int i = 0; i < 100; ++i) {
    persian += "م"; // two bytes each
  }
  CHECK(keys(persian)[0].size() == 128);
}
