#include "store/customers_table.hpp"

#include "store/sql.hpp"

#include <algorithm>
#include <cctype>

namespace redress::store {

std::string identity_key(const Customer& customer) {
  if (customer.email && !customer.email->empty()) {
    std::string email = *customer.email;
    std::transform(email.begin(), email.end(), email.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return "email:" + email;
  }
  if (customer.member_id && !customer.member_id->empty()) {
    return "member:" + *customer.member_id;
  }
  return "name:" + customer.name;
}

namespace {

constexpr const char* k_upsert = R"sql(
  INSERT INTO customers (identity_key, name, email, phone, member_id, language, preferred_channel,
                         first_seen_at)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
  ON CONFLICT (identity_key) DO UPDATE SET
    email     = coalesce(customers.email, excluded.email),
    phone     = coalesce(customers.phone, excluded.phone),
    member_id = coalesce(customers.member_id, excluded.member_id),
    language  = coalesce(customers.language, excluded.language),
    preferred_channel = coalesce(customers.preferred_channel, excluded.preferred_channel),
    first_seen_at = min(customers.first_seen_at, excluded.first_seen_at))sql";
// Not RETURNING: SQLite collects RETURNING rows in a temporary table, which cost more than the
// upsert itself (docs/performance.md).
constexpr const char* k_find = "SELECT id FROM customers WHERE identity_key = ?1";

std::int64_t run_upsert(SQLite::Statement& upsert, SQLite::Statement& find, const Customer& c,
                        Instant seen_at) {
  const std::string key = identity_key(c);
  upsert.reset();
  upsert.bind(1, key);
  upsert.bind(2, c.name);
  bind_optional(upsert, 3, c.email);
  bind_optional(upsert, 4, c.phone);
  bind_optional(upsert, 5, c.member_id);
  bind_optional(upsert, 6, c.language);
  bind_optional(upsert, 7, c.preferred_channel);
  upsert.bind(8, static_cast<std::int64_t>(to_unix(seen_at)));
  upsert.exec();
  find.reset();
  find.bind(1, key);
  find.executeStep();
  const std::int64_t id = find.getColumn(0).getInt64();
  find.reset(); // finished before the next statement runs
  return id;
}

} // namespace

std::int64_t upsert_customer(SQLite::Database& db, const Customer& c, Instant seen_at) {
  SQLite::Statement upsert(db, k_upsert);
  SQLite::Statement find(db, k_find);
  return run_upsert(upsert, find, c, seen_at);
}

CustomerUpserter::CustomerUpserter(SQLite::Database& db) : m_upsert(db, k_upsert), m_find(db, k_find) {}

std::int64_t CustomerUpserter::upsert(const Customer& c, Instant seen_at) {
  return run_upsert(m_upsert, m_find, c, seen_at);
}

} // namespace redress::store
