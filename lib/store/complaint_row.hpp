#pragma once
// A complaints row as every store reads and writes it: the columns in one order, and the JSON
// texts of its lists (evidence, custom fields). store/sqlite/ and store/postgresql/ select the
// columns below in this order and bind a complaint's clocks in the order of
// for_each_clock_column(), so that the two backends cannot drift apart.

#include <redress/complaint.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::store {

/// The columns a read selects, in the order complaint_from_row() reads them, from `c`. The
/// customer is the complaint's own copy of the details it was filed with, not the customers row.
inline constexpr const char* k_complaint_columns = R"sql(
  SELECT c.id, c.reference, c.status, c.received_at, c.channel,
         c.customer_name, c.customer_email, c.customer_phone, c.customer_member_id,
         c.customer_language, c.category, c.product, c.severity, c.summary, c.details,
         c.evidence, c.confidential, c.assignee, c.team, c.escalation_level,
         c.acknowledge_target, c.acknowledge_due_at, c.acknowledged_at, c.acknowledge_sla,
         c.acknowledge_paused_s,
         c.resolve_target, c.resolve_started_at, c.resolve_due_at, c.resolved_at, c.resolve_sla,
         c.resolve_paused_s,
         c.reopen_target, c.reopened_at, c.reopen_due_at, c.reopen_resolved_at, c.reopen_sla,
         c.reopen_paused_s,
         c.paused_since, c.outcome, c.compensation_minor, c.compensation_currency, c.root_cause,
         c.satisfaction, c.closed_at, c.last_event_at, c.customer_preferred_channel,
         c.customer_id, c.policy_digest, c.incomplete_allowed, c.fields, c.personal_fields
  FROM complaints AS c)sql";

/// The evidence column: a JSON array of strings.
std::vector<std::string> evidence_list(std::string_view json);
std::string evidence_json(const std::vector<std::string>& items);
/// A fields column: a JSON object of texts ('{}' for none, as most complaints have).
std::map<std::string, std::string> field_map(std::string_view json);
std::string field_json(const std::map<std::string, std::string>& values);

/// The text of a settled clock's outcome column: "met" or "breached".
inline const char* settled_text(SlaState s) { return s == SlaState::met ? "met" : "breached"; }

namespace detail {

template <typename Row> std::optional<SlaState> settled(const Row& r, int i) {
  if (r.null(i)) {
    return std::nullopt;
  }
  return r.text(i) == "met" ? SlaState::met : SlaState::breached;
}

// One clock's columns from `first` on: target, [started,] due, settled time, outcome, paused.
template <typename Row> SlaClock read_clock(const Row& r, int first, bool has_started) {
  SlaClock clock;
  int i = first;
  clock.target = r.optional_string(i++);
  if (has_started) {
    clock.started = r.optional_instant(i++);
  }
  clock.due = r.optional_instant(i++);
  clock.settled_at = r.optional_instant(i++);
  clock.settled = settled(r, i++);
  clock.paused = Seconds{r.int64(i)};
  return clock;
}

} // namespace detail

/// The complaint of a row of k_complaint_columns. `Row` reads column i as null(i), int64(i),
/// text(i), string(i), optional_string(i) and optional_instant(i).
template <typename Row> Complaint complaint_from_row(const Row& r) {
  Complaint c;
  c.id = r.int64(0);
  c.reference = r.string(1);
  c.status = parse_status(r.text(2)).value_or(Status::new_);
  c.received_at = from_unix(r.int64(3));
  c.channel = r.string(4);
  c.customer.name = r.string(5);
  c.customer.email = r.optional_string(6);
  c.customer.phone = r.optional_string(7);
  c.customer.member_id = r.optional_string(8);
  c.customer.language = r.optional_string(9);
  c.category = r.string(10);
  c.product = r.optional_string(11);
  c.severity = r.string(12);
  c.summary = r.string(13);
  c.details = r.optional_string(14);
  c.evidence = evidence_list(r.text(15));
  c.confidential = r.int64(16) != 0;
  c.assignee = r.optional_string(17);
  c.team = r.optional_string(18);
  c.escalation_level = static_cast<int>(r.int64(19));
  c.acknowledge = detail::read_clock(r, 20, false);
  c.acknowledge.started = c.received_at;
  c.resolve = detail::read_clock(r, 25, true);
  c.reopened = detail::read_clock(r, 31, true);
  c.paused_since = r.optional_instant(37);
  c.outcome = r.optional_string(38);
  if (!r.null(39)) {
    c.compensation = Money{r.int64(39), r.string(40)};
  }
  c.root_cause = r.optional_string(41);
  if (!r.null(42)) {
    c.satisfaction = static_cast<int>(r.int64(42));
  }
  c.closed_at = r.optional_instant(43);
  c.last_event_at = from_unix(r.int64(44));
  c.customer.preferred_channel = r.optional_string(45);
  c.customer_id = r.int64(46);
  c.policy_digest = r.optional_string(47);
  c.incomplete_allowed = r.int64(48) != 0;
  c.fields = field_map(r.text(49));
  c.personal_fields = field_map(r.text(50));
  return c;
}

/// Calls `bind` with the values of the columns a complaint's handling changes, in the order the
/// stores' INSERT and UPDATE list them: acknowledge_target, acknowledge_due_at, acknowledged_at,
/// acknowledge_sla, acknowledge_paused_s, resolve_target, resolve_started_at, resolve_due_at,
/// resolved_at, resolve_sla, resolve_paused_s, reopen_target, reopened_at, reopen_due_at,
/// reopen_resolved_at, reopen_sla, reopen_paused_s, paused_since, outcome, compensation_minor,
/// compensation_currency, root_cause, satisfaction, closed_at, last_event_at. `Binder` takes
/// text(optional<string>), instant(optional<Instant>), integer(optional<int64>).
template <typename Binder> void bind_clocks_and_outcome(Binder& b, const Complaint& c) {
  const auto optional_settled = [](const std::optional<SlaState>& s) {
    return s ? std::optional<std::string>(settled_text(*s)) : std::nullopt;
  };
  for (const SlaClock* clock : {&c.acknowledge, &c.resolve, &c.reopened}) {
    b.text(clock->target);
    if (clock != &c.acknowledge) { // the acknowledge clock always starts at receipt
      b.instant(clock->started);
    }
    b.instant(clock->due);
    b.instant(clock->settled_at);
    b.text(optional_settled(clock->settled));
    b.integer(std::optional<std::int64_t>(clock->paused.count()));
  }
  b.instant(c.paused_since);
  b.text(c.outcome);
  b.integer(c.compensation ? std::optional<std::int64_t>(c.compensation->minor) : std::nullopt);
  b.text(c.compensation ? std::optional<std::string>(c.compensation->currency) : std::nullopt);
  b.text(c.root_cause);
  b.integer(c.satisfaction ? std::optional<std::int64_t>(*c.satisfaction) : std::nullopt);
  b.instant(c.closed_at);
  b.instant(std::optional<Instant>(c.last_event_at));
}

} // namespace redress::store
