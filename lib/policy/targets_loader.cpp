// [severity.NAME] and [category.NAME]: the SLA targets, a category's overrides per severity,
// the rest of a category's rules, and the old names of both.

#include "policy/toml_read.hpp"

#include <redress/suggest.hpp>

#include <algorithm>

namespace redress::policy_detail {

namespace {

// Words a severity cannot be called: they are the keys of a category's per-severity targets.
const std::vector<std::string> k_reserved_severities{"default", "within", "clock"};

// A category's `acknowledge` or `resolve`: a target for every severity, or a table of targets
// per severity (`default` for the others), such as { critical = "1d", default = "3d" }.
TargetOverride target_override(Problems& problems, const toml::node& node, const std::string& what,
                               const Policy& policy, const Renames& renames) {
  TargetOverride o;
  const auto* table = node.as_table();
  if (table == nullptr || table->contains("within") || table->contains("clock")) {
    o.every = target(problems, node, what);
    return o;
  }
  if (table->empty()) {
    reject(node.source(), what + " must name severities, such as { critical = \"1d\", default = \"3d\" }");
  }
  const NameTable& severities = policy.names(NameKind::severity);
  for (const auto& [key, value] : in_file_order(*table)) {
    problems.attempt([&] {
      const std::string where = what + "." + key;
      if (key == "default") {
        o.every = target(problems, *value, where);
        return;
      }
      if (!severities.is_current(key)) {
        // A severity renamed since: say what it is called now.
        for (const OldName& old : renames[static_cast<std::size_t>(NameKind::severity)]) {
          if (old.old_name == key) {
            reject(value->source(), what + ": '" + key + "' is an old name of severity '" + old.current +
                                        "'; name the severity as it is called now");
          }
        }
        std::vector<std::string> allowed = severities.names();
        allowed.emplace_back("default");
        reject(value->source(), what + ": unknown severity '" + key + "'; " +
                                    util::suggestion_hint(key, allowed));
      }
      o.severity.emplace_back(key, target(problems, *value, where));
    });
  }
  return o;
}

} // namespace

void gather_was(Problems& problems, const toml::table& body, NameKind kind, const std::string& name,
                const std::string& where, Renames& renames) {
  const auto* was = body.get("was");
  if (was == nullptr) {
    return;
  }
  problems.attempt([&] {
    const auto old_names = name_list(*was, where + ".was");
    for (std::size_t i = 0; i < old_names.size(); ++i) {
      renames[static_cast<std::size_t>(kind)].push_back(
          OldName{old_names[i], name, (*was->as_array())[i].source()});
    }
  });
}

void load_severities(Problems& problems, const toml::node& node, Policy& policy, Renames& renames) {
  const auto& table = as_table(node, "[severity]");
  for (const auto& [name, node_ptr] : in_file_order(table)) {
    const toml::node& value = *node_ptr;
    const std::string where = "[severity." + name + "]";
    problems.attempt([&] {
      const auto& body = as_table(value, where);
      if (std::find(k_reserved_severities.begin(), k_reserved_severities.end(), name) !=
          k_reserved_severities.end()) {
        reject(value.source(), "a severity cannot be called '" + name +
                                   "': categories use that word in their targets per severity");
      }
      check_keys(problems, body, where, {"acknowledge", "resolve", "was"});
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
      policy.names(NameKind::severity).add(name);
      policy.severities.push_back(std::move(severity));
      gather_was(problems, body, NameKind::severity, name, "severity." + name, renames);
    });
  }
}

void load_categories(Problems& problems, const toml::node& node, Policy& policy, Renames& renames) {
  static const std::vector<std::string> requirable{"evidence", "details", "email", "phone",
                                                   "member_id", "product"};
  const auto& table = as_table(node, "[category]");
  for (const auto& [name, node_ptr] : in_file_order(table)) {
    const toml::node& value = *node_ptr;
    const std::string where = "[category." + name + "]";
    problems.attempt([&] {
      const auto& body = as_table(value, where);
      check_keys(problems, body, where, {"team", "requires", "acknowledge", "resolve", "was"});
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
        problems.attempt(
            [&] { category.acknowledge = target_override(problems, *ack, "category." + name + ".acknowledge", policy, renames); });
      }
      if (const auto* res = body.get("resolve")) {
        problems.attempt(
            [&] { category.resolve = target_override(problems, *res, "category." + name + ".resolve", policy, renames); });
      }
      policy.names(NameKind::category).add(name);
      policy.categories.push_back(std::move(category));
      gather_was(problems, body, NameKind::category, name, "category." + name, renames);
    });
  }
}

} // namespace redress::policy_detail
