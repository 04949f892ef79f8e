#include "store/policies_table.hpp"

#include "util/digest.hpp"

namespace redress::store {

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

std::optional<std::string> policy_problem(SQLite::Database& db) {
  SQLite::Statement unknown(db, R"sql(
    SELECT c.reference, c.policy_digest FROM complaints AS c
    WHERE c.policy_digest IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM policies AS p WHERE p.digest = c.policy_digest)
    ORDER BY c.id LIMIT 1)sql");
  if (unknown.executeStep()) {
    return "complaint " + unknown.getColumn(0).getString() + " names policy " +
           unknown.getColumn(1).getString().substr(0, 12) +
           ", which the ledger never recorded";
  }
  SQLite::Statement texts(db, "SELECT digest, text FROM policies WHERE text IS NOT NULL ORDER BY rowid");
  while (texts.executeStep()) {
    const std::string digest = texts.getColumn(0).getString();
    if (util::sha256_hex(texts.getColumn(1).getString()) != digest) {
      return "the recorded text of policy " + digest.substr(0, 12) +
             " does not hash to its digest (it was changed after it was recorded)";
    }
  }
  return std::nullopt;
}

} // namespace redress::store
