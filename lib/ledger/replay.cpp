#include "ledger/replay.hpp"

#include "ledger/identity.hpp"
#include "ledger/projection.hpp"

namespace redress {

std::optional<Complaint> replay(const Complaint& stored, const std::vector<Event>& events,
                                std::optional<Instant> until) {
  if (events.empty() || (until && events.front().at > *until)) {
    return std::nullopt;
  }
  Complaint c = stored;
  // The state before any event: what `filed` or `imported` does not mention stays at these.
  c.status = Status::new_;
  c.assignee.reset();
  c.team.reset();
  c.escalation_level = 0;
  c.acknowledge = SlaClock{};
  c.resolve = SlaClock{};
  c.reopened = SlaClock{};
  c.paused_since.reset();
  c.outcome.reset();
  c.compensation.reset();
  c.root_cause.reset();
  c.satisfaction.reset();
  c.closed_at.reset();
  c.fields.clear();
  // Personal text comes from the events too, unless it was erased from them: an erasure blanks
  // it in the events and the projection alike, and the stored (blank) texts stay.
  if (events.front().personal) {
    c.personal_fields.clear();
  }
  bool first = true;
  for (const Event& e : events) {
    if (until && e.at > *until) {
      break;
    }
    const auto data = nlohmann::json::parse(e.data);
    apply_identity(c, data);
    if (first) {
      // Both clocks start at receipt; an import's data says otherwise for a reopened complaint.
      c.acknowledge.started = c.received_at;
      c.resolve.started = c.received_at;
      first = false;
    }
    apply_fields(c, data);
    if (e.personal) {
      apply_texts(c, nlohmann::json::parse(*e.personal));
    }
    if (moves_last_event(e.type)) {
      c.last_event_at = e.at;
    }
    // An imported complaint's history happened before the import: its data says when it last
    // changed, which is what later steps are checked against.
    if (const auto it = data.find("last_event_at"); it != data.end() && it->is_string()) {
      static const TimeZone utc = TimeZone::locate("UTC");
      if (const auto t = parse_time(it->get<std::string>(), utc)) {
        c.last_event_at = *t;
      }
    }
  }
  return c;
}

} // namespace redress
