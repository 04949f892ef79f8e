// The store conformance suite: what every backend of store/store.hpp must do alike. It runs
// against SQLite by default, and against PostgreSQL when $REDRESS_TEST_BACKEND is `postgresql`
// ($REDRESS_TEST_PG_URL: a database on the throwaway server of tests/tools/pg-server, in which
// each test case gets a fresh database of its own). Expected values are worked out by hand.

#include "store/postgresql/connection.hpp"
#include "store/postgresql/migration_steps.hpp"
#include "store/sqlite/database.hpp"
#include "store/store.hpp"
#include "temp_dir.hpp"
#include "util/digest.hpp"
#include "util/fold.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

using namespace redress;
using redress::test::TempDir;

namespace {

bool on_postgresql() {
  const char* b = std::getenv("REDRESS_TEST_BACKEND");
  return b != nullptr && std::string(b) == "postgresql";
}

// `url` with its database replaced by `db` (postgresql:///DB?host=...).
std::string with_database(const std::string& url, const std::string& db) {
  const auto slash = url.find('/', std::string("postgresql://").size());
  const auto query = url.find('?');
  return url.substr(0, slash + 1) + db + (query == std::string::npos ? "" : url.substr(query));
}

// A fresh, empty ledger store of the backend under test.
class Backend {
public:
  Backend() {
    if (!on_postgresql()) {
      store = store::create_sqlite(m_dir.path() / "ledger.db");
      return;
    }
    const char* url = std::getenv("REDRESS_TEST_PG_URL");
    REQUIRE_MESSAGE(url != nullptr, "REDRESS_TEST_PG_URL names the test server's postgres database");
    std::random_device rd;
    const std::string db = "conformance_" + std::to_string(rd()) + std::to_string(rd());
    store::postgresql::Connection admin(url, false);
    admin.exec(("CREATE DATABASE " + db).c_str());
    url_ = with_database(url, db);
    store = store::create_postgresql(url_,
                                     store::NewStorePolicy{"[ledger]\n", util::sha256_hex("[ledger]\n"), "test", now()});
  }

  TempDir m_dir;
  std::unique_ptr<store::Store> store;
  std::string url_; // the PostgreSQL ledger's database ("" on SQLite)
};

Complaint complaint(const std::string& reference, std::int64_t received, const std::string& summary) {
  Complaint c;
  c.reference = reference;
  c.status = Status::new_;
  c.received_at = from_unix(received);
  c.channel = "email";
  c.customer.name = "Mirjana Ćosić";
  c.customer.email = "mirjana@example.hr";
  c.customer.language = "hr";
  c.category = "Dostava";
  c.severity = "high";
  c.summary = summary;
  c.details = "Paket je stigao oštećen.";
  c.evidence = {"a\"b.pdf", "račun.png"};
  c.acknowledge.target = "2d";
  c.acknowledge.due = from_unix(received + 172800);
  c.resolve.target = "8w calendar";
  c.resolve.started = from_unix(received);
  c.resolve.due = from_unix(received + 4838400);
  c.last_event_at = from_unix(received);
  c.fields = {{"order_number", "A-1234"}};
  c.personal_fields = {{"iban", "HR12 3456"}};
  return c;
}

// Files `c` as the ledger does: customer, number, row, first event; returns the complaint as stored.
Complaint file(store::Store& s, Complaint c, int year = 2026) {
  s.write([&] {
    const auto customer = s.upsert_customer(c.customer, "email:" + util::fold(*c.customer.email),
                                            util::fold(c.customer.name), c.received_at);
    const auto seq = s.next_sequence(year);
    c.id = s.insert_complaint({c, customer, year, seq, "digest", store::new_personal_key()});
    c.customer_id = customer;
    s.append_event(Event{0, c.id, c.received_at, c.received_at, "ana", "filed", R"({"channel":"email"})",
                         std::string(R"({"summary":")") + c.summary + "\"}"});
    s.index_texts(c, {c.summary, c.details.value_or(""), "", "", ""});
  });
  return c;
}

std::vector<std::string> references(store::Store& s, const ComplaintFilter& f) {
  std::vector<std::string> out;
  s.select_complaints(f, [&](Complaint& c) { out.push_back(c.reference); });
  return out;
}

std::vector<std::string> found(store::Store& s, const std::vector<store::SearchTerm>& terms,
                               std::vector<SearchField> fields = {}, bool confidential = false) {
  ComplaintFilter f;
  f.sort = "received";
  std::vector<std::string> out;
  s.find_texts({terms, std::move(fields)}, f, confidential, [&](Complaint& c) {
    out.push_back(c.reference);
    return true;
  });
  return out;
}

} // namespace

TEST_CASE("a complaint's row comes back exactly as it was written, in any script") {
  Backend b;
  Complaint c = complaint("RD-2026-00001", 1795000000, "配達が遅れた — مریم");
  c.assignee = "Đurđa";
  c.compensation = Money{1250, "EUR"};
  c.satisfaction = 4;
  c.resolve.settled = SlaState::breached;
  c.resolve.settled_at = from_unix(1795000500);
  c.resolve.paused = Seconds{60};
  const Complaint filed = file(*b.store, c);
  const auto back = b.store->find_complaint("RD-2026-00001");
  REQUIRE(back);
  CHECK(back->id == 1);
  CHECK(back->summary == "配達が遅れた — مریم");
  CHECK(back->customer.name == "Mirjana Ćosić");
  CHECK(back->evidence == std::vector<std::string>{"a\"b.pdf", "račun.png"});
  CHECK(back->assignee == std::optional<std::string>("Đurđa"));
  CHECK(back->compensation->minor == 1250);
  CHECK(back->compensation->currency == "EUR");
  CHECK(back->satisfaction == std::optional<int>(4));
  CHECK(back->resolve.settled == std::optional<SlaState>(SlaState::breached));
  CHECK(back->resolve.paused == Seconds{60});
  CHECK(back->acknowledge.due == std::optional<Instant>(from_unix(1795172800)));
  CHECK(back->fields.at("order_number") == "A-1234");
  CHECK(back->personal_fields.at("iban") == "HR12 3456");
  CHECK_FALSE(back->product);
  CHECK(b.store->find_complaint(2026, 1)->reference == "RD-2026-00001");
  CHECK_FALSE(b.store->find_complaint("RD-2026-00002"));

  Complaint changed = *back;
  changed.status = Status::resolved;
  changed.outcome = "upheld";
  changed.summary = "new summary";
  b.store->write([&] { b.store->update_complaint(changed); });
  CHECK(b.store->find_complaint("RD-2026-00001")->status == Status::resolved);
  CHECK(b.store->find_complaint("RD-2026-00001")->outcome == std::optional<std::string>("upheld"));
  changed.id = 99;
  CHECK_THROWS_AS(b.store->write([&] { b.store->update_complaint(changed); }), Error);
}

TEST_CASE("references are gapless per year: a rolled-back filing gives its number back") {
  Backend b;
  file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  CHECK_THROWS_AS(b.store->write([&] {
    CHECK(b.store->next_sequence(2026) == 2);
    throw Error(Errc::refused, "changed my mind");
  }),
                  Error);
  b.store->write([&] {
    CHECK(b.store->next_sequence(2026) == 2);
    CHECK(b.store->next_sequence(2027) == 1);
  });
  const auto years = b.store->sequences();
  REQUIRE(years.size() == 2);
  CHECK(years[0].year == 2026);
  CHECK(years[0].counter == 2);
  CHECK(years[0].highest == 1); // number 2 was given out and not used
  CHECK(years[1].year == 2027);
  CHECK(years[1].highest == 0);
}

TEST_CASE("a nested write is a savepoint; rehearse rolls everything back") {
  Backend b;
  file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  b.store->write([&] {
    CHECK_THROWS(b.store->write([&] {
      b.store->append_event(Event{0, 1, from_unix(1795000100), {}, "ana", "noted", "{}", std::nullopt});
      throw Error(Errc::refused, "undo this one");
    }));
    b.store->write([&] {
      b.store->append_event(Event{0, 1, from_unix(1795000200), {}, "ana", "noted", "{}", std::nullopt});
    });
  });
  // The savepoint's event is gone and the next one took its id: no hole.
  std::vector<std::int64_t> ids;
  std::vector<std::int64_t> ats;
  b.store->events_of(1, [&](const Event& e) {
    ids.push_back(e.id);
    ats.push_back(to_unix(e.at));
  });
  CHECK(ids == std::vector<std::int64_t>{1, 2});
  CHECK(ats == std::vector<std::int64_t>{1795000000, 1795000200});

  b.store->rehearse([&] {
    CHECK(b.store->next_sequence(2026) == 2);
    b.store->append_event(Event{0, 1, from_unix(1795000300), {}, "ana", "noted", "{}", std::nullopt});
  });
  CHECK(b.store->chain_head().first == 2);
  b.store->write([&] { CHECK(b.store->next_sequence(2026) == 2); });
}

TEST_CASE("events chain: consecutive ids, each hash over the one before, personal text digested") {
  Backend b;
  file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  file(*b.store, complaint("RD-2026-00002", 1795000100, "two"));
  CHECK(b.store->digest_key().size() == 32);
  CHECK(b.store->personal_keys_from() == 1);
  std::int64_t n = 0;
  std::string prev;
  b.store->scan_chain([&](const store::ChainedEvent& c, const std::string& reference, const std::string& key) {
    ++n;
    CHECK(c.event.id == n);
    CHECK(reference == (n == 1 ? "RD-2026-00001" : "RD-2026-00002"));
    CHECK(c.prev_hash == std::optional<std::string>(prev));
    CHECK(c.hash == std::optional<std::string>(store::event_hash(c.event, c.personal_digest, prev)));
    // Each complaint's own key digests its events' personal text.
    CHECK(key.size() == 64);
    CHECK(store::personal_key_bytes(key) == b.store->personal_key(c.event.complaint_id));
    CHECK(c.personal_digest == store::personal_digest(store::personal_key_bytes(key), c.event.personal));
    prev = *c.hash;
  });
  CHECK(n == 2);
  CHECK(b.store->chain_head() == std::pair<std::int64_t, std::string>{2, prev});
  CHECK(b.store->event_hash_of(2) == std::optional<std::string>(prev));
  CHECK_FALSE(b.store->event_hash_of(3));
  CHECK(b.store->check_integrity().empty());
  CHECK_FALSE(b.store->schema_difference());
  CHECK(b.store->ledger_id().size() == 32);
}

TEST_CASE("a customer is recognised by identity key: details filled, never overwritten") {
  Backend b;
  std::int64_t first = 0;
  std::int64_t again = 0;
  std::int64_t other = 0;
  b.store->write([&] {
    first = b.store->upsert_customer(Customer{"Ana", std::nullopt, "+385 1", std::nullopt, "hr", std::nullopt},
                                     "name:ana", "ana", from_unix(2000));
    again = b.store->upsert_customer(Customer{"ANA", "ana@example.hr", "+385 2", std::nullopt, "en", std::nullopt},
                                     "name:ana", "ana", from_unix(1000));
    other = b.store->upsert_customer(Customer{"佐藤", std::nullopt, std::nullopt, std::nullopt, "ja", std::nullopt},
                                     "name:佐藤", "佐藤", from_unix(3000));
  });
  CHECK(first == 1);
  CHECK(again == 1);
  CHECK(other == 2);
  std::vector<store::CustomerRow> rows;
  b.store->scan_customers([&](const store::CustomerRow& row, const store::FiledBy* filed) {
    CHECK(filed == nullptr);
    rows.push_back(row);
  });
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].details.name == "Ana");
  CHECK(rows[0].details.email == std::optional<std::string>("ana@example.hr"));
  CHECK(rows[0].details.phone == std::optional<std::string>("+385 1"));
  CHECK(rows[0].details.language == std::optional<std::string>("hr"));
  CHECK(to_unix(rows[0].first_seen_at) == 1000);
  CHECK(rows[1].name_key == "佐藤");
}

TEST_CASE("listing filters and sorts alike: folded names, status order, limit, reverse, fields") {
  Backend b;
  Complaint a = complaint("RD-2026-00001", 1795000300, "a");
  a.category = "Ödeme";
  a.assignee = "Đurđa";
  Complaint c2 = complaint("RD-2026-00002", 1795000100, "b");
  c2.category = "dostava";
  c2.status = Status::closed;
  c2.fields = {};
  Complaint c3 = complaint("RD-2026-00003", 1795000200, "c");
  c3.category = "Banka";
  c3.status = Status::investigating;
  file(*b.store, a);
  file(*b.store, c2);
  file(*b.store, c3);

  ComplaintFilter f;
  f.sort = "received";
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00002", "RD-2026-00003", "RD-2026-00001"});
  f.reverse = true;
  f.limit = 2;
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00001", "RD-2026-00003"});
  f = {};
  f.sort = "category"; // folded: banka, dostava, odeme
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00003", "RD-2026-00002", "RD-2026-00001"});
  f.sort = "status"; // new, investigating, closed
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00001", "RD-2026-00003", "RD-2026-00002"});
  f = {};
  f.sort = "received";
  f.open_only = true;
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00003", "RD-2026-00001"});
  f.open_only = false;
  f.assignee = "DJURDJA";
  CHECK(references(*b.store, f).empty());
  f.assignee = "durda";
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00001"});
  f.assignee.reset();
  // The ledger folds the value asked for (util/fold.hpp); the store folds the complaint's.
  f.fields = {{"order_number", "a-1234"}};
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00003", "RD-2026-00001"});
  f.fields = {{"order_number", "A-1234"}};
  CHECK(references(*b.store, f).empty());
  f.fields = {{"iban", "hr12 3456"}};
  CHECK(references(*b.store, f).size() == 3);
  f.fields = {{"iban", "hr12 3456"}, {"order_number", "a-1234"}};
  CHECK(references(*b.store, f).size() == 2);
  f.fields.clear();
  f.since = from_unix(1795000200);
  f.until = from_unix(1795000300);
  CHECK(references(*b.store, f) == std::vector<std::string>{"RD-2026-00003"});
  f = {};
  f.sort = "nonsense";
  CHECK_THROWS_AS(references(*b.store, f), Error);

  CHECK(b.store->field_names() == std::vector<std::string>{"iban", "order_number"});
  const auto categories = b.store->stored_names(NameKind::category);
  REQUIRE(categories.size() == 3);
  CHECK(categories[0] == std::pair<std::string, std::int64_t>{"Banka", 1});
  CHECK(b.store->complaints_with_event("filed", from_unix(1795000200), from_unix(0), from_unix(1795000250)) == 2);
}

TEST_CASE("the search index finds words folded, phrases in order, prefixes, pairs of ideographs") {
  Backend b;
  Complaint one_row = complaint("RD-2026-00001", 1795000000, "Paket je stigao oštećen");
  one_row.details = "Kutija je mokra.";
  file(*b.store, one_row);
  Complaint two = complaint("RD-2026-00002", 1795000100, "配達が遅れた");
  two.details.reset();
  file(*b.store, two);
  Complaint secret = complaint("RD-2026-00003", 1795000200, "oštećen paket, povjerljivo");
  secret.confidential = true; // details: "Paket je stigao oštećen."
  file(*b.store, secret);

  CHECK(found(*b.store, {{"OSTECEN", false}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"ostecen", false}}, {}, true) == std::vector<std::string>{"RD-2026-00001", "RD-2026-00003"});
  CHECK(found(*b.store, {{"stigao oštećen", false}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"oštećen stigao", false}}).empty()); // a phrase keeps its order
  CHECK(found(*b.store, {{"stig", true}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"stig", false}}).empty());
  CHECK(found(*b.store, {{"遅れ", false}}) == std::vector<std::string>{"RD-2026-00002"});
  CHECK(found(*b.store, {{"paket", false}, {"ostecen", false}}, {}, true) ==
        std::vector<std::string>{"RD-2026-00001", "RD-2026-00003"});
  CHECK(found(*b.store, {{"paket", false}, {"配達", false}}).empty());
  // Only the texts asked are searched.
  CHECK(found(*b.store, {{"kutija", false}}, {SearchField::summary}).empty());
  CHECK(found(*b.store, {{"kutija", false}}, {SearchField::details}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"kutija", false}}, {SearchField::summary, SearchField::details}).size() == 1);
  CHECK(found(*b.store, {{"kutija", false}}, {SearchField::root_cause}).empty());
  // A phrase stays inside one text: "oštećen" ends RD-1's summary, "kutija" begins its details.
  CHECK(found(*b.store, {{"ostecen kutija", false}}).empty());

  CHECK(b.store->indexed_count() == 3);
  const Complaint one = *b.store->find_complaint("RD-2026-00001");
  CHECK(b.store->indexed_texts(one)->summary == "Paket je stigao oštećen");
  std::int64_t paket_docs = 0;
  std::int64_t paket_times = 0;
  b.store->scan_index_words([&](std::string_view word, std::int64_t docs, std::int64_t times) {
    if (word == "paket") {
      paket_docs = docs;
      paket_times = times;
    }
  });
  CHECK(paket_docs == 2);  // RD-1 (summary) and RD-3 (summary and details)
  CHECK(paket_times == 3);

  b.store->write([&] { b.store->unindex_texts(one); });
  CHECK_FALSE(b.store->indexed_texts(one));
  CHECK(b.store->indexed_count() == 2);
  CHECK(found(*b.store, {{"stigao", false}}).empty());
  CHECK(found(*b.store, {{"stigao", false}}, {}, true) == std::vector<std::string>{"RD-2026-00003"});
}

TEST_CASE("policies are recorded once each, in order; claims of messages are kept and released") {
  Backend b;
  b.store->write([&] {
    b.store->record_policy("d2", "[ledger]\nname = \"Ž\"\n", from_unix(5));
    b.store->record_policy("d2", "other", from_unix(6));
  });
  std::vector<std::string> texts;
  b.store->scan_policies([&](const std::string& digest, const std::optional<std::string>& text) {
    texts.push_back(digest + "=" + text.value_or("null"));
  });
  // PostgreSQL keeps the policy `init` stored (the fixture's), SQLite its folder's policy.toml.
  if (on_postgresql()) {
    REQUIRE(texts.size() == 2);
    CHECK(texts[1] == "d2=[ledger]\nname = \"Ž\"\n");
    CHECK(b.store->kept_policy() == std::optional<std::string>("[ledger]\n"));
    b.store->write([&] { b.store->keep_policy("d2", "bob"); });
    CHECK(b.store->kept_policy() == std::optional<std::string>("[ledger]\nname = \"Ž\"\n"));
    // Only a recorded policy can be put in force.
    CHECK_THROWS_AS(b.store->write([&] { b.store->keep_policy("never recorded", "bob"); }), Error);
  } else {
    CHECK(texts == std::vector<std::string>{"d2=[ledger]\nname = \"Ž\"\n"});
    CHECK_FALSE(b.store->kept_policy());
    CHECK_THROWS_AS(b.store->write([&] { b.store->keep_policy("d2", "bob"); }), Error);
  }
  file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  CHECK(b.store->unrecorded_policy() == std::optional<std::pair<std::string, std::string>>({"RD-2026-00001", "digest"}));

  const store::MessageClaim claim{1, "ack", 1, from_unix(100), "ana"};
  b.store->write([&] { CHECK_FALSE(b.store->claim_message(claim, false)); });
  b.store->write([&] {
    const auto held = b.store->claim_message({1, "ack", 1, from_unix(200), "ivo"}, false);
    REQUIRE(held);
    CHECK(held->actor == "ana");
  });
  b.store->write([&] { CHECK_FALSE(b.store->claim_message({1, "ack", 1, from_unix(300), "ivo"}, true)); });
  auto claims = b.store->message_claims(1);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].actor == "ivo");
  b.store->write([&] { b.store->release_message(claim); });
  CHECK(b.store->message_claims(1).empty());
}

TEST_CASE("evidence files are kept by content and read back checked") {
  Backend b;
  const auto file_path = b.m_dir.path() / "račun.bin";
  {
    std::ofstream out(file_path, std::ios::binary);
    out << std::string("\x00\x01\xffPDF", 6);
  }
  const int fd = ::open(file_path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  store::StoredFile stored;
  b.store->write([&] { stored = b.store->evidence().put(fd, 100); });
  CHECK(stored.sha256 == util::sha256_hex(std::string("\x00\x01\xffPDF", 6)));
  CHECK(stored.size == 6);
  CHECK(stored.created);
  b.store->write([&] { CHECK_FALSE(b.store->evidence().put(fd, 100).created); });
  CHECK_THROWS_AS(b.store->write([&] { b.store->evidence().put(fd, 5); }), Error);
  ::close(fd);
  std::ostringstream bytes;
  b.store->evidence().read(stored.sha256, bytes);
  CHECK(bytes.str() == std::string("\x00\x01\xffPDF", 6));
  CHECK_FALSE(b.store->evidence().check(stored.sha256, 6));
  CHECK(b.store->evidence().check(stored.sha256, 7));
  b.store->evidence().remove(stored.sha256);
  CHECK(b.store->evidence().check(stored.sha256, 6));
}

TEST_CASE("an erasure blanks the personal text of a complaint's events and replaces its key; nothing else changes") {
  Backend b;
  const Complaint one = file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  file(*b.store, complaint("RD-2026-00002", 1795000100, "two"));
  const std::string old_key = b.store->personal_key(1);
  // Without an `erased` event after them, events cannot be blanked.
  CHECK_THROWS_AS(b.store->write([&] { b.store->erase_personal(1, store::new_personal_key()); }), Error);
  const std::string new_key = store::new_personal_key();
  b.store->write([&] {
    b.store->append_event(Event{0, 1, from_unix(1795000200), {}, "ana", "erased", "{}", std::nullopt});
    CHECK(b.store->erase_personal(1, new_key) == 1);
    b.store->erase_customer(one.customer_id);
  });
  CHECK(b.store->personal_key(1) == store::personal_key_bytes(new_key));
  CHECK(b.store->personal_key(1) != old_key);
  std::vector<std::optional<std::string>> personal;
  b.store->scan_chain([&](const store::ChainedEvent& c, const std::string&, const std::string&) {
    personal.push_back(c.event.personal);
  });
  REQUIRE(personal.size() == 3);
  CHECK_FALSE(personal[0]);             // complaint 1's filing: blanked
  CHECK(personal[1]);                   // complaint 2's: kept
  CHECK(b.store->find_complaint("RD-2026-00001")->customer.name.empty());
  const auto customer = b.store->find_customer(one.customer_id);
  REQUIRE(customer);
  CHECK(customer->identity_key == "erased:" + std::to_string(one.customer_id));
  CHECK(b.store->complaints_of_customer(one.customer_id) ==
        std::vector<std::string>{"RD-2026-00001", "RD-2026-00002"});
  // The hashes did not change: the chain still verifies.
  CHECK(b.store->check_integrity().empty());
  CHECK_FALSE(b.store->schema_difference());
}

TEST_CASE("corrected and merged customers: keys, merges, names, and an erasure of the merged") {
  Backend b;
  store::Store& s = *b.store;
  const auto person = [](const char* name, std::optional<std::string> email) {
    return Customer{name, std::move(email), std::nullopt, std::nullopt, "hr", std::nullopt};
  };
  std::int64_t ana = 0;
  std::int64_t ivana = 0;
  std::int64_t mirjana = 0;
  s.write([&] {
    ana = s.upsert_customer(person("Ana Horvat", "ana@example.hr"), "k-ana", "n-ana", from_unix(1000));
    ivana = s.upsert_customer(person("Ivana", std::nullopt), "k-ivana", "n-ivana", from_unix(2000));
    mirjana = s.upsert_customer(person("Mirjana", "m@example.hr"), "k-mirjana", "n-ana", from_unix(3000));
  });
  REQUIRE(ana == 1);
  REQUIRE(ivana == 2);
  REQUIRE(mirjana == 3);
  CHECK_FALSE(s.customer_by_key("k-nobody"));
  CHECK(s.customer_by_key("k-ivana") == std::optional<std::int64_t>(2));
  CHECK(s.customers_named("n-ana") == std::vector<std::int64_t>{1, 3});

  // A correction: new details and name key, and the key of the new email.
  s.write([&] {
    s.update_customer(ivana, person("Ivana Kovač", "ivana@example.hr"), "n-ivana-kovac");
    s.add_customer_key("k-ivana-email", ivana);
    s.add_customer_key("k-ivana-email", ana); // held already: left alone
  });
  CHECK(s.find_customer(ivana)->details.name == "Ivana Kovač");
  CHECK(s.find_customer(ivana)->details.email == std::optional<std::string>("ivana@example.hr"));
  CHECK(s.find_customer(ivana)->name_key == "n-ivana-kovac");
  CHECK(s.find_customer(ivana)->identity_key == "k-ivana"); // the row's own key stays
  CHECK(s.customer_by_key("k-ivana-email") == std::optional<std::int64_t>(2));
  CHECK(s.customers_named("n-ivana").empty());

  // Mirjana's record is merged into Ivana's, then Ivana's into Ana's: every merged row names
  // Ana, and the keys that recognised Ivana recognise Ana.
  s.write([&] { s.merge_customer(mirjana, ivana); });
  CHECK(s.find_customer(mirjana)->merged_into == std::optional<std::int64_t>(2));
  s.write([&] { s.merge_customer(ivana, ana); });
  const auto rows = s.customer_rows();
  REQUIRE(rows.size() == 3);
  CHECK_FALSE(rows[0].merged_into);
  CHECK(rows[1].merged_into == std::optional<std::int64_t>(1));
  CHECK(rows[2].merged_into == std::optional<std::int64_t>(1));
  CHECK(s.customer_by_key("k-mirjana") == std::optional<std::int64_t>(1));
  CHECK(s.customer_by_key("k-ivana-email") == std::optional<std::int64_t>(1));
  CHECK(s.customers_named("n-ana") == std::vector<std::int64_t>{1}); // Mirjana's record is Ana's now
  CHECK(s.customers_named("n-ivana-kovac") == std::vector<std::int64_t>{1});
  std::vector<std::pair<std::string, std::int64_t>> keys;
  s.scan_customer_keys([&](const std::string& key, std::int64_t id) { keys.emplace_back(key, id); });
  CHECK(keys == std::vector<std::pair<std::string, std::int64_t>>{{"k-ivana-email", 1}});
  std::vector<std::optional<std::int64_t>> scanned;
  s.scan_customers([&](const store::CustomerRow& row, const store::FiledBy*) { scanned.push_back(row.merged_into); });
  CHECK(scanned == std::vector<std::optional<std::int64_t>>{std::nullopt, 1, 1});

  // A filing recognised by a merged record's key is the other record's: it fills what that
  // one lacked, never overwriting, and creates no row.
  s.write([&] {
    CHECK(s.upsert_customer(Customer{"M.", "other@example.hr", "+385 1", std::nullopt, "en", "email"}, "k-mirjana",
                            "n-m", from_unix(500)) == 1);
  });
  const auto merged = s.find_customer(ana);
  CHECK(merged->details.email == std::optional<std::string>("ana@example.hr"));
  CHECK(merged->details.phone == std::optional<std::string>("+385 1"));
  CHECK(merged->details.preferred_channel == std::optional<std::string>("email"));
  CHECK(to_unix(merged->first_seen_at) == 500);
  CHECK(s.customer_rows().size() == 3);

  // `--customer` finds a complaint filed under a merged record, through its key or a key given
  // by a correction; the customer id filter by the record it points to.
  Complaint c = complaint("RD-2026-00001", 1795000000, "one");
  c = file(s, c);
  c.customer_id = mirjana;
  s.write([&] { s.update_complaint(c); });
  ComplaintFilter f;
  f.sort = "received";
  f.customer = "mirjana";
  f.customer_keys = {"k-mirjana"};
  f.customer_name_key = "n-none";
  Complaint moved = c;
  moved.customer_id = ana;
  moved.customer.name = "Ana Horvat";
  moved.customer.email = "ana@example.hr";
  moved.customer.phone.reset();
  s.write([&] { s.update_complaint(moved); });
  CHECK(references(s, f) == std::vector<std::string>{"RD-2026-00001"});
  f.customer_keys = {"k-ivana-email"};
  CHECK(references(s, f) == std::vector<std::string>{"RD-2026-00001"});
  f.customer_keys = {"k-nobody"};
  CHECK(references(s, f).empty());
  f = {};
  f.sort = "received";
  f.customer_id = ana;
  CHECK(references(s, f) == std::vector<std::string>{"RD-2026-00001"});
  f.customer_id = ivana;
  CHECK(references(s, f).empty());
  // update_complaint() wrote the complaint's own copy of the customer.
  const auto back = s.find_complaint("RD-2026-00001");
  CHECK(back->customer_id == ana);
  CHECK(back->customer.name == "Ana Horvat");
  CHECK(back->customer.email == std::optional<std::string>("ana@example.hr"));
  CHECK_FALSE(back->customer.phone);
  CHECK(s.complaints_of_customer(ana) == std::vector<std::string>{"RD-2026-00001"});

  // An erasure of Ana blanks the records merged into hers, and removes her keys.
  s.write([&] { s.erase_customer(ana); });
  const auto erased = s.customer_rows();
  REQUIRE(erased.size() == 4); // and the one file() recognised by Mirjana Ćosić's email
  CHECK(erased[3].details.name == "Mirjana Ćosić");
  for (const auto& row : std::vector<store::CustomerRow>(erased.begin(), erased.begin() + 3)) {
    CHECK(row.details.name.empty());
    CHECK_FALSE(row.details.email);
    CHECK(row.identity_key == "erased:" + std::to_string(row.id));
    CHECK(row.name_key.empty());
  }
  CHECK(erased[2].merged_into == std::optional<std::int64_t>(1)); // the number stays
  keys.clear();
  s.scan_customer_keys([&](const std::string& key, std::int64_t id) { keys.emplace_back(key, id); });
  CHECK(keys.empty());
  CHECK_FALSE(s.customer_by_key("k-mirjana"));
  CHECK(s.check_integrity().empty());
  CHECK_FALSE(s.schema_difference());
}

TEST_CASE("the search index finds custom field values, in their own text") {
  Backend b;
  Complaint one = complaint("RD-2026-00001", 1795000000, "Paket");
  file(*b.store, one);
  one = *b.store->find_complaint("RD-2026-00001");
  const store::SearchDocument doc{"Paket", "", "", "", "A-1234\nHR12 3456 Šibenik"};
  b.store->write([&] { b.store->index_texts(one, doc); });
  CHECK(b.store->indexed_texts(one) == std::optional<store::SearchDocument>(doc));
  CHECK(found(*b.store, {{"sibenik", false}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"3456 šibenik", false}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"a-12", true}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"sibenik", false}}, {SearchField::fields}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*b.store, {{"sibenik", false}}, {SearchField::summary, SearchField::notes}).empty());
  CHECK(found(*b.store, {{"paket", false}}, {SearchField::fields}).empty());
  // A phrase stays inside one text: "paket" is the summary, "a" begins the field values.
  CHECK(found(*b.store, {{"paket a", false}}).empty());
}

TEST_CASE("PostgreSQL: customer keys change only by a merge or an erasure") {
  if (!on_postgresql()) {
    return; // SQLite keeps no guard on customer_keys (schemas/0011_customer_corrections.sql)
  }
  Backend b;
  store::Store& s = *b.store;
  s.write([&] {
    s.upsert_customer(Customer{"Ana", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, "k-1",
                      "n-1", from_unix(1000));
    s.upsert_customer(Customer{"Iva", std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, "k-2",
                      "n-2", from_unix(1000));
    s.add_customer_key("k-1b", 1);
  });
  store::postgresql::Connection db(b.url_, false);
  CHECK_THROWS_AS(db.exec("UPDATE customer_keys SET customer_id = 2"), Error); // 1 is not merged into 2
  CHECK_THROWS_AS(db.exec("UPDATE customer_keys SET identity_key = 'k-x'"), Error);
  CHECK_THROWS_AS(db.exec("DELETE FROM customer_keys"), Error); // 1 is not erased
  CHECK_THROWS_AS(db.exec("TRUNCATE customer_keys"), Error);
  s.write([&] { s.merge_customer(1, 2); });
  std::vector<std::pair<std::string, std::int64_t>> keys;
  s.scan_customer_keys([&](const std::string& key, std::int64_t id) { keys.emplace_back(key, id); });
  CHECK(keys == std::vector<std::pair<std::string, std::int64_t>>{{"k-1b", 2}});
  s.write([&] { s.erase_customer(2); });
  keys.clear();
  s.scan_customer_keys([&](const std::string& key, std::int64_t id) { keys.emplace_back(key, id); });
  CHECK(keys.empty());
  // A disabled guard is found.
  db.exec("ALTER TABLE customer_keys DISABLE TRIGGER customer_keys_append_only_delete");
  CHECK(s.schema_difference() == std::optional<std::string>("the trigger customer_keys_append_only_delete is disabled"));
}

TEST_CASE("PostgreSQL: a ledger made by schema 1 is brought to schema 2, its field values searchable") {
  if (!on_postgresql()) {
    return;
  }
  const char* url = std::getenv("REDRESS_TEST_PG_URL");
  REQUIRE(url != nullptr);
  std::random_device rd;
  const std::string name = "upgrade_" + std::to_string(rd()) + std::to_string(rd());
  store::postgresql::Connection(url, false).exec(("CREATE DATABASE " + name).c_str());
  const std::string ledger = with_database(url, name);
  {
    // A ledger as schema 1 made it: a customer, a complaint with a fact field and a personal
    // one, and its search document (without the field values, which schema 1 did not index).
    store::postgresql::Connection db(ledger, false);
    store::postgresql::apply_migration(db, 1);
    db.exec(R"sql(
      INSERT INTO meta (key, value) VALUES ('ledger_id', 'abc'), ('digest_key', repeat('ab', 32)),
        ('created_at', '1795000000'), ('schema_version', '1'), ('personal_keys_from', '1');
      INSERT INTO customers (id, identity_key, name, first_seen_at, name_key) VALUES (1, 'k', 'Ana', 1795000000, 'n');
      INSERT INTO complaints (id, reference, year, seq, status, received_at, channel, customer_id, customer_name,
                              category, severity, summary, last_event_at, fields, personal_fields, personal_key,
                              category_key)
        VALUES (1, 'RD-2026-00001', 2026, 1, 'new', 1795000000, 'email', 1, 'Ana', 'Dostava', 'high', 'Paket',
                1795000000, '{"order_number":"A-1234"}', '{"city":"Šibenik"}', repeat('cd', 32), 'dostava');
      INSERT INTO search_documents (complaint_id, summary, details, root_cause, notes) VALUES (1, 'Paket', '', '', '');
      INSERT INTO search_words (complaint_id, field, position, word) VALUES (1, 0, 0, 'paket');
    )sql");
    // What `redress upgrade` does, in one transaction: each later migration, then the version.
    db.exec("BEGIN");
    for (int version = 2; version <= store::latest_postgresql_schema_version(); ++version) {
      store::postgresql::apply_migration(db, version);
    }
    db.query("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
             store::postgresql::Params().text(std::to_string(store::latest_postgresql_schema_version())));
    db.exec("COMMIT");
  }
  CHECK(store::latest_postgresql_schema_version() == 2);
  const auto s = store::open_postgresql(ledger, false);
  CHECK_FALSE(s->schema_difference());
  const Complaint c = *s->find_complaint("RD-2026-00001");
  // The field values by name (city, order_number), one a line.
  CHECK(s->indexed_texts(c)->fields == "Šibenik\nA-1234");
  CHECK(found(*s, {{"sibenik", false}}, {SearchField::fields}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*s, {{"a-1234", false}}) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(found(*s, {{"paket", false}}) == std::vector<std::string>{"RD-2026-00001"});
  ComplaintFilter f;
  f.sort = "received";
  f.fields = {{"city", "sibenik"}};
  CHECK(references(*s, f) == std::vector<std::string>{"RD-2026-00001"});
  CHECK(s->customer_rows().at(0).merged_into == std::nullopt);
  s->write([&] { s->add_customer_key("k2", 1); });
  CHECK(s->customer_by_key("k2") == std::optional<std::int64_t>(1));
}

TEST_CASE("rows as stored: columns in order, values as text, rows in the order they went in") {
  Backend b;
  b.store->write([&] {
    b.store->record_policy("d2", "[ledger]\nname = \"Ž\"\n", from_unix(5));
    b.store->record_policy("d1", "", from_unix(6));
  });
  const auto columns = b.store->table_columns("policies");
  REQUIRE(columns.size() >= 3);
  CHECK(columns[0] == "digest");
  CHECK(columns[1] == "text");
  CHECK(columns[2] == "recorded_at");
  CHECK(b.store->table_columns("no_such_table").empty());
  const auto tables = b.store->table_names();
  CHECK(std::is_sorted(tables.begin(), tables.end()));
  for (const char* table : {"complaints", "customer_keys", "customers", "events", "message_claims", "meta", "policies",
                            "reference_sequences"}) {
    CHECK_MESSAGE(std::find(tables.begin(), tables.end(), table) != tables.end(), table);
  }
  std::vector<std::string> rows;
  b.store->scan_table("policies", {"digest", "recorded_at", "text"}, [&](const auto& row) {
    REQUIRE(row.size() == 3);
    rows.push_back(row[0].value_or("NULL") + "|" + row[1].value_or("NULL") + "|" + row[2].value_or("NULL"));
  });
  // PostgreSQL holds the policy `init` stored first (the fixture's, under its own digest).
  if (on_postgresql()) {
    REQUIRE(rows.size() == 3);
    rows.erase(rows.begin());
  }
  CHECK(rows == std::vector<std::string>{"d2|5|[ledger]\nname = \"Ž\"\n", "d1|6|"});
  file(*b.store, complaint("RD-2026-00001", 1795000000, "one"));
  std::vector<std::optional<std::string>> got;
  b.store->scan_table("complaints", {"reference", "product", "confidential"}, [&](const auto& row) { got = row; });
  CHECK(got == std::vector<std::optional<std::string>>{"RD-2026-00001", std::nullopt, "0"});
  // Names are put into SQL: only a ledger's own spelling of them is taken.
  CHECK_THROWS_AS(b.store->table_columns("meta; DROP TABLE events"), Error);
  CHECK_THROWS_AS(b.store->scan_table("meta", {"key\" FROM meta --"}, [](const auto&) {}), Error);
  CHECK_THROWS_AS(b.store->scan_table("Meta", {"key"}, [](const auto&) {}), Error);
}

TEST_CASE("PostgreSQL: a ledger copied in is all there or not there at all") {
  if (!on_postgresql()) {
    return;
  }
  Backend target_db; // only for its server: a database of our own follows
  TempDir dir;
  const auto source = store::create_sqlite(dir.path() / "ledger.db");
  file(*source, complaint("RD-2026-00001", 1795000000, "Paket je stigao oštećen"));
  const char* url = std::getenv("REDRESS_TEST_PG_URL");
  std::random_device rd;
  const std::string db = "copy_" + std::to_string(rd());
  store::postgresql::Connection admin(url, false);
  admin.exec(("CREATE DATABASE " + db).c_str());
  const std::string target = with_database(url, db);
  const auto tables = [&] {
    store::postgresql::Connection c(target, false);
    return c.query("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").int64(0, 0);
  };

  // A failure once every row is in (the caller's checks) rolls all of it back.
  bool ran = false;
  CHECK_THROWS_AS(store::copy_to_postgresql(target, *source,
                                            [&](store::Store& copy) {
                                              CHECK(copy.find_complaint("RD-2026-00001"));
                                              ran = true;
                                              throw Error(Errc::integrity, "no");
                                            }),
                  Error);
  CHECK(ran);
  CHECK(tables() == 0);

  const auto copy = store::copy_to_postgresql(target, *source, [](store::Store& c) {
    c.record_policy("d", "[ledger]\n", from_unix(1));
    c.keep_policy("d", "ana");
  });
  CHECK(copy->ledger_id() == source->ledger_id());
  CHECK(copy->digest_key() == source->digest_key());
  CHECK(copy->chain_head() == source->chain_head());
  CHECK(copy->find_complaint("RD-2026-00001")->summary == "Paket je stigao oštećen");
  CHECK_FALSE(copy->schema_difference());
  // Not twice: the database is no longer empty.
  CHECK_THROWS_AS(store::copy_to_postgresql(target, *source, [](store::Store&) {}), Error);
}

TEST_CASE("PostgreSQL: a ledger with a table the move does not know is refused before anything is written") {
  if (!on_postgresql()) {
    return;
  }
  Backend target_db; // only for its server: a database of our own follows
  TempDir dir;
  const auto source = store::create_sqlite(dir.path() / "ledger.db");
  file(*source, complaint("RD-2026-00001", 1795000000, "Paket je stigao oštećen"));
  {
    // A table some other tool (or a later redress) added, and SQLite's statistics (sqlite_stat1).
    SQLite::Database raw((dir.path() / "ledger.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("CREATE TABLE branch_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
    raw.exec("INSERT INTO branch_notes (note) VALUES ('Šibenik: ključ kod susjeda')");
    raw.exec("ANALYZE");
  }
  const auto names = source->table_names();
  CHECK(std::find(names.begin(), names.end(), "sqlite_stat1") != names.end());
  CHECK(std::find(names.begin(), names.end(), "search_index_data") != names.end());
  const char* url = std::getenv("REDRESS_TEST_PG_URL");
  std::random_device rd;
  const std::string db = "unknown_" + std::to_string(rd());
  store::postgresql::Connection admin(url, false);
  admin.exec(("CREATE DATABASE " + db).c_str());
  const std::string target = with_database(url, db);
  const auto tables = [&] {
    store::postgresql::Connection c(target, false);
    return c.query("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").int64(0, 0);
  };

  bool ran = false;
  try {
    (void)store::copy_to_postgresql(target, *source, [&](store::Store&) { ran = true; });
    FAIL("the move went ahead");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::failure);
    CHECK(std::string(e.what()) ==
          "cannot move the ledger verbatim: its table branch_notes is not one redress knows how to move, and would be "
          "left behind");
  }
  CHECK_FALSE(ran);
  CHECK(tables() == 0);

  // Without it, the search index's FTS5 tables and sqlite_stat1 are left behind on purpose.
  {
    SQLite::Database raw((dir.path() / "ledger.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TABLE branch_notes");
  }
  const auto copy = store::copy_to_postgresql(target, *source, [](store::Store& c) {
    c.record_policy("d", "[ledger]\n", from_unix(1));
    c.keep_policy("d", "ana");
  });
  CHECK(copy->find_complaint("RD-2026-00001"));
  CHECK_FALSE(copy->schema_difference());
}
