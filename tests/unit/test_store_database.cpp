#include "store/sqlite/database.hpp"
#include "temp_dir.hpp"

#include <redress/error.hpp>

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <iterator>

using namespace redress;
using redress::test::TempDir;

TEST_CASE("a new ledger database is owner-only, WAL, and at the latest schema") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  auto db = store::sqlite::Database::create(file);
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(db.handle().execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.handle().execAndGet("PRAGMA user_version").getInt() == store::sqlite::latest_schema_version());
  CHECK(db.handle().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(db.handle().execAndGet("SELECT count(*) FROM meta").getInt() == 4);
}

TEST_CASE("events are append-only") {
  TempDir dir;
  auto db = store::sqlite::Database::create(dir.path() / "ledger.db");
  auto& h = db.handle();
  h.exec("INSERT INTO customers (identity_key, name, first_seen_at) VALUES ('name:a', 'a', 0)");
  h.exec("INSERT INTO complaints (reference, year, seq, status, received_at, channel, customer_id, "
         "category, severity, summary, last_event_at) VALUES ('X-2026-00001', 2026, 1, 'new', 0, "
         "'email', 1, 'c', 's', 'sum', 0)");
  h.exec("INSERT INTO events (complaint_id, at, recorded_at, actor, type) VALUES (1, 0, 0, 'a', 'filed')");
  CHECK_THROWS_WITH(h.exec("UPDATE events SET actor = 'mallory'"), doctest::Contains("append-only"));
  CHECK_THROWS_WITH(h.exec("DELETE FROM events"), doctest::Contains("append-only"));
  CHECK(h.execAndGet("SELECT actor FROM events").getString() == "a");
}

TEST_CASE("a failed write transaction leaves nothing behind") {
  TempDir dir;
  auto db = store::sqlite::Database::create(dir.path() / "ledger.db");
  CHECK_THROWS_AS(db.write([&] {
    db.handle().exec("INSERT INTO reference_sequences (year, last_seq) VALUES (2026, 1)");
    throw Error(Errc::refused, "no");
  }),
                  Error);
  CHECK(db.handle().execAndGet("SELECT count(*) FROM reference_sequences").getInt() == 0);
}

TEST_CASE("a foreign SQLite file is refused and left untouched") {
  TempDir dir;
  const auto file = dir.path() / "other.db";
  {
    SQLite::Database other(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE notes (x TEXT)");
  }
  CHECK_THROWS_WITH_AS(store::sqlite::Database::open_existing(file, false), doctest::Contains("not a redress ledger"),
                       Error);
  SQLite::Database other(file.string(), SQLite::OPEN_READONLY);
  CHECK(other.execAndGet("PRAGMA user_version").getInt() == 0);
  CHECK(other.tableExists("notes"));
  CHECK_FALSE(other.tableExists("events"));
}

TEST_CASE("a ledger newer than this binary is refused, never started over") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  {
    auto db = store::sqlite::Database::create(file);
    db.handle().exec("PRAGMA user_version = " + std::to_string(store::sqlite::latest_schema_version() + 1));
  }
  CHECK_THROWS_WITH_AS(store::sqlite::Database::open_existing(file, false), doctest::Contains("newer than"), Error);
  SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == store::sqlite::latest_schema_version() + 1);
  CHECK(raw.execAndGet("SELECT count(*) FROM meta").getInt() == 4);
}

TEST_CASE("an older ledger is migrated on open, unless the check before migrating refuses") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  {
    // A ledger as the first release wrote it: schemas/0001_initial.sql only.
    SQLite::Database v1(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    std::ifstream sql(std::string(REDRESS_SOURCE_DIR) + "/schemas/0001_initial.sql");
    REQUIRE(sql);
    v1.exec(std::string(std::istreambuf_iterator<char>(sql), {}));
    v1.exec("PRAGMA user_version = 1");
  }
  REQUIRE(::chmod(file.c_str(), 0600) == 0);
  const auto version = [&] {
    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    return raw.execAndGet("PRAGMA user_version").getInt();
  };
  CHECK_THROWS_WITH_AS(store::sqlite::Database::open_existing(file, false,
                                                      [] { throw Error(Errc::invalid_input, "bad policy"); }),
                       "bad policy", Error);
  CHECK(version() == 1);
  bool checked = false;
  {
    auto db = store::sqlite::Database::open_existing(file, true, [&] { checked = true; });
    CHECK(db.handle().execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'complaints_open_received'")
              .getInt() == 1);
  }
  CHECK(checked);
  CHECK(version() == store::sqlite::latest_schema_version());
}

TEST_CASE("a read-only connection refuses writes") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  store::sqlite::Database::create(file);
  auto db = store::sqlite::Database::open_existing(file, true);
  CHECK_THROWS(db.handle().exec("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
}

TEST_CASE("a shared ledger database is group-readable and writable whatever the umask") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  const mode_t old_umask = ::umask(077);
  store::sqlite::Database::create(file, true);
  ::umask(old_umask);
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0660);
}

TEST_CASE("a ledger database that every user may write is refused") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  store::sqlite::Database::create(file);
  REQUIRE(::chmod(file.c_str(), 0666) == 0);
  CHECK_THROWS_WITH_AS(store::sqlite::Database::open_existing(file, true),
                       doctest::Contains("every user may write it (mode 0666)"), Error);
  REQUIRE(::chmod(file.c_str(), 0644) == 0);
  CHECK_NOTHROW(store::sqlite::Database::open_existing(file, true));
}

TEST_CASE("the busy timeout comes from REDRESS_BUSY_TIMEOUT_MS when it is set") {
  ::unsetenv("REDRESS_BUSY_TIMEOUT_MS");
  CHECK(store::sqlite::busy_timeout_ms() == 5000);
  ::setenv("REDRESS_BUSY_TIMEOUT_MS", "250", 1);
  CHECK(store::sqlite::busy_timeout_ms() == 250);
  ::setenv("REDRESS_BUSY_TIMEOUT_MS", "soon", 1);
  CHECK_THROWS_AS(store::sqlite::busy_timeout_ms(), Error);
  ::unsetenv("REDRESS_BUSY_TIMEOUT_MS");
}

TEST_CASE("a write that cannot get the lock within the busy timeout is Error{busy} and writes nothing") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  store::sqlite::Database::create(file);
  ::setenv("REDRESS_BUSY_TIMEOUT_MS", "100", 1);
  auto holder = store::sqlite::Database::open_existing(file, false);
  auto waiter = store::sqlite::Database::open_existing(file, false);
  ::unsetenv("REDRESS_BUSY_TIMEOUT_MS");
  holder.handle().exec("BEGIN IMMEDIATE");
  try {
    waiter.write([&] { waiter.handle().exec("INSERT INTO meta (key, value) VALUES ('x', 'y')"); });
    FAIL("the write went through a held lock");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::busy);
    CHECK(std::string(e.what()).find("100 ms") != std::string::npos);
  }
  holder.handle().exec("ROLLBACK");
  CHECK(waiter.handle().execAndGet("SELECT count(*) FROM meta WHERE key = 'x'").getInt() == 0);
  waiter.write([&] { waiter.handle().exec("INSERT INTO meta (key, value) VALUES ('x', 'y')"); });
  CHECK(holder.handle().execAndGet("SELECT count(*) FROM meta WHERE key = 'x'").getInt() == 1);
}

// `redress migrate --to` marks the old ledger (docs/postgresql.md): a command that opened it
// before, and was waiting for the write lock while the move ran, must not write into it after.
TEST_CASE("a ledger marked as moved refuses writes, also on connections opened before, and opening") {
  TempDir dir;
  const auto file = dir.path() / "ledger.db";
  { auto created = store::sqlite::Database::create(file); }
  auto waiting = store::sqlite::Database::open_existing(file, false); // opened before the move
  auto moving = store::sqlite::Database::open_existing(file, false);
  CHECK_THROWS(moving.mark_moved("postgresql://x@db/complaints")); // only inside a write
  moving.write([&] { moving.mark_moved("postgresql://x@db/complaints"); });

  bool wrote = false;
  CHECK_THROWS_WITH_AS(waiting.write([&] { wrote = true; }),
                       doctest::Contains("this ledger was moved to postgresql://x@db/complaints"), Error);
  CHECK_FALSE(wrote);
  CHECK_THROWS_AS(waiting.rehearse([&] { wrote = true; }), Error);
  CHECK_FALSE(wrote);
  try {
    (void)store::sqlite::Database::open_existing(file, true);
    FAIL("a moved ledger was opened");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::refused);
    CHECK(std::string(e.hint()).find("store.toml") != std::string::npos);
  }
}
