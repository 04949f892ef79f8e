#include "store/events_table.hpp"

#include "store/sql.hpp"

namespace redress::store {

std::int64_t append_event(SQLite::Database& db, const Event& e) {
  SQLite::Statement insert(db, R"sql(
    INSERT INTO events (complaint_id, at, recorded_at, actor, type, data, personal)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
  insert.bind(1, static_cast<std::int64_t>(e.complaint_id));
  insert.bind(2, static_cast<std::int64_t>(to_unix(e.at)));
  insert.bind(3, static_cast<std::int64_t>(to_unix(e.recorded_at)));
  insert.bind(4, e.actor);
  insert.bind(5, e.type);
  insert.bind(6, e.data);
  bind_optional(insert, 7, e.personal);
  insert.exec();
  return db.getLastInsertRowid();
}

std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id) {
  SQLite::Statement query(db, R"sql(
    SELECT id, complaint_id, at, recorded_at, actor, type, data, personal
    FROM events WHERE complaint_id = ?1 ORDER BY id)sql");
  query.bind(1, static_cast<std::int64_t>(complaint_id));
  std::vector<Event> events;
  while (query.executeStep()) {
    events.push_back(Event{query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                           from_unix(query.getColumn(2).getInt64()),
                           from_unix(query.getColumn(3).getInt64()), query.getColumn(4).getString(),
                           query.getColumn(5).getString(), query.getColumn(6).getString(),
                           optional_text(query.getColumn(7))});
  }
  return events;
}

} // namespace redress::store
