// `policy show`: the effective policy in words, and the resolved target table.

#include <redress/render.hpp>
#include <redress/suggest.hpp>

#include "util/money.hpp"

#include <fmt/format.h>

namespace redress {

namespace {

std::string clock_time(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

std::string hours_text(const std::vector<OpeningInterval>& hours) {
  std::vector<std::string> parts;
  for (const auto& h : hours) {
    parts.push_back(clock_time(h.start_minute) + "-" + clock_time(h.end_minute));
  }
  return util::join(parts, ", ");
}

std::string days_text(const std::array<bool, 7>& days) {
  static constexpr const char* k_names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  std::vector<std::string> parts;
  for (std::size_t d = 1; d <= 7; ++d) { // Monday first, as people read a week
    if (days[d % 7]) {
      parts.emplace_back(k_names[d % 7]);
    }
  }
  return util::join(parts, ", ");
}

std::string holidays_text(const std::vector<Holiday>& holidays) {
  if (holidays.empty()) {
    return "none";
  }
  std::vector<std::string> parts;
  for (const auto& h : holidays) {
    parts.push_back(h.year == 0 ? fmt::format("{:02}-{:02} (every year)", h.month, h.day)
                                : fmt::format("{:04}-{:02}-{:02}", h.year, h.month, h.day));
  }
  return util::join(parts, ", ");
}

std::string level_text(const EscalationPolicy& e, int level) {
  if (level <= 0) {
    return "none";
  }
  return fmt::format("{} ({})", level, e.levels[static_cast<std::size_t>(level - 1)]);
}

} // namespace

std::string format_money(const Money& m) { return util::format_minor(m.minor, m.currency); }

std::string policy_summary_text(const Policy& p) {
  std::string out;
  const auto line = [&out](std::string_view key, const std::string& value) {
    out += fmt::format("{:<14}{}\n", key, value);
  };
  line("ledger", p.name);
  line("references", p.reference_prefix + "-YYYY-NNNNN");
  line("time zone", p.timezone);
  line("currency", p.currency);
  line("open", days_text(p.calendar.working_days) + "; " + hours_text(p.calendar.hours));
  line("holidays", holidays_text(p.calendar.holidays));
  line("at risk", fmt::format("at {:g}% of a target used", p.warn_at * 100));
  line("channels", util::join(p.channels, ", "));
  line("outcomes", util::join(p.outcomes, ", "));
  line("severities", util::join(p.severity_names(), ", ") + " (default " + p.default_severity + ")");
  line("escalation", p.escalation.levels.empty() ? "none" : util::join(p.escalation.levels, " > "));
  line("  at risk to", level_text(p.escalation, p.escalation.at_risk));
  line("  breached to", level_text(p.escalation, p.escalation.breached));
  line("follow up", p.followup.ask_after ? "ask " + to_string(*p.followup.ask_after) + " after resolution"
                                         : "not asked");
  line("close", p.followup.close_after
                    ? "sweep closes resolved complaints after " + to_string(*p.followup.close_after)
                    : "never closed by sweep");
  for (const auto& c : p.categories) {
    if (!c.requires_fields.empty()) {
      line("requires", c.name + ": " + util::join(c.requires_fields, ", "));
    }
  }
  return out;
}

TextTable policy_target_table(const Policy& p) {
  TextTable table{{"severity", "category", "acknowledge", "resolve", "team"}, {}, {}, {}, 0};
  for (const auto& s : p.severities) {
    for (const auto& c : p.categories) {
      table.rows.push_back({s.name, c.name, to_string(p.acknowledge_target(s.name, c.name)),
                            to_string(p.resolve_target(s.name, c.name)), c.team.value_or("")});
    }
  }
  return table;
}

} // namespace redress
