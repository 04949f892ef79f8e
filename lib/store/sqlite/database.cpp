#include "store/sqlite/database.hpp"

#include "store/sqlite/search_index.hpp"
#include "store/busy.hpp"

#include "util/digest.hpp"
#include "util/permissions.hpp"

#include <redress/error.hpp>
#include <redress/migrations.hpp>
#include <redress/time.hpp>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace redress::store::sqlite {

namespace {

constexpr int k_application_id = 1380209235; // 'RDRS'

bool is_busy(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// BEGIN IMMEDIATE waits for the write lock through the busy handler, but SQLite answers
// SQLITE_BUSY without waiting where a wait could deadlock or while another connection recovers
// the WAL. Those answers are retried here, with short sleeps, until the busy timeout has passed
// since the first try; only then does the lock count as held too long.
void begin_immediate(SQLite::Database& db, int timeout_ms) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  for (int attempt = 1;; ++attempt) {
    try {
      db.exec("BEGIN IMMEDIATE");
      return;
    } catch (const SQLite::Exception& e) {
      if (!is_busy(e)) {
        throw;
      }
      if (Clock::now() >= deadline) {
        throw busy_error(timeout_ms);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(attempt, 20)));
    }
  }
}

// One transaction on the connection: rolled back by the destructor unless committed.
class Transaction {
public:
  // `busy_timeout_ms` >= 0: BEGIN IMMEDIATE, waiting that long for the write lock; else BEGIN.
  Transaction(SQLite::Database& db, int busy_timeout_ms) : m_db(db) {
    if (busy_timeout_ms >= 0) {
      begin_immediate(db, busy_timeout_ms);
    } else {
      db.exec("BEGIN");
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (!m_done) {
      try {
        m_db.exec("ROLLBACK");
      } catch (...) { // NOLINT(bugprone-empty-catch): the error that unwinds us matters more
      }
    }
  }
  void commit() {
    m_db.exec("COMMIT");
    m_done = true;
  }

private:
  SQLite::Database& m_db;
  bool m_done = false;
};

// A write nested in an open write transaction: released at the end, or rolled back to and
// released when the work throws, so that only its own changes are undone. Our own rather than
// SQLite::Savepoint, whose destructor in 3.2.1 rolls back without releasing (NOTES.md).
class Savepoint {
public:
  explicit Savepoint(SQLite::Database& db) : m_db(db) { db.exec("SAVEPOINT redress_write"); }
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  ~Savepoint() {
    if (!m_done) {
      try {
        m_db.exec("ROLLBACK TO redress_write");
        m_db.exec("RELEASE redress_write");
      } catch (...) { // NOLINT(bugprone-empty-catch): the error that unwinds us matters more
      }
    }
  }
  void release() {
    m_db.exec("RELEASE redress_write");
    m_done = true;
  }

private:
  SQLite::Database& m_db;
  bool m_done = false;
};

// Counts the writes running on a connection, so that a nested one becomes a savepoint.
class Nesting {
public:
  explicit Nesting(int& depth) : m_depth(depth) { ++m_depth; }
  Nesting(const Nesting&) = delete;
  Nesting& operator=(const Nesting&) = delete;
  ~Nesting() { --m_depth; }

private:
  int& m_depth;
};

} // namespace

int latest_schema_version() { return generated::k_migrations.back().version; }

void rethrow_sqlite(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    throw busy_error(busy_timeout_ms());
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    throw Error(Errc::integrity, std::string("the ledger database is damaged: ") + e.what());
  }
  if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
    throw Error(Errc::failure, std::string("cannot write the ledger database: ") + e.what());
  }
  throw Error(Errc::failure, std::string("database error: ") + e.what());
}

namespace {

// Process-wide settings, which SQLite takes only before its first connection. MEMSTATUS off:
// SQLite otherwise counts every allocation under a global mutex, for statistics nobody reads
// (4% of an import).
const std::string& configured(const std::string& file) {
  static const bool once = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)once;
  return file;
}

} // namespace

// NOMUTEX: a connection is only ever used by one thread at a time, so SQLite's lock around every
// call (a tenth of the time of `list` and `export`) buys nothing.
Database::Database(const std::filesystem::path& file, int flags)
    : m_db(configured(file.string()), flags | SQLite::OPEN_NOMUTEX) {}

Database Database::open_existing(const std::filesystem::path& file, bool read_only,
                                 const std::function<void()>& before_migrating) {
  if (!std::filesystem::exists(file)) {
    throw Error(Errc::not_found, "no ledger database at " + file.string(),
                "run 'redress init' to create a ledger");
  }
  // A ledger that every user may write can be rewritten by anyone: refuse it rather than trust it.
  util::refuse_world_writable(file, "rewrite the complaint record");
  try {
    Database db(file, SQLite::OPEN_READWRITE);
    db.configure();
    const int app_id = db.m_db.execAndGet("PRAGMA application_id").getInt();
    if (app_id != k_application_id) {
      throw Error(Errc::failure, file.string() + " is not a redress ledger");
    }
    const int version = db.m_db.execAndGet("PRAGMA user_version").getInt();
    if (version > latest_schema_version()) {
      throw Error(Errc::failure,
                  "the ledger has schema version " + std::to_string(version) +
                      ", newer than this redress understands (" +
                      std::to_string(latest_schema_version()) + ")",
                  "upgrade redress; the ledger was left untouched");
    }
    if (before_migrating) {
      before_migrating();
    }
    db.migrate();
    db.m_existing = true;
    db.refuse_if_moved();
    if (read_only) {
      db.m_db.exec("PRAGMA query_only = ON");
    }
    return db;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

Database Database::create(const std::filesystem::path& file, bool shared) {
  // Create the file with its permissions before SQLite opens it: complaint records are personal
  // data. fchmod, because the umask may have taken the group's bits away. SQLite gives the
  // -wal and -shm files the database file's permissions.
  const mode_t mode = shared ? 0660 : 0600;
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) {
    throw Error(Errc::failure, "cannot create " + file.string());
  }
  const bool moded = ::fchmod(fd, mode) == 0;
  ::close(fd);
  if (!moded) {
    throw Error(Errc::failure, "cannot set the permissions of " + file.string());
  }
  try {
    Database db(file, SQLite::OPEN_READWRITE);
    db.configure();
    db.m_db.exec("PRAGMA journal_mode = WAL");
    db.migrate();
    db.write([&] {
      SQLite::Statement insert(db.m_db, "INSERT INTO meta (key, value) VALUES (?, ?)");
      const std::pair<const char*, std::string> rows[] = {
          {"ledger_id", util::random_hex(16)},
          {"digest_key", util::random_hex(32)},
          {"created_at", std::to_string(to_unix(now()))}};
      for (const auto& [key, value] : rows) {
        insert.bind(1, key);
        insert.bind(2, value);
        insert.exec();
        insert.reset();
      }
    });
    return db;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

void Database::configure() {
  register_extensions(m_db);
  m_busy_timeout_ms = busy_timeout_ms();
  m_db.setBusyTimeout(m_busy_timeout_ms);
  m_db.exec("PRAGMA foreign_keys = ON");
  // FULL: a commit survives power loss, not only a crash of the process.
  m_db.exec("PRAGMA synchronous = FULL");
  // Statement journals in memory: a savepoint (a write nested in a batch) otherwise journals
  // every page it touches to a temporary file, which made bulk loading four times slower. Each
  // journal lives only as long as its savepoint or statement.
  m_db.exec("PRAGMA temp_store = MEMORY");
  // 16 MiB of page cache instead of 2: the indexes of a million-complaint ledger do not fit in
  // 2 MiB, and an import or a batch then rereads and spills pages all the time. It is filled
  // only as pages are read, and keeps the peak well under the 64 MiB target (SPEC §9).
  m_db.exec("PRAGMA cache_size = -16384");
}

bool Database::scrub() {
  return guarded([&] {
    // FTS5 leaves a deleted document's words in its segments until they are merged; 'optimize'
    // merges them all into one that holds only the documents there are.
    write([&] { m_db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')"); });
    // Rows rewritten or deleted leave their old bytes in free pages and in the free space of
    // pages; VACUUM writes every page anew. It goes through the write-ahead log, so the
    // checkpoint then copies the clean pages over the old ones and empties the log.
    m_db.exec("VACUUM");
    SQLite::Statement checkpoint(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
    checkpoint.executeStep();
    return checkpoint.getColumn(0).getInt() == 0;
  });
}

void Database::migrate() {
  const int current = m_db.execAndGet("PRAGMA user_version").getInt();
  for (const auto& migration : generated::k_migrations) {
    if (migration.version <= current) {
      continue;
    }
    write([&] {
      m_db.exec(std::string(migration.sql));
      m_db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    });
  }
}

void Database::write(const std::function<void()>& work) {
  try {
    if (m_write_depth > 0) {
      Savepoint savepoint(m_db);
      const Nesting nesting(m_write_depth);
      work();
      savepoint.release();
      return;
    }
    Transaction transaction(m_db, m_busy_timeout_ms);
    refuse_if_moved(); // a writer that waited for the lock while the ledger was moved
    const Nesting nesting(m_write_depth);
    work();
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

void Database::rehearse(const std::function<void()>& work) {
  try {
    // Neither is committed: the destructor rolls everything back.
    if (m_write_depth > 0) {
      Savepoint savepoint(m_db);
      const Nesting nesting(m_write_depth);
      work();
      return;
    }
    Transaction transaction(m_db, m_busy_timeout_ms);
    refuse_if_moved();
    const Nesting nesting(m_write_depth);
    work();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

// The key of meta that mark_moved() writes: where the ledger went (a URL without a password).
constexpr const char* k_moved_to = "moved_to";

void Database::mark_moved(const std::string& where) {
  if (m_write_depth == 0) {
    throw Error(Errc::failure, "a ledger is marked as moved inside a write");
  }
  try {
    SQLite::Statement insert(m_db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    insert.bind(1, k_moved_to);
    insert.bind(2, where);
    insert.exec();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

void Database::refuse_if_moved() {
  if (!m_existing) {
    return; // created by this process: not moved
  }
  SQLite::Statement query(m_db, "SELECT value FROM meta WHERE key = ?1");
  query.bind(1, k_moved_to);
  if (query.executeStep()) {
    throw Error(Errc::refused, "this ledger was moved to " + query.getColumn(0).getString() + "; nothing was done here",
                "work on it there: the folder's .redress/store.toml points at it, and 'redress init --join URL' "
                "writes that file again if it is missing (.redress/MOVED.txt says more)");
  }
}

void Database::snapshot(const std::function<void()>& work) {
  try {
    if (m_write_depth > 0) {
      work(); // inside a write: its transaction is the snapshot, and sees its own changes
      return;
    }
    Transaction transaction(m_db, -1);
    work();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

namespace {

struct SchemaObject {
  std::string type, name, table, sql;
  friend bool operator==(const SchemaObject&, const SchemaObject&) = default;
};

std::vector<SchemaObject> schema_objects(SQLite::Database& db) {
  std::vector<SchemaObject> objects;
  SQLite::Statement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                          "ORDER BY type, name");
  while (q.executeStep()) {
    objects.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(3).getString()});
  }
  return objects;
}

} // namespace

std::optional<std::string> Database::schema_difference() {
  try {
    const int version = m_db.execAndGet("PRAGMA user_version").getInt();
    SQLite::Database expected(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    register_extensions(expected);
    for (const auto& migration : generated::k_migrations) {
      if (migration.version <= version) {
        expected.exec(std::string(migration.sql));
      }
    }
    const std::vector<SchemaObject> want = schema_objects(expected);
    const std::vector<SchemaObject> have = schema_objects(m_db);
    for (const SchemaObject& w : want) {
      const auto found = std::find_if(have.begin(), have.end(), [&](const SchemaObject& h) {
        return h.type == w.type && h.name == w.name;
      });
      if (found == have.end()) {
        return "the " + w.type + " " + w.name + " of table " + w.table + " is missing";
      }
      if (!(*found == w)) {
        return "the " + w.type + " " + w.name + " of table " + w.table +
               " is not the one redress created (its definition was changed)";
      }
    }
    for (const SchemaObject& h : have) {
      const bool known = std::any_of(want.begin(), want.end(), [&](const SchemaObject& w) {
        return h.type == w.type && h.name == w.name;
      });
      if (!known) {
        return "the ledger has a " + h.type + " " + h.name + " on table " + h.table +
               " that redress did not create";
      }
    }
    return std::nullopt;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

std::vector<std::string> Database::check_integrity() {
  std::vector<std::string> problems;
  try {
    SQLite::Statement integrity(m_db, "PRAGMA integrity_check(10)");
    while (integrity.executeStep()) {
      const std::string line = integrity.getColumn(0).getString();
      if (line != "ok") {
        problems.push_back(line);
      }
    }
    SQLite::Statement foreign(m_db, "PRAGMA foreign_key_check");
    while (foreign.executeStep() && problems.size() < 10) {
      problems.push_back("row " + foreign.getColumn(1).getString() + " of " +
                         foreign.getColumn(0).getString() + " refers to a missing row of " +
                         foreign.getColumn(2).getString());
    }
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
  return problems;
}

} // namespace redress::store::sqlite
