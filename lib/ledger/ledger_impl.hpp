#pragma once
// The façade's private state, shared by the files that implement its calls.

#include "ledger/reference.hpp"
#include "store/complaints_table.hpp"
#include "store/customers_table.hpp"
#include "store/database.hpp"
#include "store/events_table.hpp"
#include "store/policies_table.hpp"

#include <redress/ledger.hpp>

#include <memory>

namespace redress {

/// The statements that writes use, prepared once per connection and kept (Impl::statements()):
/// a batch files and steps thousands of complaints, and preparing each statement anew cost more
/// than all the rest of the work (docs/performance.md).
struct WriteStatements {
  explicit WriteStatements(SQLite::Database& db)
      : complaints(db), customers(db), events(db), steps(db), reader(db), policies(db) {}
  store::ComplaintInserter complaints;
  store::CustomerUpserter customers;
  store::EventAppender events;
  store::ComplaintWriter steps;
  store::EventReader reader; // a complaint's events, read inside the write transaction
  store::PolicyRecorder policies;
};

struct Ledger::Impl {
  LedgerPaths paths;
  Policy policy;
  BusinessCalendar calendar;
  TimeZone zone;
  Instant as_of;
  store::Database db;
  /// Made on first use; declared after `db`, so they are finalized before it closes.
  std::unique_ptr<WriteStatements> write_statements;

  /// The kept write statements (made on first use).
  WriteStatements& statements();
  /// Fills both clocks' readings as of `as_of`. Without `spans`, a settled clock gets only its
  /// state (its stored outcome), not the business time it used of its length.
  void fill_readings(Complaint& c, bool spans = true) const;
  /// What `text` names: a full reference, or a number in this year's series.
  [[nodiscard]] ReferenceQuery reference_query(std::string_view text) const;
  /// How messages name what a query looked for ("ACME-2026-00042").
  [[nodiscard]] std::string describe(const ReferenceQuery& query) const;
  /// Resolved, no satisfaction score yet, and `followup.ask_after` (business time) passed.
  [[nodiscard]] bool followup_due(const Complaint& c) const;
  /// "ACME-2026-00042"
  [[nodiscard]] std::string format_reference(int year, std::int64_t seq) const;
};

/// One lifecycle step inside the caller's write transaction: checks the status machine,
/// appends the event and updates the projection; returns the complaint afterwards. `at` must
/// already be checked against the clock and the complaint's last event.
Complaint record_step(WriteStatements& statements, const Complaint& before, const StepRequest& request,
                      Instant at, const Policy& policy, const BusinessCalendar& calendar,
                      const std::string& actor);

} // namespace redress
