#pragma once
// Applying one migration of schemas/postgresql/ to a ledger: its SQL, then what redress's own
// code does after it: what SQL alone cannot, because it is cut or folded as redress cuts and
// folds text (util/words.hpp, util/fold.hpp), which on SQLite are functions the migration's SQL
// calls.

#include "store/postgresql/connection.hpp"

namespace redress::store::postgresql {

/// Applies migration `version` (schemas/postgresql/NNNN_*.sql, NNNN = version) inside the
/// caller's transaction: its SQL, then after_migration(). Whoever brings a ledger to a version
/// (a new ledger's creation, `redress upgrade`) calls this for each version in turn, then sets
/// meta.schema_version in the same transaction (the files do not record it).
void apply_migration(Connection& db, int version);

/// What migration `version` leaves to redress, right after its SQL. Nothing for most.
///   2  the words of every search document's field values (search_words.field 4), and every
///      complaint's folded field values (complaints.field_keys)
void after_migration(Connection& db, int version);

} // namespace redress::store::postgresql
