#pragma once
// customers: one row per recognised complainant, by identity key.

#include "store/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
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

} // namespace redress::store::sqlite
