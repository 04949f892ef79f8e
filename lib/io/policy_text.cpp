// `policy show`: the effective policy in words, and the resolved target table.

#include <redress/render.hpp>
#include <redress/suggest.hpp>

#include "util/money.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

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

constexpr const char* k_day_names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// "mon-fri 09:00-17:00; sat 09:00-13:00": working days Monday first, as people read a week,
// days in a row with the same hours together.
std::string opening_text(const CalendarSpec& c) {
  std::vector<std::string> parts;
  std::size_t run_start = 0;
  const auto hours_of = [&](std::size_t d) { return c.day_hours[d].empty() ? c.hours : c.day_hours[d]; };
  for (std::size_t i = 1; i <= 7; ++i) {
    const std::size_t d = i % 7;
    const bool ends = i == 7 || !c.working_days[(i + 1) % 7] || hours_of((i + 1) % 7) != hours_of(d);
    if (!c.working_days[d]) {
      continue;
    }
    if (run_start == 0) {
      run_start = i;
    }
    if (ends) {
      const std::string first = k_day_names[run_start % 7];
      parts.push_back((run_start == i ? first : first + "-" + k_day_names[d]) + " " + hours_text(hours_of(d)));
      run_start = 0;
    }
  }
  return util::join(parts, "; ");
}

std::string date_text(const Holiday& h) {
  return h.year == 0 ? fmt::format("{:02}-{:02} (every year)", h.month, h.day)
                     : fmt::format("{:04}-{:02}-{:02}", h.year, h.month, h.day);
}

std::string holidays_text(const std::vector<Holiday>& holidays) {
  if (holidays.empty()) {
    return "none";
  }
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < holidays.size() && i < 12; ++i) {
    parts.push_back(date_text(holidays[i]));
  }
  std::string text = util::join(parts, ", ");
  return holidays.size() > 12 ? text + fmt::format(", ... ({} in all)", holidays.size()) : text;
}

std::string exceptions_text(const std::vector<DatedHours>& exceptions) {
  std::vector<std::string> parts;
  for (const auto& e : exceptions) {
    parts.push_back(date_text(e.date) + " " + (e.hours.empty() ? std::string("closed") : hours_text(e.hours)));
  }
  return util::join(parts, ", ");
}

std::string outcomes_text(const Policy& p) {
  std::vector<std::string> parts;
  for (const auto& o : p.outcomes) {
    parts.push_back(o.upheld ? o.name + " (" + std::string(to_string(*o.upheld)) + ")" : o.name);
  }
  return util::join(parts, ", ");
}

// "category shipping was delivery; channel in-person was walk-in, counter".
std::string renames_text(const Policy& p) {
  std::vector<std::string> parts;
  for (const NameKind kind : k_name_kinds) {
    const NameTable& names = p.names(kind);
    for (std::size_t i = 0; i < names.names().size(); ++i) {
      const auto old_names = names.old_names(i);
      if (!old_names.empty()) {
        parts.push_back(std::string(to_string(kind)) + " " + names.names()[i] + " was " + util::join(old_names, ", "));
      }
    }
  }
  return util::join(parts, "; ");
}

std::string level_text(const EscalationPolicy& e, int level) {
  if (level <= 0) {
    return "none";
  }
  return fmt::format("{} ({})", level, e.levels[static_cast<std::size_t>(level - 1)]);
}

} // namespace

std::string format_money(const Money& m) { return util::format_minor(m.minor, m.currency); }

std::string policy_summary_text(const Policy& p, int width) {
  static constexpr int k_key_width = 14;
  std::string out;
  const auto line = [&out, width](std::string_view key, const std::string& value) {
    const std::vector<std::string> lines = util::wrap_to_width(value, std::max(20, width - k_key_width));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += fmt::format("{:<{}}{}\n", i == 0 ? key : "", k_key_width, lines[i]);
    }
  };
  line("ledger", p.name);
  line("references", p.reference_prefix + "-YYYY-NNNNN");
  line("time zone", p.timezone);
  line("currency", p.currency);
  line("open", opening_text(p.calendar));
  line("holidays", holidays_text(p.calendar.holidays));
  if (!p.calendar.exceptions.empty()) {
    line("exceptions", exceptions_text(p.calendar.exceptions));
  }
  line("at risk", fmt::format("at {:g}% of a target used", p.warn_at * 100));
  line("channels", util::join(p.channel_names(), ", "));
  line("outcomes", outcomes_text(p));
  line("severities", util::join(p.severity_names(), ", ") + " (default " + p.default_severity + ")");
  line("escalation", p.escalation.levels.empty() ? "none" : util::join(p.escalation.levels, " > "));
  line("  at risk to", level_text(p.escalation, p.escalation.at_risk));
  line("  breached to", level_text(p.escalation, p.escalation.breached));
  line("follow up", p.followup.ask_after ? "ask " + to_string(*p.followup.ask_after) + " after resolution"
                                         : "not asked");
  line("close", p.followup.close_after
                    ? "sweep closes resolved complaints after " + to_string(*p.followup.close_after)
                    : "never closed by sweep");
  if (p.retention.personal_data) {
    line("retention", "sweep erases personal data " + to_string(*p.retention.personal_data) + " after closure");
  }
  for (const auto& c : p.categories) {
    if (!c.requires_fields.empty()) {
      line("requires", c.name + ": " + util::join(c.requires_fields, ", "));
    }
  }
  if (const std::string renamed = renames_text(p); !renamed.empty()) {
    line("renamed", renamed);
  }
  if (const ReturnPolicy& r = p.complaints_return; r.defined) {
    line("return", fmt::format("{}: early by {}, final by {}, years from {:02}-{:02}", r.title, to_string(r.early),
                               to_string(r.final), r.year_start_month, r.year_start_day));
    for (const ProductGroup& g : r.product_groups) {
      line("  group", g.name + ": " + util::join(g.categories, ", "));
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
