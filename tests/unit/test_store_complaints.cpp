#include "temp_dir.hpp"

#include <redress/ledger.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

// store/complaints_table.cpp reads rows column by column from SQLite and splits the evidence
// array itself when it can; every field must come back exactly as filed.
TEST_CASE("a complaint reads back field for field, evidence with quotes and escapes included") {
  TempDir dir;
  const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");
  const Instant at = *parse_time("2026-11-02 09:00", zagreb);
  Ledger ledger = Ledger::open(init_ledger(dir.path(), std::nullopt), Access::write, at + std::chrono::hours{1});
  const std::vector<std::vector<std::string>> lists{
      {},
      {"receipt.pdf"},
      {"photo 1.jpg", "račun, \"A\".pdf", "back\\slash", "配達.png", "tab\there"},
      {"[odd]", "a,b", "\"", "]"},
  };
  for (const auto& evidence : lists) {
    FilingRequest r;
    r.customer = Customer{"Špela Kranjc", "spela@example.si", std::nullopt, std::nullopt, "sl", std::nullopt};
    r.channel = "email";
    r.category = "billing";
    r.summary = "Račun je bil zaračunan dvakrat";
    r.details = "💳💳";
    r.product = "Brompton";
    r.evidence = evidence;
    r.allow_incomplete = evidence.empty();
    r.at = at;
    const Complaint filed = ledger.file(r, "ana");
    const Complaint read = ledger.get(filed.reference);
    CHECK(read.evidence == evidence);
    CHECK(read.customer.name == "Špela Kranjc");
    CHECK(read.customer.email == std::optional<std::string>("spela@example.si"));
    CHECK_FALSE(read.customer.phone);
    CHECK(read.customer.language == std::optional<std::string>("sl"));
    CHECK(read.details == std::optional<std::string>("💳💳"));
    CHECK(read.product == std::optional<std::string>("Brompton"));
    CHECK(read.status == Status::new_);
    CHECK(read.received_at == at);
    CHECK(read.acknowledge.due == filed.acknowledge.due);
    CHECK(read.resolve.due == filed.resolve.due);
    CHECK_FALSE(read.acknowledge.settled);
    CHECK_FALSE(read.compensation);
    CHECK_FALSE(read.satisfaction);
  }
}
