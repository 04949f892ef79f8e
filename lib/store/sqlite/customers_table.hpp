#pragma once
// customers: one row per recognised complainant, by identity key.

#include "store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace redress::store::sqlite {

/// Store::upsert_customer() with its statements prepared once.
class CustomerUpserter {
public:
  explicit CustomerUpserter(SQLite::Database& db);
  std::int64_t upsert(const Customer& customer, const std::string& identity_key,
                      const std::string& name_key, Instant seen_at);

private:
  SQLite::Statement m_find;
  SQLite::Statement m_insert;
  SQLite::Statement m_fill;
  SQLite::Database& m_db;
};

/// Store::refresh_first_seen().
void refresh_first_seen(SQLite::Database& db, std::int64_t customer_id);

/// Store::scan_customers().
void scan_customers(SQLite::Database& db,
                    const std::function<void(const CustomerRow&, const FiledBy*)>& sink);

/// Store::customer_rows(), find_customer(), customer_by_key(), customers_named().
std::vector<CustomerRow> customer_rows(SQLite::Database& db);
std::optional<CustomerRow> find_customer(SQLite::Database& db, std::int64_t id);
std::optional<std::int64_t> customer_by_key(SQLite::Database& db, const std::string& key);
std::vector<std::int64_t> customers_named(SQLite::Database& db, const std::string& name_key);
/// Store::update_customer(), add_customer_key(), merge_customer(), scan_customer_keys().
void update_customer(SQLite::Database& db, std::int64_t id, const Customer& c, const std::string& name_key);
void add_customer_key(SQLite::Database& db, const std::string& key, std::int64_t id);
void merge_customer(SQLite::Database& db, std::int64_t from, std::int64_t into);
void scan_customer_keys(SQLite::Database& db,
                        const std::function<void(const std::string&, std::int64_t)>& sink);
/// Store::complaints_of_customer(), erase_customer().
std::vector<std::string> complaints_of_customer(SQLite::Database& db, std::int64_t id);
void erase_customer(SQLite::Database& db, std::int64_t id);

} // namespace redress::store::sqlite
