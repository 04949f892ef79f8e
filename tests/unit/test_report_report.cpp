// The reports' rules: the window, partial periods, new breaches, the marker, typed results.

#include "report/common.hpp"
#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/policy.hpp>
#include <redress/report.hpp>

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <set>
#include <tuple>

using namespace redress;
using redress::test::TempDir;

namespace {

const TimeZone zagreb = TimeZone::locate("Europe/Zagreb");

Instant at(const char* local) { return *parse_time(local, zagreb); }

Errc code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return Errc::failure;
}

struct Fixture {
  TempDir dir;
  LedgerPaths paths = init_ledger(dir.path(), std::nullopt);
  Ledger ledger = Ledger::open(paths, Access::write, at("2026-11-20 12:00"));

  std::string file(const char* received, const char* category = "delivery", const char* severity = "normal") {
    FilingRequest r;
    r.customer.name = "Ivana Horvat";
    r.channel = "email";
    r.category = category;
    r.severity = severity;
    r.summary = "Kotač savijen";
    r.allow_incomplete = true;
    r.at = at(received);
    return ledger.file(r, "ana").reference;
  }
  void ack(const std::string& ref, const char* when) {
    StepRequest r;
    r.step = Step::ack;
    r.at = at(when);
    ledger.act(ref, r, "ana");
  }
  ReportWindow window(const char* since) {
    return report_window({at(since), std::nullopt, std::nullopt, false}, ledger.as_of(), zagreb);
  }
};

std::string label_of(const Value& v) { return std::get<PeriodValue>(v).label; }

} // namespace

TEST_CASE("the window: until is the as-of time, since local midnight 30 days before") {
  const Instant now = at("2026-11-20 12:00");
  const ReportWindow w = report_window({}, now, zagreb);
  CHECK(w.as_of == now);
  CHECK(w.until == now);
  REQUIRE(w.since.has_value());
  CHECK(format_utc(*w.since) == "2026-10-20T22:00:00Z"); // 21 October 00:00, summer time
}

TEST_CASE("the window: 30 days before a winter until across the change of time") {
  const ReportWindow w = report_window({std::nullopt, at("2026-11-02 00:00"), std::nullopt, false},
                                       at("2026-11-20 12:00"), zagreb);
  // 2 November minus 30 days is 3 October (summer time: UTC+2).
  CHECK(format_utc(*w.since) == "2026-10-02T22:00:00Z");
  CHECK(format_utc(w.until) == "2026-11-01T23:00:00Z");
}

TEST_CASE("the window: any time by default for aging and new breaches") {
  const ReportWindow w = report_window({std::nullopt, std::nullopt, at("2026-11-10 09:00"), true},
                                       at("2026-11-20 12:00"), zagreb);
  CHECK_FALSE(w.since.has_value());
  CHECK(w.until == at("2026-11-10 09:00")); // until follows an earlier as-of
}

TEST_CASE("the window: no as-of in the future, since before until") {
  const Instant now = at("2026-11-20 12:00");
  CHECK(code_of([&] { report_window({std::nullopt, std::nullopt, now + Seconds{1}, false}, now, zagreb); }) ==
        Errc::invalid_input);
  CHECK_NOTHROW(report_window({std::nullopt, std::nullopt, now, false}, now, zagreb));
  CHECK(code_of([&] { report_window({now, now, std::nullopt, false}, now, zagreb); }) == Errc::usage);
}

TEST_CASE("trends: the week that is not over is partial and never shows a fall") {
  Fixture fx;
  fx.file("2026-11-10 10:00");
  fx.file("2026-11-11 10:00");
  fx.file("2026-11-11 11:00", "product");
  fx.file("2026-11-16 10:00", "product");
  fx.file("2026-11-17 10:00", "product");
  const Report r = trends_report(fx.ledger, fx.window("2026-11-09"), TrendPeriod::week, "category");
  const ReportTable& counts = r.table("counts");
  // week of 9 Nov: delivery 2, product 1; week of 16 Nov (partial): delivery 0, product 2.
  REQUIRE(counts.rows.size() == 4);
  CHECK(label_of(counts.at(2, "period")) == "2026-11-16");
  CHECK(std::get<bool>(counts.at(2, "partial")));
  CHECK(std::get<std::string>(counts.at(2, "name")) == "delivery");
  CHECK(std::get<std::int64_t>(counts.at(2, "complaints")) == 0);
  CHECK(std::holds_alternative<std::monostate>(counts.at(2, "change"))); // not -2
  CHECK(std::holds_alternative<std::monostate>(counts.at(2, "change_pct")));
  CHECK(std::get<std::int64_t>(counts.at(3, "change")) == 1); // product 1 -> 2: a certain rise
  CHECK(std::get<Percent>(counts.at(3, "change_pct")).value == doctest::Approx(100.0));
  CHECK_FALSE(std::get<bool>(counts.at(0, "partial")));
  // per_period has every week of the window, and the partial mark.
  const ReportTable& per = r.table("per_period");
  REQUIRE(per.rows.size() == 2);
  CHECK(std::get<std::int64_t>(per.at(0, "complaints")) == 3);
  CHECK(std::get<PeriodValue>(per.at(1, "period")).partial);
}

TEST_CASE("trends: a window ending before now has no partial week") {
  Fixture fx;
  fx.file("2026-11-10 10:00");
  const ReportWindow w = report_window({at("2026-11-02"), at("2026-11-16"), std::nullopt, false},
                                       fx.ledger.as_of(), zagreb);
  const Report r = trends_report(fx.ledger, w, TrendPeriod::week, "category");
  for (const auto& row : r.table("per_period").rows) {
    CHECK_FALSE(std::get<PeriodValue>(row[0]).partial);
  }
  CHECK(r.table("per_period").rows.size() == 2);
}

TEST_CASE("sla --new-since: a breach happens at its due instant, new from that instant on") {
  Fixture fx;
  const auto a = fx.file("2026-11-16 09:00"); // acknowledge due 13:30
  const auto b = fx.file("2026-11-17 14:00"); // due Wednesday 10:00
  fx.ack(b, "2026-11-18 11:00");              // late: breached at 10:00
  const ReportWindow w = report_window({std::nullopt, std::nullopt, std::nullopt, true}, fx.ledger.as_of(), zagreb);
  const auto refs = [&](std::optional<Instant> since) {
    const Report r = sla_report(fx.ledger, w, SlaOptions{since, true});
    std::vector<std::string> out;
    for (const auto& row : r.table("complaints").rows) {
      out.push_back(std::get<std::string>(row[0]));
    }
    return std::make_pair(out, r.any_breach);
  };
  CHECK(refs(at("2026-11-18 10:00")).first == std::vector<std::string>{b}); // at the due instant: new
  CHECK(refs(at("2026-11-18 10:00:01")).first.empty());                     // a second later: old
  CHECK_FALSE(refs(at("2026-11-18 10:00:01")).second);
  CHECK(refs(std::nullopt).first == std::vector<std::string>{a, b});        // no earlier run: all
  const Report all = sla_report(fx.ledger, w);
  CHECK(all.any_breach);
  CHECK(std::holds_alternative<std::monostate>(all.figure("new_since")));
}

TEST_CASE("every report's figures, parameters and tables have distinct keys and whole rows") {
  Fixture fx;
  fx.file("2026-11-16 09:00");
  fx.ack(fx.file("2026-11-17 09:00", "product", "high"), "2026-11-17 09:30");
  const ReportWindow w = fx.window("2026-11-01");
  for (const Report& r : {summary_report(fx.ledger, w), sla_report(fx.ledger, w, {at("2026-11-17"), true}),
                          aging_report(fx.ledger, w), trends_report(fx.ledger, w, TrendPeriod::day, "team"),
                          outcomes_report(fx.ledger, w)}) {
    CAPTURE(to_string(r.kind));
    std::set<std::string> keys{"report", "ledger", "timezone", "since", "until", "as_of"};
    for (const auto* list : {&r.parameters, &r.figures}) {
      for (const Figure& f : *list) {
        CHECK(keys.insert(f.key).second);
      }
    }
    for (const ReportTable& t : r.tables) {
      CHECK(keys.insert(t.key).second);
      std::set<std::string> columns;
      for (const Column& c : t.columns) {
        CHECK(columns.insert(c.key).second);
      }
      for (const auto& row : t.rows) {
        CHECK(row.size() == t.columns.size());
      }
    }
  }
}

TEST_CASE("the new-since marker: absent, written owner-only, read back, damaged, a link") {
  TempDir dir;
  CHECK_FALSE(read_new_since_marker(dir.path()).has_value());
  write_new_since_marker(dir.path(), at("2026-11-20 06:30"));
  CHECK(read_new_since_marker(dir.path()) == at("2026-11-20 06:30"));
  struct stat st {};
  REQUIRE(::stat((dir.path() / "report-sla.last").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  write_new_since_marker(dir.path(), at("2026-11-21 06:30")); // replaced
  CHECK(read_new_since_marker(dir.path()) == at("2026-11-21 06:30"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1); // no temporary left

  std::ofstream(dir.path() / "report-sla.last") << "2026-11-21 06:30\n";
  CHECK(code_of([&] { read_new_since_marker(dir.path()); }) == Errc::invalid_input);

  std::ofstream(dir.path() / "target") << "keep";
  std::filesystem::remove(dir.path() / "report-sla.last");
  std::filesystem::create_symlink(dir.path() / "target", dir.path() / "report-sla.last");
  CHECK(code_of([&] { read_new_since_marker(dir.path()); }) == Errc::failure);
  write_new_since_marker(dir.path(), at("2026-11-22 06:30")); // replaces the link, not its target
  CHECK_FALSE(std::filesystem::is_symlink(dir.path() / "report-sla.last"));
  std::ifstream target(dir.path() / "target");
  std::string kept;
  target >> kept;
  CHECK(kept == "keep");
}

TEST_CASE("sla: a reopening's clock is its own figure, and its breach is a breach") {
  Fixture fx;
  const auto ref = fx.file("2026-11-09 10:00", "delivery", "high"); // resolve 3d: due Thursday 10:00
  fx.ack(ref, "2026-11-09 10:30");
  StepRequest resolve;
  resolve.step = Step::resolve;
  resolve.outcome = "refund";
  resolve.at = at("2026-11-10 10:00"); // met
  fx.ledger.act(ref, resolve, "ana");
  StepRequest reopen;
  reopen.step = Step::reopen;
  reopen.text = "Opet";
  reopen.at = at("2026-11-11 10:00"); // the reopened clock: due Monday 16th 10:00, never met
  fx.ledger.act(ref, reopen, "ana");
  const ReportWindow w = fx.window("2026-11-01");
  const Report r = sla_report(fx.ledger, w);
  const ReportTable& compliance = r.table("compliance");
  const auto& last = compliance.rows.back();
  CHECK(std::get<std::string>(last[0]) == "reopened");
  CHECK(std::get<std::int64_t>(last[compliance.column("breached")]) == 1);
  CHECK(std::get<std::int64_t>(r.figure("targets_met")) == 2); // the first resolution stays met
  CHECK(std::get<std::int64_t>(r.figure("targets_breached")) == 0);
  CHECK(r.any_breach);
  const ReportTable& rows = r.table("complaints");
  CHECK(std::get<std::string>(rows.at(0, "resolve_sla")) == "met");
  CHECK(std::get<std::string>(rows.at(0, "reopened_sla")) == "breached");
  CHECK(std::get<Instant>(rows.at(0, "reopened_due_at")) == at("2026-11-16 10:00"));
  CHECK(sla_report(fx.ledger, w, {at("2026-11-16 10:00"), true}).table("complaints").rows.size() == 1);
  CHECK(sla_report(fx.ledger, w, {at("2026-11-16 10:00:01"), true}).table("complaints").rows.empty());
}

TEST_CASE("compensation: totals beyond 64 bits are refused, never wrapped around") {
  // 100 complaints of 999,999,999,999,999.99 (the largest amount accepted) add up to 1e19
  // minor units, past the 9.22e18 an int64 holds: the total would wrap to a negative sum.
  report::CompensationTally big;
  Complaint c;
  c.compensation = Money{99'999'999'999'999'999, "EUR"};
  for (int i = 0; i < 100; ++i) {
    big.add(c);
  }
  CHECK_THROWS_AS((void)big.table(), Error);
  // 92 of them (9.2e18) still fit, and the average is the amount itself.
  report::CompensationTally fits;
  for (int i = 0; i < 92; ++i) {
    fits.add(c);
  }
  const ReportTable t = fits.table();
  REQUIRE(t.rows.size() == 1);
  CHECK(std::get<Money>(t.rows[0][2]).minor == 9'199'999'999'999'999'908);
  CHECK(std::get<Money>(t.rows[0][3]).minor == 99'999'999'999'999'999);
}

TEST_CASE("a return's period: half-years of the reporting year, at local midnight") {
  ReturnPolicy rules;
  const auto local = [](Instant t) { return format_local_short(t, zagreb); };
  // Calendar years: H2 is July to December.
  auto [start, end] = return_period("2026H2", rules, zagreb);
  CHECK(local(start) == "2026-07-01 00:00");
  CHECK(local(end) == "2027-01-01 00:00");
  std::tie(start, end) = return_period("2026", rules, zagreb);
  CHECK(local(start) == "2026-01-01 00:00");
  CHECK(local(end) == "2027-01-01 00:00");
  // A year from 1 April (a UK accounting year): 2026H1 is April to September, H2 runs into 2027.
  rules.year_start_month = 4;
  std::tie(start, end) = return_period("2026h1", rules, zagreb);
  CHECK(local(start) == "2026-04-01 00:00");
  CHECK(local(end) == "2026-10-01 00:00");
  std::tie(start, end) = return_period("2026H2", rules, zagreb);
  CHECK(local(start) == "2026-10-01 00:00");
  CHECK(local(end) == "2027-04-01 00:00");
  for (const char* bad : {"2026H3", "2026Q1", "26H1", "H1", "", "2026H1x", "0000H1"}) {
    CHECK(code_of([&] { (void)return_period(bad, rules, zagreb); }) == Errc::usage);
  }
}
