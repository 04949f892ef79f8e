#include <redress/calendar.hpp>

#include <algorithm>

namespace redress {

std::string_view to_string(SlaState s) {
  switch (s) {
  case SlaState::running: return "running";
  case SlaState::paused: return "paused";
  case SlaState::at_risk: return "at-risk";
  case SlaState::met: return "met";
  case SlaState::breached: return "breached";
  }
  return "running";
}

SlaReading read_sla(const BusinessCalendar& calendar, const SlaTrack& track, Instant as_of,
                    double warn_at) {
  SlaReading reading;
  reading.length =
      std::max(Seconds{0}, calendar.elapsed(track.started, track.due, track.clock) - track.paused);
  // The clock stops when the target is settled or while waiting on the customer.
  const Instant counted_to = track.settled_at     ? *track.settled_at
                             : track.paused_since ? *track.paused_since
                                                  : as_of;
  reading.used =
      std::max(Seconds{0}, calendar.elapsed(track.started, counted_to, track.clock) - track.paused);

  if (track.settled_at) {
    reading.state = *track.settled_at <= track.due ? SlaState::met : SlaState::breached;
  } else if (track.paused_since) {
    // The running pause will push the due time later by as much as it lasts, so a pause that
    // began before the due time cannot breach the target while it goes on.
    reading.state = *track.paused_since > track.due ? SlaState::breached : SlaState::paused;
  } else if (as_of > track.due) { // at the due instant it is not late yet: met means at or before

    reading.state = SlaState::breached;
  } else if (reading.length == Seconds{0} ? as_of >= track.due
                                           // Division, not multiplication: an exact ratio such
                                           // as 0.8 then equals `warn_at = 0.8` bit for bit.
                                           : static_cast<double>(reading.used.count()) /
                                                     static_cast<double>(reading.length.count()) >=
                                                 warn_at) {
    reading.state = SlaState::at_risk;
  } else {
    reading.state = SlaState::running;
  }
  return reading;
}

} // namespace redress
