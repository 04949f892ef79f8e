#include <redress/calendar.hpp>

#include <doctest/doctest.h>

#include <chrono>

using namespace redress;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

BusinessCalendar acme() {
  CalendarSpec spec;
  spec.timezone = "Europe/Zagreb";
  spec.hours = {{9 * 60, 12 * 60 + 30}, {13 * 60, 17 * 60}};
  spec.holidays = {{2026, 12, 25}, {2026, 12, 26}};
  return BusinessCalendar(std::move(spec));
}

Instant at(const char* local) { return *parse_time(local, TimeZone::locate("Europe/Zagreb")); }

// A 4h business target received Monday 09:00, due 13:30 after the lunch break.
SlaTrack four_hours() {
  SlaTrack track;
  track.started = at("2026-12-21 09:00");
  track.due = at("2026-12-21 13:30");
  return track;
}

} // namespace

TEST_CASE("states are spelled as in JSON and CSV") {
  CHECK(to_string(SlaState::running) == "running");
  CHECK(to_string(SlaState::paused) == "paused");
  CHECK(to_string(SlaState::at_risk) == "at-risk");
  CHECK(to_string(SlaState::met) == "met");
  CHECK(to_string(SlaState::breached) == "breached");
}

TEST_CASE("running, then at risk from exactly warn_at, then breached only after the due time") {
  const BusinessCalendar cal = acme();
  const SlaTrack track = four_hours();
  REQUIRE(cal.due(track.started, Target{{4, DurationUnit::hours}, ClockKind::business}) ==
          track.due);

  SlaReading r = read_sla(cal, track, at("2026-12-21 10:00"), 0.8);
  CHECK(r.state == SlaState::running);
  CHECK(r.used == hours{1});
  CHECK(r.length == hours{4});
  // 0.8 of 4h is 3h12: 09:00-12:12.
  CHECK(read_sla(cal, track, at("2026-12-21 12:11"), 0.8).state == SlaState::running);
  r = read_sla(cal, track, at("2026-12-21 12:12"), 0.8);
  CHECK(r.state == SlaState::at_risk);
  CHECK(r.used == minutes{192});
  // The lunch break does not use the target.
  CHECK(read_sla(cal, track, at("2026-12-21 12:59"), 0.9).used == minutes{210});
  CHECK(read_sla(cal, track, at("2026-12-21 12:59"), 0.9).state == SlaState::running);
  CHECK(read_sla(cal, track, at("2026-12-21 13:29"), 0.9).state == SlaState::at_risk);
  // At the due instant an acknowledgement would still be met: not late yet (SPEC §4).
  r = read_sla(cal, track, at("2026-12-21 13:30"), 0.8);
  CHECK(r.state == SlaState::at_risk);
  CHECK(r.used == hours{4});
  // A second later it is.
  r = read_sla(cal, track, at("2026-12-21 13:30") + Seconds{1}, 0.8);
  CHECK(r.state == SlaState::breached);
  r = read_sla(cal, track, at("2026-12-22 10:00"), 0.8);
  CHECK(r.state == SlaState::breached);
  CHECK(r.used == minutes{510});
}

TEST_CASE("settled targets are met or breached for good") {
  const BusinessCalendar cal = acme();
  SlaTrack track = four_hours();
  track.settled_at = at("2026-12-21 13:30");
  SlaReading r = read_sla(cal, track, at("2027-06-01 10:00"), 0.8);
  CHECK(r.state == SlaState::met);
  CHECK(r.used == hours{4});
  track.settled_at = at("2026-12-21 10:30");
  r = read_sla(cal, track, at("2026-12-21 16:00"), 0.8);
  CHECK(r.state == SlaState::met);
  CHECK(r.used == minutes{90});
  track.settled_at = at("2026-12-21 13:31");
  r = read_sla(cal, track, at("2026-12-21 13:31"), 0.8);
  CHECK(r.state == SlaState::breached);
  CHECK(r.used == minutes{241});
}

TEST_CASE("waiting on the customer pauses the clock") {
  const BusinessCalendar cal = acme();
  SlaTrack track = four_hours();
  track.paused_since = at("2026-12-21 11:00");
  SlaReading r = read_sla(cal, track, at("2026-12-21 12:15"), 0.5);
  CHECK(r.state == SlaState::paused);
  CHECK(r.used == hours{2}); // counted up to the pause only
  // The pause will move the due time when it ends, so it cannot breach while it lasts.
  r = read_sla(cal, track, at("2026-12-23 10:00"), 0.8);
  CHECK(r.state == SlaState::paused);
  CHECK(r.used == hours{2});
  // Paused only after the due time had passed: already breached.
  track.paused_since = at("2026-12-21 14:00");
  CHECK(read_sla(cal, track, at("2026-12-21 15:00"), 0.8).state == SlaState::breached);
  // Paused exactly at the due instant: not late yet, and the pause moves the due time.
  track.paused_since = at("2026-12-21 13:30");
  CHECK(read_sla(cal, track, at("2026-12-21 15:00"), 0.8).state == SlaState::paused);
  // Settled while paused: the settlement decides.
  track.paused_since = at("2026-12-21 11:00");
  track.settled_at = at("2026-12-21 12:00");
  CHECK(read_sla(cal, track, at("2026-12-21 12:00"), 0.8).state == SlaState::met);
}

TEST_CASE("finished pauses are taken out of both length and use") {
  const BusinessCalendar cal = acme();
  SlaTrack track = four_hours();
  // Waited 10:00-11:00; the due time moved an hour of business time later.
  track.due = cal.shift_for_pause(track.due, at("2026-12-21 10:00"), at("2026-12-21 11:00"),
                                  ClockKind::business);
  track.paused = hours{1};
  CHECK(track.due == at("2026-12-21 14:30"));
  SlaReading r = read_sla(cal, track, at("2026-12-21 12:00"), 0.8);
  CHECK(r.length == hours{4});
  CHECK(r.used == hours{2});
  CHECK(r.state == SlaState::running);
  CHECK(read_sla(cal, track, at("2026-12-21 13:42"), 0.8).state == SlaState::at_risk);
  CHECK(read_sla(cal, track, at("2026-12-21 14:30"), 0.8).state == SlaState::at_risk);
  CHECK(read_sla(cal, track, at("2026-12-21 14:31"), 0.8).state == SlaState::breached);
  // Never negative, even right after a long pause was recorded.
  track.paused = hours{9};
  CHECK(read_sla(cal, track, at("2026-12-21 10:00"), 0.8).used == Seconds{0});
  CHECK(read_sla(cal, track, at("2026-12-21 10:00"), 0.8).length == Seconds{0});
}

TEST_CASE("calendar clocks count every second") {
  const BusinessCalendar cal = acme();
  const Instant started = at("2026-03-01 10:00");
  SlaTrack track;
  track.started = started;
  track.due = cal.due(started, Target{{8, DurationUnit::weeks}, ClockKind::calendar});
  track.clock = ClockKind::calendar;
  // Eight weeks less the hour lost to summer time.
  SlaReading r = read_sla(cal, track, at("2026-03-08 10:00"), 0.8);
  CHECK(r.length == hours{8 * 7 * 24 - 1});
  CHECK(r.used == hours{7 * 24});
  CHECK(r.state == SlaState::running);
  CHECK(read_sla(cal, track, track.due - hours{1}, 0.8).state == SlaState::at_risk);
  CHECK(read_sla(cal, track, track.due, 0.8).state == SlaState::at_risk);
  CHECK(read_sla(cal, track, track.due + Seconds{1}, 0.8).state == SlaState::breached);
  track.paused_since = at("2026-03-08 10:00");
  track.due = cal.shift_for_pause(track.due, at("2026-03-02 10:00"), at("2026-03-03 10:00"),
                                  ClockKind::calendar);
  track.paused = hours{24};
  r = read_sla(cal, track, at("2026-05-01 10:00"), 0.8);
  CHECK(r.state == SlaState::paused);
  CHECK(r.used == hours{6 * 24});
  CHECK(r.length == hours{8 * 7 * 24 - 1});
}

TEST_CASE("a zero-length target") {
  const BusinessCalendar cal = acme();
  const Instant started = at("2026-12-21 10:00");
  SlaTrack track;
  track.started = started;
  track.due = started;
  CHECK(read_sla(cal, track, started, 0.8).state == SlaState::at_risk); // due now: all of it used
  CHECK(read_sla(cal, track, started + Seconds{1}, 0.8).state == SlaState::breached);
  CHECK(read_sla(cal, track, started - minutes{1}, 0.8).state == SlaState::running);
  track.settled_at = started;
  CHECK(read_sla(cal, track, started + hours{1}, 0.8).state == SlaState::met);
  CHECK(read_sla(cal, track, started + hours{1}, 0.8).length == Seconds{0});
}
