#include "store/sqlite/database.hpp"
#include "store/sqlite/events_table.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "util/digest.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

namespace {

Event sample() {
  return Event{7, 3, from_unix(1795000000), from_unix(1795000060), "ana", "noted",
               R"({"visible":true})", std::string(R"({"text":"Nazvali"})")};
}

// A complaint row for events to belong to.
constexpr const char* k_complaint_key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

void add_complaint(SQLite::Database& h) {
  h.exec("INSERT INTO customers (identity_key, name, first_seen_at) VALUES ('name:a', 'a', 0)");
  h.exec("INSERT INTO complaints (reference, year, seq, status, received_at, channel, customer_id, "
         "category, severity, summary, last_event_at, personal_key) VALUES ('X-2026-00001', 2026, 1, "
         "'new', 0, 'email', 1, 'c', 's', 'sum', 0, '" + std::string(k_complaint_key) + "')");
}

} // namespace

TEST_CASE("the canonical encoding is netstrings after a version tag, '-,' for NULL") {
  const Event e = sample();
  CHECK(store::canonical_event(e, std::string("abc"), "") ==
        "redress-event-v1" "1:7," "1:3," "10:1795000000," "10:1795000060," "3:ana," "5:noted,"
        "16:{\"visible\":true}," "3:abc," "0:,");
  CHECK(store::canonical_event(e, std::nullopt, "ff") ==
        "redress-event-v1" "1:7," "1:3," "10:1795000000," "10:1795000060," "3:ana," "5:noted,"
        "16:{\"visible\":true}," "-," "2:ff,");
  CHECK(store::event_hash(e, std::nullopt, "ff") ==
        util::sha256_hex(store::canonical_event(e, std::nullopt, "ff")));
}

TEST_CASE("netstrings keep fields apart: moving bytes between fields changes the hash") {
  Event a = sample();
  Event b = sample();
  a.actor = "an";
  a.type = "anoted";
  b.actor = "ana";
  b.type = "noted";
  CHECK(store::event_hash(a, std::nullopt, "") != store::event_hash(b, std::nullopt, ""));
}

TEST_CASE("the personal digest is HMAC-SHA256 keyed with the bytes the hex key spells") {
  TempDir dir;
  auto db = store::sqlite::Database::create(dir.path() / "ledger.db");
  auto& h = db.handle();
  h.exec("UPDATE meta SET value = '00ff41' WHERE key = 'digest_key'");
  const std::string key = store::sqlite::digest_key(h);
  CHECK(key == std::string("\x00\xff\x41", 3));
  CHECK(store::digest_key_bytes("00FF41") == key);
  CHECK(store::personal_digest(key, std::nullopt) == std::nullopt);
  CHECK(store::personal_digest(key, std::string("{}")) == util::hmac_sha256_hex(key, "{}"));
  h.exec("UPDATE meta SET value = 'xyz' WHERE key = 'digest_key'");
  CHECK_THROWS_AS(store::sqlite::digest_key(h), Error);
  CHECK_THROWS_AS(store::digest_key_bytes(""), Error);
  CHECK_THROWS_AS(store::digest_key_bytes("abc"), Error);
}

TEST_CASE("appended events get consecutive ids and chain to the one before, on every path") {
  TempDir dir;
  auto db = store::sqlite::Database::create(dir.path() / "ledger.db");
  auto& h = db.handle();
  add_complaint(h);
  Event e = sample();
  e.complaint_id = 1;
  db.write([&] {
    store::sqlite::EventAppender first(h);
    CHECK(first.append(e) == 1);
    store::sqlite::EventAppender second(h);
    CHECK(second.append(e) == 2);
    CHECK(first.append(e) == 3); // another appender wrote in between
    e.personal.reset();
    CHECK(second.append(e) == 4);
  });
  // New events are keyed with their complaint's key, not the ledger's.
  const std::string key = store::personal_key_bytes(k_complaint_key);
  CHECK(key != store::sqlite::digest_key(h));
  std::string prev;
  int n = 0;
  store::sqlite::scan_chain(h, [&](const store::ChainedEvent& c, const std::string& reference,
                                   const std::string& personal_key) {
    ++n;
    CHECK(c.event.id == n);
    CHECK(reference == "X-2026-00001");
    CHECK(personal_key == k_complaint_key);
    CHECK(c.prev_hash == prev);
    CHECK(c.personal_digest == store::personal_digest(key, c.event.personal));
    CHECK(c.hash == store::event_hash(c.event, c.personal_digest, *c.prev_hash));
    prev = *c.hash;
  });
  CHECK(n == 4);
  CHECK(h.execAndGet("SELECT personal_digest IS NULL FROM events WHERE id = 4").getInt() == 1);
  CHECK(store::sqlite::chain_head(h) == std::pair<std::int64_t, std::string>{4, prev});
}

TEST_CASE("a rolled-back append leaves no hole in the ids") {
  TempDir dir;
  auto store = store::create_sqlite(dir.path() / "ledger.db");
  Complaint c;
  c.reference = "X-2026-00001";
  c.customer.name = "a";
  c.channel = "email";
  c.category = "c";
  c.severity = "s";
  c.summary = "sum";
  Event e = sample();
  store->write([&] {
    const auto customer = store->upsert_customer(c.customer, "name:a", "a", from_unix(0));
    e.complaint_id = store->insert_complaint({c, customer, 2026, store->next_sequence(2026), "d",
                                              store::new_personal_key()});
    store->append_event(e);
  });
  CHECK_THROWS(store->write([&] {
    store->append_event(e);
    throw Error(Errc::refused, "no");
  }));
  store->write([&] { CHECK(store->append_event(e) == 2); });
  CHECK(store->chain_head().first == 2);
  CHECK(store->event_hash_of(2) == store->chain_head().second);
  CHECK_FALSE(store->event_hash_of(3));
}

TEST_CASE("the schema must be exactly what the migrations create: triggers dropped, weakened or added") {
  TempDir dir;
  auto db = store::sqlite::Database::create(dir.path() / "ledger.db");
  auto& h = db.handle();
  CHECK_FALSE(db.schema_difference());
  const std::string original =
      h.execAndGet("SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'").getString();
  h.exec("DROP TRIGGER events_append_only_update");
  CHECK(db.schema_difference() ==
        "the trigger events_append_only_update of table events is missing");
  // Put back with the same name but a condition that never fires: still RAISE(ABORT, ...).
  h.exec("CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events WHEN 0 "
         "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END");
  CHECK(db.schema_difference() == "the trigger events_append_only_update of table events is not "
                                  "the one redress created (its definition was changed)");
  h.exec("DROP TRIGGER events_append_only_update");
  h.exec(original);
  CHECK_FALSE(db.schema_difference()); // exactly as the migration wrote it
  h.exec("CREATE TRIGGER sneaky AFTER INSERT ON events BEGIN SELECT 1; END");
  CHECK(db.schema_difference() ==
        "the ledger has a trigger sneaky on table events that redress did not create");
  h.exec("DROP TRIGGER sneaky");
  h.exec("DROP INDEX complaints_received");
  CHECK(db.schema_difference() == "the index complaints_received of table complaints is missing");
}
