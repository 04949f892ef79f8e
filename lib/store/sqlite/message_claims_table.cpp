#include "store/sqlite/message_claims_table.hpp"

#include <SQLiteCpp/Statement.h>

namespace redress::store::sqlite {

namespace {

MessageClaim read_claim(SQLite::Statement& q) {
  return MessageClaim{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                      from_unix(q.getColumn(3).getInt64()), q.getColumn(4).getString()};
}

} // namespace

std::optional<MessageClaim> claim_message(SQLite::Database& db, const MessageClaim& claim, bool replace) {
  if (!replace) {
    SQLite::Statement q(db, R"sql(
      SELECT complaint_id, kind, step_event_id, claimed_at, actor FROM message_claims
      WHERE complaint_id = ?1 AND kind = ?2 AND step_event_id = ?3)sql");
    q.bind(1, claim.complaint_id);
    q.bind(2, claim.kind);
    q.bind(3, claim.step_event_id);
    if (q.executeStep()) {
      return read_claim(q);
    }
  }
  SQLite::Statement insert(db, R"sql(
    INSERT OR REPLACE INTO message_claims (complaint_id, kind, step_event_id, claimed_at, actor)
    VALUES (?1, ?2, ?3, ?4, ?5))sql");
  insert.bind(1, claim.complaint_id);
  insert.bind(2, claim.kind);
  insert.bind(3, claim.step_event_id);
  insert.bind(4, static_cast<std::int64_t>(to_unix(claim.claimed_at)));
  insert.bind(5, claim.actor);
  insert.exec();
  return std::nullopt;
}

void release_message(SQLite::Database& db, const MessageClaim& claim) {
  SQLite::Statement q(db, "DELETE FROM message_claims WHERE complaint_id = ?1 AND kind = ?2 AND step_event_id = ?3");
  q.bind(1, claim.complaint_id);
  q.bind(2, claim.kind);
  q.bind(3, claim.step_event_id);
  q.exec();
}

std::vector<MessageClaim> message_claims(SQLite::Database& db, std::int64_t complaint_id) {
  SQLite::Statement q(db, R"sql(
    SELECT complaint_id, kind, step_event_id, claimed_at, actor FROM message_claims
    WHERE complaint_id = ?1 ORDER BY claimed_at, kind)sql");
  q.bind(1, complaint_id);
  std::vector<MessageClaim> claims;
  while (q.executeStep()) {
    claims.push_back(read_claim(q));
  }
  return claims;
}

} // namespace redress::store::sqlite
