#pragma once
// A person across their complaints (SPEC §3 "Customer", `redress customer`): their record, its
// figures, their history, corrections and merges as events, and everything the ledger holds
// about them for an access request.
//
// Rules:
// - A customer is the record that filings recognise by identity (ledger/identity.hpp). A record
//   merged into another stays, pointing to it: its id and keys name the other person now.
// - Figures count every complaint of the person, confidential ones too: `complaints`, `open`
//   (someone still owes them an answer, is_open()), `last_contact_at` (the latest event of any
//   of their complaints, corrections of their record not counted).
// - A confidential complaint stays out of a history unless asked for (the rule of `show` and
//   `export`); a customer all of whose complaints are confidential is listed without details.
// - `customer update` corrects the record, and with a scope the details their complaints carry
//   (each complaint otherwise keeps what it was filed with); `customer merge` makes two records
//   one. Both are events on each complaint of the person, one transaction, not reversible.
// - An erased customer (`customer erase`, docs/erasure.md) keeps their number and figures and
//   nothing else: they are shown as erased, and cannot be updated or merged.

#include <redress/complaint.hpp>
#include <redress/message.hpp>
#include <redress/time.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace redress {

/// Which customers `customer list` shows. Empty means no constraint.
struct CustomerFilter {
  bool open_only = false;        // with an open complaint
  std::optional<Instant> since;  // with a complaint received at or after
  std::optional<Instant> until;  // with a complaint received before
  /// Found in the name or the email once both are folded (util/fold.hpp): `ćosić` finds Ćosić.
  std::optional<std::string> match;
  /// Without it, `match` does not look into the details of a customer whose every complaint is
  /// confidential (they are listed without them): a match would tell that the name is there.
  bool include_confidential = false;
};

/// A customer's record with its figures.
struct CustomerSummary {
  std::int64_t id = 0;
  Customer details;
  Instant first_seen_at;
  std::int64_t complaints = 0;
  std::int64_t open = 0;
  std::optional<Instant> last_contact_at;
  std::int64_t confidential = 0; // how many of the complaints are confidential
  /// Erased (`customer erase`): no name or contact is left; the figures stay.
  bool erased = false;
  /// Every complaint is confidential: lists show no details unless asked to.
  [[nodiscard]] bool confidential_only() const { return complaints > 0 && confidential == complaints; }
};

/// `customer show`: the record, the ids of the records merged into it, and the complaints
/// oldest first (confidential ones only when asked for; `left_out` counts the others).
struct CustomerHistory {
  CustomerSummary customer;
  std::vector<std::int64_t> merged;
  /// The id the customer was asked for by, when that record was merged into this one.
  std::optional<std::int64_t> asked_for_merged;
  std::vector<Complaint> complaints;
  std::int64_t left_out = 0;
  /// Every complaint of the customer is confidential and they were not asked for: `customer`
  /// holds no details (as `customer list` shows such a customer).
  bool hidden = false;
};

/// What `customer update` sets (absent: unchanged) and where.
struct CustomerUpdate {
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> member_id;
  /// The record only, or also the details that their open (or all) complaints carry.
  enum class Scope { record, open, all } scope = Scope::record;
};

/// What an update or a merge changed: the customer afterwards, the record's fields that
/// changed (name, email, phone, member_id) and the complaints whose details changed (for a
/// merge: that moved). Nothing changed: both empty, and nothing was recorded.
struct CustomerChange {
  CustomerSummary customer;
  std::vector<std::string> fields;
  std::vector<std::string> complaints;
};

/// `customer export`: everything the ledger holds about a person: their record, the records
/// merged into it, every complaint (confidential ones too) with its events (personal text
/// included) and messages still being sent.
struct CustomerExport {
  CustomerSummary customer;
  std::vector<std::pair<std::int64_t, Customer>> merged; // (id, details as recorded)
  struct Item {
    Complaint complaint;
    std::vector<Event> events;
    std::vector<PendingMessage> pending;
  };
  std::vector<Item> complaints;
};

} // namespace redress
