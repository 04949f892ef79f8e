#pragma once
// The façade's private state, shared by the files that implement its calls.

#include "store/database.hpp"

#include <redress/ledger.hpp>

namespace redress {

struct Ledger::Impl {
  LedgerPaths paths;
  Policy policy;
  BusinessCalendar calendar;
  TimeZone zone;
  Instant as_of;
  store::Database db;

  /// Fills both clocks' readings as of `as_of`.
  void fill_readings(Complaint& c) const;
  /// The stored reference that `text` names (full reference or sequence number).
  [[nodiscard]] std::string canonical_reference(std::string_view text) const;
  /// Resolved, no satisfaction score yet, and `followup.ask_after` (business time) passed.
  [[nodiscard]] bool followup_due(const Complaint& c) const;
  /// "ACME-2026-00042"
  [[nodiscard]] std::string format_reference(int year, std::int64_t seq) const;
};

/// One lifecycle step inside the caller's write transaction: checks the status machine,
/// appends the event and updates the projection; returns the complaint afterwards. `at` must
/// already be checked against the clock and the complaint's last event.
Complaint record_step(SQLite::Database& db, const Complaint& before, const StepRequest& request,
                      Instant at, const Policy& policy, const BusinessCalendar& calendar,
                      const std::string& actor);

} // namespace redress
