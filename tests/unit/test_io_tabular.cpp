#include <redress/render.hpp>

#include <doctest/doctest.h>

using namespace redress;

TEST_CASE("CSV quotes per RFC 4180 and ends records with CRLF") {
  CHECK(csv_record({"a", "b,c", "say \"hi\"", "two\nlines"}, {}) ==
        "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
  CHECK(csv_record({"", "x"}, {}) == ",x\r\n");
}

TEST_CASE("CSV neutralises formula-like text but never numbers") {
  CHECK(csv_record({"=1+1", "+385 1 234", "-rude", "@me", "\tx", "ok"}, {}) ==
        "'=1+1,'+385 1 234,'-rude,'@me,'\tx,ok\r\n");
  CHECK(csv_record({"-3.50", "=2"}, {true, false}) == "-3.50,'=2\r\n");
  CHECK(csv_record({"=HYPERLINK(\"x\")"}, {}) == "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
}

TEST_CASE("TSV escapes tabs, newlines and backslashes") {
  CHECK(tsv_record({"a\tb", "c\nd", "e\\f"}) == "a\\tb\tc\\nd\te\\\\f\n");
}

TEST_CASE("terminal tables align by display width") {
  TextTable t{{"ref", "customer", "n"}, {false, false, true}, {{"A-1", "山田太郎", "7"}, {"A-22", "Ivana", "12"}}, {}};
  CHECK(render_terminal_table(t, {80, false}) ==
        "ref   customer   n\n"
        "A-1   山田太郎   7\n"
        "A-22  Ivana     12\n");
}

TEST_CASE("terminal tables shrink the last columns to fit, with an ellipsis") {
  TextTable t{{"ref", "summary"}, {}, {{"A-1", "配達が遅れた上に箱が壊れていた"}}, {}};
  const std::string out = render_terminal_table(t, {16, false});
  CHECK(out == "ref  summary\nA-1  配達が遅れ…\n");
}

TEST_CASE("terminal tables colour rows only when asked") {
  TextTable t{{"ref"}, {}, {{"A-1"}}, {Tone::alert}};
  CHECK(render_terminal_table(t, {80, true}) == "\x1b[1mref\x1b[0m\n\x1b[31mA-1\x1b[0m\n");
  CHECK(render_terminal_table(t, {80, false}) == "ref\nA-1\n");
}

TEST_CASE("markdown tables escape pipes") {
  TextTable t{{"a", "n"}, {false, true}, {{"x|y", "1"}}, {}};
  CHECK(render_markdown_table(t) == "| a | n |\n| --- | ---: |\n| x\\|y | 1 |\n");
}

TEST_CASE("a line with right-to-left text isolates its cells with left-to-right marks") {
  const std::string lrm = "\u200E";
  TextTable t{{"ref", "customer", "summary"}, {}, {{"A-1", "مریم", "بسته نرسید"}, {"A-2", "Ana", "late"}}, {}, 2};
  CHECK(render_terminal_table(t, {80, false}) ==
        "ref  customer  summary\n" +
        lrm + "A-1" + lrm + "  مریم" + lrm + "      بسته نرسید" + lrm + "\n" +
        "A-2  Ana       late\n");
}

TEST_CASE("a right-to-left cell cut short ends in an ellipsis and a right-to-left mark") {
  TextTable t{{"ref", "summary"}, {}, {{"A-1", "بسته به موقع نرسید"}}, {}};
  CHECK(render_terminal_table(t, {14, false}) ==
        "ref  summary\n\u200EA-1\u200E  بسته به …\u200F\u200E\n");
}
