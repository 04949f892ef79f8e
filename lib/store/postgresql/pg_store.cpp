// The Store of a ledger kept in PostgreSQL (store/store.hpp; schemas/postgresql/): one libpq
// connection, its transactions, and the small tables. complaints_table.cpp and search_index.cpp
// hold the larger ones.
//
// Writers on several hosts take turns: every write transaction first locks the one row of
// chain_head (SELECT ... FOR UPDATE, waiting up to the busy timeout through lock_timeout), and
// only then reads the last ids it adds to. So the chain stays linear, references and ids stay
// gapless, and a writer that waited too long gets Error{busy} with nothing changed. Readers
// never take that lock and are never blocked (PostgreSQL's snapshots).

#include "store/postgresql/complaints_table.hpp"
#include "store/postgresql/connection.hpp"
#include "store/postgresql/copy.hpp"
#include "store/postgresql/migration_steps.hpp"
#include "store/postgresql/search_index.hpp"

#include "store/busy.hpp"
#include "store/store.hpp"

#include "util/digest.hpp"
#include "util/fold.hpp"

#include <redress/error.hpp>
#include <redress/postgresql_migrations.hpp>


#include <algorithm>
#include <array>
#include <ostream>

namespace redress::store {

namespace postgresql {

namespace {

std::string hex_decode(std::string_view hex) {
  std::string out;
  out.reserve(hex.size() / 2);
  const auto value = [](char ch) {
    return ch >= 'a' ? ch - 'a' + 10 : ch >= 'A' ? ch - 'A' + 10 : ch - '0';
  };
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(value(hex[i]) * 16 + value(hex[i + 1]));
  }
  return out;
}

std::string hex_encode(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// Evidence files in the database (evidence_files): every host sees the same files, and they
// are written in the transaction of the event that names them.
class DatabaseEvidence final : public EvidenceFiles {
public:
  explicit DatabaseEvidence(Connection& db) : m_db(db) {}

  StoredFile put(int source, std::int64_t max_bytes) override {
    std::string bytes;
    read_blocks(source, max_bytes, [&](std::string_view block) { bytes.append(block); });
    StoredFile stored{util::sha256_hex(bytes), static_cast<std::int64_t>(bytes.size()), false};
    const Result r = m_db.query(
        "INSERT INTO evidence_files (sha256, size, bytes) VALUES ($1, $2, decode($3, 'hex')) "
        "ON CONFLICT (sha256) DO NOTHING",
        Params().text(stored.sha256).integer(stored.size).text(hex_encode(bytes)));
    stored.created = r.affected() == 1;
    return stored;
  }

  bool remove(const std::string& sha256) override {
    return m_db.query("DELETE FROM evidence_files WHERE sha256 = $1", Params().text(sha256)).affected() == 1;
  }

  void read(const std::string& sha256, std::ostream& out) override {
    const Result r = m_db.query("SELECT encode(bytes, 'hex') FROM evidence_files WHERE sha256 = $1",
                                Params().text(sha256));
    if (r.rows() == 0) {
      throw Error(Errc::not_found, "evidence file " + sha256 + " is missing from the ledger's database");
    }
    const std::string bytes = hex_decode(r.text(0, 0));
    if (util::sha256_hex(bytes) != sha256) {
      throw Error(Errc::integrity, "evidence file " + sha256 + " does not hold the bytes of its digest");
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }

  std::optional<std::string> check(const std::string& sha256, std::int64_t size) override {
    const Result r = m_db.query(
        "SELECT size, length(bytes), encode(sha256(bytes), 'hex') FROM evidence_files WHERE sha256 = $1",
        Params().text(sha256));
    if (r.rows() == 0) {
      return "evidence file " + sha256 + " is missing";
    }
    if (r.int64(0, 1) != size) {
      return "evidence file " + sha256 + " has " + std::to_string(r.int64(0, 1)) + " bytes, not " +
             std::to_string(size);
    }
    if (r.text(0, 2) != sha256) {
      return "evidence file " + sha256 + " does not hold the bytes of its digest";
    }
    return std::nullopt;
  }

private:
  Connection& m_db;
};

// Every trigger schemas/postgresql/ creates, and the function it calls.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> k_triggers{{
    {"events_append_only_update", "events_erasure_only"},
    {"events_append_only_delete", "refuse_change"},
    {"events_append_only_truncate", "refuse_change"},
    {"policies_append_only_update", "refuse_change"},
    {"policies_append_only_delete", "refuse_change"},
    {"policies_append_only_truncate", "refuse_change"},
    {"policy_settings_append_only_update", "refuse_change"},
    {"policy_settings_append_only_delete", "refuse_change"},
    {"policy_settings_append_only_truncate", "refuse_change"},
    {"customer_keys_append_only_update", "customer_keys_merge_or_erasure"},
    {"customer_keys_append_only_delete", "customer_keys_merge_or_erasure"},
    {"customer_keys_append_only_truncate", "refuse_change"}}};

constexpr std::array<std::string_view, 13> k_tables{
    "meta",           "chain_head",       "customers",    "reference_sequences",
    "complaints",     "events",           "policies",     "policy_settings",
    "message_claims", "search_documents", "search_words", "evidence_files",
    "customer_keys"};

// Every index schemas/postgresql/ creates (primary keys and UNIQUE constraints included): one
// missing is a lost constraint or a slow ledger, one added something redress did not make.
constexpr std::array<std::string_view, 26> k_indexes{
    "customer_keys_pkey",     "customer_keys_customer",
    "chain_head_pkey",        "complaints_customer",        "complaints_open_received",
    "complaints_pkey",        "complaints_received",        "complaints_reference_key",
    "complaints_with_fields",
    "complaints_year_seq_key", "customers_identity_key_key", "customers_name_key",
    "customers_pkey",         "events_complaint",           "events_complaint_type",
    "events_pkey",            "evidence_files_pkey",        "message_claims_pkey",
    "meta_pkey",              "policies_ord_key",           "policies_pkey",
    "policy_settings_pkey",   "reference_sequences_pkey",   "search_documents_pkey",
    "search_words_pkey",      "search_words_word"};

// The first name of `want` that `have` (column 0 of a result) lacks, and the first of `have`
// that `want` lacks.
template <std::size_t N>
std::pair<std::optional<std::string>, std::optional<std::string>> compare_names(
    const std::array<std::string_view, N>& want, const Result& have) {
  std::pair<std::optional<std::string>, std::optional<std::string>> out;
  for (const std::string_view name : want) {
    bool found = false;
    for (int i = 0; i < have.rows() && !found; ++i) {
      found = have.text(i, 0) == name;
    }
    if (!found) {
      out.first = std::string(name);
      break;
    }
  }
  for (int i = 0; i < have.rows() && !out.second; ++i) {
    bool known = false;
    for (const std::string_view name : want) {
      known = known || have.text(i, 0) == name;
    }
    if (!known) {
      out.second = have.string(i, 0);
    }
  }
  return out;
}

int latest_version() { return generated_pg::k_migrations.back().version; }

// The refusal of a ledger whose schema version `have` is not this binary's: an older one waits
// for `redress upgrade`, a newer one for a newer redress on this host.
Error other_schema(const std::string& url, int have) {
  const int latest = latest_version();
  if (have > latest) {
    return Error(Errc::failure,
                 "the ledger at " + redacted_url(url) + " has schema version " + std::to_string(have) +
                     ", newer than this redress's " + std::to_string(latest),
                 "upgrade redress on this host (every host of a ledger runs the same version); the ledger was "
                 "left untouched");
  }
  return Error(Errc::failure,
               "the ledger at " + redacted_url(url) + " has schema version " + std::to_string(have) +
                   ", older than this redress's " + std::to_string(latest),
               "run 'redress upgrade' once, when every host has this version of redress; the ledger was left "
               "untouched");
}

// Takes the open transaction's turn among writers: the chain head's row lock, waiting up to the
// busy timeout (Error{busy} after it).
void take_turn(Connection& db) {
  const int ms = busy_timeout_ms();
  if (ms == 0) {
    db.exec("SELECT 1 FROM chain_head WHERE one = 1 FOR UPDATE NOWAIT");
  } else {
    db.exec(("SET LOCAL lock_timeout = " + std::to_string(ms)).c_str());
    db.exec("SELECT 1 FROM chain_head WHERE one = 1 FOR UPDATE");
  }
}

class PgStore final : public Store {
public:
  PgStore(Connection db, bool read_only) : m_db(std::move(db)), m_evidence(m_db), m_read_only(read_only) {}

  // --- transactions ----------------------------------------------------------------------
  void write(const std::function<void()>& work) override { run_write(work, true); }
  void rehearse(const std::function<void()>& work) override { run_write(work, false); }
  void mark_moved(const std::string&) override {
    throw Error(Errc::failure, "a ledger kept in PostgreSQL is not moved by redress");
  }

  void snapshot(const std::function<void()>& work) override {
    if (m_db.in_transaction()) {
      work();
      return;
    }
    m_db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      work();
    } catch (...) {
      rollback_quietly("ROLLBACK");
      throw;
    }
    m_db.exec("COMMIT");
  }

  // --- complaints --------------------------------------------------------------------------
  std::int64_t next_sequence(int year) override { return postgresql::next_sequence(m_db, year); }
  std::int64_t insert_complaint(const NewComplaintRow& row) override {
    return postgresql::insert_complaint(m_db, row);
  }
  void update_complaint(const Complaint& c) override { postgresql::update_complaint(m_db, c); }
  std::optional<Complaint> find_complaint(const std::string& reference) override {
    return postgresql::find_complaint(m_db, reference);
  }
  std::optional<Complaint> find_complaint(int year, std::int64_t seq) override {
    return postgresql::find_complaint(m_db, year, seq);
  }
  void select_complaints(const ComplaintFilter& filter, const std::function<void(Complaint&)>& sink) override {
    postgresql::select_complaints(m_db, filter, QueryExtras{}, [&](Complaint& c) {
      sink(c);
      return true;
    });
  }
  std::int64_t complaints_with_event(std::string_view type, Instant by, Instant since, Instant until) override {
    return postgresql::complaints_with_event(m_db, type, by, since, until);
  }
  std::vector<YearSequence> sequences() override { return postgresql::sequences(m_db); }
  std::vector<std::pair<std::string, std::int64_t>> stored_names(NameKind kind) override {
    return postgresql::stored_names(m_db, kind);
  }

  // --- the search index ----------------------------------------------------------------------
  void index_texts(const Complaint& c, const SearchDocument& doc) override {
    postgresql::index_texts(m_db, c, doc);
  }
  void unindex_texts(const Complaint& c) override { postgresql::unindex_texts(m_db, c); }
  void find_texts(const TextQuery& query, const ComplaintFilter& filter, bool include_confidential,
                  const std::function<bool(Complaint&)>& sink) override {
    postgresql::find_texts(m_db, query, filter, include_confidential, sink);
  }
  std::optional<SearchDocument> indexed_texts(const Complaint& c) override {
    return postgresql::indexed_texts(m_db, c);
  }
  std::int64_t indexed_count() override { return postgresql::indexed_count(m_db); }
  void scan_index_words(const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink) override {
    postgresql::scan_index_words(m_db, sink);
  }
  std::vector<std::string> field_names() override { return postgresql::field_names(m_db); }

  // --- customers ---------------------------------------------------------------------------
  std::int64_t upsert_customer(const Customer& c, const std::string& identity_key, const std::string& name_key,
                               Instant seen_at) override {
    // Someone recorded before (by a key of theirs, or a record merged into theirs) fills the
    // details their record lacked, never overwriting.
    const Result found = m_db.prepared("customer_by_key", k_customer_by_key, Params().text(identity_key));
    if (found.rows() > 0) {
      const std::int64_t id = found.int64(0, 0);
      m_db.prepared("fill_customer", R"sql(
        UPDATE customers SET
          email     = coalesce(email, $2),
          phone     = coalesce(phone, $3),
          member_id = coalesce(member_id, $4),
          language  = coalesce(language, $5),
          preferred_channel = coalesce(preferred_channel, $6),
          first_seen_at = least(first_seen_at, $7)
        WHERE id = $1)sql",
                    Params()
                        .integer(id)
                        .text(c.email)
                        .text(c.phone)
                        .text(c.member_id)
                        .text(c.language)
                        .text(c.preferred_channel)
                        .instant(seen_at));
      return id;
    }
    const Result r = m_db.prepared("insert_customer", R"sql(
      INSERT INTO customers (id, identity_key, name, email, phone, member_id, language, preferred_channel,
                             first_seen_at, name_key)
      VALUES ((SELECT coalesce(max(id), 0) + 1 FROM customers), $1, $2, $3, $4, $5, $6, $7, $8, $9)
      RETURNING id)sql",
                                   Params()
                                       .text(identity_key)
                                       .text(c.name)
                                       .text(c.email)
                                       .text(c.phone)
                                       .text(c.member_id)
                                       .text(c.language)
                                       .text(c.preferred_channel)
                                       .instant(seen_at)
                                       .text(name_key));
    return r.int64(0, 0);
  }
  void refresh_first_seen(std::int64_t customer_id) override {
    m_db.query(R"sql(
      UPDATE customers SET first_seen_at = (SELECT min(received_at) FROM complaints WHERE customer_id = $1)
      WHERE id = $1 AND EXISTS (SELECT 1 FROM complaints WHERE customer_id = $1))sql",
               Params().integer(customer_id));
  }
  void scan_customers(const std::function<void(const CustomerRow&, const FiledBy*)>& sink) override {
    m_db.stream(R"sql(
      SELECT cu.id, cu.identity_key, cu.name, cu.email, cu.phone, cu.member_id, cu.language,
             cu.preferred_channel, cu.first_seen_at, cu.name_key, cu.merged_into,
             c.reference, c.customer_name, c.customer_email, c.customer_phone,
             c.customer_member_id, c.customer_language, c.customer_preferred_channel, c.received_at,
             EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = c.id AND x.type = 'erased')
      FROM customers AS cu LEFT JOIN complaints AS c ON c.customer_id = cu.id
      ORDER BY cu.id, c.id)sql",
                Params(), [&](const RowView& q) {
                  const CustomerRow row{q.int64(0),
                                        q.string(1),
                                        q.string(9),
                                        Customer{q.string(2), q.optional_string(3), q.optional_string(4),
                                                 q.optional_string(5), q.optional_string(6), q.optional_string(7)},
                                        from_unix(q.int64(8)),
                                        q.null(10) ? std::nullopt : std::optional<std::int64_t>(q.int64(10))};
                  if (q.null(11)) {
                    sink(row, nullptr);
                    return true;
                  }
                  const FiledBy filed{q.string(11),
                                      Customer{q.string(12), q.optional_string(13), q.optional_string(14),
                                               q.optional_string(15), q.optional_string(16), q.optional_string(17)},
                                      from_unix(q.int64(18)), q.text(19) == "t"};
                  sink(row, &filed);
                  return true;
                });
  }

  std::optional<CustomerRow> find_customer(std::int64_t id) override {
    const Result r = m_db.query(std::string(k_customer_columns) + " WHERE id = $1", Params().integer(id));
    if (r.rows() == 0) {
      return std::nullopt;
    }
    return read_customer(RowView(r, 0));
  }
  std::vector<CustomerRow> customer_rows() override {
    const Result r = m_db.query(std::string(k_customer_columns) + " ORDER BY id");
    std::vector<CustomerRow> rows;
    for (int i = 0; i < r.rows(); ++i) {
      rows.push_back(read_customer(RowView(r, i)));
    }
    return rows;
  }
  std::optional<std::int64_t> customer_by_key(const std::string& identity_key) override {
    const Result r = m_db.prepared("customer_by_key", k_customer_by_key, Params().text(identity_key));
    if (r.rows() == 0) {
      return std::nullopt;
    }
    return r.int64(0, 0);
  }
  std::vector<std::int64_t> customers_named(const std::string& name_key) override {
    const Result r = m_db.query(R"sql(
      SELECT DISTINCT coalesce(merged_into, id) AS owner FROM customers WHERE name_key = $1
      ORDER BY owner)sql",
                                Params().text(name_key));
    std::vector<std::int64_t> ids;
    for (int i = 0; i < r.rows(); ++i) {
      ids.push_back(r.int64(i, 0));
    }
    return ids;
  }
  void update_customer(std::int64_t id, const Customer& c, const std::string& name_key) override {
    m_db.query(R"sql(
      UPDATE customers SET name = $2, email = $3, phone = $4, member_id = $5, language = $6,
                           preferred_channel = $7, name_key = $8
      WHERE id = $1)sql",
               Params()
                   .integer(id)
                   .text(c.name)
                   .text(c.email)
                   .text(c.phone)
                   .text(c.member_id)
                   .text(c.language)
                   .text(c.preferred_channel)
                   .text(name_key));
  }
  void add_customer_key(const std::string& identity_key, std::int64_t id) override {
    m_db.query("INSERT INTO customer_keys (identity_key, customer_id) VALUES ($1, $2) "
               "ON CONFLICT (identity_key) DO NOTHING",
               Params().text(identity_key).integer(id));
  }
  void merge_customer(std::int64_t from, std::int64_t into) override {
    // The rows first: customer_keys' trigger lets a key move only to where its record was merged.
    m_db.query("UPDATE customers SET merged_into = $2 WHERE id = $1 OR merged_into = $1",
               Params().integer(from).integer(into));
    m_db.query("UPDATE customer_keys SET customer_id = $2 WHERE customer_id = $1", Params().integer(from).integer(into));
  }
  void scan_customer_keys(const std::function<void(const std::string&, std::int64_t)>& sink) override {
    m_db.stream("SELECT identity_key, customer_id FROM customer_keys ORDER BY identity_key", Params(),
                [&](const RowView& q) {
                  sink(q.string(0), q.int64(1));
                  return true;
                });
  }
  std::vector<std::string> complaints_of_customer(std::int64_t id) override {
    const Result r = m_db.query("SELECT reference FROM complaints WHERE customer_id = $1 ORDER BY id",
                                Params().integer(id));
    std::vector<std::string> references;
    for (int i = 0; i < r.rows(); ++i) {
      references.push_back(r.string(i, 0));
    }
    return references;
  }

  // --- personal data and its erasure ---------------------------------------------------------
  std::string personal_key(std::int64_t complaint_id) override {
    const Result r = m_db.prepared("personal_key", "SELECT personal_key FROM complaints WHERE id = $1",
                                   Params().integer(complaint_id));
    if (r.rows() == 0) {
      throw Error(Errc::integrity, "complaint #" + std::to_string(complaint_id) + " is missing");
    }
    return personal_key_bytes(r.text(0, 0));
  }
  std::int64_t personal_keys_from() override {
    const std::string text = meta("personal_keys_from", "first event of the complaints' own keys");
    try {
      return std::stoll(text);
    } catch (const std::exception&) {
      throw Error(Errc::integrity, "meta.personal_keys_from is not a number");
    }
  }
  std::int64_t erase_personal(std::int64_t complaint_id, const std::string& new_key) override {
    // The append-only trigger lets exactly this through, and only after an `erased` event.
    const Result blanked = m_db.query(
        "UPDATE events SET personal = NULL WHERE complaint_id = $1 AND personal IS NOT NULL",
        Params().integer(complaint_id));
    const Result row = m_db.query(R"sql(
      UPDATE complaints SET customer_name = '', customer_email = NULL, customer_phone = NULL,
                            customer_member_id = NULL, personal_key = $2
      WHERE id = $1)sql",
                                  Params().integer(complaint_id).text(new_key));
    if (row.affected() != 1) {
      throw Error(Errc::failure, "complaint #" + std::to_string(complaint_id) + " is gone");
    }
    return blanked.affected();
  }
  void erase_customer(std::int64_t id) override {
    // The records merged into them are the same person's: blanked with theirs. The rows first:
    // customer_keys' trigger lets a key go only once its customer's row is blanked.
    m_db.query(R"sql(
      UPDATE customers SET name = '', email = NULL, phone = NULL, member_id = NULL,
                           identity_key = 'erased:' || id, name_key = ''
      WHERE id = $1 OR merged_into = $1)sql",
               Params().integer(id));
    m_db.query("DELETE FROM customer_keys WHERE customer_id = $1", Params().integer(id));
  }
  bool evidence_named(const std::string& sha256) override {
    // A scan of the events that bring files: erasures are rare, and no index holds digests.
    const Result r = m_db.query(R"sql(
      SELECT 1 FROM events AS e
      WHERE strpos(e.data::text, '"evidence_files"') > 0 AND strpos(e.data::text, $1) > 0
        AND NOT EXISTS (SELECT 1 FROM events AS x
                        WHERE x.complaint_id = e.complaint_id AND x.type = 'erased')
      LIMIT 1)sql",
                                Params().text('"' + sha256 + '"'));
    return r.rows() > 0;
  }
  bool scrub() override {
    // Rewritten and deleted rows keep their old bytes in the tables' files until VACUUM FULL
    // writes each table anew (it needs the tables' owner, and locks each table for as long).
    // The write-ahead log, and any base backup or WAL archive of the server, keep them until
    // they are recycled: that is the server's administrator's (docs/postgresql.md).
    if (m_db.in_transaction()) {
      return false;
    }
    try {
      // A role that does not own a table gets a WARNING from VACUUM, not an error, and the
      // table is left as it was: such a scrub must say it did not happen.
      const Result owned = m_db.exec(
          "SELECT bool_and(pg_has_role(current_user, tableowner, 'USAGE')) FROM pg_tables "
          "WHERE schemaname = current_schema() AND tablename IN ('events', 'complaints', 'customers', "
          "'customer_keys', 'search_documents', 'search_words', 'evidence_files')");
      if (owned.string(0, 0) != "t") {
        return false;
      }
      m_db.exec("VACUUM FULL events, complaints, customers, customer_keys, search_documents, search_words, "
                "evidence_files");
      return true;
    } catch (const Error&) {
      return false;
    }
  }

  // --- events ------------------------------------------------------------------------------
  std::int64_t append_event(const Event& event) override {
    // Every new event's personal text is digested with its complaint's own key.
    const std::string key = personal_key(event.complaint_id);
    // The head as this write holds it, and the server's clock: `recorded_at` is when the
    // database recorded the event, the same clock for every host.
    const Result head = m_db.prepared(
        "chain_head_now",
        "SELECT last_id, last_hash, floor(extract(epoch FROM clock_timestamp()))::bigint FROM chain_head WHERE one = 1");
    Event e = event;
    e.recorded_at = from_unix(head.int64(0, 2));
    const ChainedEvent c = chain_after(e, head.int64(0, 0), head.string(0, 1), key);
    const Event& x = c.event;
    m_db.prepared("insert_event", R"sql(
      INSERT INTO events (id, complaint_id, at, recorded_at, actor, type, data, personal,
                          personal_digest, prev_hash, hash)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11))sql",
                  Params()
                      .integer(x.id)
                      .integer(x.complaint_id)
                      .instant(x.at)
                      .instant(x.recorded_at)
                      .text(x.actor)
                      .text(x.type)
                      .text(x.data)
                      .text(x.personal)
                      .text(c.personal_digest)
                      .text(*c.prev_hash)
                      .text(*c.hash));
    m_db.prepared("move_chain_head", "UPDATE chain_head SET last_id = $1, last_hash = $2 WHERE one = 1",
                  Params().integer(x.id).text(*c.hash));
    return x.id;
  }
  void events_of(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) override {
    const Result r = m_db.prepared("events_of", R"sql(
      SELECT id, complaint_id, at, recorded_at, actor, type, data, personal
      FROM events WHERE complaint_id = $1 ORDER BY id)sql",
                                   Params().integer(complaint_id));
    for (int i = 0; i < r.rows(); ++i) {
      sink(read_event(RowView(r, i)));
    }
  }
  void scan_chain(
      const std::function<void(const ChainedEvent&, const std::string&, const std::string&)>& sink) override {
    m_db.stream(R"sql(
      SELECT e.id, e.complaint_id, e.at, e.recorded_at, e.actor, e.type, e.data, e.personal,
             e.personal_digest, e.prev_hash, e.hash, coalesce(c.reference, ''), coalesce(c.personal_key, '')
      FROM events AS e LEFT JOIN complaints AS c ON c.id = e.complaint_id
      ORDER BY e.id)sql",
                Params(), [&](const RowView& q) {
                  const ChainedEvent e{read_event(q), q.optional_string(8), q.optional_string(9),
                                       q.optional_string(10)};
                  sink(e, q.string(11), q.string(12));
                  return true;
                });
  }
  std::pair<std::int64_t, std::string> chain_head() override {
    const Result r = m_db.query("SELECT id, coalesce(hash, '') FROM events ORDER BY id DESC LIMIT 1");
    if (r.rows() == 0) {
      return {0, ""};
    }
    return {r.int64(0, 0), r.string(0, 1)};
  }
  std::optional<std::string> event_hash_of(std::int64_t id) override {
    const Result r = m_db.query("SELECT coalesce(hash, '') FROM events WHERE id = $1", Params().integer(id));
    if (r.rows() == 0) {
      return std::nullopt;
    }
    return r.string(0, 0);
  }

  // --- messages being sent -------------------------------------------------------------------
  std::optional<MessageClaim> claim_message(const MessageClaim& claim, bool replace) override {
    if (!replace) {
      const Result r = m_db.query(R"sql(
        SELECT complaint_id, kind, step_event_id, claimed_at, actor FROM message_claims
        WHERE complaint_id = $1 AND kind = $2 AND step_event_id = $3)sql",
                                  Params().integer(claim.complaint_id).text(claim.kind).integer(claim.step_event_id));
      if (r.rows() > 0) {
        return read_claim(RowView(r, 0));
      }
    }
    m_db.query(R"sql(
      INSERT INTO message_claims (complaint_id, kind, step_event_id, claimed_at, actor)
      VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (complaint_id, kind, step_event_id)
      DO UPDATE SET claimed_at = excluded.claimed_at, actor = excluded.actor)sql",
               Params()
                   .integer(claim.complaint_id)
                   .text(claim.kind)
                   .integer(claim.step_event_id)
                   .instant(claim.claimed_at)
                   .text(claim.actor));
    return std::nullopt;
  }
  void release_message(const MessageClaim& claim) override {
    m_db.query("DELETE FROM message_claims WHERE complaint_id = $1 AND kind = $2 AND step_event_id = $3",
               Params().integer(claim.complaint_id).text(claim.kind).integer(claim.step_event_id));
  }
  std::vector<MessageClaim> message_claims(std::int64_t complaint_id) override {
    const Result r = m_db.query(R"sql(
      SELECT complaint_id, kind, step_event_id, claimed_at, actor FROM message_claims
      WHERE complaint_id = $1 ORDER BY claimed_at, kind)sql",
                                Params().integer(complaint_id));
    std::vector<MessageClaim> claims;
    for (int i = 0; i < r.rows(); ++i) {
      claims.push_back(read_claim(RowView(r, i)));
    }
    return claims;
  }

  // --- the ledger itself ---------------------------------------------------------------------
  std::string ledger_id() override { return meta("ledger_id", "id"); }
  std::string digest_key() override { return digest_key_bytes(meta("digest_key", "digest key")); }
  void record_policy(const std::string& digest, const std::string& text, Instant at) override {
    m_db.prepared("record_policy", R"sql(
      INSERT INTO policies (digest, text, recorded_at, ord)
      VALUES ($1, $2, $3, (SELECT coalesce(max(ord), 0) + 1 FROM policies))
      ON CONFLICT (digest) DO NOTHING)sql",
                  Params().text(digest).text(text).instant(at));
  }
  void scan_policies(const std::function<void(const std::string&, const std::optional<std::string>&)>& sink) override {
    const Result r = m_db.query("SELECT digest, text FROM policies ORDER BY ord");
    for (int i = 0; i < r.rows(); ++i) {
      sink(r.string(i, 0), r.optional_string(i, 1));
    }
  }
  std::optional<std::pair<std::string, std::string>> unrecorded_policy() override {
    const Result r = m_db.query(R"sql(
      SELECT c.reference, c.policy_digest FROM complaints AS c
      WHERE c.policy_digest IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM policies AS p WHERE p.digest = c.policy_digest)
      ORDER BY c.id LIMIT 1)sql");
    if (r.rows() == 0) {
      return std::nullopt;
    }
    return std::pair{r.string(0, 0), r.string(0, 1)};
  }
  std::optional<std::string> kept_policy() override {
    const Result r = m_db.query(R"sql(
      SELECT p.text FROM policy_settings AS s JOIN policies AS p ON p.digest = s.digest
      ORDER BY s.id DESC LIMIT 1)sql");
    if (r.rows() == 0 || r.null(0, 0)) {
      throw Error(Errc::integrity, "the ledger's database holds no policy to file under",
                  "the policy_settings table is empty: the database was not made by 'redress init --store'");
    }
    return r.string(0, 0);
  }

  void keep_policy(const std::string& digest, const std::string& actor) override {
    m_db.query(R"sql(
      INSERT INTO policy_settings (id, digest, set_at, actor)
      VALUES ((SELECT coalesce(max(id), 0) + 1 FROM policy_settings), $1,
              floor(extract(epoch FROM clock_timestamp()))::bigint, $2))sql",
               Params().text(digest).text(actor));
  }

  EvidenceFiles& evidence() override { return m_evidence; }

  // --- integrity -----------------------------------------------------------------------------
  std::vector<std::string> check_integrity() override {
    std::vector<std::string> problems;
    // Foreign keys and CHECKs PostgreSQL enforces itself; the chain head must name the newest
    // event, or writers would chain to the wrong one.
    const Result r = m_db.query(R"sql(
      SELECT h.last_id, h.last_hash, coalesce(e.id, 0), coalesce(e.hash, '')
      FROM chain_head AS h LEFT JOIN (SELECT id, hash FROM events ORDER BY id DESC LIMIT 1) AS e ON true
      WHERE h.one = 1)sql");
    if (r.rows() != 1) {
      problems.emplace_back("the chain head (table chain_head) has no row");
    } else if (r.int64(0, 0) != r.int64(0, 2) || r.text(0, 1) != r.text(0, 3)) {
      problems.push_back("the chain head names event " + std::to_string(r.int64(0, 0)) + ", but the newest is " +
                         std::to_string(r.int64(0, 2)));
    }
    return problems;
  }

  std::optional<std::string> schema_difference() override {
    const Result version = m_db.query("SELECT value FROM meta WHERE key = 'schema_version'");
    if (version.rows() == 0 || version.string(0, 0) != std::to_string(latest_version())) {
      return "meta.schema_version is not " + std::to_string(latest_version());
    }
    const Result tables = m_db.query(
        "SELECT c.relname FROM pg_class AS c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'");
    if (const auto [missing, extra] = compare_names(k_tables, tables); missing) {
      return "the table " + *missing + " is missing";
    } else if (extra) {
      return "the ledger has a table " + *extra + " that redress did not create";
    }
    const Result indexes = m_db.query("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
    if (const auto [missing, extra] = compare_names(k_indexes, indexes); missing) {
      return "the index " + *missing + " is missing";
    } else if (extra) {
      return "the ledger has an index " + *extra + " that redress did not create";
    }
    // The append-only triggers must be there, enabled, and calling refuse_change().
    const Result triggers = m_db.query(R"sql(
      SELECT t.tgname, t.tgenabled, p.proname FROM pg_trigger AS t
      JOIN pg_class AS c ON c.oid = t.tgrelid JOIN pg_proc AS p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace)sql");
    for (const auto& [name, function] : k_triggers) {
      int row = -1;
      for (int i = 0; i < triggers.rows(); ++i) {
        if (triggers.text(i, 0) == name) {
          row = i;
        }
      }
      if (row < 0) {
        return "the trigger " + std::string(name) + " is missing";
      }
      if (triggers.text(row, 1) != "O" && triggers.text(row, 1) != "A") {
        return "the trigger " + std::string(name) + " is disabled";
      }
      if (triggers.text(row, 2) != function) {
        return "the trigger " + std::string(name) + " is not the one redress created (it calls " +
               triggers.string(row, 2) + ")";
      }
    }
    for (int i = 0; i < triggers.rows(); ++i) {
      bool known = false;
      for (const auto& trigger : k_triggers) {
        known = known || triggers.text(i, 0) == trigger.first;
      }
      if (!known) {
        return "the ledger has a trigger " + triggers.string(i, 0) + " that redress did not create";
      }
    }
    const Result function = m_db.query(R"sql(
      SELECT p.prosrc FROM pg_proc AS p
      WHERE p.proname = 'refuse_change' AND p.pronamespace = current_schema()::regnamespace)sql");
    if (function.rows() != 1 || function.text(0, 0).find("RAISE EXCEPTION") == std::string_view::npos) {
      return "the function refuse_change() is not the one redress created";
    }
    const Result erasure = m_db.query(R"sql(
      SELECT p.prosrc FROM pg_proc AS p
      WHERE p.proname = 'events_erasure_only' AND p.pronamespace = current_schema()::regnamespace)sql");
    if (erasure.rows() != 1 || erasure.text(0, 0).find("x.type = 'erased' AND x.id > OLD.id") == std::string_view::npos ||
        erasure.text(0, 0).find("RAISE EXCEPTION") == std::string_view::npos) {
      return "the function events_erasure_only() is not the one redress created";
    }
    const Result keys = m_db.query(R"sql(
      SELECT p.prosrc FROM pg_proc AS p
      WHERE p.proname = 'customer_keys_merge_or_erasure' AND p.pronamespace = current_schema()::regnamespace)sql");
    if (keys.rows() != 1 || keys.text(0, 0).find("c.merged_into = NEW.customer_id") == std::string_view::npos ||
        keys.text(0, 0).find("c.identity_key = 'erased:' || c.id") == std::string_view::npos) {
      return "the function customer_keys_merge_or_erasure() is not the one redress created";
    }
    return std::nullopt;
  }

  // --- rows as stored --------------------------------------------------------------------------
  std::vector<std::string> table_names() override {
    const Result r = m_db.query("SELECT c.relname FROM pg_class AS c "
                                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' ORDER BY 1");
    std::vector<std::string> names;
    for (int i = 0; i < r.rows(); ++i) {
      names.push_back(r.string(i, 0));
    }
    return names;
  }
  std::vector<std::string> table_columns(const std::string& table) override {
    check_identifier(table);
    return postgresql::table_columns(m_db, table);
  }
  void scan_table(const std::string& table, const std::vector<std::string>& columns,
                  const std::function<void(const std::vector<std::optional<std::string>>&)>& sink) override {
    check_identifier(table);
    std::string list;
    for (const auto& column : columns) {
      check_identifier(column);
      list += (list.empty() ? "" : ", ") + column + "::text";
    }
    // Rows are inserted in the order of their ids (or of `ord`, for policies), which every table
    // here has first, or keyed by its first column.
    const auto all = table_columns(table);
    const std::string order = std::find(all.begin(), all.end(), "ord") != all.end() ? "ord"
                              : all.empty()                                          ? "1"
                                                                                     : all.front();
    std::vector<std::optional<std::string>> row(columns.size());
    m_db.stream("SELECT " + list + " FROM " + table + " ORDER BY " + order, Params(), [&](const RowView& q) {
      for (std::size_t i = 0; i < columns.size(); ++i) {
        row[i] = q.optional_string(static_cast<int>(i));
      }
      sink(row);
      return true;
    });
  }

  // copy_to_postgresql(): in one transaction, the schema, `source`'s rows, then `finish` on this
  // store (its writes nest as savepoints, its reads see the transaction's own rows).
  void load(Store& source, const std::function<void(Store&)>& finish) {
    m_db.exec("BEGIN");
    ++m_write_depth;
    try {
      for (const auto& migration : generated_pg::k_migrations) {
        apply_migration(m_db, migration.version);
      }
      copy_rows(m_db, source);
      m_db.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1)",
                 Params().text(std::to_string(latest_version())));
      finish(*this);
    } catch (...) {
      --m_write_depth;
      rollback_quietly("ROLLBACK");
      throw;
    }
    --m_write_depth;
    m_db.exec("COMMIT");
  }

private:
  static constexpr const char* k_customer_columns = R"sql(
    SELECT id, identity_key, name_key, name, email, phone, member_id, language, preferred_channel,
           first_seen_at, merged_into
    FROM customers)sql";
  // A key recognises the customer customer_keys gives it to, else the row holding it, followed
  // to where that row was merged (merge_customer() keeps every merged_into pointing at a record
  // of its own, so one step is enough).
  static constexpr const char* k_customer_by_key = R"sql(
    SELECT id FROM (
      SELECT customer_id AS id, 0 AS o FROM customer_keys WHERE identity_key = $1
      UNION ALL
      SELECT coalesce(merged_into, id), 1 FROM customers WHERE identity_key = $1) AS k
    ORDER BY o LIMIT 1)sql";
  static CustomerRow read_customer(const RowView& q) {
    return CustomerRow{q.int64(0), q.string(1), q.string(2),
                       Customer{q.string(3), q.optional_string(4), q.optional_string(5), q.optional_string(6),
                                q.optional_string(7), q.optional_string(8)},
                       from_unix(q.int64(9)),
                       q.null(10) ? std::nullopt : std::optional<std::int64_t>(q.int64(10))};
  }
  static Event read_event(const RowView& q) {
    return Event{q.int64(0),    q.int64(1),    from_unix(q.int64(2)), from_unix(q.int64(3)),
                 q.string(4),   q.string(5),   q.string(6),           q.optional_string(7)};
  }
  static MessageClaim read_claim(const RowView& q) {
    return MessageClaim{q.int64(0), q.string(1), q.int64(2), from_unix(q.int64(3)), q.string(4)};
  }

  std::string meta(const char* key, const char* what) {
    const Result r = m_db.query("SELECT value FROM meta WHERE key = $1", Params().text(key));
    if (r.rows() == 0) {
      throw Error(Errc::integrity, std::string("the ledger has no ") + what + " (meta." + key + " is missing)");
    }
    return r.string(0, 0);
  }

  void rollback_quietly(const std::string& sql) noexcept {
    try {
      if (!m_db.lost()) {
        m_db.exec(sql.c_str());
      }
    } catch (...) { // NOLINT(bugprone-empty-catch): the first error is the one to report
    }
  }

  // Takes this transaction's turn (take_turn()). A read-only connection takes none: any write
  // it tried would be refused by the server.
  void lock_chain_head() {
    if (!m_read_only) {
      take_turn(m_db);
    }
  }

  // write() and rehearse(): the outermost call is a transaction that holds the chain head; a
  // nested one a savepoint. `commit` false: rolled back whatever happens.
  void run_write(const std::function<void()>& work, bool commit) {
    if (m_write_depth == 0 && !m_db.in_transaction()) {
      m_db.exec("BEGIN");
      ++m_write_depth;
      try {
        lock_chain_head();
        work();
      } catch (...) {
        --m_write_depth;
        rollback_quietly("ROLLBACK");
        throw;
      }
      --m_write_depth;
      m_db.exec(commit ? "COMMIT" : "ROLLBACK");
      return;
    }
    // Inside another write (a batch), or inside a read that streams rows to a writer.
    const std::string name = "redress_" + std::to_string(m_write_depth);
    m_db.exec(("SAVEPOINT " + name).c_str());
    ++m_write_depth;
    try {
      if (m_write_depth == 1) {
        lock_chain_head(); // the transaction is a reader's: take the turn now (once is enough)
      }
      work();
    } catch (...) {
      --m_write_depth;
      rollback_quietly("ROLLBACK TO SAVEPOINT " + name);
      rollback_quietly("RELEASE SAVEPOINT " + name);
      throw;
    }
    --m_write_depth;
    if (!commit) {
      m_db.exec(("ROLLBACK TO SAVEPOINT " + name).c_str());
    }
    m_db.exec(("RELEASE SAVEPOINT " + name).c_str());
  }

  Connection m_db;
  DatabaseEvidence m_evidence;
  bool m_read_only = false;
  int m_write_depth = 0;
};

// The database at `url` holds no table in its schema: a new ledger may go there.
bool empty_database(Connection& db) {
  // Any table or view in any schema of the database, not only the one the ledger would use: a
  // database that holds another application's data is not a ledger's own.
  return db.query("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' "
                  "AND c.relkind IN ('r', 'p', 'v', 'm')")
             .int64(0, 0) == 0;
}

} // namespace

} // namespace postgresql

void check_postgresql_url(const std::string& url) {
  if (url.rfind("postgresql://", 0) != 0 && url.rfind("postgres://", 0) != 0) {
    throw Error(Errc::usage, "'" + postgresql::redacted_url(url) + "' is not a PostgreSQL URL",
                "write it as postgresql://[user@]host[:port]/database or "
                "postgresql:///database?host=/path/to/socket");
  }
  if (postgresql::url_has_password(url)) {
    throw Error(Errc::usage, "the URL " + postgresql::redacted_url(url) + " carries a password",
                "leave it out of the URL; libpq reads it from ~/.pgpass (or $PGPASSFILE)");
  }
}

std::string printable_url(const std::string& url) { return postgresql::redacted_url(url); }

std::unique_ptr<Store> open_postgresql(const std::string& url, bool read_only) {
  check_postgresql_url(url);
  postgresql::Connection db(url, read_only);
  const postgresql::Result meta =
      db.query("SELECT to_regclass('meta') IS NOT NULL AND to_regclass('chain_head') IS NOT NULL");
  if (meta.text(0, 0) != "t") {
    throw Error(Errc::failure, "the database at " + printable_url(url) + " holds no redress ledger",
                "create one there with 'redress init --store URL'");
  }
  const postgresql::Result version = db.query("SELECT value FROM meta WHERE key = 'schema_version'");
  const int have = version.rows() == 0 ? 0 : static_cast<int>(version.int64(0, 0));
  if (have != postgresql::latest_version()) {
    throw postgresql::other_schema(url, have);
  }
  return std::make_unique<postgresql::PgStore>(std::move(db), read_only);
}

std::unique_ptr<Store> create_postgresql(const std::string& url, const NewStorePolicy& policy) {
  check_postgresql_url(url);
  postgresql::Connection db(url, false);
  if (!postgresql::empty_database(db)) {
    throw Error(Errc::refused,
                "the database at " + printable_url(url) + " is not empty" +
                    (db.query("SELECT to_regclass('meta') IS NOT NULL").text(0, 0) == "t" ? " (it holds a ledger)" : ""),
                "give an empty database of its own to a new ledger; to use a ledger that is there, "
                "run 'redress init --join URL'");
  }
  db.exec("BEGIN");
  try {
    for (const auto& migration : generated_pg::k_migrations) {
      postgresql::apply_migration(db, migration.version);
    }
    const std::pair<const char*, std::string> rows[] = {
        {"ledger_id", util::random_hex(16)},
        {"digest_key", util::random_hex(32)},
        {"created_at", std::to_string(to_unix(policy.at))},
        {"schema_version", std::to_string(postgresql::latest_version())},
        {"personal_keys_from", "1"}};
    for (const auto& [key, value] : rows) {
      db.query("INSERT INTO meta (key, value) VALUES ($1, $2)", postgresql::Params().text(key).text(value));
    }
    db.query("INSERT INTO policies (digest, text, recorded_at, ord) VALUES ($1, $2, $3, 1)",
             postgresql::Params().text(policy.digest).text(policy.text).instant(policy.at));
    db.query("INSERT INTO policy_settings (id, digest, set_at, actor) "
             "VALUES (1, $1, floor(extract(epoch FROM clock_timestamp()))::bigint, $2)",
             postgresql::Params().text(policy.digest).text(policy.actor));
    db.exec("COMMIT");
  } catch (...) {
    if (!db.lost()) {
      try {
        db.exec("ROLLBACK");
      } catch (...) { // NOLINT(bugprone-empty-catch): the first error is the one to report
      }
    }
    throw;
  }
  return std::make_unique<postgresql::PgStore>(std::move(db), false);
}

int latest_postgresql_schema_version() { return postgresql::latest_version(); }

std::unique_ptr<Store> copy_to_postgresql(const std::string& url, Store& source,
                                          const std::function<void(Store& target)>& finish) {
  check_postgresql_url(url);
  postgresql::check_source_tables(source);
  postgresql::Connection db(url, false);
  if (!postgresql::empty_database(db)) {
    throw Error(Errc::refused,
                "the database at " + printable_url(url) + " is not empty" +
                    (db.query("SELECT to_regclass('meta') IS NOT NULL").text(0, 0) == "t" ? " (it holds a ledger)" : ""),
                "move a ledger only into an empty database of its own; nothing was changed on either side");
  }
  auto store = std::make_unique<postgresql::PgStore>(std::move(db), false);
  store->load(source, finish);
  return store;
}

SchemaUpgrade upgrade_postgresql(const std::string& url) {
  check_postgresql_url(url);
  postgresql::Connection db(url, false);
  const postgresql::Result meta =
      db.query("SELECT to_regclass('meta') IS NOT NULL AND to_regclass('chain_head') IS NOT NULL");
  if (meta.text(0, 0) != "t") {
    throw Error(Errc::failure, "the database at " + printable_url(url) + " holds no redress ledger",
                "create one there with 'redress init --store URL'");
  }
  const int latest = postgresql::latest_version();
  db.exec("BEGIN");
  try {
    // The writers' turn first: no write of an older host is half-way through the tables the
    // migrations change (and none starts until this commits).
    postgresql::take_turn(db);
    const postgresql::Result version = db.query("SELECT value FROM meta WHERE key = 'schema_version'");
    const int have = version.rows() == 0 ? 0 : static_cast<int>(version.int64(0, 0));
    if (have > latest) {
      throw postgresql::other_schema(url, have);
    }
    if (have < 1) {
      throw Error(Errc::failure, "the ledger at " + printable_url(url) + " has no schema version (meta.schema_version)",
                  "the ledger was left untouched");
    }
    for (const auto& migration : generated_pg::k_migrations) {
      if (migration.version > have) {
        postgresql::apply_migration(db, migration.version);
      }
    }
    db.query("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
             postgresql::Params().text(std::to_string(latest)));
    db.exec("COMMIT");
    return SchemaUpgrade{have, latest};
  } catch (...) {
    if (!db.lost()) {
      try {
        db.exec("ROLLBACK");
      } catch (...) { // NOLINT(bugprone-empty-catch): the first error is the one to report
      }
    }
    throw;
  }
}

} // namespace redress::store
