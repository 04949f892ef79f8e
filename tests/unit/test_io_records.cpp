#include <redress/error.hpp>
#include <redress/records.hpp>

#include <doctest/doctest.h>

#include <map>
#include <sstream>

using namespace redress;

namespace {

struct Seen {
  std::int64_t number;
  std::map<std::string, std::string> texts;
  std::map<std::string, std::vector<std::string>> lists;
};

std::vector<Seen> read(const std::string& text, DataFormat format) {
  std::istringstream in(text);
  std::vector<Seen> seen;
  read_records(in, format, [&](const SourceRecord& r, std::uint64_t bytes) {
    CHECK(bytes <= text.size());
    Seen s{r.number, {}, {}};
    for (std::size_t i = 0; i < r.names.size(); ++i) {
      if (r.values[i].is_list) {
        s.lists[r.names[i]] = r.values[i].items;
      } else if (r.values[i].present) {
        s.texts[r.names[i]] = r.values[i].text;
      }
    }
    seen.push_back(s);
  });
  return seen;
}

std::string error_of(const std::string& text, DataFormat format) {
  try {
    read(text, format);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("formats are known by name and by extension") {
  CHECK(data_format_of("old.CSV") == DataFormat::csv);
  CHECK(data_format_of("dump.jsonl") == DataFormat::ndjson);
  CHECK(data_format_of("dump.ndjson") == DataFormat::ndjson);
  CHECK(data_format_of("a.json") == DataFormat::json);
  CHECK_FALSE(data_format_of("notes.txt").has_value());
  CHECK_FALSE(data_format_of("README").has_value());
}

TEST_CASE("CSV records are named by the header, numbered as a spreadsheet numbers rows") {
  const auto seen = read("summary,n\r\n'=SUM(A1),'-5\r\n,,\r\n\"two\nlines\",\r\nx,1\r\n", DataFormat::csv);
  REQUIRE(seen.size() == 3); // the row of empty cells is skipped
  CHECK(seen[0].number == 2);
  CHECK(seen[0].texts.at("summary") == "=SUM(A1)"); // the guard is undone
  CHECK(seen[0].texts.at("n") == "-5");
  CHECK(seen[1].number == 4);
  CHECK(seen[1].texts.at("summary") == "two\nlines");
  CHECK(seen[1].texts.count("n") == 0); // an empty cell is absent
  CHECK(seen[2].number == 5);
}

TEST_CASE("CSV headers must be complete and unique, rows as wide as the header") {
  CHECK(error_of("a,b,a\r\n", DataFormat::csv) == "row 1, column 3: duplicate column 'a' (also column 1)");
  CHECK(error_of("a,,c\r\n", DataFormat::csv) == "row 1, column 2: the header has an empty column name");
  CHECK(error_of("a,b\r\n1,2\r\n1,2,3\r\n", DataFormat::csv) == "row 3, column 3: the row has 3 fields, the header 2");
  CHECK(error_of("a,b\r\n1\r\n", DataFormat::csv) == "row 2, column 2: the row has 1 fields, the header 2");
  CHECK(error_of("", DataFormat::csv) == "the file is empty; expected a header row naming the columns");
}

TEST_CASE("a JSON array is read one object at a time, nested objects flattened") {
  const auto seen = read(R"([
    {"reference": "A-1", "customer": {"name": "山田太郎", "email": null}, "evidence": ["a.pdf", "b; c.png"],
     "escalation_level": 2, "confidential": true, "compensation": null},
    {"summary": ""}
  ])", DataFormat::json);
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].number == 1);
  CHECK(seen[0].texts.at("customer_name") == "山田太郎");
  CHECK(seen[0].texts.count("customer_email") == 0);
  CHECK(seen[0].lists.at("evidence") == std::vector<std::string>{"a.pdf", "b; c.png"});
  CHECK(seen[0].texts.at("escalation_level") == "2");
  CHECK(seen[0].texts.at("confidential") == "true");
  CHECK(seen[0].texts.count("compensation") == 0);
  CHECK(seen[1].number == 2);
  CHECK(seen[1].texts.empty());
}

TEST_CASE("JSON that is not an array of objects is refused with its position") {
  CHECK(error_of(R"({"a": 1})", DataFormat::json).rfind("the file is not a JSON array", 0) == 0);
  CHECK(error_of(R"([{"a": 1}, 2])", DataFormat::json) == "item 2 is not a JSON object");
  CHECK(error_of("[{\"a\": 1},\n {\"a\": }]", DataFormat::json).rfind("line 2, column 8: syntax error", 0) == 0);
  CHECK(error_of("", DataFormat::json) == "the file is empty; expected a JSON array of complaints");
  CHECK(read("[]", DataFormat::json).empty());
}

TEST_CASE("NDJSON is read line by line, blank lines skipped, errors naming the line") {
  const auto seen = read("\xEF\xBB\xBF{\"a\": \"x\"}\n\n{\"a\": \"y\"}\n", DataFormat::ndjson);
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].texts.at("a") == "x");
  CHECK(seen[1].number == 3);
  CHECK(error_of("{\"a\": 1}\n[1]\n", DataFormat::ndjson) == "line 2 is not a JSON object");
  CHECK(error_of("{\"a\": 1}\n{\"a\" 1}\n", DataFormat::ndjson).rfind("line 2, column 6: syntax error", 0) == 0);
}

TEST_CASE("records nest at most k_max_record_depth levels; deeper ones are refused while read") {
  const auto nested = [](int levels, const std::string& open, const std::string& close) {
    std::string text;
    for (int i = 0; i < levels; ++i) {
      text += open;
    }
    text += "1";
    for (int i = 0; i < levels; ++i) {
      text += close;
    }
    return text;
  };
  // The record is level 1: 32 levels are read (and flattened), 33 are not.
  const auto ok = read(nested(k_max_record_depth, "{\"a\": ", "}") + "\n", DataFormat::ndjson);
  REQUIRE(ok.size() == 1);
  std::string name = "a";
  for (int i = 1; i < k_max_record_depth; ++i) {
    name += "_a";
  }
  CHECK(ok[0].texts.at(name) == "1");
  CHECK(error_of(nested(k_max_record_depth + 1, "{\"a\": ", "}") + "\n", DataFormat::ndjson) ==
        "line 1: nested more than 32 levels deep");
  // Lists count as levels too; so does an array at the top of an NDJSON line.
  CHECK(error_of("{\"a\": " + nested(k_max_record_depth, "[", "]") + "}\n", DataFormat::ndjson) ==
        "line 1: nested more than 32 levels deep");
  CHECK(error_of(nested(100, "[", "]") + "\n", DataFormat::ndjson) == "line 1: nested more than 32 levels deep");
  // Deep enough to overflow the stack of a recursive reader, in both JSON formats.
  CHECK(error_of("{\"x\": 1}\n" + nested(20000, "{\"a\": ", "}") + "\n", DataFormat::ndjson) ==
        "line 2: nested more than 32 levels deep");
  CHECK(error_of("[{\"x\": 1}, " + nested(20000, "{\"a\": ", "}") + "]", DataFormat::json) ==
        "item 2: nested more than 32 levels deep");
  CHECK(error_of("[" + nested(k_max_record_depth + 1, "{\"a\": ", "}") + "]", DataFormat::json) ==
        "item 1: nested more than 32 levels deep");
  CHECK(read("[" + nested(k_max_record_depth, "{\"a\": ", "}") + "]", DataFormat::json).size() == 1);
}
