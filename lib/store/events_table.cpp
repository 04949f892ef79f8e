#include "store/events_table.hpp"

#include "store/sql.hpp"

namespace redress::store {

namespace {

constexpr const char* k_insert = R"sql(
  INSERT INTO events (complaint_id, at, recorded_at, actor, type, data, personal)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql";

constexpr const char* k_of_complaint = R"sql(
  SELECT id, complaint_id, at, recorded_at, actor, type, data, personal
  FROM events WHERE complaint_id = ?1 ORDER BY id)sql";

std::int64_t run_insert(SQLite::Database& db, SQLite::Statement& insert, const Event& e) {
  insert.reset();
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

void run_query(SQLite::Statement& query, std::int64_t complaint_id,
               const std::function<void(const Event&)>& sink) {
  query.reset();
  query.bind(1, static_cast<std::int64_t>(complaint_id));
  while (query.executeStep()) {
    sink(Event{query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
               from_unix(query.getColumn(2).getInt64()), from_unix(query.getColumn(3).getInt64()),
               query.getColumn(4).getString(), query.getColumn(5).getString(),
               query.getColumn(6).getString(), optional_text(query.getColumn(7))});
  }
}

} // namespace

std::int64_t append_event(SQLite::Database& db, const Event& e) {
  SQLite::Statement insert(db, k_insert);
  return run_insert(db, insert, e);
}

std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id) {
  SQLite::Statement query(db, k_of_complaint);
  std::vector<Event> events;
  run_query(query, complaint_id, [&](const Event& e) { events.push_back(e); });
  return events;
}

EventAppender::EventAppender(SQLite::Database& db) : m_db(db), m_insert(db, k_insert) {}

std::int64_t EventAppender::append(const Event& e) { return run_insert(m_db, m_insert, e); }

EventReader::EventReader(SQLite::Database& db) : m_query(db, k_of_complaint) {}

void EventReader::read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) {
  run_query(m_query, complaint_id, sink);
}

} // namespace redress::store
