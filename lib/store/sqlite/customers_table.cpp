#include "store/sqlite/customers_table.hpp"

#include "store/sqlite/sql.hpp"

#include <nlohmann/json.hpp>

namespace redress::store::sqlite {

namespace {

constexpr const char* k_upsert = R"sql(
  INSERT INTO customers (identity_key, name, email, phone, member_id, language, preferred_channel,
                         first_seen_at, name_key)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
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

} // namespace

CustomerUpserter::CustomerUpserter(SQLite::Database& db) : m_upsert(db, k_upsert), m_find(db, k_find) {}

std::int64_t CustomerUpserter::upsert(const Customer& c, const std::string& key,
                                      const std::string& name_key, Instant seen_at) {
  m_upsert.reset();
  m_upsert.bind(1, key);
  m_upsert.bind(2, c.name);
  bind_optional(m_upsert, 3, c.email);
  bind_optional(m_upsert, 4, c.phone);
  bind_optional(m_upsert, 5, c.member_id);
  bind_optional(m_upsert, 6, c.language);
  bind_optional(m_upsert, 7, c.preferred_channel);
  m_upsert.bind(8, static_cast<std::int64_t>(to_unix(seen_at)));
  m_upsert.bind(9, name_key);
  m_upsert.exec();
  m_find.reset();
  m_find.bind(1, key);
  m_find.executeStep();
  const std::int64_t id = m_find.getColumn(0).getInt64();
  m_find.reset(); // finished before the next statement runs
  return id;
}

void refresh_first_seen(SQLite::Database& db, std::int64_t customer_id) {
  SQLite::Statement q(db, R"sql(
    UPDATE customers SET first_seen_at =
      (SELECT min(received_at) FROM complaints WHERE customer_id = ?1)
    WHERE id = ?1 AND EXISTS (SELECT 1 FROM complaints WHERE customer_id = ?1))sql");
  q.bind(1, static_cast<std::int64_t>(customer_id));
  q.exec();
}

namespace {

constexpr const char* k_customer_columns = R"sql(
  SELECT id, identity_key, name_key, name, email, phone, member_id, language, preferred_channel,
         first_seen_at
  FROM customers)sql";

CustomerRow read_customer(SQLite::Statement& q) {
  return CustomerRow{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     Customer{q.getColumn(3).getString(), optional_text(q.getColumn(4)),
                              optional_text(q.getColumn(5)), optional_text(q.getColumn(6)),
                              optional_text(q.getColumn(7)), optional_text(q.getColumn(8))},
                     from_unix(q.getColumn(9).getInt64())};
}

} // namespace

std::optional<CustomerRow> find_customer(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(k_customer_columns) + " WHERE id = ?1");
  q.bind(1, static_cast<std::int64_t>(id));
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_customer(q);
}

std::vector<CustomerRow> find_customers(SQLite::Database& db, const std::vector<std::string>& identity_keys,
                                        const std::string& name_key) {
  std::vector<CustomerRow> rows;
  SQLite::Statement q(db, std::string(k_customer_columns) +
                              " WHERE identity_key IN (SELECT value FROM json_each(?1)) OR name_key = ?2"
                              " ORDER BY id");
  q.bind(1, nlohmann::json(identity_keys).dump());
  q.bind(2, name_key);
  while (q.executeStep()) {
    rows.push_back(read_customer(q));
  }
  return rows;
}

std::vector<std::string> complaints_of_customer(SQLite::Database& db, std::int64_t id) {
  std::vector<std::string> references;
  SQLite::Statement q(db, "SELECT reference FROM complaints WHERE customer_id = ?1 ORDER BY id");
  q.bind(1, static_cast<std::int64_t>(id));
  while (q.executeStep()) {
    references.push_back(q.getColumn(0).getString());
  }
  return references;
}

void erase_customer(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, R"sql(
    UPDATE customers SET name = '', email = NULL, phone = NULL, member_id = NULL,
                         identity_key = 'erased:' || id, name_key = ''
    WHERE id = ?1)sql");
  q.bind(1, static_cast<std::int64_t>(id));
  q.exec();
}

void refresh_customer(SQLite::Database& db, std::int64_t id) {
  // As schemas/0007 rebuilt a customer from their complaints, over those not erased (language and
  // preferred channel are not personal text: they stay as all the complaints gave them).
  SQLite::Statement q(db, R"sql(
    WITH kept AS (
      SELECT c.* FROM complaints AS c
      WHERE c.customer_id = ?1
        AND NOT EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = c.id AND x.type = 'erased'))
    UPDATE customers SET
      name = coalesce((SELECT customer_name FROM kept ORDER BY id LIMIT 1), ''),
      email = (SELECT customer_email FROM kept WHERE customer_email IS NOT NULL ORDER BY id LIMIT 1),
      phone = (SELECT customer_phone FROM kept WHERE customer_phone IS NOT NULL ORDER BY id LIMIT 1),
      member_id = (SELECT customer_member_id FROM kept WHERE customer_member_id IS NOT NULL
                   ORDER BY id LIMIT 1)
    WHERE id = ?1)sql");
  q.bind(1, static_cast<std::int64_t>(id));
  q.exec();
  // The name key as ledger/identity.hpp makes it (schemas/0010 wrote the same in SQL).
  SQLite::Statement key(db, R"sql(
    UPDATE customers SET name_key = redress_hmac((SELECT value FROM meta WHERE key = 'digest_key'),
                                                 'name:' || redress_fold(name))
    WHERE id = ?1)sql");
  key.bind(1, static_cast<std::int64_t>(id));
  key.exec();
}

void scan_customers(SQLite::Database& db,
                    const std::function<void(const CustomerRow&, const FiledBy*)>& sink) {
  SQLite::Statement q(db, R"sql(
    SELECT cu.id, cu.identity_key, cu.name, cu.email, cu.phone, cu.member_id, cu.language,
           cu.preferred_channel, cu.first_seen_at, cu.name_key,
           c.reference, c.customer_name, c.customer_email, c.customer_phone,
           c.customer_member_id, c.customer_language, c.customer_preferred_channel, c.received_at,
           EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = c.id AND x.type = 'erased')
    FROM customers AS cu LEFT JOIN complaints AS c ON c.customer_id = cu.id
    ORDER BY cu.id, c.id)sql");
  while (q.executeStep()) {
    const CustomerRow row{q.getColumn(0).getInt64(),
                          q.getColumn(1).getString(),
                          q.getColumn(9).getString(),
                          Customer{q.getColumn(2).getString(), optional_text(q.getColumn(3)),
                                   optional_text(q.getColumn(4)), optional_text(q.getColumn(5)),
                                   optional_text(q.getColumn(6)), optional_text(q.getColumn(7))},
                          from_unix(q.getColumn(8).getInt64())};
    if (q.getColumn(10).isNull()) {
      sink(row, nullptr);
      continue;
    }
    const FiledBy filed{q.getColumn(10).getString(),
                        Customer{q.getColumn(11).getString(), optional_text(q.getColumn(12)),
                                 optional_text(q.getColumn(13)), optional_text(q.getColumn(14)),
                                 optional_text(q.getColumn(15)), optional_text(q.getColumn(16))},
                        from_unix(q.getColumn(17).getInt64()), q.getColumn(18).getInt() != 0};
    sink(row, &filed);
  }
}

} // namespace redress::store::sqlite
