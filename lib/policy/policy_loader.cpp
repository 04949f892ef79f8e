// Parses policy.toml into a Policy: the ledger, the SLA options, escalation and follow-up here;
// the other parts in their own files (toml_read.hpp lists them). Every rejection carries the
// position of the node at fault, so users get `policy.toml:LINE:COL: what was expected`.

#include "policy/toml_guard.hpp"
#include "message/mail.hpp"
#include "policy/toml_read.hpp"
#include "util/command.hpp"
#include <redress/message.hpp>
#include "util/digest.hpp"
#include "util/money.hpp"
#include "util/text.hpp"
#include <redress/suggest.hpp>

#include <redress/error.hpp>
#include <redress/policy.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <regex>
#include <filesystem>

namespace redress {

using namespace policy_detail;

namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

void load_ledger(Problems& problems, const toml::table& root, const toml::source_region& top, Policy& policy) {
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

// Why `pattern` does not compile as a regular expression (ECMAScript), if it does not.
std::optional<std::string> pattern_problem(const std::string& pattern) {
  try {
    std::regex compiled(pattern, std::regex::ECMAScript);
    return std::nullopt;
  } catch (const std::regex_error& e) {
    return std::string(e.what());
  }
}

// `[fields.NAME]`: custom fields. After the categories, which `required_for` names.
void load_fields(Problems& problems, const toml::node& node, Policy& policy) {
  static const std::vector<std::string> types{"text", "integer", "decimal", "date", "choice"};
  const auto& table = as_table(node, "[fields]");
  for (const auto& [name, node_ptr] : in_file_order(table)) {
    const toml::node& value = *node_ptr;
    const std::string where = "[fields." + name + "]";
    const std::string key = "fields." + name;
    problems.attempt([&] {
      if (!is_field_name(name)) {
        reject(value.source(), "field name '" + name + "' must be lower-case letters, digits and _, "
                               "starting with a letter, at most 64 (such as order_number)");
      }
      const auto& body = as_table(value, where);
      check_keys(problems, body, where, {"type", "values", "pattern", "required_for", "personal"});
      FieldPolicy field{name, FieldType::text, {}, {}, {}, false};
      if (const auto* type = body.get("type")) {
        problems.attempt([&] {
          const std::string text = as_string(*type, key + ".type");
          const auto it = std::find(types.begin(), types.end(), text);
          if (it == types.end()) {
            reject(type->source(), key + ".type: unknown type '" + text + "'; " +
                                       util::suggestion_hint(text, types));
          }
          field.type = static_cast<FieldType>(it - types.begin());
        });
      }
      if (const auto* values = body.get("values")) {
        problems.attempt([&] {
          if (field.type != FieldType::choice) {
            reject(values->source(), key + ".values is for type = \"choice\"");
          }
          field.values = name_list(*values, key + ".values");
        });
      } else if (field.type == FieldType::choice) {
        problems.attempt([&] { reject(value.source(), where + " has type = \"choice\" but no values = [...]"); });
      }
      if (const auto* pattern = body.get("pattern")) {
        problems.attempt([&] {
          if (field.type != FieldType::text) {
            reject(pattern->source(), key + ".pattern is for type = \"text\"");
          }
          field.pattern = as_string(*pattern, key + ".pattern");
          if (auto problem = pattern_problem(*field.pattern)) {
            reject(pattern->source(), key + ".pattern is not a regular expression: " + *problem);
          }
        });
      }
      if (const auto* required_for = body.get("required_for")) {
        problems.attempt([&] {
          field.required_for = name_list(*required_for, key + ".required_for", true);
          const auto known = policy.category_names();
          for (std::size_t i = 0; i < field.required_for.size(); ++i) {
            const auto& category = field.required_for[i];
            if (policy.find_category(category) == nullptr) {
              reject((*required_for->as_array())[i].source(),
                     key + ".required_for: undefined category '" + category + "'; " +
                         util::suggestion_hint(category, known));
            }
          }
        });
      }
      if (const auto* personal = body.get("personal")) {
        problems.attempt([&] {
          const auto* flag = personal->as_boolean();
          if (flag == nullptr) {
            reject(personal->source(), key + ".personal must be true or false, not " + type_name(*personal));
          }
          field.personal = flag->get();
        });
      }
      policy.fields.push_back(std::move(field));
    });
  }
}

// "25MiB", "500KiB", "1GiB", or a number of bytes.
std::int64_t byte_size(const toml::node& node, const std::string& what) {
  constexpr std::int64_t k_most = std::int64_t{1} << 40;
  const auto bad = [&]() -> std::int64_t {
    reject(node.source(), what + " must be a size such as \"25MiB\", \"500KiB\" or a number of bytes, "
                                 "from 1 byte to 1TiB");
  };
  if (const auto* n = node.as_integer()) {
    return n->get() >= 1 && n->get() <= k_most ? n->get() : bad();
  }
  const auto* s = node.as_string();
  if (s == nullptr) {
    return bad();
  }
  const std::string& text = s->get();
  std::size_t digits = 0;
  while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  if (digits == 0) {
    return bad();
  }
  std::string unit = text.substr(digits);
  if (!unit.empty() && unit.front() == ' ') {
    unit.erase(0, 1);
  }
  static const std::pair<const char*, int> units[] = {{"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}};
  for (const auto& [name, shift] : units) {
    if (unit == name) {
      const std::int64_t bytes = std::stoll(text.substr(0, digits)) << shift;
      return bytes >= 1 && bytes <= k_most ? bytes : bad();
    }
  }
  return bad();
}

// Each part is read on its own (Problems::attempt): a problem in one does not hide the others.
void load(Problems& problems, const toml::table& root, const std::string& policy_dir, Policy& policy) {
  check_keys(problems, root, "the policy", {"channels", "outcomes", "ledger", "calendar", "sla", "severity",
                                            "defaults", "category", "escalation", "followup", "renames",
                                            "return", "fields", "evidence", "messages", "retention"});
  const toml::source_region top{{1, 1}, {1, 1}, root.source().path};

  problems.attempt([&] { load_ledger(problems, root, top, policy); });
  Renames renames;
  load_channels_and_outcomes(problems, root, top, policy, renames);

  if (const auto* calendar = root.get("calendar")) {
    problems.attempt([&] { load_calendar(problems, as_table(*calendar, "[calendar]"), policy_dir, policy); });
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
    load_severities(problems, required(root, top, "severity", "the policy"), policy, renames);
    if (policy.severities.empty() && root.get("severity")->as_table() != nullptr &&
        root.get("severity")->as_table()->empty()) {
      reject(root.get("severity")->source(), "define at least one [severity.NAME] table");
    }
  });
  problems.attempt([&] {
    load_categories(problems, required(root, top, "category", "the policy"), policy, renames);
    if (policy.categories.empty() && root.get("category")->as_table() != nullptr &&
        root.get("category")->as_table()->empty()) {
      reject(root.get("category")->source(), "define at least one [category.NAME] table");
    }
  });
  load_renames(problems, root, renames, policy);
  if (const auto* defaults = root.get("defaults")) {
    problems.attempt([&] {
      const auto& table = as_table(*defaults, "[defaults]");
      check_keys(problems, table, "[defaults]", {"severity", "language"});
      if (const auto* language = table.get("language")) {
        problems.attempt([&] {
          policy.default_language = as_string(*language, "defaults.language");
          if (!util::is_language_tag(policy.default_language)) {
            reject(language->source(), "defaults.language must be a language tag such as \"en\", \"hr\" or \"ja\"");
          }
        });
      }
      if (const auto* severity = table.get("severity")) {
        policy.default_severity = as_string(*severity, "defaults.severity");
        const NameTable& severities = policy.names(NameKind::severity);
        if (const std::string* now = severities.current(policy.default_severity);
            now != nullptr && !severities.is_current(policy.default_severity)) {
          reject(severity->source(), "defaults.severity: '" + policy.default_severity +
                                         "' is an old name of severity '" + *now +
                                         "'; name the severity as it is called now");
        }
        if (!severities.is_current(policy.default_severity)) {
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
  if (const auto* messages = root.get("messages")) {
    problems.attempt([&] { load_messages(problems, as_table(*messages, "[messages]"), policy); });
  }
  if (const auto* fields = root.get("fields")) {
    problems.attempt([&] { load_fields(problems, *fields, policy); });
  }
  if (const auto* evidence = root.get("evidence")) {
    problems.attempt([&] {
      const auto& table = as_table(*evidence, "[evidence]");
      check_keys(problems, table, "[evidence]", {"max_size"});
      if (const auto* size = table.get("max_size")) {
        policy.evidence_max_bytes = byte_size(*size, "evidence.max_size");
      }
    });
  }
  if (const auto* escalation = root.get("escalation")) {
    problems.attempt([&] { load_escalation(problems, as_table(*escalation, "[escalation]"), policy); });
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
  if (const auto* retention = root.get("retention")) {
    problems.attempt([&] {
      const auto& table = as_table(*retention, "[retention]");
      check_keys(problems, table, "[retention]", {"personal_data"});
      if (const auto* personal = table.get("personal_data")) {
        problems.attempt([&] {
          const std::string text = as_string(*personal, "retention.personal_data");
          policy.retention.personal_data = parse_retention(text);
          if (!policy.retention.personal_data) {
            reject(personal->source(), "retention.personal_data must be a time after closure in years, weeks or "
                                       "days such as \"3y\", \"18w\" or \"90d\", not \"" + text + "\"" +
                                       (!text.empty() && (text.back() == 'm' || text.back() == 'h')
                                            ? " (months are not a unit here: \"36m\" would be minutes; write \"3y\")"
                                            : ""));
          }
        });
      }
    });
  }
  if (const auto* complaints_return = root.get("return")) {
    problems.attempt([&] { load_return(problems, *complaints_return, policy); });
  }
}

} // namespace

PolicyResult parse_policy(std::string_view text, std::string_view source_name) {
  const auto positioned = [&](const Rejection& r) {
    if (!r.file.empty()) {
      return PolicyProblem{r.file, r.line, r.column, r.message};
    }
    return PolicyProblem{std::string(source_name), static_cast<int>(r.where.begin.line),
                         static_cast<int>(r.where.begin.column), r.message};
  };
  const auto refused = [](std::vector<PolicyProblem> problems) {
    PolicyResult result{std::nullopt, problems.front(), std::move(problems)};
    return result;
  };
  if (const auto unsafe = check_toml_text(text)) {
    return refused({PolicyProblem{std::string(source_name), unsafe->line, unsafe->column, unsafe->message}});
  }
  try {
    // A syntax error stops toml++ at the first one; anything after that is read in full.
    const toml::table root = toml::parse(text, source_name);
    Problems problems;
    Policy policy;
    load(problems, root, std::filesystem::path(source_name).parent_path().string(), policy);
    if (!problems.found.empty()) {
      // In file order; problems of a file the policy names come where the policy names it.
      std::stable_sort(problems.found.begin(), problems.found.end(), [](const Rejection& a, const Rejection& b) {
        return std::pair(a.where.begin.line, a.where.begin.column) < std::pair(b.where.begin.line, b.where.begin.column);
      });
      std::vector<PolicyProblem> found;
      for (const Rejection& r : problems.found) {
        found.push_back(positioned(r));
      }
      return refused(std::move(found));
    }
    policy.digest = util::sha256_hex(text);
    policy.text = std::string(text);
    return PolicyResult{std::move(policy), std::nullopt, {}};
  } catch (const toml::parse_error& e) {
    return refused({PolicyProblem{std::string(source_name), static_cast<int>(e.source().begin.line),
                                  static_cast<int>(e.source().begin.column), std::string(e.description())}});
  }
}

} // namespace redress
