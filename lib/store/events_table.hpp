#pragma once
// events: the append-only log (the table's triggers refuse UPDATE and DELETE), hash-chained.
//
// The chain. Every row is written with three more columns, computed here when it is appended
// (every append path goes through EventAppender) and checked by `redress verify`:
//   personal_digest  HMAC-SHA256 of the row's `personal` text exactly as stored, keyed with the
//                    32 bytes that meta.digest_key spells in hex; NULL when `personal` is NULL.
//                    Personal text can later be erased and the chain still verifies.
//   prev_hash        `hash` of the row before it in the whole ledger (by id); '' for the first.
//   hash             lower-case hex SHA-256 of the canonical encoding below.
// Canonical encoding, version 1: the ASCII text "redress-event-v1" followed by nine items,
//   id, complaint_id, at, recorded_at, actor, type, data, personal_digest, prev_hash,
// each written as `<byte length in decimal>:<bytes>,` (a netstring), or as `-,` for NULL.
// Integers are written in decimal ASCII (at and recorded_at are seconds since the Unix epoch);
// texts are their stored UTF-8 bytes, unchanged (data is the JSON text as stored, not
// re-serialised). Example: id 1 is `1:1,`, an empty prev_hash `0:,`.
// The row's id is chosen here (the last id + 1, read inside the write transaction) so that
// the hash can cover it.

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::store {

/// An event as stored, with its chain columns (verify reads these).
struct ChainedEvent {
  Event event;
  std::optional<std::string> personal_digest;
  std::optional<std::string> prev_hash;
  std::optional<std::string> hash;
};

/// The canonical encoding of `e` with its chain columns (above); `e.id` must be its row id.
std::string canonical_event(const Event& e, const std::optional<std::string>& personal_digest,
                            std::string_view prev_hash);
/// hex SHA-256 of canonical_event().
std::string event_hash(const Event& e, const std::optional<std::string>& personal_digest,
                       std::string_view prev_hash);
/// HMAC-SHA256 (hex) of `personal` under `key`; nullopt when `personal` is.
std::optional<std::string> personal_digest(std::string_view key,
                                           const std::optional<std::string>& personal);
/// The HMAC key: the bytes meta.digest_key spells in hex. Throws Error{integrity} when the
/// ledger has none or it is not hex.
std::string digest_key(SQLite::Database& db);

/// Appends `event` (its id is ignored) with its place in the chain and returns the new id.
std::int64_t append_event(SQLite::Database& db, const Event& event);

/// The events of one complaint, oldest first.
std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id);

/// append_event() with its statements prepared once, for recording many complaints. Must be
/// used inside a write transaction: the last row it chains to is read at each append.
class EventAppender {
public:
  explicit EventAppender(SQLite::Database& db);
  std::int64_t append(const Event& event);

private:
  SQLite::Database& m_db;
  SQLite::Statement m_insert;
  SQLite::Statement m_last;
  std::optional<std::string> m_key;
};

/// meta.ledger_id: the random id `init` gave the ledger. Throws Error{integrity} when missing.
std::string ledger_id(SQLite::Database& db);

/// The stored hash of event `id`, or nullopt when there is no such event.
std::optional<std::string> event_hash_of(SQLite::Database& db, std::int64_t id);

/// The newest event's id and hash (0 and "" for an empty log).
std::pair<std::int64_t, std::string> chain_head(SQLite::Database& db);

/// Every event of the ledger in id order with its chain columns, and the reference of its
/// complaint (empty when the complaint row is missing), streamed to `sink`.
void scan_chain(SQLite::Database& db,
                const std::function<void(const ChainedEvent&, const std::string& reference)>& sink);

/// events_of() with its statement prepared once, streaming each event to `sink`.
class EventReader {
public:
  explicit EventReader(SQLite::Database& db);
  void read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink);

private:
  SQLite::Statement m_query;
};

} // namespace redress::store
