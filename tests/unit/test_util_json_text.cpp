#include "util/json_text.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <string>

using namespace redress;
using util::JsonText;

namespace {

std::string as_json(std::string_view text) {
  std::string out;
  util::append_json_string(out, text);
  return out;
}

// A random string of valid UTF-8: ASCII with every control character, and two-, three- and
// four-byte characters.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces{
      "a", " ", "\"", "\\", "/", "\x7f", "č", "ž", "đ", "配", "達", "ی", "پ", "\u200f", "😀", "\u202e"};
  std::uniform_int_distribution<int> length(0, 24);
  std::uniform_int_distribution<int> kind(0, 2);
  std::uniform_int_distribution<int> control(0, 0x1f);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::string s;
  for (int i = length(rng); i > 0; --i) {
    if (kind(rng) == 0) {
      s += static_cast<char>(control(rng));
    } else {
      s += pieces[piece(rng)];
    }
  }
  return s;
}

} // namespace

TEST_CASE("strings are written as nlohmann::json writes them") {
  CHECK(as_json("") == "\"\"");
  CHECK(as_json("say \"hi\"\\") == R"("say \"hi\"\\")");
  CHECK(as_json("a\nb\tc\rd\be\ff") == R"("a\nb\tc\rd\be\ff")");
  CHECK(as_json(std::string("\x00\x01\x1f", 3)) == R"("\u0000\u0001\u001f")");
  CHECK(as_json("配達が遅れた; Đurđa; دیر") == "\"配達が遅れた; Đurđa; دیر\"");
  std::mt19937 rng(20261127);
  for (int i = 0; i < 5000; ++i) {
    const std::string s = random_text(rng);
    REQUIRE_MESSAGE(as_json(s) == nlohmann::json(s).dump(), nlohmann::json(s).dump());
  }
}

TEST_CASE("text that is not UTF-8 is refused, not written") {
  std::string out = "kept";
  CHECK_THROWS_AS(util::append_json_string(out, "bad \xff byte"), Error);
  CHECK_THROWS_AS(util::append_json_string(out, "\xe9\x85"), Error); // cut short
  CHECK(out == "kept");
}

TEST_CASE("objects and arrays nest, with commas only between members") {
  JsonText out;
  out.begin_object();
  out.member("name", "Šime");
  out.member("email", std::optional<std::string>());
  out.key("confidential").boolean(false);
  out.key("level").integer(-3);
  out.key("evidence").begin_array().str("a.jpg").str("b.pdf").end_array();
  out.key("empty").begin_array().end_array();
  out.key("customer").begin_object().member("language", "ja").key("none").begin_object().end_object().end_object();
  out.key("big").integer(9007199254740993);
  out.end_object();
  CHECK(out.text() == R"({"name":"Šime","email":null,"confidential":false,"level":-3,)"
                      R"("evidence":["a.jpg","b.pdf"],"empty":[],"customer":{"language":"ja","none":{}},)"
                      R"("big":9007199254740993})");
  const auto parsed = nlohmann::json::parse(out.text());
  CHECK(parsed.at("customer").at("language") == "ja");
  CHECK(parsed.at("big").get<std::int64_t>() == 9007199254740993);
}

TEST_CASE("members written ahead join an open object, with commas placed as if written here") {
  JsonText ahead;
  ahead.begin_object().member("channel", "email").key("level").integer(2).end_object();

  JsonText first;
  first.begin_object().member("reference", "CMP-2026-00001").members_of(ahead.text()).end_object();
  CHECK(first.text() == R"({"reference":"CMP-2026-00001","channel":"email","level":2})");

  JsonText only; // nothing before them
  only.begin_object().members_of(ahead.text()).member("after", "x").end_object();
  CHECK(only.text() == R"({"channel":"email","level":2,"after":"x"})");

  JsonText empty; // an empty object adds nothing, and no comma
  empty.begin_object().member("a", "1").members_of("{}").member("b", "2").end_object();
  CHECK(empty.text() == R"({"a":"1","b":"2"})");
  CHECK(nlohmann::json::parse(first.text()).at("level") == 2);

  JsonText wrong;
  CHECK_THROWS(wrong.members_of(ahead.text())); // no object open
  wrong.begin_object();
  CHECK_THROWS(wrong.members_of("[1]"));
  wrong.key("k");
  CHECK_THROWS(wrong.members_of(ahead.text())); // a key waits for its value
}
