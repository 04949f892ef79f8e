#pragma once
// The façade's private state, shared by the files that implement its calls.

#include "ledger/evidence.hpp"
#include "ledger/reference.hpp"
#include "store/store.hpp"

#include <redress/ledger.hpp>

#include <memory>

namespace redress {

struct Ledger::Impl {
  LedgerPaths paths;
  Policy policy;
  BusinessCalendar calendar;
  TimeZone zone;
  Instant as_of;
  std::unique_ptr<store::Store> store;

  /// Fills both clocks' readings as of `as_of`. Without `spans`, a settled clock gets only its
  /// state (its stored outcome), not the business time it used of its length.
  void fill_readings(Complaint& c, bool spans = true) const;
  /// What `text` names: a full reference, or a number in this year's series.
  [[nodiscard]] ReferenceQuery reference_query(std::string_view text) const;
  /// How messages name what a query looked for ("ACME-2026-00042").
  [[nodiscard]] std::string describe(const ReferenceQuery& query) const;
  /// The complaint a query names, read through the store (inside or outside a write).
  [[nodiscard]] std::optional<Complaint> find(const ReferenceQuery& query) const;
  /// `filter` with its names checked against the policy and the status machine (matched once
  /// folded; Error{usage} with a did-you-mean for a name that names nothing), each policy name
  /// spelled every way a complaint may store it (current and old names).
  [[nodiscard]] ComplaintFilter resolved(ComplaintFilter filter) const;
  /// What the store is asked for `filter` (resolved): the SLA filters and the limit are
  /// applied afterwards, by admits(), when there are SLA filters.
  [[nodiscard]] ComplaintFilter store_query(const ComplaintFilter& filter) const;
  /// Fills `c`'s readings (settled clocks without their spans) and says whether it passes
  /// `filter`'s SLA filters (at risk, breached, follow-up due).
  [[nodiscard]] bool admits(const ComplaintFilter& filter, Complaint& c) const;
  /// Resolved, no satisfaction yet, and `followup.ask_after` (business time) passed.
  [[nodiscard]] bool followup_due(const Complaint& c) const;
  /// "ACME-2026-00042"
  [[nodiscard]] std::string format_reference(int year, std::int64_t seq) const;
  /// The filter's custom fields with canonical values ("007" for an integer field is "7").
  /// Error{usage} for a field no complaint has and the policy does not declare,
  /// Error{invalid_input} for a value the field cannot hold.
  [[nodiscard]] std::vector<std::pair<std::string, std::string>> canonical_fields(const ComplaintFilter& filter) const;
  /// The ledger's digest key (Store::digest_key()), read once: what identity keys are keyed with.
  [[nodiscard]] const std::string& digest_key() const;
  mutable std::optional<std::string> digest_key_cache; // digest_key()'s
};

/// Ledger::verify() of `store` (redress/verify.hpp), in one read snapshot (inside a write, the
/// write's own transaction): also what `migrate` checks its copy with before committing it.
VerifyReport verify_store(store::Store& store, const std::vector<Anchor>& anchors = {});

/// One lifecycle step inside the caller's write transaction: checks the status machine,
/// appends the event and updates the projection; returns the complaint afterwards. `at` must
/// already be checked against the clock and the complaint's last event. `files` are the
/// evidence files stored for it (ledger/evidence.hpp) in the same transaction.
Complaint record_step(store::Store& store, const Complaint& before, const StepRequest& request,
                      Instant at, const Policy& policy, const BusinessCalendar& calendar,
                      const std::string& actor, const TimeZone& zone,
                      const std::vector<RecordedFile>& files = {});

} // namespace redress
