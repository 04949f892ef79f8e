#include "policy/toml_guard.hpp"

#include <redress/policy.hpp>

#include <doctest/doctest.h>

using redress::policy_detail::check_toml_text;

TEST_CASE("non-ASCII text in strings and comments is left to toml++") {
  CHECK_FALSE(check_toml_text("name = \"Bicikli d.o.o. — Čakovec\" # vlasnik: Željko\n"));
  CHECK_FALSE(check_toml_text("name = 'Ж'\nnote = '''\nЯ\n'''\ntext = \"\"\"\n配達\\n\"\"\"\n"));
  CHECK_FALSE(check_toml_text("s = \"escaped \\\" quote č\"\n"));
}

TEST_CASE("non-ASCII characters where toml++ 3.3 would ask if they are whitespace are refused") {
  // fuzz/fuzz_policy found the first; upstream issues #295 and #190 the others.
  const auto bare_key = check_toml_text("[ledger]\n[severity\xd2\x8eo]\n");
  REQUIRE(bare_key);
  CHECK(bare_key->line == 2);
  CHECK(bare_key->column == 10);
  CHECK(check_toml_text("\xcc\xaa"));
  CHECK(check_toml_text("s = 1 \xc2\xa7\n"));
  CHECK(check_toml_text("s = \"\"\"\\\n\xc2\xa7\"\"\"\n"));
  CHECK(check_toml_text("s = \"\"\"\\   \xc4\x8d\"\"\"\n"));
  CHECK(check_toml_text("s = \"\\\xc4\x8d\"\n"));
}

TEST_CASE("parse_policy reports them as positioned policy problems") {
  const auto result = redress::parse_policy("[sla]\nwarn_at = 0.8 č\n", "p.toml");
  REQUIRE(result.problem);
  CHECK(result.problem->to_string().find("p.toml:2:15:") != std::string::npos);
}

TEST_CASE("a quote inside a broken bare value does not open a string") {
  // fuzz/fuzz_policy: toml++ scans `3+'=Þ...` as one bad value, character by character.
  CHECK(check_toml_text("'+'=3+'=\xc3\x9e\xd1\x85" "a.z'\n"));
  CHECK(check_toml_text("a = \"x\"\xc3\x9e\n"));
  CHECK_FALSE(check_toml_text("a.'b'.\"c\" = ['x', \"y\",\n  'ž']\nt = {k = 'č', l = \"ć\"}\n"));
}

TEST_CASE("strings are found wherever valid TOML puts them") {
  CHECK_FALSE(check_toml_text("name=\"Čakovec\"\nsite.\"ž.hr\".'č' = 1\n[category.\"dostava\"]\n"
                              "holidays = [\n  \"12-25\", # Božić\n  'ć',\n]\nx = {a = [1, 'ž'], b = \"đ\"}\n"
                              "d = 2026-12-25 # Božić\ny = [[1, 2], ['č']]\n"));
  CHECK(check_toml_text("outcomes = 1[[K[[\"\"\"[[=a\xef\xb3\xbf\n"));
}
