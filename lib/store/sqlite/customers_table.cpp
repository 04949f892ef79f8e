#include "store/sqlite/customers_table.hpp"

#include "store/sqlite/sql.hpp"

namespace redress::store::sqlite {

namespace {

// A key recognises the customer customer_keys gives it to, else the row holding it, followed to
// where that row was merged (merge_customer() keeps every merged_into pointing at a record of
// its own, so one step is enough).
constexpr const char* k_find = R"sql(
  SELECT customer_id FROM customer_keys WHERE identity_key = ?1
  UNION ALL
  SELECT coalesce(merged_into, id) FROM customers WHERE identity_key = ?1
  LIMIT 1)sql";
constexpr const char* k_insert = R"sql(
  INSERT INTO customers (identity_key, name, email, phone, member_id, language, preferred_channel,
                         first_seen_at, name_key)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql";
// A filing by someone recorded before fills the details their record lacked, never overwriting.
constexpr const char* k_fill = R"sql(
  UPDATE customers SET
    email     = coalesce(email, ?2),
    phone     = coalesce(phone, ?3),
    member_id = coalesce(member_id, ?4),
    language  = coalesce(language, ?5),
    preferred_channel = coalesce(preferred_channel, ?6),
    first_seen_at = min(first_seen_at, ?7)
  WHERE id = ?1)sql";

constexpr const char* k_columns = R"sql(
  SELECT id, identity_key, name, email, phone, member_id, language, preferred_channel,
         first_seen_at, name_key, merged_into FROM customers)sql";

// email, phone, member_id, language, preferred_channel from parameter `first` on.
void bind_contacts(SQLite::Statement& s, int first, const Customer& c) {
  bind_optional(s, first, c.email);
  bind_optional(s, first + 1, c.phone);
  bind_optional(s, first + 2, c.member_id);
  bind_optional(s, first + 3, c.language);
  bind_optional(s, first + 4, c.preferred_channel);
}

CustomerRow read_row(SQLite::Statement& q) {
  return CustomerRow{q.getColumn(0).getInt64(),
                     q.getColumn(1).getString(),
                     q.getColumn(9).getString(),
                     Customer{q.getColumn(2).getString(), optional_text(q.getColumn(3)),
                              optional_text(q.getColumn(4)), optional_text(q.getColumn(5)),
                              optional_text(q.getColumn(6)), optional_text(q.getColumn(7))},
                     from_unix(q.getColumn(8).getInt64()),
                     q.getColumn(10).isNull() ? std::nullopt
                                              : std::optional<std::int64_t>(q.getColumn(10).getInt64())};
}

} // namespace

CustomerUpserter::CustomerUpserter(SQLite::Database& db)
    : m_find(db, k_find), m_insert(db, k_insert), m_fill(db, k_fill), m_db(db) {}

std::int64_t CustomerUpserter::upsert(const Customer& c, const std::string& key,
                                      const std::string& name_key, Instant seen_at) {
  m_find.reset();
  m_find.bind(1, key);
  if (m_find.executeStep()) {
    const std::int64_t id = m_find.getColumn(0).getInt64();
    m_find.reset(); // finished before the next statement runs
    m_fill.reset();
    m_fill.bind(1, static_cast<std::int64_t>(id));
    bind_contacts(m_fill, 2, c);
    m_fill.bind(7, static_cast<std::int64_t>(to_unix(seen_at)));
    m_fill.exec();
    return id;
  }
  m_find.reset();
  m_insert.reset();
  m_insert.bind(1, key);
  m_insert.bind(2, c.name);
  bind_contacts(m_insert, 3, c);
  m_insert.bind(8, static_cast<std::int64_t>(to_unix(seen_at)));
  m_insert.bind(9, name_key);
  m_insert.exec();
  return m_db.getLastInsertRowid();
}

void refresh_first_seen(SQLite::Database& db, std::int64_t customer_id) {
  SQLite::Statement q(db, R"sql(
    UPDATE customers SET first_seen_at =
      (SELECT min(received_at) FROM complaints WHERE customer_id = ?1)
    WHERE id = ?1 AND EXISTS (SELECT 1 FROM complaints WHERE customer_id = ?1))sql");
  q.bind(1, static_cast<std::int64_t>(customer_id));
  q.exec();
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
  // The records merged into them are the same person's: blanked with theirs.
  SQLite::Statement q(db, R"sql(
    UPDATE customers SET name = '', email = NULL, phone = NULL, member_id = NULL,
                         identity_key = 'erased:' || id, name_key = ''
    WHERE id = ?1 OR merged_into = ?1)sql");
  q.bind(1, static_cast<std::int64_t>(id));
  q.exec();
  SQLite::Statement keys(db, "DELETE FROM customer_keys WHERE customer_id = ?1");
  keys.bind(1, static_cast<std::int64_t>(id));
  keys.exec();
}

void scan_customers(SQLite::Database& db,
                    const std::function<void(const CustomerRow&, const FiledBy*)>& sink) {
  SQLite::Statement q(db, R"sql(
    SELECT cu.id, cu.identity_key, cu.name, cu.email, cu.phone, cu.member_id, cu.language,
           cu.preferred_channel, cu.first_seen_at, cu.name_key, cu.merged_into,
           c.reference, c.customer_name, c.customer_email, c.customer_phone,
           c.customer_member_id, c.customer_language, c.customer_preferred_channel, c.received_at,
           EXISTS (SELECT 1 FROM events AS x WHERE x.complaint_id = c.id AND x.type = 'erased')
    FROM customers AS cu LEFT JOIN complaints AS c ON c.customer_id = cu.id
    ORDER BY cu.id, c.id)sql");
  while (q.executeStep()) {
    const CustomerRow row = read_row(q);
    if (q.getColumn(11).isNull()) {
      sink(row, nullptr);
      continue;
    }
    const FiledBy filed{q.getColumn(11).getString(),
                        Customer{q.getColumn(12).getString(), optional_text(q.getColumn(13)),
                                 optional_text(q.getColumn(14)), optional_text(q.getColumn(15)),
                                 optional_text(q.getColumn(16)), optional_text(q.getColumn(17))},
                        from_unix(q.getColumn(18).getInt64()), q.getColumn(19).getInt() != 0};
    sink(row, &filed);
  }
}

std::vector<CustomerRow> customer_rows(SQLite::Database& db) {
  SQLite::Statement q(db, std::string(k_columns) + " ORDER BY id");
  std::vector<CustomerRow> rows;
  while (q.executeStep()) {
    rows.push_back(read_row(q));
  }
  return rows;
}

std::optional<CustomerRow> find_customer(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(k_columns) + " WHERE id = ?1");
  q.bind(1, static_cast<std::int64_t>(id));
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_row(q);
}

std::optional<std::int64_t> customer_by_key(SQLite::Database& db, const std::string& key) {
  SQLite::Statement q(db, k_find);
  q.bind(1, key);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return q.getColumn(0).getInt64();
}

std::vector<std::int64_t> customers_named(SQLite::Database& db, const std::string& name_key) {
  SQLite::Statement q(db, R"sql(
    SELECT DISTINCT coalesce(merged_into, id) AS owner FROM customers WHERE name_key = ?1
    ORDER BY owner)sql");
  q.bind(1, name_key);
  std::vector<std::int64_t> ids;
  while (q.executeStep()) {
    ids.push_back(q.getColumn(0).getInt64());
  }
  return ids;
}

void update_customer(SQLite::Database& db, std::int64_t id, const Customer& c, const std::string& name_key) {
  SQLite::Statement q(db, R"sql(
    UPDATE customers SET name = ?2, email = ?3, phone = ?4, member_id = ?5, language = ?6,
                         preferred_channel = ?7, name_key = ?8
    WHERE id = ?1)sql");
  q.bind(1, static_cast<std::int64_t>(id));
  q.bind(2, c.name);
  bind_contacts(q, 3, c);
  q.bind(8, name_key);
  q.exec();
}

void add_customer_key(SQLite::Database& db, const std::string& key, std::int64_t id) {
  SQLite::Statement q(db, R"sql(
    INSERT INTO customer_keys (identity_key, customer_id) VALUES (?1, ?2)
    ON CONFLICT (identity_key) DO NOTHING)sql");
  q.bind(1, key);
  q.bind(2, static_cast<std::int64_t>(id));
  q.exec();
}

void merge_customer(SQLite::Database& db, std::int64_t from, std::int64_t into) {
  SQLite::Statement rows(db, "UPDATE customers SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1");
  rows.bind(1, static_cast<std::int64_t>(from));
  rows.bind(2, static_cast<std::int64_t>(into));
  rows.exec();
  SQLite::Statement keys(db, "UPDATE customer_keys SET customer_id = ?2 WHERE customer_id = ?1");
  keys.bind(1, static_cast<std::int64_t>(from));
  keys.bind(2, static_cast<std::int64_t>(into));
  keys.exec();
}

void scan_customer_keys(SQLite::Database& db,
                        const std::function<void(const std::string&, std::int64_t)>& sink) {
  SQLite::Statement q(db, "SELECT identity_key, customer_id FROM customer_keys ORDER BY identity_key");
  while (q.executeStep()) {
    sink(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  }
}

} // namespace redress::store::sqlite
