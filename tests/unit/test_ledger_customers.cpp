// The customer rules of the façade (redress/customer.hpp): figures, lookups, corrections by
// scope, merges, and that each leaves verify passing and a refused one the ledger unchanged.

#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>

#include <doctest/doctest.h>

#include <functional>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

FilingRequest request(const char* name, std::optional<std::string> email, const char* summary, const char* when) {
  FilingRequest r;
  r.customer.name = name;
  r.customer.email = std::move(email);
  r.channel = "email";
  r.category = "delivery";
  r.summary = summary;
  r.at = at(when);
  return r;
}

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  Fixture() {
    ledger.file(request("Ivana Horvat", "ivana@example.hr", "Paket nije stigao", "2026-11-02 09:00"), "ana");
    FilingRequest second = request("Ivana Horvat", "IVANA@example.hr", "Opet kasni", "2026-11-05 09:00");
    second.customer.phone = "+385 91 234 5678";
    ledger.file(second, "ana");
    ledger.file(request("مریم احمدی", std::nullopt, "بسته نرسید", "2026-11-06 09:00"), "ana");
    ledger.file(request("مريم احمدي", "maryam@example.ir", "دوباره", "2026-11-07 09:00"), "ana");
  }

  Complaint complaint(const char* ref) { return ledger.get(ref); }
  bool verified() { return !ledger.verify().problem; }
};

std::int64_t count_events(Ledger& ledger) {
  std::int64_t n = 0;
  ledger.list_events(ComplaintFilter{}, [&](const Complaint&, const Event&) { ++n; });
  return n;
}

} // namespace

TEST_CASE("a repeat filing fills the record, never the earlier complaint") {
  Fixture f;
  const auto all = f.ledger.customers(CustomerFilter{});
  REQUIRE(all.size() == 3); // Ivana; Maryam by name; Maryam by email (two records until merged)
  CHECK(all[0].complaints == 2);
  CHECK(all[0].details.phone == "+385 91 234 5678");
  CHECK_FALSE(f.complaint("CMP-2026-00001").customer.phone);
  CHECK(f.ledger.find_customer("ivana@EXAMPLE.hr") == all[0].id);
  CHECK(f.ledger.find_customer("#1") == 1);
  CHECK_THROWS_AS(f.ledger.find_customer("Ivana Horvt"), Error);
}

TEST_CASE("an update reaches the complaints of its scope only") {
  Fixture f;
  const auto change = f.ledger.update_customer("1", CustomerUpdate{std::nullopt, std::nullopt, "+385 98 000 1111", std::nullopt,
                                                                   CustomerUpdate::Scope::record},
                                               "ana");
  CHECK(change.fields == std::vector<std::string>{"phone"});
  CHECK(change.complaints.empty());
  CHECK(f.complaint("CMP-2026-00002").customer.phone == "+385 91 234 5678");
  CustomerUpdate all{std::nullopt, "ivana.h@example.hr", std::nullopt, std::nullopt, CustomerUpdate::Scope::all};
  CHECK(f.ledger.update_customer("1", all, "ana").complaints.size() == 2);
  CHECK(f.complaint("CMP-2026-00001").customer.email == "ivana.h@example.hr");
  CHECK(f.ledger.find_customer("ivana.h@example.hr") == 1);
  CHECK(f.ledger.find_customer("ivana@example.hr") == 1); // the old email still recognises her
  CHECK(f.verified());
}

TEST_CASE("a refused update records nothing") {
  Fixture f;
  const auto before = count_events(f.ledger);
  CustomerUpdate taken{std::nullopt, "maryam@example.ir", std::nullopt, std::nullopt, CustomerUpdate::Scope::all};
  try {
    f.ledger.update_customer("1", taken, "ana");
    FAIL("expected a refusal");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::refused);
  }
  CHECK(count_events(f.ledger) == before);
  CHECK(f.complaint("CMP-2026-00001").customer.email == "ivana@example.hr");
  CHECK(f.verified());
}

TEST_CASE("a merge moves the complaints and keeps the merged record's key") {
  Fixture f;
  // The two Maryams: by name (#2) and by email (#3).
  CHECK(f.ledger.merge_customers("2", "3", "ana").complaints == std::vector<std::string>{"CMP-2026-00003"});
  const auto all = f.ledger.customers(CustomerFilter{});
  REQUIRE(all.size() == 2);
  CHECK(all[1].id == 3);
  CHECK(all[1].complaints == 2);
  CHECK(f.ledger.find_customer("2") == 3);
  const auto later = f.ledger.file(request("مریم احمدی", std::nullopt, "سوم", "2026-11-08 09:00"), "ana");
  CHECK(later.customer_id == 3);
  CHECK(f.verified());
  try {
    f.ledger.merge_customers("3", "3", "ana");
    FAIL("expected a refusal");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::refused);
  }
  try {
    f.ledger.merge_customers("2", "1", "ana");
    FAIL("expected not found");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::not_found);
  }
}

TEST_CASE("erasing a merged, corrected person erases both records and refuses to change them") {
  Fixture f;
  f.ledger.update_customer("3", CustomerUpdate{std::nullopt, "maryam.a@example.ir", std::nullopt, std::nullopt,
                                               CustomerUpdate::Scope::all},
                           "ana");
  f.ledger.merge_customers("2", "3", "ana");
  REQUIRE(f.verified());
  // Erasing the merged record's number erases the person it went into.
  const ErasureResult r = f.ledger.erase_customer("2", "request", "ana");
  CHECK(r.customer_id == 3);
  CHECK(r.references == std::vector<std::string>{"CMP-2026-00003", "CMP-2026-00004"});
  CHECK(f.verified());
  const auto all = f.ledger.customers(CustomerFilter{});
  REQUIRE(all.size() == 2);
  CHECK(all[1].erased);
  CHECK(all[1].details.name.empty());
  CHECK(!all[1].details.email);
  CHECK(all[1].complaints == 2); // the figures stay
  CHECK(!all[0].erased);
  // Neither the corrected email nor the one filed with finds anyone now.
  for (const char* gone : {"maryam.a@example.ir", "maryam@example.ir", "مریم احمدی"}) {
    CHECK_THROWS_AS(f.ledger.find_customer(gone), Error);
  }
  const auto before = count_events(f.ledger);
  for (auto attempt : std::vector<std::function<void()>>{
           [&] { f.ledger.update_customer("3", CustomerUpdate{"Maryam", {}, {}, {}, {}}, "ana"); },
           [&] { f.ledger.merge_customers("1", "3", "ana"); },
           [&] { f.ledger.merge_customers("3", "1", "ana"); }}) {
    try {
      attempt();
      FAIL("expected a refusal");
    } catch (const Error& e) {
      CHECK(e.code() == Errc::refused);
    }
  }
  CHECK(count_events(f.ledger) == before);
  CHECK(f.verified());
}
