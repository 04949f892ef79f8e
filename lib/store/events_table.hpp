#pragma once
// events: the append-only log (the table's triggers refuse UPDATE and DELETE).

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace redress::store {

/// Appends `event` (its id is ignored) and returns the new id.
std::int64_t append_event(SQLite::Database& db, const Event& event);

/// The events of one complaint, oldest first.
std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id);

/// append_event() with its statement prepared once, for recording many complaints.
class EventAppender {
public:
  explicit EventAppender(SQLite::Database& db);
  std::int64_t append(const Event& event);

private:
  SQLite::Database& m_db;
  SQLite::Statement m_insert;
};

/// events_of() with its statement prepared once, streaming each event to `sink`.
class EventReader {
public:
  explicit EventReader(SQLite::Database& db);
  void read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink);

private:
  SQLite::Statement m_query;
};

} // namespace redress::store
