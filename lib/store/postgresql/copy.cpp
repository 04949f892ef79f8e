#include "store/postgresql/copy.hpp"

#include "store/postgresql/complaints_table.hpp"

#include <redress/error.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <tuple>

namespace redress::store::postgresql {

namespace {

// The tables both stores keep, parents before the tables that refer to them: copied row by row.
constexpr std::array<std::string_view, 8> k_copied{"meta",   "customers",      "customer_keys",
                                                  "reference_sequences", "complaints", "events",
                                                  "policies", "message_claims"};

// The tables only PostgreSQL keeps: filled otherwise (the chain head here; the policy in force,
// the search index and the evidence files by the caller).
constexpr std::array<std::string_view, 5> k_own{
    "chain_head", "policy_settings", "search_documents", "search_words", "evidence_files"};

// The source's tables the copy leaves behind on purpose, and why; every other table the source
// has must be one of k_copied, or the move is refused (check_source_tables()).
constexpr std::array<std::string_view, 6> k_skipped{
    // The search index (FTS5) and its shadow tables: rebuilt in PostgreSQL's own tables from the
    // texts it holds (Store::indexed_texts(), by `redress migrate`).
    "search_index", "search_index_config", "search_index_content", "search_index_data", "search_index_docsize",
    "search_index_idx"};
// ... and SQLite's own tables (sqlite_sequence, sqlite_stat1, ...): its bookkeeping, not the ledger's.
constexpr std::string_view k_skipped_prefix = "sqlite_";

// At most this many values in one INSERT (PostgreSQL takes 65535 parameters).
constexpr std::size_t k_values_per_insert = 30000;

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Columns only PostgreSQL keeps that copy_rows() fills once the table is there (left to their
// default by the copy): complaints.field_keys, by fill_field_keys().
bool filled_after(std::string_view table, std::string_view column) {
  return table == "complaints" && column == "field_keys";
}

// A column that refers to a row of its own table (customers.merged_into: a person merged into a
// later record), which a batch could name before that row is in: inserted NULL, then set by id.
bool refers_to_own_table(std::string_view table, std::string_view column) {
  return table == "customers" && column == "merged_into";
}

// How a column only PostgreSQL keeps gets its value: from the row's other columns (by name), or
// its place among the rows (0, 1, ...).
using NamedRow = std::map<std::string_view, const std::optional<std::string>*>;
using Derive = std::function<std::optional<std::string>(const NamedRow&, std::int64_t place)>;

std::optional<Derive> derived(std::string_view table, std::string_view column) {
  if (table == "policies" && column == "ord") {
    // 1, 2, ... in the order they were recorded, as record_policy() numbers them.
    return [](const NamedRow&, std::int64_t place) { return std::optional<std::string>(std::to_string(place + 1)); };
  }
  if (table == "complaints") {
    for (const FoldedColumn& folded : k_folded_columns) {
      if (folded.column == column) {
        return [of = folded.of](const NamedRow& row, std::int64_t) {
          const auto found = row.find(of);
          return found == row.end() ? std::nullopt : fold_of(*found->second);
        };
      }
    }
  }
  return std::nullopt;
}

void copy_table(Connection& db, Store& source, std::string_view table) {
  const std::vector<std::string> theirs = source.table_columns(std::string(table));
  const std::vector<std::string> ours = table_columns(db, table);
  if (theirs.empty()) {
    throw Error(Errc::failure, "cannot move the ledger: it has no table " + std::string(table));
  }
  for (const auto& column : theirs) {
    if (!contains(ours, column)) {
      throw Error(Errc::failure, "cannot move the ledger verbatim: its column " + std::string(table) + "." + column +
                                     " has no place in PostgreSQL's schema");
    }
  }
  // The source's columns, then the derived ones (which may read any of them).
  std::vector<std::string> read = theirs;
  std::vector<std::pair<std::string, Derive>> computed;
  for (const auto& column : ours) {
    if (contains(theirs, column) || filled_after(table, column)) {
      continue;
    }
    const auto derive = derived(table, column);
    if (!derive) {
      throw Error(Errc::failure, "cannot move the ledger: PostgreSQL's column " + std::string(table) + "." + column +
                                     " has nothing in the ledger to fill it from");
    }
    computed.emplace_back(column, *derive);
  }
  std::string head = "INSERT INTO " + std::string(table) + " (";
  for (std::size_t i = 0; i < read.size(); ++i) {
    head += (i == 0 ? "" : ", ") + read[i];
  }
  for (const auto& [column, derive] : computed) {
    head += ", " + column;
  }
  head += ") VALUES ";
  const std::size_t width = read.size() + computed.size();
  const std::size_t per_insert = std::max<std::size_t>(1, k_values_per_insert / width);

  Params params;
  std::size_t rows = 0;
  std::string values;
  const auto flush = [&] {
    if (rows > 0) {
      db.query(head + values, params);
    }
    params = Params();
    values.clear();
    rows = 0;
  };
  std::int64_t place = 0;
  std::vector<std::tuple<std::string, std::string, std::string>> later; // column, id, value
  const auto id_at = std::find(read.begin(), read.end(), "id") - read.begin();
  source.scan_table(std::string(table), read, [&](const std::vector<std::optional<std::string>>& row) {
    values += rows == 0 ? "(" : ", (";
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (refers_to_own_table(table, read[i]) && row[i] && static_cast<std::size_t>(id_at) < row.size()) {
        later.emplace_back(read[i], *row[static_cast<std::size_t>(id_at)], *row[i]);
        params.null();
      } else {
        params.text(row[i]);
      }
      values += (i == 0 ? "$" : ", $") + std::to_string(params.size());
    }
    if (!computed.empty()) {
      std::map<std::string_view, const std::optional<std::string>*> named;
      for (std::size_t i = 0; i < read.size(); ++i) {
        named.emplace(read[i], &row[i]);
      }
      for (const auto& [column, derive] : computed) {
        params.text(derive(named, place));
        values += ", $" + std::to_string(params.size());
      }
    }
    values += ")";
    ++place;
    if (++rows == per_insert) {
      flush();
    }
  });
  flush();
  for (const auto& [column, id, value] : later) {
    db.query("UPDATE " + std::string(table) + " SET " + column + " = $2 WHERE id = $1", Params().text(id).text(value));
  }
}

} // namespace

void check_source_tables(Store& source) {
  for (const std::string& name : source.table_names()) {
    if (std::find(k_copied.begin(), k_copied.end(), name) == k_copied.end() &&
        std::find(k_skipped.begin(), k_skipped.end(), name) == k_skipped.end() && !name.starts_with(k_skipped_prefix)) {
      throw Error(Errc::failure,
                  "cannot move the ledger verbatim: its table " + name +
                      " is not one redress knows how to move, and would be left behind",
                  "a ledger made by this version of redress has no such table; nothing was changed on either side");
    }
  }
}

void copy_rows(Connection& db, Store& source) {
  const Result tables = db.query(
      "SELECT c.relname FROM pg_class AS c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
      "ORDER BY c.relname");
  for (int i = 0; i < tables.rows(); ++i) {
    const std::string_view name = tables.text(i, 0);
    if (std::find(k_copied.begin(), k_copied.end(), name) == k_copied.end() &&
        std::find(k_own.begin(), k_own.end(), name) == k_own.end()) {
      throw Error(Errc::failure, "cannot move the ledger: this redress does not know how to fill PostgreSQL's table " +
                                     tables.string(i, 0));
    }
  }
  for (const std::string_view table : k_copied) {
    copy_table(db, source, table);
  }
  fill_field_keys(db);
  db.exec(R"sql(
    UPDATE chain_head SET last_id = e.id, last_hash = coalesce(e.hash, '')
    FROM (SELECT id, hash FROM events ORDER BY id DESC LIMIT 1) AS e WHERE chain_head.one = 1)sql");
}

std::vector<std::string> table_columns(Connection& db, std::string_view table) {
  const Result r = db.query("SELECT column_name FROM information_schema.columns "
                            "WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
                            Params().text(table));
  std::vector<std::string> columns;
  for (int i = 0; i < r.rows(); ++i) {
    columns.push_back(r.string(i, 0));
  }
  return columns;
}

} // namespace redress::store::postgresql
