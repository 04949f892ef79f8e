// [calendar]: working days, opening hours (one list, or per weekday), holidays (a list and
// iCalendar files), dated exceptions.

#include "policy/ics.hpp"
#include "policy/toml_read.hpp"

#include <redress/suggest.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace redress::policy_detail {

namespace {

const std::vector<std::string> k_weekdays{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

OpeningInterval opening_interval(const toml::node& node, const std::string& what) {
  const std::string text = as_string(node, "each entry of " + what);
  if (has_shape(text, "99:99-99:99")) {
    const int sh = digits_at(text, 0, 2), sm = digits_at(text, 3, 2), eh = digits_at(text, 6, 2),
              em = digits_at(text, 9, 2);
    const bool valid = sh < 24 && sm < 60 && em < 60 && (eh < 24 || (eh == 24 && em == 0));
    const int start = sh * 60 + sm, end = eh * 60 + em;
    if (valid && start != end && start != end - 24 * 60) {
      // "22:00-00:00" closes at midnight: the same as "22:00-24:00".
      return OpeningInterval{start, end == 0 ? 24 * 60 : end};
    }
  }
  reject(node.source(), what + " entries must be \"HH:MM-HH:MM\" with distinct times, "
                               "such as \"09:00-17:00\", not \"" + text + "\"");
}

// Where an interval ends on a line of two days from its day's midnight (past 1440: overnight).
int line_end(const OpeningInterval& iv) {
  return iv.end_minute > iv.start_minute ? iv.end_minute : iv.end_minute + 24 * 60;
}

std::string interval_text(const OpeningInterval& iv) {
  return fmt::format("{:02}:{:02}-{:02}:{:02}", iv.start_minute / 60, iv.start_minute % 60,
                     iv.end_minute / 60, iv.end_minute % 60);
}

/// One day's intervals as written: in order of opening, none overlapping another. Linear in the
/// entries: each is compared with the latest end so far.
struct DayHours {
  std::vector<OpeningInterval> hours;
  const toml::array* array = nullptr; // where they were written
};

DayHours day_hours(const toml::node& node, const std::string& what, bool allow_empty) {
  const auto* array = node.as_array();
  if (array == nullptr || (array->empty() && !allow_empty)) {
    reject(node.source(), what + " must be a non-empty array such as [\"09:00-17:00\"]");
  }
  DayHours day{{}, array};
  int latest_end = -1;
  for (const auto& item : *array) {
    const OpeningInterval iv = opening_interval(item, what);
    if (!day.hours.empty() && iv.start_minute < day.hours.back().start_minute) {
      reject(item.source(), what + ": list the intervals in order of opening; \"" + interval_text(iv) +
                                "\" opens before \"" + interval_text(day.hours.back()) + "\"");
    }
    if (iv.start_minute < latest_end) {
      reject(item.source(), what + ": this interval overlaps an earlier one");
    }
    latest_end = std::max(latest_end, line_end(iv));
    day.hours.push_back(iv);
  }
  return day;
}

/// Refuses a night that runs into the next day's first interval (`next` of the following day).
void check_night(const DayHours& day, const std::vector<OpeningInterval>& next, const std::string& what,
                 const std::string& next_what) {
  if (day.hours.empty() || next.empty()) {
    return;
  }
  for (std::size_t i = 0; i < day.hours.size(); ++i) {
    if (line_end(day.hours[i]) - 24 * 60 > next.front().start_minute) {
      reject((*day.array)[i].source(), what + ": this interval overlaps " + next_what + "'s \"" +
                                           interval_text(next.front()) + "\" after midnight");
    }
  }
}

// `[calendar.hours]` as a table: a weekday's own intervals, and `default` for the working days
// without.
void weekday_hours(Problems& problems, const toml::table& table, const toml::node* days, Policy& policy) {
  CalendarSpec& spec = policy.calendar;
  std::vector<std::string> allowed = k_weekdays;
  allowed.emplace_back("default");
  check_keys(problems, table, "[calendar.hours]", allowed);
  std::array<std::optional<DayHours>, 7> own;
  for (std::size_t d = 0; d < 7; ++d) {
    if (const auto* node = table.get(k_weekdays[d])) {
      problems.attempt([&] {
        if (days != nullptr && !spec.working_days[d]) {
          reject(node->source(), "calendar.hours." + k_weekdays[d] + ": '" + k_weekdays[d] +
                                     "' is not in calendar.days; add it there, or remove these hours");
        }
        own[d] = day_hours(*node, "calendar.hours." + k_weekdays[d], false);
      });
    }
  }
  std::optional<DayHours> fallback;
  if (const auto* node = table.get("default")) {
    problems.attempt([&] {
      if (days == nullptr) {
        reject(node->source(), "calendar.hours.default needs calendar.days: which days it is for");
      }
      fallback = day_hours(*node, "calendar.hours.default", false);
    });
  }
  if (days == nullptr) { // the days the table names are the working days
    for (std::size_t d = 0; d < 7; ++d) {
      spec.working_days[d] = table.contains(k_weekdays[d]);
    }
  }
  spec.hours = fallback ? fallback->hours : std::vector<OpeningInterval>{};
  for (std::size_t d = 0; d < 7; ++d) {
    spec.day_hours[d] = own[d] ? own[d]->hours : std::vector<OpeningInterval>{};
    // A day whose hours (or the default) were given but wrong has said so already.
    if (spec.working_days[d] && !own[d] && !fallback && !table.contains(k_weekdays[d]) && !table.contains("default")) {
      problems.add(table.source(), "calendar.hours gives no hours for '" + k_weekdays[d] + "'; add " +
                                       k_weekdays[d] + " = [\"09:00-17:00\"] or default = [...]");
    }
  }
  // A night may not run into the next working day's first interval.
  for (std::size_t d = 0; d < 7; ++d) {
    const std::size_t next = (d + 1) % 7;
    const auto* day = own[d] ? &*own[d] : fallback ? &*fallback : nullptr;
    if (day == nullptr || !spec.working_days[d] || !spec.working_days[next]) {
      continue;
    }
    const auto& next_hours = spec.day_hours[next].empty() ? spec.hours : spec.day_hours[next];
    const std::string what = own[d] ? "calendar.hours." + k_weekdays[d] : "calendar.hours.default";
    problems.attempt([&] { check_night(*day, next_hours, what, k_weekdays[next]); });
  }
}

/// The text of a file named by the policy, refused before it is read when it is not a regular
/// file or is larger than `limit`.
std::string read_named_file(const std::string& path, std::size_t limit, const toml::node& node,
                            const std::string& what) {
  const auto refuse = [&](const std::string& why) {
    reject(node.source(), what + ": cannot read '" + path + "': " + why);
  };
  // fstat on the open file, not stat on the name: what is checked is what is read. A device
  // or a pipe may never end, so only regular files are read, and only up to the limit.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    refuse(errno == ENOENT ? "no such file" : std::strerror(errno));
  }
  struct stat st {};
  std::string text;
  std::string why;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    why = "not a regular file";
  } else if (static_cast<std::uint64_t>(st.st_size) > limit) {
    why = "larger than " + std::to_string(limit >> 20) + " MiB";
  } else {
    text.resize(limit + 1);
    std::size_t got = 0;
    while (got < text.size()) {
      const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        why = n < 0 ? std::strerror(errno) : "";
        break;
      }
      got += static_cast<std::size_t>(n);
    }
    if (got > limit) {
      why = "larger than " + std::to_string(limit >> 20) + " MiB";
    }
    text.resize(std::min(got, limit));
  }
  ::close(fd);
  if (!why.empty()) {
    refuse(why);
  }
  return text;
}

void ics_holidays(Problems& problems, const toml::node& node, const std::string& policy_dir, Policy& policy) {
  std::vector<const toml::node*> files;
  if (const auto* list = node.as_array()) {
    for (const auto& item : *list) {
      files.push_back(&item);
    }
  } else {
    files.push_back(&node);
  }
  for (const toml::node* file : files) {
    problems.attempt([&] {
      const std::string name = as_string(*file, "calendar.holidays_ics");
      const std::filesystem::path path = std::filesystem::path(name).is_absolute()
                                             ? std::filesystem::path(name)
                                             : std::filesystem::path(policy_dir) / name;
      const std::string text = read_named_file(path.string(), std::size_t{1} << 20, *file, "calendar.holidays_ics");
      IcsHolidays read = parse_ics_holidays(text);
      if (read.problem) {
        throw Rejection{file->source(), read.problem->message, path.lexically_normal().string(),
                        read.problem->line, read.problem->column};
      }
      auto& holidays = policy.calendar.holidays;
      holidays.insert(holidays.end(), read.holidays.begin(), read.holidays.end());
    });
  }
}

void exceptions(Problems& problems, const toml::table& table, Policy& policy) {
  std::set<std::tuple<int, unsigned, unsigned>> seen;
  for (const auto& [key, node] : in_file_order(table)) {
    problems.attempt([&] {
      const std::string what = "calendar.exceptions." + key;
      const Holiday date = date_text(key, node->source(), "calendar.exceptions");
      if (!seen.emplace(date.year, date.month, date.day).second) {
        reject(node->source(), "calendar.exceptions: " + key + " is given twice");
      }
      // An empty list closes the day; overnight intervals may run into the next day, whose
      // hours are not known here (they count once where they overlap).
      policy.calendar.exceptions.push_back(DatedHours{date, day_hours(*node, what, true).hours});
    });
  }
}

} // namespace

void load_calendar(Problems& problems, const toml::table& table, const std::string& policy_dir,
                   Policy& policy) {
  check_keys(problems, table, "[calendar]", {"days", "hours", "holidays", "holidays_ics", "exceptions"});
  CalendarSpec& spec = policy.calendar;
  const toml::node* days = table.get("days");
  if (days != nullptr) {
    problems.attempt([&] {
      auto working = spec.working_days; // kept as it was when a day is wrong
      working.fill(false);
      const auto names = name_list(*days, "calendar.days");
      for (std::size_t i = 0; i < names.size(); ++i) {
        const auto it = std::find(k_weekdays.begin(), k_weekdays.end(), names[i]);
        if (it == k_weekdays.end()) {
          reject((*days->as_array())[i].source(), "calendar.days: unknown day '" + names[i] + "'; " +
                                                      util::suggestion_hint(names[i], k_weekdays));
        }
        working[static_cast<std::size_t>(it - k_weekdays.begin())] = true;
      }
      spec.working_days = working;
    });
  }
  if (const auto* hours = table.get("hours")) {
    problems.attempt([&] {
      if (const auto* per_day = hours->as_table()) {
        weekday_hours(problems, *per_day, days, policy);
        return;
      }
      const DayHours every = day_hours(*hours, "calendar.hours", false);
      spec.hours = every.hours;
      check_night(every, every.hours, "calendar.hours", "the next day");
    });
  }
  if (const auto* holidays = table.get("holidays")) {
    problems.attempt([&] {
      const auto* array = holidays->as_array();
      if (array == nullptr) {
        reject(holidays->source(), "calendar.holidays must be an array of dates");
      }
      for (const auto& item : *array) {
        problems.attempt([&] { spec.holidays.push_back(date_of(item, "calendar.holidays")); });
      }
    });
  }
  if (const auto* ics = table.get("holidays_ics")) {
    problems.attempt([&] { ics_holidays(problems, *ics, policy_dir, policy); });
  }
  if (const auto* dated = table.get("exceptions")) {
    problems.attempt([&] { exceptions(problems, as_table(*dated, "[calendar.exceptions]"), policy); });
  }
}

} // namespace redress::policy_detail
