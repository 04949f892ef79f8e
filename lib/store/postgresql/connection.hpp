#pragma once
// A small RAII wrapper over libpq: one connection, its results, its prepared statements and its
// cursors. This folder is the only place that sees libpq; PostgreSQL errors become
// redress::Error here (error.cpp), by SQLSTATE.

#include <redress/time.hpp>

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace redress::store::postgresql {

/// The values of a statement's $1, $2, ... in order, as text (libpq's text format); NULL for
/// an absent optional. Values are always bound this way, never formatted into SQL.
class Params {
public:
  Params& text(std::string_view v);
  Params& text(const std::string& v) { return text(std::string_view(v)); }
  Params& text(const char* v) { return text(std::string_view(v)); }
  Params& text(const std::optional<std::string>& v);
  Params& integer(std::int64_t v);
  Params& integer(const std::optional<std::int64_t>& v);
  Params& instant(Instant t) { return integer(to_unix(t)); }
  Params& instant(const std::optional<Instant>& t);
  Params& null();

  [[nodiscard]] int size() const { return static_cast<int>(m_values.size()); }
  /// The pointers libpq reads (valid while this object is unchanged).
  [[nodiscard]] std::vector<const char*> pointers() const;

private:
  std::vector<std::optional<std::string>> m_values;
};

/// A result: the rows of a query, or a command's status. Columns are read as text.
class Result {
public:
  Result() = default;
  explicit Result(PGresult* r) : m_result(r) {}

  [[nodiscard]] int rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
  [[nodiscard]] bool null(int row, int col) const { return PQgetisnull(m_result.get(), row, col) != 0; }
  [[nodiscard]] std::string_view text(int row, int col) const {
    return {PQgetvalue(m_result.get(), row, col),
            static_cast<std::size_t>(PQgetlength(m_result.get(), row, col))};
  }
  [[nodiscard]] std::string string(int row, int col) const { return std::string(text(row, col)); }
  [[nodiscard]] std::optional<std::string> optional_string(int row, int col) const {
    return null(row, col) ? std::nullopt : std::optional<std::string>(text(row, col));
  }
  /// The column as an integer; 0 for NULL.
  [[nodiscard]] std::int64_t int64(int row, int col) const;
  [[nodiscard]] std::optional<Instant> optional_instant(int row, int col) const {
    return null(row, col) ? std::nullopt : std::optional<Instant>(from_unix(int64(row, col)));
  }
  /// Rows an INSERT, UPDATE or DELETE touched.
  [[nodiscard]] std::int64_t affected() const;

private:
  struct Clear {
    void operator()(PGresult* r) const { PQclear(r); }
  };
  std::unique_ptr<PGresult, Clear> m_result;
};

/// One row of a Result, read like SQLite's columns (store/sql rows).
class RowView {
public:
  RowView(const Result& r, int row) : m_r(r), m_row(row) {}
  [[nodiscard]] bool null(int i) const { return m_r.null(m_row, i); }
  [[nodiscard]] std::int64_t int64(int i) const { return m_r.int64(m_row, i); }
  [[nodiscard]] std::string_view text(int i) const { return m_r.text(m_row, i); }
  [[nodiscard]] std::string string(int i) const { return m_r.string(m_row, i); }
  [[nodiscard]] std::optional<std::string> optional_string(int i) const { return m_r.optional_string(m_row, i); }
  [[nodiscard]] std::optional<Instant> optional_instant(int i) const { return m_r.optional_instant(m_row, i); }

private:
  const Result& m_r;
  int m_row;
};

/// A URL with its password, if it had one, left out: for messages.
std::string redacted_url(const std::string& url);
/// Whether the connection string `url` carries a password (user:password@, or password=).
/// Error{usage} when libpq cannot parse it.
bool url_has_password(const std::string& url);

class Connection {
public:
  /// Connects to `url` (a postgresql:// URL or key=value string) with UTF-8 text; with
  /// `read_only` every transaction of the session is read-only. Error{failure} naming the
  /// server (never the password) when it cannot connect.
  Connection(const std::string& url, bool read_only);
  Connection(Connection&&) noexcept = default;
  Connection& operator=(Connection&&) noexcept = default;
  ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// Runs one statement without parameters (BEGIN, COMMIT, DDL); several separated by `;`
  /// when `script` (a migration).
  Result exec(const char* sql);
  /// Runs `sql` with `params` bound.
  Result query(const std::string& sql, const Params& params = {});
  /// Runs the statement `sql`, prepared once per connection under `name`.
  Result prepared(const char* name, const char* sql, const Params& params = {});

  /// Streams the rows of `sql` to `sink` through a cursor, `batch` rows per fetch, until it
  /// returns false: memory stays flat however many rows there are, and `sink` may run other
  /// queries on this connection between rows. Outside a transaction, it opens one (repeatable
  /// read: the rows are one snapshot) for the cursor's life.
  void stream(const std::string& sql, const Params& params, const std::function<bool(const RowView&)>& sink,
              int batch = 500);

  [[nodiscard]] const std::string& url() const { return m_url; }
  /// Whether the server has gone (a lost connection rather than a refused statement).
  [[nodiscard]] bool lost() const;
  /// Whether a transaction is open on the connection (possibly failed).
  [[nodiscard]] bool in_transaction() const;

private:
  struct Finish {
    void operator()(PGconn* c) const { PQfinish(c); }
  };
  Result check(PGresult* r, std::string_view what);

  std::unique_ptr<PGconn, Finish> m_conn;
  std::string m_url;
  std::unordered_set<std::string> m_prepared;
  int m_cursors = 0;
};

/// Translates a failed result (or a lost connection) into redress::Error and throws it:
/// lock timeout (55P03), serialization failure (40001) and deadlock (40P01) are Errc::busy;
/// a lost or refused connection says so; damaged data (XX001, XX002) is Errc::integrity;
/// anything else Errc::failure with the server's message.
[[noreturn]] void throw_error(PGconn* conn, const PGresult* result, std::string_view what);

} // namespace redress::store::postgresql
