#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/export.hpp>
#include <redress/ledger.hpp>

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

const char* k_header = "reference,received_at,channel,customer_name,customer_email,category,summary\r\n";

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  ImportSummary import(const std::string& text, ImportOptions options = {}) {
    std::istringstream in(text);
    if (options.source_name.empty()) {
      options.source_name = "old.csv";
    }
    return ledger.import(in, options, "ana");
  }

  // Complaints as a second connection sees them (what is committed).
  std::vector<Complaint> stored() {
    auto reader = Ledger::open(paths, Access::read, at("2026-11-20 12:00"));
    std::vector<Complaint> all;
    ComplaintFilter by_reference;
    by_reference.sort = "reference";
    reader.list(by_reference, [&](const Complaint& c) { all.push_back(c); });
    return all;
  }
};

std::string error_of(Fixture& f, const std::string& text, ImportOptions options = {}) {
  try {
    f.import(text, std::move(options));
  } catch (const Error& e) {
    CHECK(f.stored().empty()); // all or nothing
    return std::string(e.what()) + (e.hint().empty() ? "" : " | " + e.hint());
  }
  return "no error";
}

} // namespace

TEST_CASE("imported rows get references and due times as if filed at receipt, and an imported event") {
  Fixture f;
  const auto summary = f.import(std::string(k_header) +
                                "OLD-1,2026-11-02 09:30,email,Ivana Horvat,ivana@example.hr,delivery,Kotač savijen\r\n"
                                "OLD-2,2025-12-30 10:00:00,phone,山田太郎,,delivery,配達が遅れた\r\n");
  CHECK(summary.records == 2);
  CHECK(summary.imported == 2);
  CHECK(summary.first_reference == "CMP-2026-00001");
  CHECK(summary.last_reference == "CMP-2025-00001");
  const auto all = f.stored();
  REQUIRE(all.size() == 2);
  const Complaint& c = all[1];
  CHECK(c.reference == "CMP-2026-00001");
  CHECK(c.team == "logistics");
  CHECK(c.status == Status::new_);
  REQUIRE(c.acknowledge.due.has_value());
  CHECK(format_local(*c.acknowledge.due, zagreb) == "2026-11-02 14:00:00"); // lunch break skipped
  const auto events = f.ledger.events(c.id);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "imported");
  CHECK(events[0].at == at("2026-11-02 09:30"));
  const auto data = nlohmann::json::parse(events[0].data);
  CHECK(data["source"] == "old.csv");
  CHECK(data["source_record"] == 2);
  CHECK(data["source_reference"] == "OLD-1");
  CHECK(data["status"] == "new");
  CHECK(events[0].data.find("Ivana") == std::string::npos); // personal text is kept apart
  CHECK(events[0].personal->find("Ivana Horvat") != std::string::npos);
}

TEST_CASE("one invalid row imports nothing and names the row, the column and the problem") {
  Fixture f;
  const std::string rows = std::string(k_header) +
                           "A,2026-11-02 09:30,email,Ana,,delivery,ok\r\n"
                           "B,2026-11-02 09:40,email,Ana,,delivry,bad\r\n";
  CHECK(error_of(f, rows) == "old.csv: row 3, column 'category': unknown category 'delivry' | "
                             "did you mean 'delivery'? (nothing was imported)");
  CHECK(error_of(f, std::string(k_header) + "A,2026-11-21 09:30,email,Ana,,delivery,ok\r\n") ==
        "old.csv: row 2, column 'received_at': 2026-11-21 09:30:00 is in the future | nothing was imported");
  CHECK(error_of(f, std::string(k_header) + "A,yesterday,email,Ana,,delivery,ok\r\n") ==
        "old.csv: row 2, column 'received_at': 'yesterday' is not a time | use YYYY-MM-DD HH:MM:SS in "
        "Europe/Zagreb, or RFC 3339; nothing was imported");
  CHECK(error_of(f, "received_at,channel,customer_name,category,summary\r\n"
                    "2026-11-02 09:30,web,Ana,billing,no receipt\r\n") ==
        "old.csv: row 2, column 'evidence': category 'billing' requires evidence | fill it in, or import "
        "with --allow-incomplete; nothing was imported");
  CHECK(error_of(f, "received_at,channel,customer_name,category\r\n") ==
        "old.csv: the file has no summary column | map one with --map 'COLUMN=summary'; nothing was imported");
  // Nothing was used up: the next complaint still gets the first reference.
  f.import(std::string(k_header) + "A,2026-11-02 09:30,email,Ana,,delivery,ok\r\n");
  CHECK(f.stored().at(0).reference == "CMP-2026-00001");
}

TEST_CASE("with skip_invalid the valid rows are imported and the others rejected with a reason") {
  Fixture f;
  std::ostringstream rejects;
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects = &rejects;
  const auto summary = f.import(std::string(k_header) +
                                    "A,2026-11-02 09:30,email,Ana,,delivery,=ok\r\n"
                                    "B,2026-11-02 09:40,fax,Ana,,delivery,'-bad\r\n"
                                    "C,2026-11-02 09:50,email,Ana,,delivery,fine\r\n",
                                options);
  CHECK(summary.imported == 2);
  CHECK(summary.rejected == 1);
  CHECK(f.stored().size() == 2);
  CHECK(rejects.str() == "reference,received_at,channel,customer_name,customer_email,category,summary,reason\r\n"
                         "B,2026-11-02 09:40,fax,Ana,,delivery,'-bad,\"row 3, column 'channel': unknown "
                         "channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, "
                         "social, representative\"\r\n");
}

TEST_CASE("a dry run reports what would happen and writes nothing") {
  Fixture f;
  ImportOptions options;
  options.dry_run = true;
  const auto summary = f.import(std::string(k_header) +
                                    "A,2026-11-02 09:30,email,Ana,,delivery,ok\r\n"
                                    "B,2026-11-02 09:40,fax,Ana,,delivery,bad\r\n",
                                options);
  CHECK(summary.imported == 1);
  CHECK(summary.rejected == 1);
  CHECK(summary.first_reference == "CMP-2026-00001");
  REQUIRE(summary.problems.size() == 1);
  CHECK(summary.problems[0].rfind("row 3, column 'channel': unknown channel 'fax'", 0) == 0);
  CHECK(f.stored().empty());
}

TEST_CASE("lifecycle fields are stored, in the event too, and settle the clocks") {
  Fixture f;
  const auto summary = f.import(
      "received_at,channel,customer_name,category,summary,status,assignee,escalation_level,resolved_at,"
      "outcome,compensation_amount,compensation_currency,root_cause,satisfaction,closed_at\r\n"
      "2026-11-02 09:30,email,Ana,delivery,bent,closed,luka,1,2026-11-04 12:00,replacement,25.50,EUR,"
      "courier,4,2026-11-10 10:00\r\n");
  REQUIRE(summary.imported == 1);
  const Complaint c = f.stored().at(0);
  CHECK(c.status == Status::closed);
  CHECK(c.assignee == "luka");
  CHECK(c.escalation_level == 1);
  CHECK(c.outcome == "replacement");
  REQUIRE(c.compensation.has_value());
  CHECK(c.compensation->minor == 2550);
  CHECK(c.satisfaction == 4);
  CHECK(c.closed_at == at("2026-11-10 10:00"));
  // Resolved without an acknowledgement: it counts as acknowledged then (late: due 14:00 on the 2nd).
  CHECK(c.acknowledge.settled_at == at("2026-11-04 12:00"));
  CHECK(c.acknowledge.settled == SlaState::breached);
  CHECK(c.resolve.settled == SlaState::met);
  CHECK(c.last_event_at == at("2026-11-10 10:00"));
  const auto data = nlohmann::json::parse(f.ledger.events(c.id).at(0).data);
  CHECK(data["status"] == "closed");
  CHECK(data["compensation"]["minor"] == 2550);
  CHECK(data["acknowledge_sla"] == "breached");
  CHECK(data["closed_at"] == "2026-11-10T09:00:00Z");
}

TEST_CASE("lifecycle fields that contradict each other or the policy are refused") {
  Fixture f;
  const std::string header = "received_at,channel,customer_name,category,summary,status,acknowledged_at,resolved_at,"
                             "outcome,compensation_amount,satisfaction\r\n";
  const std::string start = "2026-11-02 09:30,email,Ana,delivery,s,";
  CHECK(error_of(f, header + start + "resolvd,,,,,\r\n") ==
        "old.csv: row 2, column 'status': unknown status 'resolvd' | did you mean 'resolved'? (nothing was imported)");
  CHECK(error_of(f, header + start + "resolved,,,refund,,\r\n") ==
        "old.csv: row 2, column 'resolved_at': a resolved complaint needs resolved_at | nothing was imported");
  CHECK(error_of(f, header + start + "new,2026-11-02 10:00,,,,\r\n").rfind(
            "old.csv: row 2, column 'status': a new complaint has no acknowledged_at", 0) == 0);
  CHECK(error_of(f, header + start + "acknowledged,2026-11-01 10:00,,,,\r\n") ==
        "old.csv: row 2, column 'acknowledged_at': 2026-11-01 10:00:00 is before the complaint was received "
        "(2026-11-02 09:30:00) | nothing was imported");
  CHECK(error_of(f, header + start + "resolved,,2026-11-03 10:00,refnd,,\r\n").rfind(
            "old.csv: row 2, column 'outcome': unknown outcome 'refnd'", 0) == 0);
  CHECK(error_of(f, header + start + "resolved,,2026-11-03 10:00,refund,25.555,\r\n").rfind(
            "old.csv: row 2, column 'compensation_amount': '25.555' is not an amount of EUR", 0) == 0);
  CHECK(error_of(f, header + start + "resolved,,2026-11-03 10:00,refund,,6\r\n").rfind(
            "old.csv: row 2, column 'satisfaction': '6' is not a whole number from 1 to 5", 0) == 0);
}

TEST_CASE("--map renames or ignores columns; unknown columns are refused, not dropped") {
  Fixture f;
  const std::string text = "Date received,channel,customer_name,category,summary,Notes\r\n"
                           "2026-11-02 09:30,email,Ana,delivery,ok,x\r\n";
  CHECK(error_of(f, text) == "old.csv: unknown column 'Date received' | map it with --map 'Date received=FIELD', "
                             "ignore it with --map 'Date received=', or keep every such column as a text field with "
                             "--keep-unmapped; nothing was imported");
  ImportOptions options;
  options.mapping = {{"Date received", "received_at"}, {"Notes", ""}};
  CHECK(f.import(text, options).imported == 1);
  CHECK(f.stored().at(0).received_at == at("2026-11-02 09:30"));
  options.mapping = {{"Date received", "recieved_at"}};
  CHECK_THROWS_WITH(f.import(text, options), "--map 'Date received=recieved_at': no field 'recieved_at'");
  options.mapping = {{"Date recieved", "received_at"}};
  CHECK_THROWS_WITH(f.import(text, options),
                    "old.csv: --map 'Date recieved=received_at': the file has no column 'Date recieved'");
}

TEST_CASE("a confidential complaint exported without its texts cannot be imported, and says why") {
  Fixture f;
  CHECK(error_of(f, "received_at,channel,customer_name,category,summary,confidential\r\n"
                    "2026-11-02 09:30,email,,delivery,,true\r\n") ==
        "old.csv: row 2, column 'customer_name': a confidential complaint exported without its customer "
        "details and texts | export it with 'redress export --include-confidential' to import it; nothing "
        "was imported");
}

TEST_CASE("export then import gives identical complaints, in CSV and in JSON") {
  for (const OutputFormat format : {OutputFormat::csv, OutputFormat::json, OutputFormat::ndjson}) {
    CAPTURE(static_cast<int>(format));
    Fixture a;
    const std::vector<std::string> texts{"=SUM(A1)", "-5", "@x", "+385 1", "say \"hi\", twice\nand again",
                                         "配達が遅れた", "دو بار از کارت من برداشت شد", "Kotač savijen 🎉", "'=x"};
    int minute = 0;
    for (const auto& text : texts) {
      FilingRequest r;
      r.customer.name = text.substr(0, text.find('\n')); // a name is one line
      r.customer.email = "c" + std::to_string(minute) + "@example.org";
      r.channel = "chat";
      r.category = "delivery";
      r.summary = text;
      r.details = "\t" + text + "\r\n" + text;
      r.evidence = {text, "photo.jpg"};
      r.confidential = minute % 2 == 0;
      r.at = at("2026-11-02 09:30") + std::chrono::minutes(++minute);
      a.ledger.file(r, "ana");
    }
    std::stringstream exported;
    ExportWriter writer(exported, format, ExportWriter::Kind::complaints, zagreb, true, true);
    ComplaintFilter by_reference;
    by_reference.sort = "reference";
    a.ledger.list(by_reference, [&](const Complaint& c) { writer.complaint(c); });
    writer.finish();

    Fixture b;
    ImportOptions options;
    options.format = format == OutputFormat::csv ? DataFormat::csv
                     : format == OutputFormat::json ? DataFormat::json
                                                    : DataFormat::ndjson;
    options.source_name = "export";
    CHECK(b.ledger.import(exported, options, "ana").imported == static_cast<std::int64_t>(texts.size()));
    const auto before = a.stored();
    const auto after = b.stored();
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
      CHECK(complaint_json(after[i], nullptr, false, -1) == complaint_json(before[i], nullptr, false, -1));
    }
  }
}

TEST_CASE("a rejects file that cannot be written imports nothing") {
  Fixture f;
  std::ostringstream rejects;
  rejects.setstate(std::ios::badbit); // as a full disk would leave it
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects = &rejects;
  CHECK_THROWS_WITH(f.import(std::string(k_header) +
                                 "A,2026-11-02 09:30,email,Ana,,delivery,ok\r\n"
                                 "B,2026-11-02 09:40,fax,Ana,,delivery,bad\r\n",
                             options),
                    "writing the rejected rows failed (disk full?)");
  CHECK(f.stored().empty());
}

// The records are read and checked on a second thread, a few batches of 256 ahead of the writes
// (docs/performance.md): what the user sees must be what one thread reading row by row gave.
TEST_CASE("a long file is read ahead on a second thread: first problem named, rows in order, all or nothing") {
  const auto rows = [](int count, const std::vector<int>& bad) {
    std::string text = k_header;
    for (int i = 1; i <= count; ++i) {
      const bool is_bad = std::find(bad.begin(), bad.end(), i) != bad.end();
      text += "R" + std::to_string(i) + ",2026-11-02 09:30,email,Šime Perić " + std::to_string(i) + ",," +
              (is_bad ? "delivry" : "delivery") + ",paket " + std::to_string(i) + " 配達が遅れた\r\n";
    }
    return text;
  };
  SUBCASE("the first invalid row stops it, though later ones are read already") {
    Fixture f;
    // Data row i is spreadsheet row i + 1; row 1,501 is in the sixth batch, 2,901 in the twelfth.
    CHECK(error_of(f, rows(3000, {1500, 2900})).rfind("old.csv: row 1501, column 'category'", 0) == 0);
    CHECK(f.stored().empty());
  }
  SUBCASE("skipping invalid rows keeps the others in file order, and the rejects in order") {
    Fixture f;
    std::ostringstream rejects;
    ImportOptions options;
    options.skip_invalid = true;
    options.rejects = &rejects;
    std::int64_t last_progress = 0;
    bool progress_in_order = true;
    options.progress = [&](std::int64_t records, std::uint64_t) {
      progress_in_order = progress_in_order && records == last_progress + 1;
      last_progress = records;
    };
    const auto summary = f.import(rows(3000, {1, 700, 2999}), options);
    CHECK(progress_in_order);
    CHECK(last_progress == 3000);
    CHECK(summary.records == 3000);
    CHECK(summary.imported == 2997);
    CHECK(summary.rejected == 3);
    CHECK(summary.first_reference == "CMP-2026-00001");
    CHECK(summary.last_reference == "CMP-2026-02997");
    const auto stored = f.stored();
    REQUIRE(stored.size() == 2997);
    CHECK(stored[0].summary == "paket 2 配達が遅れた");   // R1 was rejected
    CHECK(stored[698].summary == "paket 701 配達が遅れた"); // after R700
    CHECK(stored[2996].summary == "paket 3000 配達が遅れた");
    std::istringstream lines(rejects.str());
    std::string line;
    std::vector<std::string> rejected;
    while (std::getline(lines, line)) {
      rejected.push_back(line.substr(0, line.find(',')));
    }
    CHECK(rejected == std::vector<std::string>{"reference", "R1", "R700", "R2999"});
    // The words cut on the reading thread are the index's words: verify rebuilds them.
    CHECK_FALSE(f.ledger.verify().problem);
  }
}
