#pragma once
// The SQLite connection of one ledger: opening, pragmas, migrations and write transactions.
// This folder is the only place that sees SQLiteCpp; SQLite errors become redress::Error here.

#include "store/busy.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace redress::store::sqlite {

/// The newest schema version this binary knows (the last migration in schemas/).
int latest_schema_version();

/// How long a command waits for another process's write lock (store/busy.hpp, every store).
using store::busy_timeout_ms;

class Database {
public:
  /// Opens an existing ledger database, refusing a file that is not a redress ledger or whose
  /// schema is newer than this binary, and migrating an older one. With `read_only`, the
  /// connection refuses writes after migration (PRAGMA query_only). A file that every user
  /// may write (o+w) is refused with Error{failure}: anyone could rewrite the record.
  /// `before_migrating`, when given, runs once the file is open and known to be a ledger and
  /// before any migration writes to it: a check that throws there leaves the file untouched.
  static Database open_existing(const std::filesystem::path& file, bool read_only,
                                const std::function<void()>& before_migrating = {});
  /// Creates a new ledger database with the full schema: owner-only (0600), or with `shared`
  /// readable and writable by the file's group too (0660), whatever the umask.
  static Database create(const std::filesystem::path& file, bool shared = false);

  SQLite::Database& handle() { return m_db; }

  /// Runs `work` inside one BEGIN IMMEDIATE transaction and commits; an exception rolls back
  /// and propagates. A lock held past the busy timeout becomes Error{busy}.
  /// Nested inside another write() (a batch: Ledger::batch), it runs as a SAVEPOINT instead:
  /// an exception rolls back only the savepoint's work and propagates, and the outermost
  /// write() decides whether the rest commits.
  void write(const std::function<void()>& work);
  /// Runs `work` inside one read transaction: every query it makes sees the same snapshot of
  /// the ledger, whatever other processes commit meanwhile. Inside a write(), `work` runs in
  /// that write's transaction.
  void snapshot(const std::function<void()>& work);
  /// Runs `work` like write() but always rolls back: a dry run sees exactly what a real run
  /// would (references included) and leaves the ledger as it was. Nested inside a write(), it
  /// rolls back to a savepoint.
  void rehearse(const std::function<void()>& work);

  /// Runs `work` and translates SQLite errors into redress errors.
  template <typename F> auto guarded(F&& work) -> decltype(work());

  /// The result of PRAGMA integrity_check and foreign_key_check: empty when both pass, else
  /// the first problems they report, one line each.
  std::vector<std::string> check_integrity();
  /// Store::scrub(): merges the search index, VACUUMs, empties the write-ahead log.
  bool scrub();
  /// How the ledger's schema (tables, indexes, triggers and their SQL) differs from the one the
  /// migrations up to its version create, as one line naming the first difference; nullopt
  /// when it is exactly that schema. A trigger dropped, weakened (`WHEN 0`) or added, an index
  /// or a CHECK removed: all show here.
  std::optional<std::string> schema_difference();

  /// Marks the ledger as moved to `where` (`redress migrate --to`), inside a write(): from its
  /// commit on, opening the file and every write() on it, also on connections opened before,
  /// are refused (Error{refused}, naming where it went).
  void mark_moved(const std::string& where);

private:
  explicit Database(const std::filesystem::path& file, int flags);
  void configure();
  void migrate();
  /// Throws Error{refused} when mark_moved() was committed.
  void refuse_if_moved();

  SQLite::Database m_db;
  int m_busy_timeout_ms = 5000;
  int m_write_depth = 0; // write()/rehearse() calls running on this connection
  bool m_existing = false; // opened, not created here: it may have been moved meanwhile
};

/// Translates a SQLite exception into redress::Error and throws it.
[[noreturn]] void rethrow_sqlite(const SQLite::Exception& e);

template <typename F> auto Database::guarded(F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

} // namespace redress::store::sqlite
