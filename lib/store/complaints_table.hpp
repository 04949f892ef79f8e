#pragma once
// complaints: the current-state projection, one row per complaint.

#include <redress/complaint.hpp>
#include <redress/ledger.hpp>

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace redress::store {

/// Allocates the next sequence number of `year` (1, 2, ...). Must run inside the filing
/// transaction so that a rolled-back filing gives its number back: references stay gapless.
std::int64_t next_sequence(SQLite::Database& db, int year);

struct NewComplaintRow {
  const Complaint& complaint;
  std::int64_t customer_id;
  int year;
  std::int64_t seq;
  std::string policy_digest;
};

/// Inserts the projection row of a newly filed complaint; returns its id.
std::int64_t insert_complaint(SQLite::Database& db, const NewComplaintRow& row);

/// The complaint with this exact reference, if any.
std::optional<Complaint> find_complaint(SQLite::Database& db, const std::string& reference);

/// Streams the complaints matching `filter` to `sink` in the filter's order.
void select_complaints(SQLite::Database& db, const ComplaintFilter& filter,
                       const std::function<void(Complaint&)>& sink);

} // namespace redress::store
