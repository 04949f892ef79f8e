#pragma once
// customers: one row per recognised complainant.

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>

namespace redress::store {

/// How repeat complainants are recognised: email (lower-cased), else member id, else exact name.
std::string identity_key(const Customer& customer);

/// Returns the id of the customer with the same identity, filling details it lacked (never
/// overwriting what was recorded before), or inserts a new customer.
std::int64_t upsert_customer(SQLite::Database& db, const Customer& customer, Instant seen_at);

/// upsert_customer() with its statement prepared once, for recording many complaints.
class CustomerUpserter {
public:
  explicit CustomerUpserter(SQLite::Database& db);
  std::int64_t upsert(const Customer& customer, Instant seen_at);

private:
  SQLite::Statement m_upsert;
  SQLite::Statement m_find;
};

} // namespace redress::store
