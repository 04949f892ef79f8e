#include "message/template.hpp"

#include <redress/message.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

using namespace redress;
using namespace redress::message;

namespace {

std::optional<Rendered> render(std::string_view text, const std::map<std::string, std::string>& values,
                               std::vector<TemplateProblem>& problems) {
  return render_template(text, "t.txt", values, problems);
}

} // namespace

TEST_CASE("placeholders are filled; sections are kept only when their value is not empty") {
  std::vector<TemplateProblem> problems;
  const std::string text = "Subject: Re {reference}\n\nDear {customer.name},\n{#note}\nNews: {note}\n{/note}\n"
                           "{^outcome}\nStill open.\n{/outcome}\n{{braces}}\n";
  const auto with_note = render(text, {{"reference", "CMP-2026-00001"}, {"customer.name", "مریم احمدی"}, {"note", "配達済み"}}, problems);
  REQUIRE(with_note);
  CHECK(problems.empty());
  CHECK(with_note->subject == "Re CMP-2026-00001");
  CHECK(with_note->body == "Dear مریم احمدی,\nNews: 配達済み\nStill open.\n{braces}\n");

  const auto without = render(text, {{"reference", "R"}, {"customer.name", "Ana"}, {"outcome", "refund"}}, problems);
  REQUIRE(without);
  CHECK(without->body == "Dear Ana,\n{braces}\n");
}

TEST_CASE("template problems are positioned by line and column in characters") {
  std::vector<TemplateProblem> problems;
  CHECK_FALSE(render("Subject: x\n\nŠtovani {customer.nmae} {reason\n", {}, problems));
  REQUIRE(problems.size() >= 2);
  CHECK(problems[0].line == 3);
  CHECK(problems[0].column == 9); // "Štovani " is 8 characters
  CHECK(problems[0].message.find("customer.name") != std::string::npos);
  CHECK(problems[0].to_string().rfind("t.txt:3:9: ", 0) == 0);

  problems.clear();
  CHECK_FALSE(render("no subject line\n", {}, problems));
  CHECK_FALSE(problems.empty());

  problems.clear();
  CHECK_FALSE(render("Subject: x\n\n{#note}\nnever closed\n", {}, problems));
  CHECK_FALSE(problems.empty());
}

TEST_CASE("every built-in template exists in every built-in language and renders without problems") {
  const std::map<std::string, std::string> values{
      {"reference", "CMP-2026-00042"}, {"customer.name", "Ivana"}, {"ledger.name", "Kotač"},
      {"summary", "s"},                {"received", "r"},          {"resolve_due", "d"},
      {"status", "st"},                {"outcome", "o"},           {"compensation", "c"},
      {"reason", "why"},               {"note", "n"},              {"survey_link", "https://x.example/s"}};
  CHECK(builtin_message_languages() == std::vector<std::string>{"en", "hr", "sl", "fa", "ja"});
  for (const auto& kind : message_kind_names()) {
    for (const auto& language : builtin_message_languages()) {
      CAPTURE(kind);
      CAPTURE(language);
      const auto text = builtin_template(kind, language);
      REQUIRE(text);
      std::vector<TemplateProblem> problems;
      const auto rendered = render_template(*text, kind + "." + language, values, problems);
      REQUIRE(rendered);
      CHECK(problems.empty());
      CHECK_FALSE(rendered->subject.empty());
      if (kind != "survey") {
        CHECK(rendered->subject.find("CMP-2026-00042") != std::string::npos);
      } else {
        CHECK(rendered->body.find("https://x.example/s") != std::string::npos);
      }
      CHECK(rendered->body.find('{') == std::string::npos);
    }
  }
}
