#pragma once
// The SLA clock rules a step applies to a complaint (SPEC §4), in one place: the lifecycle
// (lifecycle.cpp) and import (import.cpp) both go through these.
//
// - A clock is settled once, at the moment of acknowledgement or resolution: met when settled
//   at or before its due time, else breached; the outcome never changes afterwards.
// - Time spent waiting on the customer does not count, whichever step ends the wait: a clock
//   settled while the complaint waits first takes its share of the running pause (its due time
//   moves later by the pause as its own clock counts it), then settles. The pause goes on for
//   the clocks still running.
// - Paused time is counted in each clock's own units: open seconds for a business target,
//   plain seconds for a calendar target. A change of target recomputes the due time from the
//   clock's start and re-measures the pauses it has taken on the new target's clock.
// - A reopen leaves the first resolution's clock as it was settled and starts the reopened
//   clock at the reopen, with the same target.
// - A corrected receipt time (`amend --received-at`) starts both first clocks at it; each
//   unsettled one gets its due time anew from there under its own target, with the pauses it
//   took; a settled clock keeps its due time and outcome.
// - A step that was undone never happened for the clocks: a wait that was undone paused
//   nothing, and a resume that was undone ended no pause.

#include <redress/calendar.hpp>
#include <redress/complaint.hpp>

#include <optional>
#include <vector>

namespace redress {

/// One finished pause of a complaint (waiting on the customer), [from, to).
struct PauseInterval {
  Instant from;
  Instant to;
};

/// The clock a stored target runs on ("4h" business, "8w calendar" calendar).
ClockKind clock_kind(const SlaClock& clock);

/// Settles `clock` at `at` unless it is settled already. `paused_since` is the complaint's
/// running pause, if any: the clock takes its share of it first (see above).
void settle(SlaClock& clock, Instant at, const std::optional<Instant>& paused_since,
            const BusinessCalendar& calendar);

/// Ends the complaint's running pause at `at`: each unsettled clock's due time moves later by
/// the pause as its clock counts it, and its paused time grows by as much.
void end_pause(Complaint& c, Instant at, const BusinessCalendar& calendar);

/// Gives an unsettled, started clock `target`: its due time is computed from its start and
/// moved by every finished pause since its start (`pauses`), measured on `target`'s clock.
void retarget(SlaClock& clock, const Target& target, const BusinessCalendar& calendar,
              const std::vector<PauseInterval>& pauses);

/// Starts the reopened clock at `at` with the first resolution's target (the complaint's
/// current resolve target); the first resolution's clock keeps its settled outcome.
void start_reopened(Complaint& c, Instant at, const BusinessCalendar& calendar);

/// Moves the complaint's receipt to `received` (see above); `pauses` are its finished pauses.
void move_receipt(Complaint& c, Instant received, const BusinessCalendar& calendar,
                  const std::vector<PauseInterval>& pauses);

/// The finished pauses of a complaint, oldest first, from its events (each event's data names
/// the `paused_since` it sets: a time starts a pause, null ends it at the event's time). Events
/// that a later `undone` event undid are left out.
std::vector<PauseInterval> pause_intervals(const std::vector<Event>& events);

} // namespace redress
