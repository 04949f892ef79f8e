#pragma once
// The complaint as the ledger knows it: the stored projection of its events, plus its events.

#include <redress/calendar.hpp>
#include <redress/time.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

/// The status machine's states (SPEC §3). Transition rules live with the lifecycle.
enum class Status { new_, acknowledged, investigating, waiting, resolved, closed, rejected, withdrawn };

/// `new`, `acknowledged`, ... (the spelling users type and JSON carries).
std::string_view to_string(Status s);
std::optional<Status> parse_status(std::string_view text);
std::vector<std::string> status_names();
/// Open means someone still owes the customer an answer: new, acknowledged, investigating, waiting.
bool is_open(Status s);

struct Customer {
  std::string name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> member_id;
  std::optional<std::string> language;
  std::optional<std::string> preferred_channel;
};

/// Money as an exact decimal: minor units (cents) and an ISO 4217 currency.
struct Money {
  std::int64_t minor = 0;
  std::string currency;
};

/// One SLA clock as stored: what the target was, when it is due, how it was settled.
struct SlaClock {
  std::optional<std::string> target; // as the policy wrote it when filed: "4h", "8w calendar"
  std::optional<Instant> started;
  std::optional<Instant> due;
  std::optional<Instant> settled_at;  // acknowledged_at / resolved_at
  std::optional<SlaState> settled;    // met or breached, once settled
  Seconds paused{0};                  // finished pauses, as the clock counts them
  /// The reading at the ledger's "as of" time (filled when the complaint is read).
  SlaReading reading;
};

struct Complaint {
  std::int64_t id = 0;
  std::string reference;
  std::int64_t customer_id = 0;              // the customers row: the person, across complaints
  std::optional<std::string> policy_digest;  // the policy it was filed under (SHA-256)
  Status status = Status::new_;
  Instant received_at;
  std::string channel;
  Customer customer; // the details it was filed with
  std::string category;
  std::optional<std::string> product;
  std::string severity;
  std::string summary;
  std::optional<std::string> details;
  /// Evidence: plain labels (`--evidence-note`) and the names of the files stored with it
  /// (`--evidence FILE`, `attach`), in the order they came.
  std::vector<std::string> evidence;
  /// Custom fields (the policy's `[fields.NAME]`, or columns an import kept), by name, as
  /// canonical text: `fields` are facts; `personal_fields` are personal text, kept apart so
  /// that an erasure can blank them (a field with `personal = true`, and every kept column).
  std::map<std::string, std::string> fields;
  std::map<std::string, std::string> personal_fields;
  bool confidential = false;
  bool incomplete_allowed = false; // filed without what its category requires, on purpose
  std::optional<std::string> assignee;
  std::optional<std::string> team;
  int escalation_level = 0;
  SlaClock acknowledge;
  /// The first resolution's clock: once settled (by resolve, reject or withdraw) its outcome
  /// stays in every figure, whatever happens later.
  SlaClock resolve;
  /// The clock of the latest reopening: started at the reopen with the resolve target,
  /// settled by the next resolution. Empty (no `started`) for a complaint never reopened.
  SlaClock reopened;
  std::optional<Instant> paused_since;
  std::optional<std::string> outcome;
  std::optional<Money> compensation;
  std::optional<std::string> root_cause;
  std::optional<int> satisfaction;
  std::optional<Instant> closed_at;
  Instant last_event_at;

  /// The clock the complaint's resolution runs on now: the reopened clock once reopened,
  /// else the first resolution's.
  [[nodiscard]] const SlaClock& current_resolve() const { return reopened.started ? reopened : resolve; }
  [[nodiscard]] SlaClock& current_resolve() { return reopened.started ? reopened : resolve; }
  /// When it was last resolved (the latest resolution), if it is resolved or closed now.
  [[nodiscard]] std::optional<Instant> last_resolved_at() const { return current_resolve().settled_at; }
};

/// One entry of the append-only log. `data` and `personal` are JSON objects (text).
struct Event {
  std::int64_t id = 0;
  std::int64_t complaint_id = 0;
  Instant at;
  Instant recorded_at;
  std::string actor;
  std::string type;
  std::string data = "{}";
  std::optional<std::string> personal;
};

} // namespace redress
