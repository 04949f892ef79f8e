#pragma once
// Which complaints a listing wants: the filters of `list`, `search` and `export`, shared by the
// façade and every store.

#include <redress/time.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace redress {

/// Filters shared by `list`, `search` and `export`. Empty means no constraint. Names are
/// checked against the policy (and statuses against the status machine) when used.
struct ComplaintFilter {
  std::vector<std::string> statuses;
  bool open_only = false;
  std::vector<std::string> severities;
  std::vector<std::string> categories;
  std::vector<std::string> channels;
  // Compared as fold() keys (util/fold.hpp): case, accents, NFC/NFD, Persian yeh and kaf.
  std::optional<std::string> assignee;
  std::optional<std::string> team;
  std::optional<std::string> customer; // a person's email, member id or name
  // Filled by the ledger from `customer` (ledger/identity.hpp), for the store: the identity
  // keys that text may be, and its key as a name.
  std::vector<std::string> customer_keys;
  std::string customer_name_key;
  /// The complaints of one customers row (a customer's id, as `customer list` shows it).
  std::optional<std::int64_t> customer_id;
  /// Custom fields: (name, value) pairs a complaint must all have (`--field`). Once resolved by
  /// the ledger the value is canonical and folded, and compared with the complaint's folded.
  std::vector<std::pair<std::string, std::string>> fields;
  std::optional<Instant> since;        // received at or after
  std::optional<Instant> until;        // received before
  std::string sort = "received";       // received, reference, status, severity, category
  // For --sort severity: the policy's severities, most severe first (filled by the ledger).
  std::vector<std::string> severity_order;
  bool reverse = false;
  std::optional<std::int64_t> limit;
  // Filters on SLA readings at the ledger's as-of time (evaluated after the SQL query).
  bool at_risk = false;      // an unsettled clock is at risk
  bool breached = false;     // a clock is breached (settled or still running late)
  bool followup_due = false; // resolved, no satisfaction yet, followup.ask_after passed
  /// The customer was not told of the complaint's latest step. The steps are the events
  /// `filed`, `imported`, `waiting`, `resolved`, `rejected` and `reopened`; a complaint is
  /// told of its newest one by a `message_sent` event after it, a note told to the customer
  /// (`note --visible`) after it, or an `ack --note` / `resolve --note` (what the customer
  /// was told) at or after it. Only complaints that are new, acknowledged, investigating,
  /// waiting, resolved or rejected are looked at: closed and withdrawn ones are done with.
  bool not_told = false;
};

} // namespace redress
