#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

FilingRequest request(const char* summary = "Wheel arrived bent") {
  FilingRequest r;
  r.customer.name = "Ivana Horvat";
  r.customer.email = "ivana@example.hr";
  r.channel = "email";
  r.category = "delivery";
  r.summary = summary;
  return r;
}

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  // Complaints as a second connection sees them (what is committed).
  std::int64_t complaints() {
    auto reader = Ledger::open(paths, Access::read, at("2026-11-20 12:00"));
    std::int64_t n = 0;
    reader.list(ComplaintFilter{}, [&](const Complaint&) { ++n; });
    return n;
  }
};

} // namespace

TEST_CASE("filing allocates gapless references per year of receipt") {
  Fixture f;
  auto r = request();
  r.at = at("2025-12-31 23:30");
  CHECK(f.ledger.file(r, "ana").reference == "CMP-2025-00001");
  r.at = at("2026-01-01 00:10");
  CHECK(f.ledger.file(r, "ana").reference == "CMP-2026-00001");
  r.at = at("2026-02-01 10:00");
  CHECK(f.ledger.file(r, "ana").reference == "CMP-2026-00002");
  r.at = at("2025-06-01 10:00");
  CHECK(f.ledger.file(r, "ana").reference == "CMP-2025-00002");
}

TEST_CASE("a filed complaint reads back with its customer, team, targets and filed event") {
  Fixture f;
  auto r = request("配達が遅れた");
  r.customer.name = "山田太郎";
  r.customer.language = "ja";
  r.details = "注文から二週間";
  r.at = at("2026-11-02 09:30");
  const Complaint filed = f.ledger.file(r, "ana");
  const Complaint c = f.ledger.get(filed.reference);
  CHECK(c.customer.name == "山田太郎");
  CHECK(c.customer.language == "ja");
  CHECK(c.summary == "配達が遅れた");
  CHECK(c.team == "logistics");
  CHECK(c.severity == "normal");
  CHECK(c.status == Status::new_);
  CHECK(c.acknowledge.target == "4h");
  CHECK(c.resolve.target == "5d");
  REQUIRE(c.acknowledge.due.has_value());
  CHECK(format_local(*c.acknowledge.due, zagreb) == "2026-11-02 14:00:00"); // lunch break skipped
  const auto events = f.ledger.events(c.id);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "filed");
  CHECK(events[0].actor == "ana");
  CHECK(events[0].at == at("2026-11-02 09:30"));
  CHECK(events[0].personal->find("山田太郎") != std::string::npos);
  CHECK(events[0].data.find("山田太郎") == std::string::npos); // personal text is kept apart
}

TEST_CASE("references can be given in full, in any case, or as this year's number") {
  Fixture f;
  const Complaint c = f.ledger.file(request(), "ana");
  CHECK(f.ledger.get("cmp-2026-1").id == c.id);
  CHECK(f.ledger.get("1").id == c.id);
  CHECK_THROWS_AS(f.ledger.get("2"), Error);
  try {
    (void)f.ledger.get("CMP-2026-00099");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::not_found);
  }
}

TEST_CASE("policy violations are refused with a hint and leave no trace") {
  Fixture f;
  const auto refused = [&](FilingRequest r, const char* message, const char* hint) {
    try {
      f.ledger.file(r, "ana");
      FAIL("filing should have been refused");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == message);
      CHECK(e.hint() == hint);
      CHECK(e.code() == Errc::refused);
    }
  };
  auto r = request();
  r.category = "delivry";
  refused(r, "unknown category 'delivry'", "did you mean 'delivery'?");
  r = request();
  r.channel = "fax";
  refused(r, "unknown channel 'fax'",
          "expected one of: phone, email, web, letter, in-person, chat, social, representative");
  r = request();
  r.category = "billing";
  refused(r, "category 'billing' requires evidence", "add --evidence, or file with --allow-incomplete");
  CHECK(f.complaints() == 0);
  // The refused filings did not use up reference numbers.
  CHECK(f.ledger.file(request(), "ana").reference == "CMP-2026-00001");
  r.allow_incomplete = true;
  CHECK(f.ledger.file(r, "ana").reference == "CMP-2026-00002");
}

TEST_CASE("a receipt time in the future is refused") {
  Fixture f;
  auto r = request();
  r.at = at("2026-11-20 12:01");
  CHECK_THROWS_AS(f.ledger.file(r, "ana"), Error);
  CHECK(f.complaints() == 0);
}

TEST_CASE("repeat complainants are recognised by email, regardless of case") {
  Fixture f;
  auto r = request();
  const Complaint first = f.ledger.file(r, "ana");
  r.customer.email = "IVANA@example.hr";
  r.customer.name = "Ivana H.";
  const Complaint second = f.ledger.file(r, "ana");
  CHECK(second.customer_id == first.customer_id); // one person
  ComplaintFilter by_email;
  by_email.customer = "ivana@EXAMPLE.hr";
  std::vector<std::string> names;
  f.ledger.list(by_email, [&](const Complaint& c) { names.push_back(c.customer.name); });
  CHECK(names == std::vector<std::string>{"Ivana Horvat", "Ivana H."});
}

TEST_CASE("each complaint keeps the customer details it was filed with") {
  // A later complaint by the same person (same email) must not rewrite an earlier one: it
  // used to give the first complaint a phone number it was never filed with.
  Fixture f;
  auto r = request();
  r.customer.name = "Ivana Kovač";
  r.customer.phone.reset();
  const Complaint first = f.ledger.file(r, "ana");
  r.customer.name = "Ivana Horvat";
  r.customer.phone = "+385 91 555 0101";
  r.customer.language = "hr";
  const Complaint second = f.ledger.file(r, "ana");
  CHECK(second.customer_id == first.customer_id);
  const Complaint again = f.ledger.get(first.reference);
  CHECK(again.customer.name == "Ivana Kovač");
  CHECK_FALSE(again.customer.phone);
  CHECK(again.customer.language == first.customer.language);
  const Complaint later = f.ledger.get(second.reference);
  CHECK(later.customer.name == "Ivana Horvat");
  CHECK(later.customer.phone == "+385 91 555 0101");
  CHECK_FALSE(f.ledger.verify().problem);
}

TEST_CASE("init refuses an existing ledger and changes nothing") {
  Fixture f;
  f.ledger.file(request(), "ana");
  CHECK_THROWS_AS(init_ledger(f.dir.path(), std::nullopt), Error);
  CHECK(f.complaints() == 1);
}

TEST_CASE("list filters and sorts") {
  Fixture f;
  for (const char* when : {"2026-11-03 10:00", "2026-11-01 10:00", "2026-11-02 10:00"}) {
    auto r = request(when);
    r.at = at(when);
    f.ledger.file(r, "ana");
  }
  std::vector<std::string> seen;
  ComplaintFilter filter;
  filter.since = at("2026-11-02 00:00");
  f.ledger.list(filter, [&](const Complaint& c) { seen.push_back(c.summary); });
  CHECK(seen == std::vector<std::string>{"2026-11-02 10:00", "2026-11-03 10:00"});
  seen.clear();
  filter = {};
  filter.sort = "reference";
  filter.reverse = true;
  filter.limit = 2;
  f.ledger.list(filter, [&](const Complaint& c) { seen.push_back(c.reference); });
  CHECK(seen == std::vector<std::string>{"CMP-2026-00003", "CMP-2026-00002"});
  filter = {};
  filter.categories = {"delivry"};
  CHECK_THROWS_WITH(f.ledger.list(filter, [](const Complaint&) {}), "--category: unknown value 'delivry'");
}
