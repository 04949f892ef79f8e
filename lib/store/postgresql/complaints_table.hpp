#pragma once
// complaints on PostgreSQL: the current-state projection, one row per complaint (as
// store/sqlite/complaints_table.hpp; schemas/postgresql/0001_initial.sql).

#include "store/postgresql/connection.hpp"
#include "store/store.hpp"

#include <redress/complaint.hpp>
#include <redress/filter.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::store::postgresql {

/// The complaints columns only PostgreSQL keeps: each is the fold (util/fold.hpp) of another
/// column, NULL for NULL, written with the row (filters and sorts compare them).
struct FoldedColumn {
  std::string_view column;
  std::string_view of;
};
inline constexpr std::array<FoldedColumn, 3> k_folded_columns{
    {{"category_key", "category"}, {"assignee_key", "assignee"}, {"team_key", "team"}}};
/// The value of a folded column for `text`.
std::optional<std::string> fold_of(const std::optional<std::string>& text);

/// Store::next_sequence(): the year's counter row, created or incremented (inside the write).
std::int64_t next_sequence(Connection& db, int year);
/// Store::insert_complaint(): the id is the last + 1, given while the write holds the chain head.
std::int64_t insert_complaint(Connection& db, const NewComplaintRow& row);
/// Store::update_complaint().
void update_complaint(Connection& db, const Complaint& c);
std::optional<Complaint> find_complaint(Connection& db, const std::string& reference);
std::optional<Complaint> find_complaint(Connection& db, int year, std::int64_t seq);
std::vector<YearSequence> sequences(Connection& db);
std::int64_t complaints_with_event(Connection& db, std::string_view type, Instant by, Instant since,
                                   Instant until);
std::vector<std::pair<std::string, std::int64_t>> stored_names(Connection& db, NameKind kind);
std::vector<std::string> field_names(Connection& db);
/// Writes complaints.field_keys of every complaint from its fields (schemas/postgresql/0002: a
/// ledger made before it has none).
void fill_field_keys(Connection& db);

/// What the search adds to a query of complaints (`c`): conditions whose values follow the
/// filter's ($n numbered by the builder as they are appended).
struct QueryExtras {
  std::function<std::string(Params&, int& next)> conditions; // returns SQL; binds its values
};

/// Streams the complaints matching `filter` (with `extras`) to `sink` in the filter's order,
/// through a cursor, until `sink` returns false. `stream` runs the query (inside a transaction).
void select_complaints(Connection& db, const ComplaintFilter& filter, const QueryExtras& extras,
                       const std::function<bool(Complaint&)>& sink);

} // namespace redress::store::postgresql
