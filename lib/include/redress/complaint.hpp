#pragma once
// The complaint as the ledger knows it: the stored projection of its events, plus its events.

#include <redress/calendar.hpp>
#include <redress/time.hpp>

#include <cstdint>
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
  Status status = Status::new_;
  Instant received_at;
  std::string channel;
  Customer customer;
  std::string category;
  std::optional<std::string> product;
  std::string severity;
  std::string summary;
  std::optional<std::string> details;
  std::vector<std::string> evidence;
  bool confidential = false;
  std::optional<std::string> assignee;
  std::optional<std::string> team;
  int escalation_level = 0;
  SlaClock acknowledge;
  SlaClock resolve;
  std::optional<Instant> paused_since;
  std::optional<std::string> outcome;
  std::optional<Money> compensation;
  std::optional<std::string> root_cause;
  std::optional<int> satisfaction;
  std::optional<Instant> closed_at;
  Instant last_event_at;
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
