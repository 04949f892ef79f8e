#include "temp_dir.hpp"

#include "ledger/projection.hpp"
#include "ledger/replay.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/report.hpp>

#include <doctest/doctest.h>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  std::string file(const char* received, const char* severity = "high") {
    FilingRequest r;
    r.customer.name = "Ivana Horvat";
    r.channel = "email";
    r.category = "delivery";
    r.severity = severity;
    r.summary = "Kotač savijen";
    r.at = at(received);
    return ledger.file(r, "ana").reference;
  }

  Complaint step(const std::string& ref, Step s, const char* when, StepRequest r = {}) {
    r.step = s;
    r.at = at(when);
    return ledger.act(ref, r, "ana");
  }
};

} // namespace

TEST_CASE("the status machine allows exactly the table's steps") {
  Complaint c;
  c.reference = "CMP-2026-00001";
  const auto names = [&c] {
    std::string out;
    for (const Step s : allowed_steps(c)) {
      out += std::string(out.empty() ? "" : " ") + std::string(to_string(s));
    }
    return out;
  };
  c.status = Status::new_;
  CHECK(names() == "ack assign note escalate change resolve reject withdraw attach amend undo");
  c.status = Status::waiting;
  CHECK(names() == "ack assign note resume escalate change resolve reject withdraw attach amend undo");
  c.acknowledge.settled_at = at("2026-11-17 09:00");
  CHECK(names() == "assign note resume escalate change resolve reject withdraw attach amend undo");
  c.status = Status::resolved;
  CHECK(names() == "note reopen followup close attach amend undo");
  c.status = Status::withdrawn;
  CHECK(names() == "note attach amend undo");
  try {
    check_step(c, Step::reopen);
    FAIL("reopen of a withdrawn complaint was allowed");
  } catch (const Error& e) {
    CHECK(e.code() == Errc::refused);
    CHECK(std::string(e.what()) == "cannot reopen CMP-2026-00001: it is withdrawn");
  }
}

TEST_CASE("a pause moves the resolve due time by the paused business time") {
  Fixture f;
  const auto ref = f.file("2026-11-16 16:30"); // high: resolve due Thu 19 16:30
  f.step(ref, Step::ack, "2026-11-17 09:15");
  f.step(ref, Step::wait, "2026-11-17 11:00");
  const Complaint c = f.step(ref, Step::resume, "2026-11-18 11:00"); // 7h30 paused
  CHECK(c.resolve.due == at("2026-11-20 16:30"));
  CHECK(c.resolve.paused == Seconds{7 * 3600 + 1800});
  CHECK(c.acknowledge.settled == SlaState::met);
}

TEST_CASE("a refused step changes nothing, and steps cannot go back in time") {
  Fixture f;
  const auto ref = f.file("2026-11-16 10:00");
  f.step(ref, Step::ack, "2026-11-16 11:00");
  const auto before = f.ledger.events(f.ledger.get(ref).id).size();
  CHECK_THROWS_AS(f.step(ref, Step::close, "2026-11-16 12:00"), Error);
  CHECK_THROWS_AS(f.step(ref, Step::note, "2026-11-16 10:30"), Error);
  StepRequest bad_amount;
  bad_amount.outcome = "refund";
  bad_amount.amount = "1.005";
  CHECK_THROWS_AS(f.step(ref, Step::resolve, "2026-11-16 12:00", bad_amount), Error);
  CHECK(f.ledger.events(f.ledger.get(ref).id).size() == before);
  CHECK(f.ledger.get(ref).status == Status::acknowledged);
}

TEST_CASE("replaying the events rebuilds the stored state, and the state at any earlier time") {
  Fixture f;
  const auto ref = f.file("2026-11-16 16:30");
  f.step(ref, Step::ack, "2026-11-17 09:15");
  StepRequest assign;
  assign.assignee = "Marko Marić";
  f.step(ref, Step::assign, "2026-11-17 10:00", assign);
  f.step(ref, Step::wait, "2026-11-17 11:00");
  f.step(ref, Step::resume, "2026-11-18 11:00");
  StepRequest change;
  change.severity = "normal";
  f.step(ref, Step::change, "2026-11-18 12:00", change);
  StepRequest resolve;
  resolve.outcome = "refund";
  resolve.amount = "25.50";
  f.step(ref, Step::resolve, "2026-11-19 10:00", resolve);
  StepRequest reopen;
  reopen.text = "again";
  const Complaint stored = f.step(ref, Step::reopen, "2026-11-20 11:00", reopen);

  const auto events = f.ledger.events(stored.id);
  const auto rebuilt = replay(stored, events);
  REQUIRE(rebuilt.has_value());
  CHECK(projection_fields(*rebuilt) == projection_fields(f.ledger.get(ref)));

  const auto then = replay(stored, events, at("2026-11-17 12:00"));
  REQUIRE(then.has_value());
  CHECK(then->status == Status::waiting);
  CHECK(then->assignee == "Marko Marić");
  CHECK(then->severity == "high");
  CHECK(then->resolve.due == at("2026-11-19 16:30"));
  CHECK_FALSE(replay(stored, events, at("2026-11-16 16:00")).has_value());
}

TEST_CASE("changed_fields and apply_fields carry exactly the difference") {
  Complaint a;
  a.severity = "high";
  a.category = "delivery";
  Complaint b = a;
  b.status = Status::resolved;
  b.compensation = Money{2550, "EUR"};
  b.resolve.settled = SlaState::breached;
  const auto diff = changed_fields(a, b);
  CHECK(diff.size() == 3);
  Complaint c = a;
  apply_fields(c, diff);
  CHECK(projection_fields(c) == projection_fields(b));
}

TEST_CASE("the projection fields are exactly the documented names and values") {
  // Written out by hand: the events of every ledger hold these names, so a rename or a lost
  // field here would leave old events unreadable or rebuild complaints wrongly.
  Complaint c;
  c.status = Status::resolved;
  c.assignee = "Đurđa \"Đuka\" Šimić";
  c.team = "logistika";
  c.escalation_level = 2;
  c.severity = "high";
  c.category = "delivery";
  c.acknowledge.target = "4h";
  c.acknowledge.due = from_unix(1795339800);
  c.acknowledge.settled_at = from_unix(1795336200);
  c.acknowledge.settled = SlaState::met;
  c.acknowledge.paused = Seconds{90};
  c.resolve.target = "8w calendar";
  c.resolve.started = from_unix(1795330800);
  c.resolve.due = from_unix(1800169200);
  c.resolve.settled_at = from_unix(1795500000);
  c.resolve.settled = SlaState::breached;
  c.reopened.target = "8w calendar";
  c.reopened.started = from_unix(1795586400);
  c.reopened.due = from_unix(1800424800);
  c.reopened.paused = Seconds{30};
  c.outcome = "upheld";
  c.compensation = Money{2550, "EUR"};
  c.root_cause = "配達の遅れ\nکارت";
  c.satisfaction = 4;
  c.fields = {{"order_number", "A-1234"}, {"quantity", "3"}};
  c.personal_fields = {{"store_contact", "Ivana"}}; // personal: never in the projection
  const auto expected = nlohmann::json::parse(R"({
    "status": "resolved", "assignee": "Đurđa \"Đuka\" Šimić", "team": "logistika",
    "escalation_level": 2, "severity": "high", "category": "delivery", "product": null,
    "acknowledge_target": "4h", "acknowledge_due_at": "2026-11-22T09:30:00Z",
    "acknowledged_at": "2026-11-22T08:30:00Z", "acknowledge_sla": "met",
    "acknowledge_paused_s": 90, "resolve_target": "8w calendar",
    "resolve_started_at": "2026-11-22T07:00:00Z", "resolve_due_at": "2027-01-17T07:00:00Z",
    "resolved_at": "2026-11-24T06:00:00Z", "resolve_sla": "breached", "resolve_paused_s": 0,
    "reopen_target": "8w calendar", "reopened_at": "2026-11-25T06:00:00Z",
    "reopen_due_at": "2027-01-20T06:00:00Z", "reopen_resolved_at": null, "reopen_sla": null,
    "reopen_paused_s": 30, "paused_since": null, "outcome": "upheld", "compensation": {"currency": "EUR", "minor": 2550},
    "root_cause": "配達の遅れ\nکارت", "satisfaction": 4, "closed_at": null,
    "fields": {"order_number": "A-1234", "quantity": "3"}})");
  CHECK(projection_fields(c) == expected);
  CHECK(nlohmann::json::parse(projection_text(c)) == expected);
  Complaint back;
  apply_fields(back, expected);
  CHECK(projection_text(back) == projection_text(c));
}

TEST_CASE("list gives settled clocks their state only; get gives their spans too") {
  Fixture f;
  const std::string ref = f.file("2026-11-17 09:00");
  f.step(ref, Step::ack, "2026-11-17 15:00"); // 6 business hours against 4h: breached
  std::vector<Complaint> listed;
  f.ledger.list({}, [&](const Complaint& c) { listed.push_back(c); });
  REQUIRE(listed.size() == 1);
  const Complaint got = f.ledger.get(ref);
  CHECK(got.acknowledge.reading.state == SlaState::breached);
  CHECK(listed.front().acknowledge.reading.state == SlaState::breached);
  CHECK(got.acknowledge.reading.used > Seconds{0});
  CHECK(listed.front().acknowledge.reading.used == Seconds{0});
  // The resolve clock still runs: the same reading either way.
  CHECK(listed.front().resolve.reading.state == got.resolve.reading.state);
  CHECK(listed.front().resolve.reading.used == got.resolve.reading.used);
  CHECK(listed.front().resolve.reading.used > Seconds{0});
}

TEST_CASE("percentiles use the nearest rank") {
  std::vector<std::int64_t> v{40, 10, 30, 20};
  CHECK(percentile(v, 50) == 20); // rank ceil(2.0) = 2
  CHECK(percentile(v, 90) == 40); // rank ceil(3.6) = 4
  CHECK(percentile(v, 25) == 10);
  std::vector<std::int64_t> empty;
  CHECK_FALSE(percentile(empty, 50).has_value());
}
