#include <redress/error.hpp>
#include <redress/export.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace redress;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Complaint complaint(const char* reference, bool confidential) {
  Complaint c;
  c.reference = reference;
  c.received_at = *parse_time("2026-11-02 09:30", zagreb);
  c.channel = "email";
  c.customer.name = "Ivana Horvat";
  c.customer.email = "ivana@example.hr";
  c.category = "delivery";
  c.severity = "normal";
  c.summary = "=SUM(A1)";
  c.confidential = confidential;
  c.escalation_level = 0;
  c.compensation = Money{-350, "EUR"};
  return c;
}

Event filed() {
  Event e;
  e.at = *parse_time("2026-11-02 09:30", zagreb);
  e.recorded_at = e.at;
  e.actor = "ana";
  e.type = "filed";
  e.data = R"({"channel":"email"})";
  e.personal = R"({"summary":"secret"})";
  return e;
}

} // namespace

TEST_CASE("CSV export: a BOM when asked, the header, guarded text, numbers untouched") {
  std::ostringstream out;
  ExportWriter writer(out, OutputFormat::csv, ExportWriter::Kind::complaints, zagreb, false, true);
  writer.complaint(complaint("CMP-2026-00001", false));
  writer.finish();
  const std::string text = out.str();
  CHECK(text.rfind("\xEF\xBB\xBFreference,status,received_at,", 0) == 0);
  CHECK(text.find(",2026-11-02 09:30:00,") != std::string::npos); // local time, spreadsheet style
  CHECK(text.find(",'=SUM(A1),") != std::string::npos);
  CHECK(text.find(",-3.50,EUR,") != std::string::npos); // a negative amount stays a number
  CHECK(writer.written() == 1);
}

TEST_CASE("JSON export is an array with one object a line, empty or not") {
  std::ostringstream empty;
  ExportWriter(empty, OutputFormat::json, ExportWriter::Kind::complaints, zagreb, false, false).finish();
  CHECK(empty.str() == "[]\n");
  std::ostringstream out;
  ExportWriter writer(out, OutputFormat::json, ExportWriter::Kind::complaints, zagreb, false, false);
  writer.complaint(complaint("CMP-2026-00001", false));
  writer.complaint(complaint("CMP-2026-00002", false));
  writer.finish();
  const auto parsed = nlohmann::json::parse(out.str());
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[1]["reference"] == "CMP-2026-00002");
  CHECK(parsed[0]["summary"] == "=SUM(A1)"); // JSON keeps text exactly as stored
  const std::string text = out.str();
  CHECK(std::count(text.begin(), text.end(), '\n') == 4);
}

TEST_CASE("confidential complaints and their events lose personal text unless included") {
  std::ostringstream out;
  ExportWriter writer(out, OutputFormat::ndjson, ExportWriter::Kind::events, zagreb, false, false);
  writer.event(complaint("CMP-2026-00001", true), filed());
  writer.event(complaint("CMP-2026-00002", false), filed());
  writer.finish();
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  auto e = nlohmann::json::parse(line);
  CHECK(e["reference"] == "CMP-2026-00001");
  CHECK(e["details"]["channel"] == "email");
  CHECK_FALSE(e["details"].contains("summary"));
  std::getline(lines, line);
  e = nlohmann::json::parse(line);
  CHECK(e["details"]["summary"] == "secret");

  std::ostringstream csv;
  ExportWriter all(csv, OutputFormat::csv, ExportWriter::Kind::events, zagreb, true, false);
  all.event(complaint("CMP-2026-00001", true), filed());
  all.finish();
  CHECK(csv.str() == "reference,at,actor,type,recorded_at,details\r\n"
                     "CMP-2026-00001,2026-11-02 09:30:00,ana,filed,2026-11-02 09:30:00,"
                     "\"{\"\"channel\"\":\"\"email\"\",\"\"summary\"\":\"\"secret\"\"}\"\r\n");
}

TEST_CASE("a failed stream is reported, not ignored") {
  std::ostringstream out;
  ExportWriter writer(out, OutputFormat::csv, ExportWriter::Kind::complaints, zagreb, false, false);
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(writer.finish(), Error);
}
