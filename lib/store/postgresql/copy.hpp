#pragma once
// Moving a ledger verbatim into PostgreSQL (store::copy_to_postgresql, `redress migrate`): the
// rows of every table both stores keep, as stored.

#include "store/postgresql/connection.hpp"
#include "store/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace redress::store::postgresql {

/// The columns of `table` in the ledger's schema, in their order (empty when there is no such
/// table): what PgStore::table_columns() answers and the copy checks against.
std::vector<std::string> table_columns(Connection& db, std::string_view table);

/// Copies the rows of `source`'s tables into the ledger schema just created in `db` (inside the
/// caller's transaction; the tables empty): every column as stored, the columns only
/// PostgreSQL keeps computed (the folded names, policies' order), then sets the chain head to
/// the newest event. Error{failure} naming the table and column when one side has a column the
/// other lacks, or the schema has a table this copy does not know.
void copy_rows(Connection& db, Store& source);

/// Error{failure} naming the table when `source` has a table that copy_rows() neither copies
/// nor leaves behind on purpose (the search index's, rebuilt by the caller; SQLite's own): its
/// rows would be lost in the move. Reads only; called before anything is written.
void check_source_tables(Store& source);

} // namespace redress::store::postgresql
