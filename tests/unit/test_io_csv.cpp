#include <redress/csv.hpp>
#include <redress/error.hpp>
#include <redress/render.hpp>

#include <doctest/doctest.h>

#include <random>
#include <sstream>

using namespace redress;

namespace {

std::vector<std::vector<std::string>> read_all(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> fields;
  while (reader.next(fields)) {
    rows.push_back(fields);
  }
  return rows;
}

std::string error_of(const std::string& text) {
  try {
    read_all(text);
  } catch (const Error& e) {
    CHECK(e.code() == Errc::invalid_input);
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("the formula guard marks exactly the cells a spreadsheet would run") {
  for (const char* cell : {"=SUM(A1)", "+1", "-5", "@x", "\tx", "\rx", "\nx", "'=x", "''-x"}) {
    CAPTURE(cell);
    CHECK(csv_needs_guard(cell));
  }
  for (const char* cell : {"", "ok", "'", "'ok", "a=b", " =x", "''"}) {
    CAPTURE(cell);
    CHECK_FALSE(csv_needs_guard(cell));
  }
  CHECK(csv_guard("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_guard("'=x") == "''=x"); // a text that really starts with '= survives
  CHECK(csv_unguard("'=SUM(A1)") == "=SUM(A1)");
  CHECK(csv_unguard("''=x") == "'=x");
  CHECK(csv_unguard("'ok") == "'ok"); // not a guard: kept
  CHECK(csv_unguard("'") == "'");
}

TEST_CASE("guard and unguard round-trip every string") {
  std::mt19937 rng(42);
  const std::string alphabet = "'=+-@\t\r\nab,\"";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const auto length = rng() % 6;
    for (unsigned j = 0; j < length; ++j) {
      s += alphabet[rng() % alphabet.size()];
    }
    CAPTURE(s);
    REQUIRE(csv_unguard(csv_guard(s)) == s);
  }
}

TEST_CASE("the reader handles quoted commas, doubled quotes and line breaks") {
  const auto rows = read_all("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,x,\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\"", "two\r\nlines"});
  CHECK(rows[1] == std::vector<std::string>{"", "x", ""});
}

TEST_CASE("the reader accepts LF line ends, a last line without one, and drops a BOM") {
  CHECK(read_all("\xEF\xBB\xBFname,n\nIvana,1\nMarko,2") ==
        std::vector<std::vector<std::string>>{{"name", "n"}, {"Ivana", "1"}, {"Marko", "2"}});
  CHECK(read_all("").empty());
  CHECK(read_all("\r\n") == std::vector<std::vector<std::string>>{{""}});
}

TEST_CASE("whatever csv_record writes, the reader reads back") {
  const std::vector<std::string> cells{"配達が遅れた", "دو بار از کارت من برداشت شد", "Kotač savijen", "🎉",
                                       "=SUM(A1)", "-5", "@x", "a,b", "say \"hi\"", "x\r\ny", "'=x", ""};
  const auto rows = read_all(csv_record(cells, {}) + csv_record(cells, {}));
  REQUIRE(rows.size() == 2);
  std::vector<std::string> unguarded;
  for (const auto& cell : rows[1]) {
    unguarded.push_back(csv_unguard(cell));
  }
  CHECK(unguarded == cells);
}

TEST_CASE("broken quoting is refused with its row and column") {
  CHECK(error_of("a,b\r\nc,d\"e\r\n") ==
        "row 2, column 2: a \" inside an unquoted field (a field holding quotes is quoted whole, its "
        "quotes written twice)");
  CHECK(error_of("a,b\r\n\"c\"x,d\r\n").rfind("row 2, column 1: text after the closing \"", 0) == 0);
  CHECK(error_of("a,b\r\nc,\"d\r\n") ==
        "row 2, column 2: a quoted field runs to the end of the file (its closing \" is missing)");
  // A quoted line break makes rows and lines differ: both are named.
  CHECK(error_of("a,b\r\n\"x\ny\",z\r\nc,d\"\r\n").rfind("row 3 (line 4), column 2:", 0) == 0);
}

TEST_CASE("a field longer than the limit is refused, so a stray quote cannot eat the memory") {
  std::istringstream in("\"" + std::string(100, 'x'));
  CsvReader reader(in, 64);
  std::vector<std::string> fields;
  CHECK_THROWS_WITH(reader.next(fields), "row 1, column 1: a field is longer than 64 bytes");
}
