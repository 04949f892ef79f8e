#pragma once
// events: the append-only log (the table's triggers refuse UPDATE and DELETE), hash-chained as
// store/chain.hpp says; meta: the ledger's id and digest key.

#include "store/chain.hpp"

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace redress::store::sqlite {

/// The key bytes meta.digest_key spells. Error{integrity} when missing or not hex.
std::string digest_key(SQLite::Database& db);
/// meta.ledger_id. Error{integrity} when missing.
std::string ledger_id(SQLite::Database& db);

/// Appends events at the end of the chain, with its statements prepared once. Inside a write
/// transaction only: the last row it chains to is read at each append.
class EventAppender {
public:
  explicit EventAppender(SQLite::Database& db);
  std::int64_t append(const Event& event);

private:
  SQLite::Statement m_insert;
  SQLite::Statement m_last;
  SQLite::Statement m_key_of;
};

/// The events of one complaint, oldest first, with the statement prepared once.
class EventReader {
public:
  explicit EventReader(SQLite::Database& db);
  void read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink);

private:
  SQLite::Statement m_query;
};

void scan_chain(SQLite::Database& db,
                const std::function<void(const ChainedEvent&, const std::string& reference,
                                         const std::string& personal_key)>& sink);
/// Store::personal_keys_from(), personal_key(), erase_personal(), evidence_named().
std::int64_t personal_keys_from(SQLite::Database& db);
std::string personal_key(SQLite::Database& db, std::int64_t complaint_id);
std::int64_t erase_personal(SQLite::Database& db, std::int64_t complaint_id, const std::string& new_key);
bool evidence_named(SQLite::Database& db, const std::string& sha256);
std::pair<std::int64_t, std::string> chain_head(SQLite::Database& db);
std::optional<std::string> event_hash_of(SQLite::Database& db, std::int64_t id);

} // namespace redress::store::sqlite
