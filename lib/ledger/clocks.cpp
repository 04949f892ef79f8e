#include "ledger/clocks.hpp"

#include "ledger/corrections.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace redress {

ClockKind clock_kind(const SlaClock& clock) {
  const auto target = clock.target ? parse_target(*clock.target) : std::nullopt;
  return target ? target->clock : ClockKind::business;
}

void settle(SlaClock& clock, Instant at, const std::optional<Instant>& paused_since,
            const BusinessCalendar& calendar) {
  if (clock.settled) {
    return;
  }
  if (paused_since && clock.due && *paused_since < at) {
    const ClockKind kind = clock_kind(clock);
    clock.due = calendar.shift_for_pause(*clock.due, *paused_since, at, kind);
    clock.paused += calendar.elapsed(*paused_since, at, kind);
  }
  clock.settled_at = at;
  clock.settled = !clock.due || at <= *clock.due ? SlaState::met : SlaState::breached;
}

void end_pause(Complaint& c, Instant at, const BusinessCalendar& calendar) {
  if (!c.paused_since) {
    return;
  }
  for (SlaClock* clock : {&c.acknowledge, &c.resolve, &c.reopened}) {
    if (clock->settled || !clock->due || !clock->started) {
      continue;
    }
    const ClockKind kind = clock_kind(*clock);
    // A clock started during the pause (none today) only pauses from its start.
    const Instant from = std::max(*c.paused_since, *clock->started);
    clock->due = calendar.shift_for_pause(*clock->due, from, at, kind);
    clock->paused += calendar.elapsed(from, at, kind);
  }
  c.paused_since.reset();
}

void retarget(SlaClock& clock, const Target& target, const BusinessCalendar& calendar,
              const std::vector<PauseInterval>& pauses) {
  if (clock.settled || !clock.started) {
    return; // a settled clock keeps the target it was settled against
  }
  clock.target = to_string(target);
  Instant due = calendar.due(*clock.started, target);
  Seconds paused{0};
  for (const PauseInterval& p : pauses) {
    const Instant from = std::max(p.from, *clock.started);
    if (p.to <= from) {
      continue;
    }
    due = calendar.shift_for_pause(due, from, p.to, target.clock);
    paused += calendar.elapsed(from, p.to, target.clock);
  }
  clock.due = due;
  clock.paused = paused;
}

void start_reopened(Complaint& c, Instant at, const BusinessCalendar& calendar) {
  const std::optional<std::string> target_text =
      c.reopened.target ? c.reopened.target : c.resolve.target;
  const auto target = target_text ? parse_target(*target_text) : std::nullopt;
  c.reopened = SlaClock{};
  c.reopened.target = target_text;
  c.reopened.started = at;
  c.reopened.due = target ? std::optional<Instant>(calendar.due(at, *target)) : std::nullopt;
}

void move_receipt(Complaint& c, Instant received, const BusinessCalendar& calendar,
                  const std::vector<PauseInterval>& pauses) {
  c.received_at = received;
  for (SlaClock* clock : {&c.acknowledge, &c.resolve}) {
    clock->started = received;
    const auto target = clock->target ? parse_target(*clock->target) : std::nullopt;
    if (target) {
      retarget(*clock, *target, calendar, pauses); // settled clocks are left as they are
    }
  }
}

std::vector<PauseInterval> pause_intervals(const std::vector<Event>& events) {
  std::vector<PauseInterval> pauses;
  std::optional<Instant> since;
  static const TimeZone utc = TimeZone::locate("UTC");
  const std::vector<std::int64_t> undone = undone_event_ids(events);
  for (const Event& e : events) {
    if (std::find(undone.begin(), undone.end(), e.id) != undone.end()) {
      continue;
    }
    const auto data = nlohmann::json::parse(e.data, nullptr, false);
    if (!data.is_object()) {
      continue;
    }
    const auto it = data.find("paused_since");
    if (it == data.end()) {
      continue;
    }
    if (it->is_string()) {
      since = parse_time(it->get<std::string>(), utc);
    } else if (it->is_null() && since) {
      pauses.push_back(PauseInterval{*since, e.at});
      since.reset();
    }
  }
  return pauses;
}

} // namespace redress
