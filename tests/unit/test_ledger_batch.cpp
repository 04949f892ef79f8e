#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

FilingRequest request(const char* summary) {
  FilingRequest r;
  r.customer.name = "Špela Kranjc";
  r.customer.email = "spela@example.si";
  r.channel = "email";
  r.category = "delivery";
  r.summary = summary;
  r.at = at("2026-11-02 09:00");
  return r;
}

StepRequest step(Step s) {
  StepRequest r;
  r.step = s;
  r.at = at("2026-11-02 10:00");
  return r;
}

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  // What a second connection sees: only what was committed.
  std::vector<std::string> committed() {
    auto reader = Ledger::open(paths, Access::read, at("2026-11-20 12:00"));
    std::vector<std::string> seen;
    reader.list(ComplaintFilter{}, [&](const Complaint& c) {
      seen.push_back(c.reference + " " + std::string(to_string(c.status)));
    });
    return seen;
  }
};

} // namespace

TEST_CASE("a batch commits all of its calls together") {
  Fixture f;
  f.ledger.batch([&] {
    f.ledger.file(request("Paket nije stigao"), "ana");
    f.ledger.file(request("配達が遅れた"), "ana");
    f.ledger.act("CMP-2026-00001", step(Step::ack), "ana");
    CHECK(f.committed().empty()); // nothing is visible before the batch ends
  });
  CHECK(f.committed() == std::vector<std::string>{"CMP-2026-00001 acknowledged", "CMP-2026-00002 new"});
  CHECK_FALSE(f.ledger.verify().problem);
}

TEST_CASE("a refused call inside a batch undoes only itself") {
  Fixture f;
  f.ledger.batch([&] {
    f.ledger.file(request("Paket nije stigao"), "ana");
    CHECK_THROWS_AS(f.ledger.act("CMP-2026-00001", step(Step::close), "ana"), Error); // new: refused
    auto bad = request("Račun dvaput");
    bad.category = "billing"; // requires evidence: refused
    CHECK_THROWS_AS(f.ledger.file(bad, "ana"), Error);
    f.ledger.act("CMP-2026-00001", step(Step::ack), "ana");
    f.ledger.file(request("Bremza škripi"), "ana");
  });
  // The refused filing took no reference: the next one is 00002, gapless.
  CHECK(f.committed() == std::vector<std::string>{"CMP-2026-00001 acknowledged", "CMP-2026-00002 new"});
  CHECK(f.ledger.events(f.ledger.get("CMP-2026-00001").id).size() == 2);
  CHECK_FALSE(f.ledger.verify().problem);
}

TEST_CASE("a batch that throws rolls back everything it did") {
  Fixture f;
  f.ledger.file(request("Before the batch"), "ana");
  CHECK_THROWS_AS(f.ledger.batch([&] {
    f.ledger.file(request("Inside the batch"), "ana");
    f.ledger.act("CMP-2026-00001", step(Step::ack), "ana");
    throw Error(Errc::failure, "the caller gives up");
  }),
                  Error);
  CHECK(f.committed() == std::vector<std::string>{"CMP-2026-00001 new"});
  // The ledger keeps working afterwards, on the same connection.
  f.ledger.file(request("After the batch"), "ana");
  CHECK(f.committed().size() == 2);
  CHECK_FALSE(f.ledger.verify().problem);
}
