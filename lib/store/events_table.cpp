#include "store/events_table.hpp"

#include "store/sql.hpp"
#include "util/digest.hpp"

#include <redress/error.hpp>

namespace redress::store {

namespace {

constexpr const char* k_insert = R"sql(
  INSERT INTO events (id, complaint_id, at, recorded_at, actor, type, data, personal,
                      personal_digest, prev_hash, hash)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql";

// The row the next one chains to: the last by id (a rowid lookup, however long the log).
constexpr const char* k_last = "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1";

constexpr const char* k_chain = R"sql(
  SELECT e.id, e.complaint_id, e.at, e.recorded_at, e.actor, e.type, e.data, e.personal,
         e.personal_digest, e.prev_hash, e.hash, coalesce(c.reference, '')
  FROM events AS e LEFT JOIN complaints AS c ON c.id = e.complaint_id
  ORDER BY e.id)sql";

void netstring(std::string& out, std::string_view item) {
  out += std::to_string(item.size());
  out += ':';
  out += item;
  out += ',';
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') {
    return ch - '0';
  }
  if (ch >= 'a' && ch <= 'f') {
    return ch - 'a' + 10;
  }
  if (ch >= 'A' && ch <= 'F') {
    return ch - 'A' + 10;
  }
  return -1;
}

constexpr const char* k_of_complaint = R"sql(
  SELECT id, complaint_id, at, recorded_at, actor, type, data, personal
  FROM events WHERE complaint_id = ?1 ORDER BY id)sql";

Event read_event(SQLite::Statement& query) {
  return Event{query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
               from_unix(query.getColumn(2).getInt64()), from_unix(query.getColumn(3).getInt64()),
               query.getColumn(4).getString(), query.getColumn(5).getString(),
               query.getColumn(6).getString(), optional_text(query.getColumn(7))};
}

void run_query(SQLite::Statement& query, std::int64_t complaint_id,
               const std::function<void(const Event&)>& sink) {
  query.reset();
  query.bind(1, static_cast<std::int64_t>(complaint_id));
  while (query.executeStep()) {
    sink(read_event(query));
  }
}

} // namespace

std::string canonical_event(const Event& e, const std::optional<std::string>& personal_digest,
                            std::string_view prev_hash) {
  std::string out = "redress-event-v1";
  out.reserve(out.size() + e.data.size() + e.actor.size() + 200);
  netstring(out, std::to_string(e.id));
  netstring(out, std::to_string(e.complaint_id));
  netstring(out, std::to_string(to_unix(e.at)));
  netstring(out, std::to_string(to_unix(e.recorded_at)));
  netstring(out, e.actor);
  netstring(out, e.type);
  netstring(out, e.data);
  if (personal_digest) {
    netstring(out, *personal_digest);
  } else {
    out += "-,";
  }
  netstring(out, prev_hash);
  return out;
}

std::string event_hash(const Event& e, const std::optional<std::string>& personal_digest,
                       std::string_view prev_hash) {
  return util::sha256_hex(canonical_event(e, personal_digest, prev_hash));
}

std::optional<std::string> personal_digest(std::string_view key,
                                           const std::optional<std::string>& personal) {
  if (!personal) {
    return std::nullopt;
  }
  return util::hmac_sha256_hex(key, *personal);
}

std::string digest_key(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT value FROM meta WHERE key = 'digest_key'");
  if (!query.executeStep()) {
    throw Error(Errc::integrity, "the ledger has no digest key (meta.digest_key is missing)");
  }
  const std::string hex = query.getColumn(0).getString();
  std::string key;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    const int high = hex_value(hex[i]);
    const int low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) {
      break;
    }
    key += static_cast<char>(high * 16 + low);
  }
  if (key.empty() || key.size() * 2 != hex.size()) {
    throw Error(Errc::integrity, "the ledger's digest key (meta.digest_key) is not hex");
  }
  return key;
}

std::int64_t append_event(SQLite::Database& db, const Event& e) {
  EventAppender appender(db);
  return appender.append(e);
}

std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id) {
  SQLite::Statement query(db, k_of_complaint);
  std::vector<Event> events;
  run_query(query, complaint_id, [&](const Event& e) { events.push_back(e); });
  return events;
}

EventAppender::EventAppender(SQLite::Database& db)
    : m_db(db), m_insert(db, k_insert), m_last(db, k_last) {}

std::int64_t EventAppender::append(const Event& event) {
  if (!m_key) {
    m_key = digest_key(m_db);
  }
  // Chain to the last row as it is now: inside the write transaction nobody else appends, and
  // reading it each time keeps the chain right whichever appender wrote the row before.
  Event e = event;
  e.id = 1;
  std::string prev_hash;
  m_last.reset();
  if (m_last.executeStep()) {
    e.id = m_last.getColumn(0).getInt64() + 1;
    prev_hash = m_last.getColumn(1).isNull() ? std::string() : m_last.getColumn(1).getString();
  }
  m_last.reset();
  const auto digest = personal_digest(*m_key, e.personal);
  const std::string hash = event_hash(e, digest, prev_hash);

  m_insert.reset();
  m_insert.bind(1, static_cast<std::int64_t>(e.id));
  m_insert.bind(2, static_cast<std::int64_t>(e.complaint_id));
  m_insert.bind(3, static_cast<std::int64_t>(to_unix(e.at)));
  m_insert.bind(4, static_cast<std::int64_t>(to_unix(e.recorded_at)));
  m_insert.bind(5, e.actor);
  m_insert.bind(6, e.type);
  m_insert.bind(7, e.data);
  bind_optional(m_insert, 8, e.personal);
  bind_optional(m_insert, 9, digest);
  m_insert.bind(10, prev_hash);
  m_insert.bind(11, hash);
  m_insert.exec();
  return e.id;
}

std::string ledger_id(SQLite::Database& db) {
  SQLite::Statement query(db, "SELECT value FROM meta WHERE key = 'ledger_id'");
  if (!query.executeStep()) {
    throw Error(Errc::integrity, "the ledger has no id (meta.ledger_id is missing)");
  }
  return query.getColumn(0).getString();
}

std::optional<std::string> event_hash_of(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement query(db, "SELECT hash FROM events WHERE id = ?1");
  query.bind(1, static_cast<std::int64_t>(id));
  if (!query.executeStep()) {
    return std::nullopt;
  }
  return optional_text(query.getColumn(0)).value_or("");
}

std::pair<std::int64_t, std::string> chain_head(SQLite::Database& db) {
  SQLite::Statement query(db, k_last);
  if (!query.executeStep()) {
    return {0, ""};
  }
  return {query.getColumn(0).getInt64(), optional_text(query.getColumn(1)).value_or("")};
}

void scan_chain(SQLite::Database& db,
                const std::function<void(const ChainedEvent&, const std::string& reference)>& sink) {
  SQLite::Statement query(db, k_chain);
  while (query.executeStep()) {
    const ChainedEvent e{read_event(query), optional_text(query.getColumn(8)),
                         optional_text(query.getColumn(9)), optional_text(query.getColumn(10))};
    sink(e, query.getColumn(11).getString());
  }
}

EventReader::EventReader(SQLite::Database& db) : m_query(db, k_of_complaint) {}

void EventReader::read(std::int64_t complaint_id, const std::function<void(const Event&)>& sink) {
  run_query(m_query, complaint_id, sink);
}

} // namespace redress::store
