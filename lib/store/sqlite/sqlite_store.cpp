// The Store of one SQLite file (store/store.hpp): the connection, and the statements that hot
// paths reuse, prepared on first use and kept for the connection's life.

#include "store/sqlite/complaints_table.hpp"
#include "store/sqlite/customers_table.hpp"
#include "store/sqlite/database.hpp"
#include "store/sqlite/events_table.hpp"
#include "store/sqlite/message_claims_table.hpp"
#include "store/sqlite/policies_table.hpp"
#include "store/sqlite/search_index.hpp"

#include "store/store.hpp"

#include <redress/error.hpp>

#include <memory>

namespace redress::store {

namespace {

class SqliteStore final : public Store {
public:
  SqliteStore(sqlite::Database db, const std::filesystem::path& file)
      : m_db(std::move(db)), m_evidence(evidence_folder(file.parent_path() / "evidence")) {}

  void write(const std::function<void()>& work) override { m_db.write(work); }
  void snapshot(const std::function<void()>& work) override { m_db.snapshot(work); }
  void rehearse(const std::function<void()>& work) override { m_db.rehearse(work); }
  void mark_moved(const std::string& where) override {
    guarded([&] { m_db.mark_moved(where); });
  }

  std::int64_t next_sequence(int year) override {
    return guarded([&] { return kept(m_inserter).next_sequence(year); });
  }
  std::int64_t insert_complaint(const NewComplaintRow& row) override {
    return guarded([&] { return kept(m_inserter).insert(row); });
  }
  void update_complaint(const Complaint& c) override {
    guarded([&] { kept(m_writer).update(c); });
  }
  std::optional<Complaint> find_complaint(const std::string& reference) override {
    return guarded([&] { return kept(m_writer).find(reference); });
  }
  std::optional<Complaint> find_complaint(int year, std::int64_t seq) override {
    return guarded([&] { return kept(m_writer).find(year, seq); });
  }
  void select_complaints(const ComplaintFilter& filter,
                         const std::function<void(Complaint&)>& sink) override {
    guarded([&] { sqlite::select_complaints(m_db.handle(), filter, sink); });
  }
  std::int64_t complaints_with_event(std::string_view type, Instant by, Instant since,
                                     Instant until) override {
    return guarded([&] { return sqlite::complaints_with_event(m_db.handle(), type, by, since, until); });
  }
  std::vector<YearSequence> sequences() override {
    return guarded([&] { return sqlite::sequences(m_db.handle()); });
  }
  std::vector<std::pair<std::string, std::int64_t>> stored_names(NameKind kind) override {
    return guarded([&] { return sqlite::stored_names(m_db.handle(), kind); });
  }

  void index_texts(const Complaint& c, const SearchDocument& doc) override {
    guarded([&] { kept(m_indexer).index(c, doc); });
  }
  void unindex_texts(const Complaint& c) override {
    guarded([&] { kept(m_indexer).unindex(c); });
  }
  void find_texts(const TextQuery& query, const ComplaintFilter& filter, bool include_confidential,
                  const std::function<bool(Complaint&)>& sink) override {
    guarded([&] { sqlite::find_texts(m_db.handle(), query, filter, include_confidential, sink); });
  }
  std::optional<SearchDocument> indexed_texts(const Complaint& c) override {
    return guarded([&] { return sqlite::indexed_texts(m_db.handle(), c); });
  }
  std::int64_t indexed_count() override {
    return guarded([&] { return sqlite::indexed_count(m_db.handle()); });
  }
  void scan_index_words(const std::function<void(std::string_view, std::int64_t, std::int64_t)>& sink) override {
    guarded([&] { sqlite::scan_index_words(m_db.handle(), sink); });
  }
  std::vector<std::string> field_names() override {
    return guarded([&] { return sqlite::field_names(m_db.handle()); });
  }

  std::int64_t upsert_customer(const Customer& customer, const std::string& identity_key,
                               const std::string& name_key, Instant seen_at) override {
    return guarded([&] { return kept(m_upserter).upsert(customer, identity_key, name_key, seen_at); });
  }
  void refresh_first_seen(std::int64_t customer_id) override {
    guarded([&] { sqlite::refresh_first_seen(m_db.handle(), customer_id); });
  }
  void scan_customers(const std::function<void(const CustomerRow&, const FiledBy*)>& sink) override {
    guarded([&] { sqlite::scan_customers(m_db.handle(), sink); });
  }

  std::vector<CustomerRow> customer_rows() override {
    return guarded([&] { return sqlite::customer_rows(m_db.handle()); });
  }
  std::optional<CustomerRow> find_customer(std::int64_t id) override {
    return guarded([&] { return sqlite::find_customer(m_db.handle(), id); });
  }
  std::optional<std::int64_t> customer_by_key(const std::string& key) override {
    return guarded([&] { return sqlite::customer_by_key(m_db.handle(), key); });
  }
  std::vector<std::int64_t> customers_named(const std::string& name_key) override {
    return guarded([&] { return sqlite::customers_named(m_db.handle(), name_key); });
  }
  void update_customer(std::int64_t id, const Customer& details, const std::string& name_key) override {
    guarded([&] { sqlite::update_customer(m_db.handle(), id, details, name_key); });
  }
  void add_customer_key(const std::string& key, std::int64_t id) override {
    guarded([&] { sqlite::add_customer_key(m_db.handle(), key, id); });
  }
  void merge_customer(std::int64_t from, std::int64_t into) override {
    guarded([&] { sqlite::merge_customer(m_db.handle(), from, into); });
  }
  void scan_customer_keys(const std::function<void(const std::string&, std::int64_t)>& sink) override {
    guarded([&] { sqlite::scan_customer_keys(m_db.handle(), sink); });
  }

  std::vector<std::string> complaints_of_customer(std::int64_t id) override {
    return guarded([&] { return sqlite::complaints_of_customer(m_db.handle(), id); });
  }

  std::string personal_key(std::int64_t complaint_id) override {
    return guarded([&] { return sqlite::personal_key(m_db.handle(), complaint_id); });
  }
  std::int64_t personal_keys_from() override {
    return guarded([&] { return sqlite::personal_keys_from(m_db.handle()); });
  }
  std::int64_t erase_personal(std::int64_t complaint_id, const std::string& new_key) override {
    return guarded([&] { return sqlite::erase_personal(m_db.handle(), complaint_id, new_key); });
  }
  void erase_customer(std::int64_t id) override {
    guarded([&] { sqlite::erase_customer(m_db.handle(), id); });
  }
  bool evidence_named(const std::string& sha256) override {
    return guarded([&] { return sqlite::evidence_named(m_db.handle(), sha256); });
  }
  bool scrub() override { return m_db.scrub(); }

  std::int64_t append_event(const Event& event) override {
    return guarded([&] { return kept(m_appender).append(event); });
  }
  void events_of(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) override {
    guarded([&] { kept(m_reader).read(complaint_id, sink); });
  }
  void scan_chain(const std::function<void(const ChainedEvent&, const std::string&, const std::string&)>& sink) override {
    guarded([&] { sqlite::scan_chain(m_db.handle(), sink); });
  }
  std::pair<std::int64_t, std::string> chain_head() override {
    return guarded([&] { return sqlite::chain_head(m_db.handle()); });
  }
  std::optional<std::string> event_hash_of(std::int64_t id) override {
    return guarded([&] { return sqlite::event_hash_of(m_db.handle(), id); });
  }

  std::optional<MessageClaim> claim_message(const MessageClaim& claim, bool replace) override {
    return guarded([&] { return sqlite::claim_message(m_db.handle(), claim, replace); });
  }
  void release_message(const MessageClaim& claim) override {
    guarded([&] { sqlite::release_message(m_db.handle(), claim); });
  }
  std::vector<MessageClaim> message_claims(std::int64_t complaint_id) override {
    return guarded([&] { return sqlite::message_claims(m_db.handle(), complaint_id); });
  }

  std::string ledger_id() override {
    return guarded([&] { return sqlite::ledger_id(m_db.handle()); });
  }
  std::string digest_key() override {
    return guarded([&] { return sqlite::digest_key(m_db.handle()); });
  }
  void record_policy(const std::string& digest, const std::string& text, Instant at) override {
    guarded([&] { kept(m_policies).record(digest, text, at); });
  }
  void scan_policies(const std::function<void(const std::string&, const std::optional<std::string>&)>& sink) override {
    guarded([&] { sqlite::scan_policies(m_db.handle(), sink); });
  }
  std::optional<std::pair<std::string, std::string>> unrecorded_policy() override {
    return guarded([&] { return sqlite::unrecorded_policy(m_db.handle()); });
  }

  std::optional<std::string> kept_policy() override { return std::nullopt; } // policy.toml
  void keep_policy(const std::string&, const std::string&) override {
    throw Error(Errc::refused, "an SQLite ledger's policy is its policy.toml");
  }

  EvidenceFiles& evidence() override { return *m_evidence; }

  std::vector<std::string> check_integrity() override { return m_db.check_integrity(); }
  std::optional<std::string> schema_difference() override { return m_db.schema_difference(); }

  std::vector<std::string> table_names() override {
    return guarded([&] {
      // Virtual tables (FTS5) are of type 'table' too.
      SQLite::Statement q(m_db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
      std::vector<std::string> names;
      while (q.executeStep()) {
        names.push_back(q.getColumn(0).getString());
      }
      return names;
    });
  }
  std::vector<std::string> table_columns(const std::string& table) override {
    check_identifier(table);
    return guarded([&] {
      SQLite::Statement q(m_db.handle(), "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
      q.bind(1, table);
      std::vector<std::string> columns;
      while (q.executeStep()) {
        columns.push_back(q.getColumn(0).getString());
      }
      return columns;
    });
  }
  void scan_table(const std::string& table, const std::vector<std::string>& columns,
                  const std::function<void(const std::vector<std::optional<std::string>>&)>& sink) override {
    check_identifier(table);
    std::string list;
    for (const auto& column : columns) {
      check_identifier(column);
      list += (list.empty() ? "\"" : ", \"") + column + "\"";
    }
    guarded([&] {
      SQLite::Statement q(m_db.handle(), "SELECT " + list + " FROM \"" + table + "\" ORDER BY rowid");
      std::vector<std::optional<std::string>> row(columns.size());
      while (q.executeStep()) {
        for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
          const SQLite::Column value = q.getColumn(i);
          row[static_cast<std::size_t>(i)] = value.isNull() ? std::nullopt : std::optional<std::string>(value.getString());
        }
        sink(row);
      }
    });
  }

private:
  template <typename F> auto guarded(F&& work) -> decltype(work()) {
    return m_db.guarded(std::forward<F>(work));
  }
  // The statements hot paths reuse, each prepared on first use and kept for the connection's
  // life: a batch files and steps thousands of complaints, and preparing each statement anew
  // cost more than all the rest of the work (docs/performance.md). A command prepares only
  // the ones it uses.
  template <typename T> T& kept(std::unique_ptr<T>& statement) {
    if (!statement) {
      statement = guarded([&] { return std::make_unique<T>(m_db.handle()); });
    }
    return *statement;
  }

  sqlite::Database m_db;
  std::unique_ptr<EvidenceFiles> m_evidence;
  // Declared after the connection, so they are finalized before it closes.
  std::unique_ptr<sqlite::ComplaintInserter> m_inserter;
  std::unique_ptr<sqlite::CustomerUpserter> m_upserter;
  std::unique_ptr<sqlite::EventAppender> m_appender;
  std::unique_ptr<sqlite::ComplaintWriter> m_writer;
  std::unique_ptr<sqlite::EventReader> m_reader;
  std::unique_ptr<sqlite::PolicyRecorder> m_policies;
  std::unique_ptr<sqlite::TextIndexer> m_indexer;
};

} // namespace

std::unique_ptr<Store> open_sqlite(const std::filesystem::path& file, bool read_only,
                                   const std::function<void()>& before_migrating) {
  return std::make_unique<SqliteStore>(sqlite::Database::open_existing(file, read_only, before_migrating), file);
}

std::unique_ptr<Store> create_sqlite(const std::filesystem::path& file, bool shared) {
  return std::make_unique<SqliteStore>(sqlite::Database::create(file, shared), file);
}

int latest_schema_version() { return sqlite::latest_schema_version(); }

} // namespace redress::store
