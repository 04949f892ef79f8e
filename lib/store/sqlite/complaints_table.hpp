#pragma once
// complaints: the current-state projection, one row per complaint.

#include "store/store.hpp"

#include <redress/complaint.hpp>
#include <redress/filter.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace redress::store::sqlite {

/// Allocates the next sequence number of `year` (1, 2, ...). Must run inside the filing
/// transaction so that a rolled-back filing gives its number back: references stay gapless.
std::int64_t next_sequence(SQLite::Database& db, int year);


/// Inserts the projection row of a new complaint (every field of `row.complaint`, so an import
/// can bring a complaint in at any status); returns its id.
std::int64_t insert_complaint(SQLite::Database& db, const NewComplaintRow& row);

/// next_sequence() and insert_complaint() with their statements prepared once, for recording
/// many complaints in one transaction.
class ComplaintInserter {
public:
  explicit ComplaintInserter(SQLite::Database& db);
  std::int64_t next_sequence(int year);
  std::int64_t insert(const NewComplaintRow& row);

private:
  SQLite::Database& m_db;
  SQLite::Statement m_next;
  SQLite::Statement m_read_sequence;
  SQLite::Statement m_insert;
};

/// Writes every mutable projection column of `c` (found by id): the lifecycle's update.
void update_complaint(SQLite::Database& db, const Complaint& c);

/// The complaint with this exact reference, if any.
std::optional<Complaint> find_complaint(SQLite::Database& db, const std::string& reference);

/// find_complaint() and update_complaint() with their statements prepared once, for many
/// lifecycle steps on one connection (Ledger::act keeps one; a batch applies thousands).
class ComplaintWriter {
public:
  explicit ComplaintWriter(SQLite::Database& db);
  std::optional<Complaint> find(const std::string& reference);
  std::optional<Complaint> find(int year, std::int64_t seq);
  void update(const Complaint& c);

private:
  SQLite::Statement m_find;
  SQLite::Statement m_find_number;
  SQLite::Statement m_update;
};

/// The complaint with sequence number `seq` of `year`, whatever prefix its reference has.
std::optional<Complaint> find_complaint(SQLite::Database& db, int year, std::int64_t seq);

/// Store::sequences().
std::vector<YearSequence> sequences(SQLite::Database& db);

/// Store::complaints_with_event().
std::int64_t complaints_with_event(SQLite::Database& db, std::string_view type, Instant by,
                                   Instant since, Instant until);

/// Store::stored_names().
std::vector<std::pair<std::string, std::int64_t>> stored_names(SQLite::Database& db, NameKind kind);
/// Store::field_names().
std::vector<std::string> field_names(SQLite::Database& db);

/// Streams the complaints matching `filter` to `sink` in the filter's order.
void select_complaints(SQLite::Database& db, const ComplaintFilter& filter,
                       const std::function<void(Complaint&)>& sink);

using QueryValue = std::variant<std::string, std::int64_t>;

/// What another table adds to a query of complaints (`c`): a join (" JOIN search_index AS s
/// ON ..."), conditions with a bound value for each `?` in order, and an ORDER BY clause that
/// replaces the filter's sort and limit (empty: the filter's).
struct QueryExtras {
  std::string join;
  std::string conditions;
  std::vector<QueryValue> values;
  std::string order;
};

/// select_complaints() with `extras`, until `sink` returns false.
void select_complaints(SQLite::Database& db, const ComplaintFilter& filter, const QueryExtras& extras,
                       const std::function<bool(Complaint&)>& sink);

} // namespace redress::store::sqlite
