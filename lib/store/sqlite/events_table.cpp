#include "store/sqlite/events_table.hpp"

#include "store/sqlite/sql.hpp"

#include <redress/error.hpp>

namespace redress::store::sqlite {

namespace {

constexpr const char* k_insert = R"sql(
  INSERT INTO events (id, complaint_id, at, recorded_at, actor, type, data, personal,
                      personal_digest, prev_hash, hash)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql";

// The row the next one chains to: the last by id (a rowid lookup, however long the log).
constexpr const char* k_last = "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1";

constexpr const char* k_chain = R"sql(
  SELECT e.id, e.complaint_id, e.at, e.recorded_at, e.actor, e.type, e.data, e.personal,
         e.personal_digest, e.prev_hash, e.hash, coalesce(c.reference, ''),
         coalesce(c.personal_key, '')
  FROM events AS e LEFT JOIN complaints AS c ON c.id = e.complaint_id
  ORDER BY e.id)sql";

constexpr const char* k_of_complaint = R"sql(
  SELECT id, complaint_id, at, recorded_at, actor, type, data, personal
  FROM events WHERE complaint_id = ?1 ORDER BY id)sql";

Event read_event(SQLite::Statement& query) {
  return Event{query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
               from_unix(query.getColumn(2).getInt64()), from_unix(query.getColumn(3).getInt64()),
               query.getColumn(4).getString(), query.getColumn(5).getString(),
               query.getColumn(6).getString(), optional_text(query.getColumn(7))};
}

std::string meta(SQLite::Database& db, const char* key, const char* what) {
  SQLite::Statement query(db, "SELECT value FROM meta WHERE key = ?1");
  query.bind(1, key);
  if (!query.executeStep()) {
    throw Error(Errc::integrity, std::string("the ledger has no ") + what + " (meta." + key + " is missing)");
  }
  return query.getColumn(0).getString();
}

} // namespace

std::string digest_key(SQLite::Database& db) {
  return digest_key_bytes(meta(db, "digest_key", "digest key"));
}

std::string ledger_id(SQLite::Database& db) { return meta(db, "ledger_id", "id"); }

std::int64_t personal_keys_from(SQLite::Database& db) {
  const std::string text = meta(db, "personal_keys_from", "first event of the complaints' own keys");
  try {
    return std::stoll(text);
  } catch (const std::exception&) {
    throw Error(Errc::integrity, "meta.personal_keys_from is not a number");
  }
}

std::string personal_key(SQLite::Database& db, std::int64_t complaint_id) {
  SQLite::Statement query(db, "SELECT personal_key FROM complaints WHERE id = ?1");
  query.bind(1, static_cast<std::int64_t>(complaint_id));
  if (!query.executeStep()) {
    throw Error(Errc::integrity, "complaint #" + std::to_string(complaint_id) + " is missing");
  }
  return personal_key_bytes(query.getColumn(0).getString());
}

std::int64_t erase_personal(SQLite::Database& db, std::int64_t complaint_id, const std::string& new_key) {
  // The append-only trigger lets exactly this through, and only after an `erased` event.
  SQLite::Statement blank(db, "UPDATE events SET personal = NULL WHERE complaint_id = ?1 AND personal IS NOT NULL");
  blank.bind(1, static_cast<std::int64_t>(complaint_id));
  const int blanked = blank.exec();
  SQLite::Statement row(db, R"sql(
    UPDATE complaints SET customer_name = '', customer_email = NULL, customer_phone = NULL,
                          customer_member_id = NULL, personal_key = ?2
    WHERE id = ?1)sql");
  row.bind(1, static_cast<std::int64_t>(complaint_id));
  row.bind(2, new_key);
  if (row.exec() != 1) {
    throw Error(Errc::failure, "complaint #" + std::to_string(complaint_id) + " is gone");
  }
  return blanked;
}

bool evidence_named(SQLite::Database& db, const std::string& sha256) {
  // A scan of the events that bring files: erasures are rare, and no index holds digests.
  SQLite::Statement query(db, R"sql(
    SELECT 1 FROM events AS e
    WHERE instr(e.data, '"evidence_files"') > 0 AND instr(e.data, ?1) > 0
      AND NOT EXISTS (SELECT 1 FROM events AS x
                      WHERE x.complaint_id = e.complaint_id AND x.type = 'erased')
    LIMIT 1)sql");
  query.bind(1, '"' + sha256 + '"');
  return query.executeStep();
}

EventAppender::EventAppender(SQLite::Database& db)
    : m_insert(db, k_insert), m_last(db, k_last),
      m_key_of(db, "SELECT personal_key FROM complaints WHERE id = ?1") {}

std::int64_t EventAppender::append(const Event& event) {
  // Every new event's personal text is digested with its complaint's own key (schemas/0010).
  m_key_of.reset();
  m_key_of.bind(1, static_cast<std::int64_t>(event.complaint_id));
  if (!m_key_of.executeStep()) {
    m_key_of.reset();
    throw Error(Errc::failure, "complaint #" + std::to_string(event.complaint_id) + " is missing");
  }
  const std::string key = personal_key_bytes(m_key_of.getColumn(0).getString());
  m_key_of.reset();
  // Chain to the last row as it is now: inside the write transaction nobody else appends, and
  // reading it each time keeps the chain right whichever appender wrote the row before.
  std::int64_t last_id = 0;
  std::string last_hash;
  m_last.reset();
  if (m_last.executeStep()) {
    last_id = m_last.getColumn(0).getInt64();
    last_hash = m_last.getColumn(1).isNull() ? std::string() : m_last.getColumn(1).getString();
  }
  m_last.reset();
  const ChainedEvent c = chain_after(event, last_id, last_hash, key);
  const Event& e = c.event;
  m_insert.reset();
  m_insert.bind(1, static_cast<std::int64_t>(e.id));
  m_insert.bind(2, static_cast<std::int64_t>(e.complaint_id));
  m_insert.bind(3, static_cast<std::int64_t>(to_unix(e.at)));
  m_insert.bind(4, static_cast<std::int64_t>(to_unix(e.recorded_at)));
  m_insert.bind(5, e.actor);
  m_insert.bind(6, e.type);
  m_insert.bind(7, e.data);
  bind_optional(m_insert, 8, e.personal);
  bind_optional(m_insert, 9, c.personal_digest);
  m_insert.bind(10, *c.prev_hash);
  m_insert.bind(11, *c.hash);
  m_insert.exec();
  return e.id;
}

EventReader::EventReader(SQLite::Database& db) : m_query(db, k_of_complaint) {}

void EventReader::read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) {
  m_query.reset();
  m_query.bind(1, static_cast<std::int64_t>(complaint_id));
  while (m_query.executeStep()) {
    sink(read_event(m_query));
  }
  m_query.reset(); // a statement left stepping would keep its read snapshot past a commit
}

void scan_chain(SQLite::Database& db,
                const std::function<void(const ChainedEvent&, const std::string& reference,
                                         const std::string& personal_key)>& sink) {
  SQLite::Statement query(db, k_chain);
  while (query.executeStep()) {
    const ChainedEvent e{read_event(query), optional_text(query.getColumn(8)),
                         optional_text(query.getColumn(9)), optional_text(query.getColumn(10))};
    sink(e, query.getColumn(11).getString(), query.getColumn(12).getString());
  }
}

std::pair<std::int64_t, std::string> chain_head(SQLite::Database& db) {
  SQLite::Statement query(db, k_last);
  if (!query.executeStep()) {
    return {0, ""};
  }
  return {query.getColumn(0).getInt64(), optional_text(query.getColumn(1)).value_or("")};
}

std::optional<std::string> event_hash_of(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement query(db, "SELECT hash FROM events WHERE id = ?1");
  query.bind(1, static_cast<std::int64_t>(id));
  if (!query.executeStep()) {
    return std::nullopt;
  }
  return optional_text(query.getColumn(0)).value_or("");
}

} // namespace redress::store::sqlite
