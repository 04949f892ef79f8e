#pragma once
// customers: one row per recognised complainant, by identity key.

#include "store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>
#include <string>

namespace redress::store::sqlite {

/// Store::upsert_customer() with its statements prepared once.
class CustomerUpserter {
public:
  explicit CustomerUpserter(SQLite::Database& db);
  std::int64_t upsert(const Customer& customer, const std::string& identity_key,
                      const std::string& name_key, Instant seen_at);

private:
  SQLite::Statement m_upsert;
  SQLite::Statement m_find;
};

/// Store::refresh_first_seen().
void refresh_first_seen(SQLite::Database& db, std::int64_t customer_id);

/// Store::scan_customers().
void scan_customers(SQLite::Database& db,
                    const std::function<void(const CustomerRow&, const FiledBy*)>& sink);

/// Store::find_customer(), find_customers(), complaints_of_customer(), erase_customer(),
/// refresh_customer().
std::optional<CustomerRow> find_customer(SQLite::Database& db, std::int64_t id);
std::vector<CustomerRow> find_customers(SQLite::Database& db, const std::vector<std::string>& identity_keys,
                                        const std::string& name_key);
std::vector<std::string> complaints_of_customer(SQLite::Database& db, std::int64_t id);
void erase_customer(SQLite::Database& db, std::int64_t id);
void refresh_customer(SQLite::Database& db, std::int64_t id);

} // namespace redress::store::sqlite
