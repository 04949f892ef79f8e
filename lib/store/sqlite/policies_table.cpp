#include "store/sqlite/policies_table.hpp"

#include "store/sqlite/sql.hpp"

namespace redress::store::sqlite {

PolicyRecorder::PolicyRecorder(SQLite::Database& db)
    : m_insert(db, "INSERT INTO policies (digest, text, recorded_at) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT (digest) DO NOTHING") {}

void PolicyRecorder::record(const std::string& digest, const std::string& text, Instant at) {
  m_insert.reset();
  m_insert.bind(1, digest);
  m_insert.bind(2, text);
  m_insert.bind(3, static_cast<std::int64_t>(to_unix(at)));
  m_insert.exec();
}

void scan_policies(SQLite::Database& db,
                   const std::function<void(const std::string&, const std::optional<std::string>&)>& sink) {
  SQLite::Statement q(db, "SELECT digest, text FROM policies ORDER BY rowid");
  while (q.executeStep()) {
    sink(q.getColumn(0).getString(), optional_text(q.getColumn(1)));
  }
}

std::optional<std::pair<std::string, std::string>> unrecorded_policy(SQLite::Database& db) {
  SQLite::Statement q(db, R"sql(
    SELECT c.reference, c.policy_digest FROM complaints AS c
    WHERE c.policy_digest IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM policies AS p WHERE p.digest = c.policy_digest)
    ORDER BY c.id LIMIT 1)sql");
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return std::pair{q.getColumn(0).getString(), q.getColumn(1).getString()};
}

} // namespace redress::store::sqlite
