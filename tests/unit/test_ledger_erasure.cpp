// The key and digest rules of erasure (redress/erasure.hpp, store/chain.hpp, ledger/identity.hpp):
// per-complaint keys, keyed identity keys, and the append-only guard's one exception.

#include "ledger/identity.hpp"
#include "store/chain.hpp"
#include "store/sqlite/database.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "util/digest.hpp"

#include <redress/duration.hpp>
#include <redress/error.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

namespace {

const std::string k_key_a(32, 'a');
const std::string k_key_b(32, 'b');

Complaint sample_complaint() {
  Complaint c;
  c.reference = "X-2026-00001";
  c.customer.name = "Ivana Ćosić";
  c.customer.email = "ivana@example.hr";
  c.channel = "email";
  c.category = "c";
  c.severity = "s";
  c.summary = "Kotač savijen";
  return c;
}

} // namespace

TEST_CASE("identity keys are keyed digests of the folded identity, never the text") {
  Customer ivana{"Ivana Ćosić", std::string("IVANA@example.hr"), {}, {}, {}, {}};
  const std::string key = identity_key(ivana, k_key_a);
  CHECK(key == util::hmac_sha256_hex(k_key_a, "email:ivana@example.hr"));
  CHECK(key.size() == 64);
  CHECK(key.find("ivana") == std::string::npos);
  // Folded first: the same person however typed; another key, another digest.
  Customer typed{"ivana cosic", std::string("ivana@EXAMPLE.hr"), {}, {}, {}, {}};
  CHECK(identity_key(typed, k_key_a) == key);
  CHECK(identity_key(ivana, k_key_b) != key);
  // The precedence: email, else member id, else name.
  Customer member{"Ivana Ćosić", std::nullopt, {}, std::string("M-7"), {}, {}};
  CHECK(identity_key(member, k_key_a) == util::hmac_sha256_hex(k_key_a, "member:m-7"));
  Customer named{"Ivana Ćosić", std::string(""), {}, {}, {}, {}};
  CHECK(identity_key(named, k_key_a) == util::hmac_sha256_hex(k_key_a, "name:ivana cosic"));
  CHECK(name_key(ivana, k_key_a) == name_key_of("IVANA COSIC", k_key_a));
  CHECK(identity_keys_of("Ivana@example.HR", k_key_a).front() == key);
  CHECK(erased_identity_key(12) == "erased:12");
}

TEST_CASE("complaint keys: 32 random bytes in hex, each its own") {
  const std::string a = store::new_personal_key();
  const std::string b = store::new_personal_key();
  CHECK(a.size() == 64);
  CHECK(a != b);
  CHECK(store::personal_key_bytes(a).size() == 32);
  CHECK_THROWS_AS(store::personal_key_bytes(""), Error);
  CHECK_THROWS_AS(store::personal_key_bytes("zz"), Error);
  // A digest under one key says nothing under another: what destroying the key relies on.
  const std::optional<std::string> text = R"({"note":"Nazvala gđu Ćosić"})";
  CHECK(store::personal_digest(store::personal_key_bytes(a), text) !=
        store::personal_digest(store::personal_key_bytes(b), text));
}

TEST_CASE("new events are digested with their complaint's key; an erasure replaces it and keeps the digests") {
  TempDir dir;
  auto store = store::create_sqlite(dir.path() / "ledger.db");
  const std::string first_key = store::new_personal_key();
  Complaint c = sample_complaint();
  std::int64_t filed = 0;
  store->write([&] {
    const auto customer = store->upsert_customer(c.customer, "k", "n", from_unix(0));
    c.id = store->insert_complaint({c, customer, 2026, store->next_sequence(2026), "d", first_key});
    filed = store->append_event(Event{0, c.id, from_unix(0), from_unix(0), "ana", "filed", "{}",
                                      std::string(R"({"summary":"Kotač savijen"})")});
  });
  CHECK(store->personal_keys_from() == 1);
  CHECK(store->personal_key(c.id) == store::personal_key_bytes(first_key));
  std::optional<std::string> digest;
  store->scan_chain([&](const store::ChainedEvent& e, const std::string&, const std::string& key) {
    CHECK(key == first_key);
    digest = e.personal_digest;
  });
  CHECK(digest == store::personal_digest(store::personal_key_bytes(first_key), std::string(R"({"summary":"Kotač savijen"})")));
  CHECK(digest != store::personal_digest(store->digest_key(), std::string(R"({"summary":"Kotač savijen"})")));

  // Without an `erased` event after it, the guard refuses the blanking: nothing changes.
  CHECK_THROWS_AS(store->write([&] { store->erase_personal(c.id, store::new_personal_key()); }), Error);
  CHECK(store->personal_key(c.id) == store::personal_key_bytes(first_key));

  const std::string second_key = store::new_personal_key();
  store->write([&] {
    store->append_event(Event{0, c.id, from_unix(1), from_unix(1), "ana", "erased", R"({"reason":"r"})", std::nullopt});
    CHECK(store->erase_personal(c.id, second_key) == 1);
  });
  CHECK(store->personal_key(c.id) == store::personal_key_bytes(second_key));
  int seen = 0;
  store->scan_chain([&](const store::ChainedEvent& e, const std::string&, const std::string&) {
    if (e.event.id == filed) {
      ++seen;
      CHECK_FALSE(e.event.personal);
      CHECK(e.personal_digest == digest); // the chain still covers it
      CHECK(e.hash == store::event_hash(e.event, e.personal_digest, *e.prev_hash));
    }
  });
  CHECK(seen == 1);
}

TEST_CASE("retention periods: whole years, weeks or days; never minutes or hours") {
  CHECK(parse_retention("3y") == RetentionPeriod{3, std::nullopt});
  CHECK(parse_retention("90d") == RetentionPeriod{0, Duration{90, DurationUnit::days}});
  CHECK(parse_retention("26w") == RetentionPeriod{0, Duration{26, DurationUnit::weeks}});
  CHECK(to_string(*parse_retention("3y")) == "3y");
  CHECK(to_string(*parse_retention("90d")) == "90d");
  for (const char* bad : {"", "y", "0y", "0d", "101y", "-3y", "3 years", "3Y", "3yr", "36m", "72h", "0w"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_retention(bad));
  }
}
