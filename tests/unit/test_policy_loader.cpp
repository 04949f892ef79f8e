#include "temp_dir.hpp"

#include <redress/error.hpp>
#include <redress/policy.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

using namespace redress;

namespace {

// A small valid policy; tests replace one line to break it.
const std::string k_base = R"(channels = ["phone", "email"]
outcomes = ["refund", "apology"]

[ledger]
name = "Acme Bikes"
reference_prefix = "ACME"
timezone = "Europe/Zagreb"
currency = "EUR"

[calendar]
days = ["mon", "tue", "wed", "thu", "fri"]
hours = ["09:00-12:30", "13:00-17:00"]
holidays = ["2026-12-25", 2026-12-26, "01-01"]

[sla]
warn_at = 0.8

[severity.normal]
acknowledge = "4h"
resolve = "5d"

[severity.high]
acknowledge = "2h"
resolve = "3d"

[category.billing]
team = "finance"
requires = ["evidence"]
resolve = "3d"

[category.regulated]
resolve = { within = "8w", clock = "calendar" }

[escalation]
levels = ["team-lead", "manager"]
at_risk = 1
breached = 2

[followup]
ask_after = "2d"
close_after = "14d"
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The problem text for a policy that must be refused.
std::string problem(const std::string& text) {
  const PolicyResult result = parse_policy(text, "policy.toml");
  REQUIRE_FALSE(result.policy.has_value());
  REQUIRE(result.problem.has_value());
  return result.problem->to_string();
}

} // namespace

TEST_CASE("a valid policy loads with every rule") {
  const PolicyResult r = parse_policy(k_base, "policy.toml");
  REQUIRE(r.policy.has_value());
  const Policy& p = *r.policy;
  CHECK(p.reference_prefix == "ACME");
  CHECK(p.channels.size() == 2);
  CHECK(p.calendar.hours.size() == 2);
  CHECK(p.calendar.hours[1] == OpeningInterval{13 * 60, 17 * 60});
  CHECK(p.calendar.working_days[1]);
  CHECK_FALSE(p.calendar.working_days[0]);
  REQUIRE(p.calendar.holidays.size() == 3);
  CHECK(p.calendar.holidays[1] == Holiday{2026, 12, 26});
  CHECK(p.calendar.holidays[2] == Holiday{0, 1, 1});
  CHECK(p.default_severity == "normal");
  CHECK(p.escalation.breached == 2);
  CHECK(p.digest.size() == 64);
  // The category overrides the severity; otherwise the severity's target applies.
  CHECK(to_string(p.resolve_target("high", "billing")) == "3d");
  CHECK(to_string(p.acknowledge_target("high", "billing")) == "2h");
  CHECK(to_string(p.resolve_target("normal", "regulated")) == "8w calendar");
}

TEST_CASE("the default policy written by init is valid") {
  const PolicyResult r = parse_policy(default_policy_text(), "policy.toml");
  CHECK_FALSE(r.problem.has_value());
  REQUIRE(r.policy.has_value());
  CHECK(r.policy->severities.size() == 4);
}

TEST_CASE("errors name file, line and column, and what was expected") {
  CHECK(problem(replace(k_base, "warn_at = 0.8", "warn_at = 0.8\nwarn_after = 3")) ==
        "policy.toml:17:1: unknown key 'warn_after' in [sla]; did you mean 'warn_at'?");
  CHECK(problem(replace(k_base, "resolve = \"5d\"", "resolve = \"5 days\"")) ==
        "policy.toml:20:11: severity.normal.resolve must be a duration such as \"30m\", \"4h\", "
        "\"3d\" or \"2w\", not \"5 days\"");
  CHECK(problem(replace(k_base, "\"Europe/Zagreb\"", "\"Europe/Zagrab\"")) ==
        "policy.toml:7:12: ledger.timezone: unknown time zone 'Europe/Zagrab'; expected an IANA "
        "name such as \"Europe/Zagreb\"");
  CHECK(problem(replace(k_base, "\"13:00-17:00\"", "\"13:00-17\"")).rfind("policy.toml:12:", 0) == 0);
  CHECK(problem(replace(k_base, "\"01-01\"", "\"02-30\"")) ==
        "policy.toml:13:39: calendar.holidays: \"02-30\" is not a real date");
}

TEST_CASE("TOML syntax errors are positioned") {
  const std::string p = problem(replace(k_base, "name = \"Acme Bikes\"", "name = \"Acme Bikes"));
  CHECK(p.rfind("policy.toml:5:", 0) == 0);
}

TEST_CASE("wrong types, duplicates and undefined names are refused") {
  CHECK(problem(replace(k_base, "warn_at = 0.8", "warn_at = \"high\"")).find("sla.warn_at") !=
        std::string::npos);
  CHECK(problem(replace(k_base, "warn_at = 0.8", "warn_at = 1.5")).find("at most 1") !=
        std::string::npos);
  CHECK(problem(replace(k_base, "[\"phone\", \"email\"]", "[\"phone\", \"phone\"]")) ==
        "policy.toml:1:22: duplicate 'phone' in channels");
  CHECK(problem(replace(k_base, "channels = [\"phone\", \"email\"]", "channels = \"phone\""))
            .find("channels must be an array of strings, not a string") != std::string::npos);
  CHECK(problem(k_base + "\n[defaults]\nseverity = \"urgent\"\n").find("undefined severity 'urgent'") !=
        std::string::npos);
  CHECK(problem(replace(k_base, "requires = [\"evidence\"]", "requires = [\"evidense\"]"))
            .find("did you mean 'evidence'?") != std::string::npos);
  CHECK(problem(replace(k_base, "at_risk = 1", "at_risk = 5")).find("from 0 to 2") != std::string::npos);
  CHECK(problem(replace(k_base, "days = [\"mon\"", "days = [\"monn\"")).find("did you mean 'mon'?") !=
        std::string::npos);
}

TEST_CASE("opening hours: malformed, overlapping and overnight intervals") {
  CHECK(problem(replace(k_base, "\"09:00-12:30\"", "\"09:00-13:30\"")).find("overlaps") != std::string::npos);
  CHECK(problem(replace(k_base, "\"09:00-12:30\"", "\"09:00-09:00\"")).find("HH:MM-HH:MM") != std::string::npos);
  CHECK(problem(replace(k_base, "\"09:00-12:30\"", "\"9:00-12:30\"")).find("HH:MM-HH:MM") != std::string::npos);
  CHECK(problem(replace(k_base, "hours = [\"09:00-12:30\", \"13:00-17:00\"]", "hours = [\"22:00-06:00\", \"05:00-08:00\"]"))
            .find("overlaps") != std::string::npos);
  const PolicyResult night = parse_policy(
      replace(k_base, "hours = [\"09:00-12:30\", \"13:00-17:00\"]", "hours = [\"22:00-06:00\", \"09:00-12:00\"]"),
      "policy.toml");
  REQUIRE(night.policy.has_value());
  CHECK(night.policy->calendar.hours[0] == OpeningInterval{22 * 60, 6 * 60});
}

TEST_CASE("a calendar target needs a valid clock name") {
  CHECK(problem(replace(k_base, "clock = \"calendar\"", "clock = \"lunar\""))
            .find("must be \"business\" or \"calendar\"") != std::string::npos);
  CHECK(problem(replace(k_base, "clock = \"calendar\"", "clok = \"calendar\""))
            .find("did you mean 'clock'?") != std::string::npos);
}

TEST_CASE("required sections are required") {
  CHECK(problem(replace(k_base, "reference_prefix = \"ACME\"\n", "")).find("missing key 'reference_prefix'") !=
        std::string::npos);
  CHECK(problem(replace(k_base, "reference_prefix = \"ACME\"", "reference_prefix = \"acme-\""))
            .find("capital letters") != std::string::npos);
}

TEST_CASE("opening hours overlap on the circle of a day, half-open, overnight ones wrapping") {
  const auto hours = [](const std::string& list) {
    return replace(k_base, "hours = [\"09:00-12:30\", \"13:00-17:00\"]", "hours = [" + list + "]");
  };
  const auto loads = [](const std::string& text) { return parse_policy(text, "policy.toml").policy.has_value(); };
  CHECK(loads(hours(R"("09:00-12:00", "12:00-13:00")")));  // the end is the first closed minute
  CHECK(loads(hours(R"("22:00-00:00", "00:00-01:00")")));  // closing at midnight, opening at midnight
  CHECK(loads(hours(R"("00:00-23:59", "23:59-00:00")")));
  CHECK(loads(hours(R"("17:00-09:00", "09:00-17:00")")));  // the whole day in two
  CHECK(problem(hours(R"("00:00-23:59", "10:00-11:00")")).find("overlaps") != std::string::npos);
  CHECK(problem(hours(R"("17:00-09:00", "08:59-10:00")")).find("overlaps") != std::string::npos);
  CHECK(problem(hours(R"("23:00-01:00", "00:30-02:00")")).find("overlaps") != std::string::npos);
  CHECK(problem(hours(R"("10:00-11:00", "23:00-10:01")")) == "policy.toml:12:25: calendar.hours: this interval overlaps an earlier one");
}

TEST_CASE("duplicate names are found anywhere in a long list") {
  std::string names;
  for (int i = 0; i < 50000; ++i) {
    names += "\"n" + std::to_string(i) + "\", ";
  }
  const std::string many = replace(k_base, "channels = [\"phone\", \"email\"]", "channels = [" + names + "\"n49999\"]");
  CHECK(problem(many).find("duplicate 'n49999' in channels") != std::string::npos);
  const PolicyResult fine = parse_policy(
      replace(k_base, "channels = [\"phone\", \"email\"]", "channels = [" + names + "\"last\"]"), "policy.toml");
  REQUIRE(fine.policy.has_value());
  CHECK(fine.policy->channels.size() == 50001);
  CHECK(fine.policy->channels.back() == "last");
  CHECK(problem(replace(k_base, "[\"phone\", \"email\"]", "[\"phone\", \"\"]")) ==
        "policy.toml:1:22: each entry of channels must not be empty");
  CHECK(problem(replace(k_base, "[\"phone\", \"email\"]", "[\"phone\", 7]")) ==
        "policy.toml:1:22: each entry of channels must be a string, not an integer");
}

TEST_CASE("a policy file is read only when it is a regular file of at most 1 MiB") {
  const redress::test::TempDir dir;
  const auto code_of = [](const std::string& path) {
    try {
      (void)read_policy_file(path);
    } catch (const Error& e) {
      return e.code();
    }
    return Errc{};
  };
  const std::string small = (dir.path() / "policy.toml").string();
  std::ofstream(small) << k_base;
  CHECK(read_policy_file(small) == k_base);
  CHECK(load_policy(small).name == "Acme Bikes");
  CHECK(code_of((dir.path() / "missing.toml").string()) == Errc::not_found);
  CHECK(code_of(dir.path().string()) == Errc::not_found); // a folder
  CHECK(code_of("/dev/zero") == Errc::invalid_input);     // endless: never read
  const std::string exact = (dir.path() / "exact.toml").string();
  std::ofstream(exact) << std::string(k_max_policy_bytes, '#');
  CHECK(read_policy_file(exact).size() == k_max_policy_bytes);
  const std::string big = (dir.path() / "big.toml").string();
  std::ofstream(big) << std::string(k_max_policy_bytes + 1, '#');
  CHECK(code_of(big) == Errc::invalid_input);
  try {
    (void)read_policy_file(dir.path().string());
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("it is a folder") != std::string::npos);
  }
}

TEST_CASE("every problem of a policy is listed at once, in file order") {
  std::string text = replace(k_base, "reference_prefix = \"ACME\"", "reference_prefix = \"acme\"");
  text = replace(text, "\"13:00-17:00\"", "\"13:00-17\"");
  text = replace(text, "warn_at = 0.8", "warn_after = 0.8");
  text = replace(text, "resolve = \"5d\"", "resolve = \"5 days\"");
  text = replace(text, "requires = [\"evidence\"]", "requires = [\"evidense\"]");
  text = replace(text, "at_risk = 1", "at_risk = 7");
  const PolicyResult r = parse_policy(text, "policy.toml");
  CHECK_FALSE(r.policy.has_value());
  REQUIRE(r.problems.size() == 6);
  std::vector<std::string> where;
  for (const auto& p : r.problems) {
    where.push_back(std::to_string(p.line) + ":" + std::to_string(p.column));
  }
  // Counted in k_base by hand: the prefix's value, the second opening interval, the unknown
  // key, the normal severity's resolve, the category's requires entry, escalation.at_risk.
  CHECK(where == std::vector<std::string>{"6:20", "12:25", "16:1", "20:11", "28:13", "36:11"});
  CHECK(r.problems[2].message == "unknown key 'warn_after' in [sla]; did you mean 'warn_at'?");
  REQUIRE(r.problem.has_value());
  CHECK(r.problem->to_string() == r.problems.front().to_string());
}

TEST_CASE("a wrong target does not also make the severity unknown") {
  // The severity is still defined, so [defaults] naming it is not a second problem.
  const PolicyResult r = parse_policy(replace(k_base, "resolve = \"3d\"\n\n[category.billing]",
                                              "resolve = \"3 days\"\n\n[defaults]\nseverity = \"high\"\n\n[category.billing]"),
                                      "policy.toml");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message.find("severity.high.resolve") != std::string::npos);
}

TEST_CASE("a TOML syntax error comes alone: the reading stops there") {
  const PolicyResult r = parse_policy(replace(k_base, "name = \"Acme Bikes\"", "name = \"Acme Bikes") +
                                          "\n[sla]\nwarn_after = 1\n",
                                      "policy.toml");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 5);
}
