#include "store/postgresql/connection.hpp"

#include "store/busy.hpp"

#include <redress/error.hpp>

#include <poll.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <optional>

namespace redress::store::postgresql {

Params& Params::text(std::string_view v) {
  m_values.emplace_back(std::string(v));
  return *this;
}

Params& Params::text(const std::optional<std::string>& v) {
  m_values.push_back(v);
  return *this;
}

Params& Params::integer(std::int64_t v) {
  m_values.emplace_back(std::to_string(v));
  return *this;
}

Params& Params::integer(const std::optional<std::int64_t>& v) {
  return v ? integer(*v) : null();
}

Params& Params::instant(const std::optional<Instant>& t) {
  return t ? instant(*t) : null();
}

Params& Params::null() {
  m_values.emplace_back(std::nullopt);
  return *this;
}

std::vector<const char*> Params::pointers() const {
  std::vector<const char*> out;
  out.reserve(m_values.size());
  for (const auto& v : m_values) {
    out.push_back(v ? v->c_str() : nullptr);
  }
  return out;
}

std::int64_t Result::int64(int row, int col) const {
  const std::string_view t = text(row, col);
  std::int64_t v = 0;
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

std::int64_t Result::affected() const {
  const char* n = PQcmdTuples(m_result.get());
  std::int64_t v = 0;
  std::from_chars(n, n + std::strlen(n), v);
  return v;
}

namespace {

// libpq's messages end with a newline and may have several lines: the first says it.
std::string first_line(const char* message) {
  std::string s = message != nullptr ? message : "";
  if (const auto nl = s.find('\n'); nl != std::string::npos) {
    s.resize(nl);
  }
  return s;
}

struct ConninfoOptions {
  PQconninfoOption* options = nullptr;
  ~ConninfoOptions() { PQconninfoFree(options); }
};

// The password libpq reads from `url`, if any (however it is written: `pass%77ord=`...). When
// libpq cannot read the URL at all: nullopt, and `why` (if given) says why.
std::optional<std::string> parsed_password(const std::string& url, std::string* why = nullptr) {
  ConninfoOptions parsed;
  char* error = nullptr;
  parsed.options = PQconninfoParse(url.c_str(), &error);
  if (parsed.options == nullptr) {
    if (why != nullptr) {
      *why = first_line(error);
      if (why->empty()) {
        *why = "libpq cannot read it";
      }
    }
    PQfreemem(error);
    return std::nullopt;
  }
  for (const PQconninfoOption* o = parsed.options; o->keyword != nullptr; ++o) {
    if (std::strcmp(o->keyword, "password") == 0 && o->val != nullptr && *o->val != '\0') {
      return std::string(o->val);
    }
  }
  return std::nullopt;
}

} // namespace

bool url_has_password(const std::string& url) {
  std::string why;
  const auto password = parsed_password(url, &why);
  if (!why.empty()) {
    throw Error(Errc::usage, "'" + redacted_url(url) + "' is not a PostgreSQL connection URL: " + why,
                "write it as postgresql://[user@]host[:port]/database or "
                "postgresql:///database?host=/path/to/socket");
  }
  if (password) {
    return true;
  }
  // `user:@host`: an empty password is a password too (and a store.toml would keep the colon).
  const auto scheme = url.find("://");
  if (scheme != std::string::npos) {
    const auto end = url.find_first_of("/?", scheme + 3);
    const std::string authority = url.substr(scheme + 3, end == std::string::npos ? std::string::npos : end - scheme - 3);
    const auto at = authority.rfind('@');
    if (at != std::string::npos && authority.substr(0, at).find(':') != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string redacted_url(const std::string& url) {
  // postgresql://user:secret@host/... -> postgresql://user:***@host/...
  std::string out = url;
  const auto scheme = out.find("://");
  if (scheme != std::string::npos) {
    const auto at = out.find('@', scheme + 3);
    const auto slash = out.find('/', scheme + 3);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      const auto colon = out.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) {
        out.replace(colon + 1, at - colon - 1, "***");
      }
    }
  }
  for (const char* key : {"password=", "?password=", "&password="}) {
    const auto p = out.find(key);
    if (p != std::string::npos && (key[0] != 'p' || p == 0 || out[p - 1] == ' ')) {
      const auto start = p + std::strlen(key);
      const auto end = out.find_first_of(" &", start);
      out.replace(start, (end == std::string::npos ? out.size() : end) - start, "***");
    }
  }
  // A password written some other way (percent-encoded key): hide the whole query.
  if (const auto left = parsed_password(out); left && *left != "***") {
    const auto query = out.find('?');
    out = (query == std::string::npos ? out : out.substr(0, query)) + "?***";
  }
  return out;
}

namespace {

// The connect timeout libpq took from the URL or our default (seconds; 0 waits for ever).
int connect_timeout_s(PGconn* conn) {
  int seconds = 10;
  PQconninfoOption* options = PQconninfo(conn);
  for (PQconninfoOption* o = options; o != nullptr && o->keyword != nullptr; ++o) {
    if (std::strcmp(o->keyword, "connect_timeout") == 0 && o->val != nullptr) {
      std::from_chars(o->val, o->val + std::strlen(o->val), seconds);
    }
  }
  PQconninfoFree(options);
  return seconds;
}

// Drives a connection begun by PQconnectStartParams() to its end, waiting at most the connect
// timeout. False when it failed or took too long (`timed_out` then true).
bool finish_connecting(PGconn* conn, bool& timed_out) {
  const int timeout = connect_timeout_s(conn);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  PostgresPollingStatusType state = PGRES_POLLING_WRITING;
  while (state != PGRES_POLLING_OK) {
    if (state == PGRES_POLLING_FAILED || PQsocket(conn) < 0) {
      return false;
    }
    pollfd fd{PQsocket(conn), static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
    int wait_ms = -1;
    if (timeout > 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) {
        timed_out = true;
        return false;
      }
      wait_ms = static_cast<int>(left.count());
    }
    const int ready = ::poll(&fd, 1, wait_ms);
    if (ready < 0 && errno != EINTR) {
      return false;
    }
    if (ready == 0) {
      timed_out = true;
      return false;
    }
    if (ready > 0) {
      state = PQconnectPoll(conn);
    }
  }
  return true;
}

} // namespace

Connection::Connection(const std::string& url, bool read_only) : m_url(url) {
  // connect_timeout before the URL (which may set its own); the rest after it, so that text
  // always arrives as UTF-8 whatever the environment says.
  const char* keywords[] = {"connect_timeout", "dbname", "client_encoding", "fallback_application_name", nullptr};
  const char* values[] = {"10", url.c_str(), "UTF8", "redress", nullptr};
  // Started without blocking, so that the notices are silenced before anything is read: the
  // server's notices (and libpq's own, such as a FATAL when the server dies, which can arrive
  // right behind the connection's first ReadyForQuery) would go to stderr as stray lines; what
  // matters reaches the user as the error of the failed call.
  m_conn.reset(PQconnectStartParams(keywords, values, 1));
  if (m_conn == nullptr) {
    throw Error(Errc::failure, "cannot connect to the ledger's PostgreSQL server: out of memory");
  }
  PQsetNoticeProcessor(m_conn.get(), [](void*, const char*) {}, nullptr);
  bool timed_out = false;
  if (PQstatus(m_conn.get()) == CONNECTION_BAD || !finish_connecting(m_conn.get(), timed_out) ||
      PQstatus(m_conn.get()) != CONNECTION_OK) {
    std::string why = first_line(PQerrorMessage(m_conn.get()));
    if (timed_out) { // libpq's message is only "connection to server at ... failed: " then
      why += (why.empty() || why.back() == ' ' ? "" : "; ") + std::string("timeout expired");
    }
    throw Error(Errc::failure,
                "cannot connect to the ledger's PostgreSQL server at " + redacted_url(url) + ": " + why,
                "is the server running and the URL right? A password belongs in ~/.pgpass or "
                "$PGPASSFILE, never in the URL");
  }
  if (read_only) {
    exec("SET default_transaction_read_only = on");
  }
}

Result Connection::check(PGresult* r, std::string_view what) {
  Result result(r);
  const ExecStatusType status = r != nullptr ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    return result;
  }
  throw_error(m_conn.get(), r, what);
}

Result Connection::exec(const char* sql) { return check(PQexec(m_conn.get(), sql), sql); }

Result Connection::query(const std::string& sql, const Params& params) {
  const auto values = params.pointers();
  return check(PQexecParams(m_conn.get(), sql.c_str(), params.size(), nullptr, values.data(), nullptr,
                            nullptr, 0),
               sql);
}

Result Connection::prepared(const char* name, const char* sql, const Params& params) {
  if (m_prepared.count(name) == 0) {
    check(PQprepare(m_conn.get(), name, sql, 0, nullptr), sql);
    m_prepared.insert(name);
  }
  const auto values = params.pointers();
  return check(PQexecPrepared(m_conn.get(), name, params.size(), values.data(), nullptr, nullptr, 0), sql);
}

void Connection::stream(const std::string& sql, const Params& params,
                        const std::function<bool(const RowView&)>& sink, int batch) {
  const bool own = !in_transaction();
  if (own) {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
  }
  // Cursors nest (a sink may stream another query), so each depth has its own name.
  const std::string name = "redress_cursor_" + std::to_string(m_cursors);
  try {
    query("DECLARE " + name + " NO SCROLL CURSOR FOR " + sql, params);
    ++m_cursors;
    struct Depth {
      int& n;
      ~Depth() { --n; }
    } depth{m_cursors};
    const std::string fetch = "FETCH FORWARD " + std::to_string(batch) + " FROM " + name;
    bool more = true;
    while (more) {
      const Result rows = exec(fetch.c_str());
      for (int i = 0; i < rows.rows() && more; ++i) {
        more = sink(RowView(rows, i));
      }
      if (rows.rows() < batch) {
        break;
      }
    }
    exec(("CLOSE " + name).c_str());
  } catch (...) {
    if (own && PQstatus(m_conn.get()) == CONNECTION_OK) {
      PQclear(PQexec(m_conn.get(), "ROLLBACK"));
    } else if (PQtransactionStatus(m_conn.get()) == PQTRANS_INTRANS) {
      PQclear(PQexec(m_conn.get(), ("CLOSE " + name).c_str())); // the caller's transaction goes on
    }
    throw;
  }
  if (own) {
    exec("COMMIT");
  }
}

bool Connection::lost() const { return PQstatus(m_conn.get()) == CONNECTION_BAD; }

bool Connection::in_transaction() const {
  const PGTransactionStatusType s = PQtransactionStatus(m_conn.get());
  return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

void throw_error(PGconn* conn, const PGresult* result, std::string_view /*what*/) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  const std::string message = primary != nullptr ? primary : first_line(PQerrorMessage(conn));
  if (PQstatus(conn) == CONNECTION_BAD || sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01" ||
      sqlstate == "57P02" || sqlstate == "57P03") {
    throw Error(Errc::failure, "lost the connection to the ledger's PostgreSQL server: " + message,
                "a change in flight is either wholly recorded or not at all: check with 'redress show' "
                "or 'redress list' once the server is back");
  }
  if (sqlstate == "55P03" || sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "57014") {
    throw busy_error(busy_timeout_ms());
  }
  if (sqlstate == "XX001" || sqlstate == "XX002") {
    throw Error(Errc::integrity, "the ledger database is damaged: " + message);
  }
  if (sqlstate == "42501") {
    throw Error(Errc::failure, "the database refused: " + message,
                "the PostgreSQL role lacks a right redress needs (docs/postgresql.md lists them)");
  }
  if (sqlstate == "25006") {
    throw Error(Errc::failure, "cannot write the ledger database: " + message);
  }
  throw Error(Errc::failure, "database error: " + message);
}

} // namespace redress::store::postgresql
