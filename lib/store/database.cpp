#include "store/database.hpp"

#include "util/digest.hpp"

#include <redress/error.hpp>
#include <redress/migrations.hpp>
#include <redress/time.hpp>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace redress::store {

namespace {

constexpr int k_application_id = 1380209235; // 'RDRS'
constexpr int k_busy_timeout_ms = 5000;

} // namespace

int latest_schema_version() { return generated::k_migrations.back().version; }

void rethrow_sqlite(const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    throw Error(Errc::busy, "the ledger is locked by another process and stayed locked for " +
                                std::to_string(k_busy_timeout_ms / 1000) + " s",
                "try again in a moment");
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    throw Error(Errc::integrity, std::string("the ledger database is damaged: ") + e.what());
  }
  if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
    throw Error(Errc::failure, std::string("cannot write the ledger database: ") + e.what());
  }
  throw Error(Errc::failure, std::string("database error: ") + e.what());
}

Database::Database(const std::filesystem::path& file, int flags) : m_db(file.string(), flags) {}

Database Database::open_existing(const std::filesystem::path& file, bool read_only) {
  if (!std::filesystem::exists(file)) {
    throw Error(Errc::not_found, "no ledger database at " + file.string(),
                "run 'redress init' to create a ledger");
  }
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
    db.migrate();
    if (read_only) {
      db.m_db.exec("PRAGMA query_only = ON");
    }
    return db;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

Database Database::create(const std::filesystem::path& file) {
  // Create the file owner-only before SQLite opens it: complaint records are personal data.
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw Error(Errc::failure, "cannot create " + file.string());
  }
  ::close(fd);
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
  m_db.setBusyTimeout(k_busy_timeout_ms);
  m_db.exec("PRAGMA foreign_keys = ON");
  // FULL: a commit survives power loss, not only a crash of the process.
  m_db.exec("PRAGMA synchronous = FULL");
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
    SQLite::Transaction transaction(m_db, SQLite::TransactionBehavior::IMMEDIATE);
    work();
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

void Database::rehearse(const std::function<void()>& work) {
  try {
    SQLite::Transaction transaction(m_db, SQLite::TransactionBehavior::IMMEDIATE);
    work();
    // Not committed: the destructor rolls everything back.
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

} // namespace redress::store
