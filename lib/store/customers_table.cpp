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

namespace {

// The customers row as the complaints pointing to it build it.
struct Rebuilt {
  std::int64_t id = 0;
  std::string identity_key;
  std::string name;
  std::optional<std::string> email, phone, member_id, language, preferred_channel;
  std::optional<std::int64_t> first_seen_at;
  std::int64_t complaints = 0;
};

void fill(std::optional<std::string>& field, std::optional<std::string> value) {
  if (!field && value) {
    field = std::move(value);
  }
}

} // namespace

std::optional<std::string> customer_problem(SQLite::Database& db) {
  SQLite::Statement q(db, R"sql(
    SELECT cu.id, cu.identity_key, cu.name, cu.email, cu.phone, cu.member_id, cu.language,
           cu.preferred_channel, cu.first_seen_at,
           c.reference, c.customer_name, c.customer_email, c.customer_phone,
           c.customer_member_id, c.customer_language, c.customer_preferred_channel, c.received_at
    FROM customers AS cu LEFT JOIN complaints AS c ON c.customer_id = cu.id
    ORDER BY cu.id, c.id)sql");
  std::optional<Rebuilt> stored;  // the row as stored
  std::optional<Rebuilt> rebuilt; // the row as its complaints make it
  const auto compare = [&]() -> std::optional<std::string> {
    if (!stored) {
      return std::nullopt;
    }
    const std::string who = "customer #" + std::to_string(stored->id);
    if (rebuilt->complaints == 0) {
      return who + " has no complaints: the row was not written by redress";
    }
    const std::pair<const char*, bool> fields[] = {
        {"name", stored->name == rebuilt->name},
        {"email", stored->email == rebuilt->email},
        {"phone", stored->phone == rebuilt->phone},
        {"member_id", stored->member_id == rebuilt->member_id},
        {"language", stored->language == rebuilt->language},
        {"preferred_channel", stored->preferred_channel == rebuilt->preferred_channel},
        {"first_seen_at", stored->first_seen_at == rebuilt->first_seen_at},
    };
    for (const auto& [field, same] : fields) {
      if (!same) {
        return who + ": " + field + " in the customers table differs from what their complaints "
                                    "were filed with";
      }
    }
    return std::nullopt;
  };
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    if (!stored || stored->id != id) {
      if (auto problem = compare()) {
        return problem;
      }
      stored = Rebuilt{id,
                       q.getColumn(1).getString(),
                       q.getColumn(2).getString(),
                       optional_text(q.getColumn(3)),
                       optional_text(q.getColumn(4)),
                       optional_text(q.getColumn(5)),
                       optional_text(q.getColumn(6)),
                       optional_text(q.getColumn(7)),
                       q.getColumn(8).getInt64(),
                       0};
      rebuilt = Rebuilt{};
      rebuilt->id = id;
    }
    if (q.getColumn(9).isNull()) {
      continue; // no complaint points to this customer
    }
    const Customer filed{q.getColumn(10).getString(), optional_text(q.getColumn(11)),
                         optional_text(q.getColumn(12)), optional_text(q.getColumn(13)),
                         optional_text(q.getColumn(14)), optional_text(q.getColumn(15))};
    if (identity_key(filed) != stored->identity_key) {
      return "complaint " + q.getColumn(9).getString() + " points to customer #" +
             std::to_string(id) + ", but it was filed by someone else";
    }
    if (rebuilt->complaints++ == 0) {
      rebuilt->name = filed.name;
    }
    fill(rebuilt->email, filed.email);
    fill(rebuilt->phone, filed.phone);
    fill(rebuilt->member_id, filed.member_id);
    fill(rebuilt->language, filed.language);
    fill(rebuilt->preferred_channel, filed.preferred_channel);
    const std::int64_t received = q.getColumn(16).getInt64();
    rebuilt->first_seen_at = rebuilt->first_seen_at ? std::min(*rebuilt->first_seen_at, received) : received;
  }
  return compare();
}

} // namespace redress::store
