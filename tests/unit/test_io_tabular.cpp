#include <redress/render.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

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
  CHECK(tsv_record({"a\tb", "c\nd", "e\\f"}, {}) == "a\\tb\tc\\nd\te\\\\f\n");
}

TEST_CASE("TSV neutralises formula-like text as CSV does, but never numbers") {
  CHECK(tsv_record({"=1+1", "+385 1 234", "-rude", "@me", "ok", "'=x", "it's"}, {}) ==
        "'=1+1\t'+385 1 234\t'-rude\t'@me\tok\t''=x\tit's\n");
  // A cell starting with a tab, CR or LF is guarded before it is escaped.
  CHECK(tsv_record({"\tx", "\nx", "\rx"}, {}) == "'\\tx\t'\\nx\t'\\rx\n");
  // Numeric columns are left alone: a negative number stays a number.
  CHECK(tsv_record({"-3.50", "=2", "-1"}, {true, false, true}) == "-3.50\t'=2\t-1\n");
  // render_table's TSV applies the table's numeric columns.
  TextTable t{{"change", "name"}, {true, false}, {{"-2", "-2"}}, {}};
  CHECK(render_table(t, OutputFormat::tsv, {}) == "change\tname\n-2\t'-2\n");
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

namespace {

// The rows of a rendered table, without the colour codes.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Columns a line takes, counted here from the characters used in these tests (not with the
// code under test): CJK ideographs, kana and their punctuation take two, a zero-width
// non-joiner none, any other character (Latin, Croatian, Persian letters, "…") one.
int columns(const std::string& line) {
  int n = 0;
  for (std::size_t i = 0; i < line.size();) {
    const auto byte = static_cast<unsigned char>(line[i]);
    const std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    const std::string ch = line.substr(i, length);
    if (ch == "\u200c") { // zero-width non-joiner (Persian)
    } else if (length == 3 && ch >= "\u3000" && ch <= "\u9fff") {
      n += 2;
    } else {
      ++n;
    }
    i += length;
  }
  return n;
}

TextTable listing() {
  TextTable t{{"reference", "status", "severity", "category", "received", "due", "sla", "customer", "summary"},
              {}, {}, {}, 2};
  t.rows = {{"ACME-2026-00001", "investigating", "high", "delivery", "2026-11-02 10:00", "2026-11-02 12:00",
             "breached", "Ivana Horvat", "Bicikl isporučen s oštećenim kotačem i bez upute za sklapanje"},
            {"ACME-2026-00002", "new", "normal", "delivery", "2026-11-20 10:00", "2026-11-20 14:30", "at-risk",
             "山田太郎", "配達が遅れた上に箱が壊れていました。返金を希望します"},
            {"ACME-2026-00003", "acknowledged", "normal", "billing", "2026-11-19 16:05", "2026-11-26 16:05",
             "running", "مریم احمدی", "دو بار از کارت من برداشت شد و هنوز پاسخی نگرفته‌ام"}};
  for (auto row : t.rows) {
    row[4] = row[4].substr(5);
    row[5] = row[5].substr(5);
    t.compact_rows.push_back(row);
  }
  t.drop_order = {4, 7, 3, 2};
  return t;
}

} // namespace

TEST_CASE("a listing keeps whole references, statuses, due times and SLA states at any width") {
  for (const int width : {80, 100, 120, 160}) {
    CAPTURE(width);
    const auto lines = lines_of(render_terminal_table(listing(), {width, false}));
    REQUIRE(lines.size() == 4);
    for (const auto& line : lines) {
      CAPTURE(line);
      CHECK(columns(line) <= width);
    }
    for (const char* whole : {"ACME-2026-00001", "investigating", "acknowledged", "breached", "at-risk", "11-02 12:00"}) {
      CHECK(render_terminal_table(listing(), {width, false}).find(whole) != std::string::npos);
    }
  }
  // 80 columns: the received column and the customer go first; 160: everything, dates whole.
  const std::string narrow = render_terminal_table(listing(), {80, false});
  CHECK(lines_of(narrow)[0] == "reference        status         severity  due          sla       summary");
  CHECK(narrow.find("Ivana") == std::string::npos);
  const std::string wide = render_terminal_table(listing(), {240, false});
  CHECK(wide.find("2026-11-02 12:00") != std::string::npos);
  CHECK(wide.find("…") == std::string::npos);
}

TEST_CASE("wrapped free text goes onto more lines instead of being cut") {
  TextTable t{{"at", "details"}, {}, {{"11-02 10:00", "Kupac je nazvao i rekao da je kotač potpuno savijen"}}, {}, 1};
  t.wrap = true;
  CHECK(render_terminal_table(t, {30, false}) ==
        "at           details\n"
        "11-02 10:00  Kupac je nazvao i\n"
        "             rekao da je kotač\n"
        "             potpuno savijen\n");
}

TEST_CASE("a table never gets wider than the terminal, even when nothing more can go") {
  TextTable t{{"reference", "status", "severity"}, {}, {{"ACME-2026-00001", "investigating", "critical"}}, {}, 0};
  for (const auto& line : lines_of(render_terminal_table(t, {20, false}))) {
    CHECK(columns(line) <= 20);
  }
}
