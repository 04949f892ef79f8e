#pragma once
// customers: one row per recognised complainant.

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace redress::store {

/// How repeat complainants are recognised: email (lower-cased), else member id, else exact name.
std::string identity_key(const Customer& customer);

/// Returns the id of the customer with the same identity, filling details it lacked (never
/// overwriting what was recorded before), or inserts a new customer.
std::int64_t upsert_customer(SQLite::Database& db, const Customer& customer, Instant seen_at);

/// Checks every customers row against the complaints that point to it, in the order they were
/// recorded (as upsert_customer() built it): each complaint was filed with details whose
/// identity_key is the row's; the name is the first complaint's, email, phone, member id,
/// language and preferred channel the first each complaint gave, first_seen_at the earliest
/// receipt. Returns the first difference as one line (naming the customer by id, never by
/// personal data), or nullopt.
std::optional<std::string> customer_problem(SQLite::Database& db);

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
