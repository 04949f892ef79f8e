// Parses policy.toml into a Policy. Every rejection carries the position of the node at fault,
// so users get `policy.toml:LINE:COL: what was expected`.

#include "message/mail.hpp"
#include "policy/toml_guard.hpp"
#include "util/command.hpp"
#include "util/digest.hpp"
#include "util/money.hpp"
#include <redress/suggest.hpp>

#include <redress/error.hpp>
#include <redress/message.hpp>
#include <redress/policy.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace redress {

namespace {

struct Rejection {
  toml::source_region where;
  std::string message;
};

[[noreturn]] void reject(const toml::source_region& where, std::string message) {
  throw Rejection{where, std::move(message)};
}

// Every problem found so far. A problem stops the one unit it is in (a key, an entry, a
// severity), thrown as a Rejection and recorded by attempt(); the units around it go on, so
// that one run names every problem of the file.
struct Problems {
  std::vector<Rejection> found;

  template <typename Fn> void attempt(Fn&& fn) {
    try {
      fn();
    } catch (Rejection& r) {
      found.push_back(std::move(r));
    }
  }
};

std::string type_name(const toml::node& node) {
  switch (node.type()) {
  case toml::node_type::table: return "a table";
  case toml::node_type::array: return "an array";
  case toml::node_type::string: return "a string";
  case toml::node_type::integer: return "an integer";
  case toml::node_type::floating_point: return "a number";
  case toml::node_type::boolean: return "a boolean";
  case toml::node_type::date: return "a date";
  case toml::node_type::time: return "a time";
  case toml::node_type::date_time: return "a date-time";
  default: return "nothing";
  }
}

// Records every key of `table` outside `allowed`, naming the closest allowed key; the known
// keys are still read.
void check_keys(Problems& problems, const toml::table& table, const std::string& where,
                const std::vector<std::string>& allowed) {
  for (auto&& [key, node] : table) {
    const std::string name(key.str());
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      problems.found.push_back(Rejection{key.source(), "unknown key '" + name + "' in " + where +
                                                           "; " + util::suggestion_hint(name, allowed)});
    }
  }
}

const toml::table& as_table(const toml::node& node, const std::string& what) {
  if (const auto* t = node.as_table()) {
    return *t;
  }
  reject(node.source(), what + " must be a table, not " + type_name(node));
}

std::string as_string(const toml::node& node, const std::string& what) {
  if (const auto* s = node.as_string()) {
    if (s->get().empty()) {
      reject(node.source(), what + " must not be empty");
    }
    return s->get();
  }
  reject(node.source(), what + " must be a string, not " + type_name(node));
}

const toml::node& required(const toml::table& table, const toml::source_region& table_where,
                           const std::string& key, const std::string& where) {
  if (const auto* node = table.get(key)) {
    return *node;
  }
  reject(table_where, "missing key '" + key + "' in " + where);
}

// An array of unique, non-empty strings (names the policy defines).
std::vector<std::string> name_list(const toml::node& node, const std::string& what,
                                   bool allow_empty = false) {
  const auto* array = node.as_array();
  if (array == nullptr) {
    reject(node.source(), what + " must be an array of strings, not " + type_name(node));
  }
  if (array->empty() && !allow_empty) {
    reject(node.source(), what + " must not be empty");
  }
  // A set, not a search of the list so far: a policy may be generated and long, and a
  // quadratic check of a million names took minutes.
  std::vector<std::string> names;
  names.reserve(array->size());
  std::unordered_set<std::string_view> seen;
  seen.reserve(array->size());
  const std::string entry = "each entry of " + what;
  for (const auto& item : *array) {
    const auto* text = item.as_string();
    if (text == nullptr || text->get().empty()) {
      as_string(item, entry); // rejects it, saying why
    }
    if (!seen.insert(text->get()).second) {
      reject(item.source(), "duplicate '" + text->get() + "' in " + what);
    }
    names.push_back(text->get());
  }
  return names;
}

Duration duration(const toml::node& node, const std::string& what) {
  const std::string text = as_string(node, what);
  if (auto d = parse_duration(text)) {
    return *d;
  }
  reject(node.source(),
         what + " must be a duration such as \"30m\", \"4h\", \"3d\" or \"2w\", not \"" + text + "\"");
}

// An SLA target of zero would be breached the moment a complaint arrives: a typo, not a rule.
Target positive(const Target& t, const toml::node& node, const std::string& what) {
  if (t.within.amount <= 0) {
    reject(node.source(), what + " must be longer than zero, such as \"4h\"");
  }
  return t;
}

Target target(Problems& problems, const toml::node& node, const std::string& what) {
  if (node.is_string()) {
    return positive(Target{duration(node, what), ClockKind::business}, node, what);
  }
  if (const auto* table = node.as_table()) {
    check_keys(problems, *table, what, {"within", "clock"});
    Target t{duration(required(*table, node.source(), "within", what), what + ".within"),
             ClockKind::business};
    if (const auto* clock = table->get("clock")) {
      const std::string kind = as_string(*clock, what + ".clock");
      if (kind == "calendar") {
        t.clock = ClockKind::calendar;
      } else if (kind != "business") {
        reject(clock->source(), what + ".clock must be \"business\" or \"calendar\", not \"" + kind + "\"");
      }
    }
    return positive(t, node, what);
  }
  reject(node.source(), what + " must be a duration string or { within = \"8w\", clock = "
                               "\"calendar\" }, not " + type_name(node));
}

// Whether `text` has exactly the shape of `shape`, where '9' stands for any ASCII digit and
// every other character for itself. (Not std::regex: compiling its patterns cost every command
// more time than the rest of loading the policy; docs/performance.md.)
bool has_shape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (shape[i] == '9' ? !digit : text[i] != shape[i]) {
      return false;
    }
  }
  return true;
}

// The number the `count` digits at `at` spell (has_shape() checked they are digits).
int digits_at(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

OpeningInterval opening_interval(const toml::node& node) {
  const std::string text = as_string(node, "calendar.hours entry");
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
  reject(node.source(), "calendar.hours entries must be \"HH:MM-HH:MM\" with distinct times, "
                        "such as \"09:00-17:00\", not \"" + text + "\"");
}

Holiday holiday(const toml::node& node) {
  if (const auto* d = node.as_date()) {
    const auto& v = d->get();
    return Holiday{v.year, v.month, v.day};
  }
  const std::string text = as_string(node, "calendar.holidays entry");
  Holiday h;
  if (has_shape(text, "9999-99-99")) {
    h = Holiday{digits_at(text, 0, 4), unsigned(digits_at(text, 5, 2)), unsigned(digits_at(text, 8, 2))};
  } else if (has_shape(text, "99-99")) {
    h = Holiday{0, unsigned(digits_at(text, 0, 2)), unsigned(digits_at(text, 3, 2))};
  } else {
    reject(node.source(), "calendar.holidays entries must be dates such as \"2026-12-25\" or "
                          "\"12-25\" (every year), not \"" + text + "\"");
  }
  static constexpr unsigned days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = h.year % 4 == 0 && (h.year % 100 != 0 || h.year % 400 == 0);
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > days_in_month[h.month - 1] ||
      (h.year != 0 && h.month == 2 && h.day == 29 && !leap)) {
    reject(node.source(), "calendar.holidays: \"" + text + "\" is not a real date");
  }
  return h;
}

void load_calendar(Problems& problems, const toml::table& table, Policy& policy) {
  check_keys(problems, table, "[calendar]", {"days", "hours", "holidays"});
  static const std::vector<std::string> weekdays{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  if (const auto* days = table.get("days")) {
    problems.attempt([&] {
      auto working = policy.calendar.working_days; // kept as it was when a day is wrong
      working.fill(false);
      const auto names = name_list(*days, "calendar.days");
      for (std::size_t i = 0; i < names.size(); ++i) {
        const auto it = std::find(weekdays.begin(), weekdays.end(), names[i]);
        if (it == weekdays.end()) {
          reject((*days->as_array())[i].source(), "calendar.days: unknown day '" + names[i] + "'; " +
                                                      util::suggestion_hint(names[i], weekdays));
        }
        working[static_cast<std::size_t>(it - weekdays.begin())] = true;
      }
      policy.calendar.working_days = working;
    });
  }
  if (const auto* hours = table.get("hours")) {
    problems.attempt([&] {
      const auto* array = hours->as_array();
      if (array == nullptr || array->empty()) {
        reject(hours->source(), "calendar.hours must be a non-empty array such as [\"09:00-17:00\"]");
      }
      policy.calendar.hours.clear();
      // The minutes of the day each interval opens: an interval that finds one already marked
      // overlaps an earlier one (overnight ones wrap past midnight). Linear in the entries, as
      // no interval marks more minutes than a day has before one overlaps.
      std::vector<bool> open_minute(24 * 60, false);
      for (const auto& item : *array) {
        problems.attempt([&] {
          const OpeningInterval interval = opening_interval(item);
          const int end = interval.end_minute > interval.start_minute ? interval.end_minute
                                                                      : interval.end_minute + 24 * 60;
          for (int minute = interval.start_minute; minute < end; ++minute) {
            if (open_minute[static_cast<std::size_t>(minute % (24 * 60))]) {
              reject(item.source(), "calendar.hours: this interval overlaps an earlier one");
            }
          }
          for (int minute = interval.start_minute; minute < end; ++minute) {
            open_minute[static_cast<std::size_t>(minute % (24 * 60))] = true;
          }
          policy.calendar.hours.push_back(interval);
        });
      }
    });
  }
  if (const auto* holidays = table.get("holidays")) {
    problems.attempt([&] {
      const auto* array = holidays->as_array();
      if (array == nullptr) {
        reject(holidays->source(), "calendar.holidays must be an array of dates");
      }
      for (const auto& item : *array) {
        problems.attempt([&] { policy.calendar.holidays.push_back(holiday(item)); });
      }
    });
  }
}

// A table's entries in the order the file wrote them (toml++ keeps tables sorted by key, but
// people list severities from the most to the least urgent and expect to see that order).
std::vector<std::pair<std::string, const toml::node*>> in_file_order(const toml::table& table) {
  std::vector<std::pair<std::string, const toml::node*>> entries;
  for (auto&& [key, value] : table) {
    entries.emplace_back(std::string(key.str()), &value);
  }
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    const auto& pa = a.second->source().begin;
    const auto& pb = b.second->source().begin;
    return std::pair(pa.line, pa.column) < std::pair(pb.line, pb.column);
  });
  return entries;
}

void load_severities(Problems& problems, const toml::node& node, Policy& policy) {
  const auto& table = as_table(node, "[severity]");
  for (const auto& [name, node_ptr] : in_file_order(table)) {
    const toml::node& value = *node_ptr;
    const std::string where = "[severity." + name + "]";
    problems.attempt([&] {
      const auto& body = as_table(value, where);
      check_keys(problems, body, where, {"acknowledge", "resolve"});
      // Defined even when a target is wrong, so that what names it is not wrong too.
      SeverityPolicy severity{name, {}, {}};
      problems.attempt([&] {
        severity.acknowledge = target(problems, required(body, value.source(), "acknowledge", where),
                                      "severity." + name + ".acknowledge");
      });
      problems.attempt([&] {
        severity.resolve = target(problems, required(body, value.source(), "resolve", where),
                                  "severity." + name + ".resolve");
      });
      policy.severities.push_back(std::move(severity));
    });
  }
}

void load_categories(Problems& problems, const toml::node& node, Policy& policy) {
  static const std::vector<std::string> requirable{"evidence", "details", "email", "phone",
                                                   "member_id", "product"};
  const auto& table = as_table(node, "[category]");
  for (const auto& [name, node_ptr] : in_file_order(table)) {
    const toml::node& value = *node_ptr;
    const std::string where = "[category." + name + "]";
    problems.attempt([&] {
      const auto& body = as_table(value, where);
      check_keys(problems, body, where, {"team", "requires", "acknowledge", "resolve"});
      CategoryPolicy category{name, {}, {}, {}, {}};
      if (const auto* team = body.get("team")) {
        problems.attempt([&] { category.team = as_string(*team, "category." + name + ".team"); });
      }
      if (const auto* reqs = body.get("requires")) {
        problems.attempt([&] {
          category.requires_fields = name_list(*reqs, "category." + name + ".requires", true);
          for (std::size_t i = 0; i < category.requires_fields.size(); ++i) {
            const auto& field = category.requires_fields[i];
            if (std::find(requirable.begin(), requirable.end(), field) == requirable.end()) {
              reject((*reqs->as_array())[i].source(), "category." + name + ".requires: unknown field '" +
                                                          field + "'; " + util::suggestion_hint(field, requirable));
            }
          }
        });
      }
      if (const auto* ack = body.get("acknowledge")) {
        problems.attempt([&] { category.acknowledge = target(problems, *ack, "category." + name + ".acknowledge"); });
      }
      if (const auto* res = body.get("resolve")) {
        problems.attempt([&] { category.resolve = target(problems, *res, "category." + name + ".resolve"); });
      }
      policy.categories.push_back(std::move(category));
    });
  }
}

void load_escalation(Problems& problems, const toml::table& table, Policy& policy) {
  check_keys(problems, table, "[escalation]", {"levels", "at_risk", "breached"});
  if (const auto* levels = table.get("levels")) {
    problems.attempt([&] { policy.escalation.levels = name_list(*levels, "escalation.levels", true); });
  }
  const auto level = [&](const char* key) {
    const auto* node = table.get(key);
    if (node == nullptr) {
      return 0;
    }
    const auto* value = node->as_integer();
    const auto max = static_cast<std::int64_t>(policy.escalation.levels.size());
    if (value == nullptr || value->get() < 0 || value->get() > max) {
      reject(node->source(), std::string("escalation.") + key + " must be a level number from 0 to " +
                                 std::to_string(max) + " (0 = do not escalate)");
    }
    return static_cast<int>(value->get());
  };
  problems.attempt([&] { policy.escalation.at_risk = level("at_risk"); });
  problems.attempt([&] { policy.escalation.breached = level("breached"); });
}

// A language tag such as "hr", "ja" or "pt-BR" (BCP 47's shape, loosely).
bool is_language_tag(const std::string& tag) {
  return tag.size() >= 2 && tag.size() <= 35 && std::isalpha(static_cast<unsigned char>(tag[0])) &&
         std::all_of(tag.begin(), tag.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// A command line, split as it will be run (util::split_command_line), positioned at the
// column at fault inside the string.
std::vector<std::string> command(const toml::node& node, const std::string& what) {
  const std::string text = as_string(node, what);
  const util::SplitCommand split = util::split_command_line(text);
  if (split.problem) {
    toml::source_region where = node.source();
    where.begin.column += static_cast<toml::source_index>(split.column); // past the opening quote
    reject(where, what + ": " + *split.problem);
  }
  return split.words;
}

void load_messages(Problems& problems, const toml::table& table, Policy& policy) {
  check_keys(problems, table, "[messages]",
             {"send", "sms", "from", "survey_link", "on_file", "on_resolve", "on_followup", "timeout"});
  MessagesPolicy& m = policy.messages;
  if (const auto* send = table.get("send")) {
    problems.attempt([&] { m.send = command(*send, "messages.send"); });
  }
  if (const auto* sms = table.get("sms")) {
    problems.attempt([&] { m.sms = command(*sms, "messages.sms"); });
  }
  if (const auto* from = table.get("from")) {
    problems.attempt([&] {
      m.from = as_string(*from, "messages.from");
      if (!message::parse_mailbox(*m.from)) {
        reject(from->source(), "messages.from must be an address such as \"Acme <help@acme.example>\" "
                               "or \"help@acme.example\"");
      }
    });
  }
  if (const auto* link = table.get("survey_link")) {
    problems.attempt([&] {
      m.survey_link = as_string(*link, "messages.survey_link");
      if (m.survey_link->find_first_of(" \t\r\n") != std::string::npos) {
        reject(link->source(), "messages.survey_link must be one address without spaces, such as "
                               "\"https://acme.example/survey?ref={reference}\"");
      }
    });
  }
  const auto kind = [&](const char* key, std::vector<std::string> allowed) {
    const auto* node = table.get(key);
    if (node == nullptr) {
      return std::optional<std::string>();
    }
    const std::string value = as_string(*node, std::string("messages.") + key);
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      reject(node->source(), std::string("messages.") + key + " must be " +
                                 (allowed.size() == 1 ? "\"" + allowed[0] + "\"" : "one of: " + util::join(allowed, ", ")) +
                                 ", not \"" + value + "\"");
    }
    return std::optional<std::string>(value);
  };
  problems.attempt([&] { m.on_file = kind("on_file", {"ack"}); });
  problems.attempt([&] { m.on_resolve = kind("on_resolve", {"resolved", "survey"}); });
  problems.attempt([&] { m.on_followup = kind("on_followup", {"survey"}); });
  if (const auto* timeout = table.get("timeout")) {
    problems.attempt([&] {
      const auto* value = timeout->as_integer();
      if (value == nullptr || value->get() < 1 || value->get() > 3600) {
        reject(timeout->source(), "messages.timeout must be whole seconds from 1 to 3600, such as 60");
      }
      m.timeout_s = static_cast<int>(value->get());
    });
  }
  for (const char* key : {"on_file", "on_resolve", "on_followup"}) {
    if (const auto* node = table.get(key); node != nullptr && !table.get("send") && !table.get("sms")) {
      problems.attempt([&] {
        reject(node->source(), std::string("messages.") + key +
                                   " sends messages, but [messages] names no send (or sms) command to send them with");
      });
    }
  }
}

// Each part is read on its own (Problems::attempt): a problem in one does not hide the others.
void load(Problems& problems, const toml::table& root, Policy& policy) {
  check_keys(problems, root, "the policy", {"channels", "outcomes", "ledger", "calendar", "sla", "severity",
                                            "defaults", "category", "escalation", "followup",
                                            "messages"});
  const toml::source_region top{{1, 1}, {1, 1}, root.source().path};

  problems.attempt([&] {
    const auto& ledger = as_table(required(root, top, "ledger", "the policy"), "[ledger]");
    check_keys(problems, ledger, "[ledger]", {"name", "reference_prefix", "timezone", "currency", "anchors"});
    const auto& ledger_where = root.get("ledger")->source();
    problems.attempt([&] {
      policy.name = as_string(required(ledger, ledger_where, "name", "[ledger]"), "ledger.name");
    });
    problems.attempt([&] {
      const auto& prefix = required(ledger, ledger_where, "reference_prefix", "[ledger]");
      policy.reference_prefix = as_string(prefix, "ledger.reference_prefix");
      const std::string& p = policy.reference_prefix; // [A-Z][A-Z0-9]{0,9}
      if (p.empty() || p.size() > 10 || !is_capital(p[0]) ||
          !std::all_of(p.begin(), p.end(), [](char c) { return is_capital(c) || (c >= '0' && c <= '9'); })) {
        reject(prefix.source(), "ledger.reference_prefix must be 1-10 capital letters or digits, "
                                "starting with a letter (such as \"ACME\")");
      }
    });
    problems.attempt([&] {
      const auto& zone = required(ledger, ledger_where, "timezone", "[ledger]");
      policy.timezone = as_string(zone, "ledger.timezone");
      if (!TimeZone::find(policy.timezone)) {
        reject(zone.source(), "ledger.timezone: unknown time zone '" + policy.timezone +
                                  "'; expected an IANA name such as \"Europe/Zagreb\"");
      }
      policy.calendar.timezone = policy.timezone;
    });
    problems.attempt([&] {
      const auto& currency = required(ledger, ledger_where, "currency", "[ledger]");
      policy.currency = as_string(currency, "ledger.currency");
      if (!util::is_currency_code(policy.currency)) {
        reject(currency.source(), "ledger.currency must be an ISO 4217 code such as \"EUR\"");
      }
    });
    if (const auto* anchors = ledger.get("anchors")) {
      problems.attempt([&] {
        policy.anchors = as_string(*anchors, "ledger.anchors");
        if (policy.anchors->empty()) {
          reject(anchors->source(), "ledger.anchors must be a file name, such as \"/var/backups/redress.anchors\"");
        }
      });
    }
  });

  problems.attempt([&] { policy.channels = name_list(required(root, top, "channels", "the policy"), "channels"); });
  problems.attempt([&] { policy.outcomes = name_list(required(root, top, "outcomes", "the policy"), "outcomes"); });

  if (const auto* calendar = root.get("calendar")) {
    problems.attempt([&] { load_calendar(problems, as_table(*calendar, "[calendar]"), policy); });
  }
  if (!std::any_of(policy.calendar.working_days.begin(), policy.calendar.working_days.end(),
                   [](bool b) { return b; })) {
    problems.attempt([&] {
      reject(root.get("calendar") ? root.get("calendar")->source() : top,
             "calendar.days must name at least one working day");
    });
  }
  if (const auto* sla = root.get("sla")) {
    problems.attempt([&] {
      const auto& table = as_table(*sla, "[sla]");
      check_keys(problems, table, "[sla]", {"warn_at"});
      if (const auto* warn = table.get("warn_at")) {
        const auto value = warn->value<double>();
        if (!value || !(*value > 0.0 && *value <= 1.0)) {
          reject(warn->source(), "sla.warn_at must be a fraction above 0 and at most 1, such as 0.8");
        }
        policy.warn_at = *value;
      }
    });
  }
  problems.attempt([&] {
    load_severities(problems, required(root, top, "severity", "the policy"), policy);
    if (policy.severities.empty() && root.get("severity")->as_table() != nullptr &&
        root.get("severity")->as_table()->empty()) {
      reject(root.get("severity")->source(), "define at least one [severity.NAME] table");
    }
  });
  problems.attempt([&] {
    load_categories(problems, required(root, top, "category", "the policy"), policy);
    if (policy.categories.empty() && root.get("category")->as_table() != nullptr &&
        root.get("category")->as_table()->empty()) {
      reject(root.get("category")->source(), "define at least one [category.NAME] table");
    }
  });
  if (const auto* defaults = root.get("defaults")) {
    problems.attempt([&] {
      const auto& table = as_table(*defaults, "[defaults]");
      check_keys(problems, table, "[defaults]", {"severity", "language"});
      if (const auto* language = table.get("language")) {
        problems.attempt([&] {
          policy.default_language = as_string(*language, "defaults.language");
          if (!is_language_tag(policy.default_language)) {
            reject(language->source(), "defaults.language must be a language tag such as \"en\", \"hr\" or \"ja\"");
          }
        });
      }
      if (const auto* severity = table.get("severity")) {
        policy.default_severity = as_string(*severity, "defaults.severity");
        if (policy.find_severity(policy.default_severity) == nullptr) {
          reject(severity->source(), "defaults.severity: undefined severity '" +
                                         policy.default_severity + "'; " +
                                         util::suggestion_hint(policy.default_severity,
                                                               policy.severity_names()));
        }
      }
    });
  }
  if (policy.default_severity.empty() && !policy.severities.empty()) {
    policy.default_severity =
        policy.find_severity("normal") ? "normal" : policy.severities.front().name;
  }
  if (const auto* escalation = root.get("escalation")) {
    problems.attempt([&] { load_escalation(problems, as_table(*escalation, "[escalation]"), policy); });
  }
  if (const auto* messages = root.get("messages")) {
    problems.attempt([&] { load_messages(problems, as_table(*messages, "[messages]"), policy); });
  }
  if (const auto* followup = root.get("followup")) {
    problems.attempt([&] {
      const auto& table = as_table(*followup, "[followup]");
      check_keys(problems, table, "[followup]", {"ask_after", "close_after"});
      if (const auto* ask = table.get("ask_after")) {
        problems.attempt([&] { policy.followup.ask_after = duration(*ask, "followup.ask_after"); });
      }
      if (const auto* close = table.get("close_after")) {
        problems.attempt([&] { policy.followup.close_after = duration(*close, "followup.close_after"); });
      }
    });
  }
}

} // namespace

PolicyResult parse_policy(std::string_view text, std::string_view source_name) {
  const auto positioned = [&](const toml::source_region& where, std::string message) {
    return PolicyProblem{std::string(source_name), static_cast<int>(where.begin.line),
                         static_cast<int>(where.begin.column), std::move(message)};
  };
  const auto refused = [](std::vector<PolicyProblem> problems) {
    PolicyResult result{std::nullopt, problems.front(), std::move(problems)};
    return result;
  };
  if (const auto unsafe = policy_detail::check_toml_text(text)) {
    return refused({PolicyProblem{std::string(source_name), unsafe->line, unsafe->column, unsafe->message}});
  }
  try {
    // A syntax error stops toml++ at the first one; anything after that is read in full.
    const toml::table root = toml::parse(text, source_name);
    Problems problems;
    Policy policy;
    load(problems, root, policy);
    if (!problems.found.empty()) {
      std::vector<PolicyProblem> found;
      for (auto& r : problems.found) {
        found.push_back(positioned(r.where, std::move(r.message)));
      }
      std::stable_sort(found.begin(), found.end(), [](const PolicyProblem& a, const PolicyProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
      });
      return refused(std::move(found));
    }
    policy.digest = util::sha256_hex(text);
    policy.text = std::string(text);
    return PolicyResult{std::move(policy), std::nullopt, {}};
  } catch (const toml::parse_error& e) {
    return refused({positioned(e.source(), std::string(e.description()))});
  }
}

} // namespace redress
