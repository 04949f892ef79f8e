// The names the policy defines: `channels`, `outcomes` (with how a return counts each), and
// the old names of every kind (`was` lists and `[renames]`).

#include "policy/toml_read.hpp"

#include <redress/suggest.hpp>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace redress::policy_detail {

namespace {

const std::vector<std::string> k_upheld{"upheld", "partly-upheld", "not-upheld"};

void outcome_tables(Problems& problems, const toml::table& table, Policy& policy, Renames& renames) {
  if (table.empty()) {
    reject(table.source(), "outcomes must not be empty");
  }
  for (const auto& [name, node] : in_file_order(table)) {
    const std::string where = "[outcomes." + name + "]";
    problems.attempt([&] {
      const auto& body = as_table(*node, where);
      check_keys(problems, body, where, {"upheld", "was"});
      OutcomePolicy outcome{name, std::nullopt};
      if (const auto* upheld = body.get("upheld")) {
        problems.attempt([&] {
          const std::string text = as_string(*upheld, "outcomes." + name + ".upheld");
          outcome.upheld = parse_upheld(text);
          if (!outcome.upheld) {
            reject(upheld->source(), "outcomes." + name + ".upheld must be \"upheld\", \"partly-upheld\" "
                                     "or \"not-upheld\", not \"" + text + "\"; " +
                                         util::suggestion_hint(text, k_upheld));
          }
        });
      }
      policy.names(NameKind::outcome).add(name);
      policy.outcomes.push_back(std::move(outcome));
      gather_was(problems, body, NameKind::outcome, name, "outcomes." + name, renames);
    });
  }
}

// "category 'shipping'" and the like.
std::string named(NameKind kind, const std::string& name) {
  return std::string(to_string(kind)) + " '" + name + "'";
}

// Which names in use each name in use lists as an old name.
using WasGraph = std::unordered_map<std::string, std::vector<std::string>>;

// A path in `graph` from `from` to `to` (each name lists the next as an old name); empty when
// there is none.
std::vector<std::string> was_path(const WasGraph& graph, const std::string& from, const std::string& to) {
  std::vector<std::vector<std::string>> paths{{from}};
  std::unordered_set<std::string> seen{from};
  while (!paths.empty()) {
    std::vector<std::string> path = std::move(paths.back());
    paths.pop_back();
    if (path.back() == to) {
      return path;
    }
    if (const auto it = graph.find(path.back()); it != graph.end()) {
      for (const auto& next : it->second) {
        if (seen.insert(next).second) {
          paths.push_back(path);
          paths.back().push_back(next);
        }
      }
    }
  }
  return {};
}

// Old names given in `was` lists: each stands for the current name that lists it.
void enter_was(Problems& problems, NameKind kind, const std::vector<OldName>& old_names, Policy& policy) {
  NameTable& names = policy.names(kind);
  const std::string noun(to_string(kind));
  WasGraph graph;
  for (const OldName& o : old_names) {
    if (names.is_current(o.old_name)) {
      graph[o.current].push_back(o.old_name);
    }
  }
  for (const OldName& o : old_names) {
    problems.attempt([&] {
      if (o.old_name == o.current) {
        reject(o.where, named(kind, o.current) + " lists itself in was");
      }
      if (names.is_current(o.old_name)) {
        // A name in use given as an old one: a cycle when it lists this one back, in turn.
        const auto back = was_path(graph, o.old_name, o.current);
        if (!back.empty()) {
          std::string cycle = "'" + o.current + "'";
          for (const auto& step : back) {
            cycle += " was '" + step + "'";
          }
          reject(o.where, "rename cycle of " + noun + " names: " + cycle +
                              "; keep the newest name and list only the names before it in its was");
        }
        reject(o.where, "'" + o.old_name + "' is a " + noun +
                            " in use, not an old name; remove it from was, or remove its own table");
      }
      if (!names.add_old(o.old_name, o.current)) {
        reject(o.where, "'" + o.old_name + "' is an old name of " + named(kind, *names.current(o.old_name)) +
                            " already; an old name stands for one " + noun);
      }
    });
  }
}

// `[renames] channels = { walk-in = "in-person" }`: old = new, where new may itself be an old
// name (a chain of renames), ending at a current name.
void enter_map(Problems& problems, const toml::table& map, NameKind kind, const std::string& what, Policy& policy) {
  NameTable& names = policy.names(kind);
  std::unordered_map<std::string, std::pair<std::string, const toml::node*>> next;
  for (const auto& [old_name, node] : in_file_order(map)) {
    problems.attempt([&] { next.emplace(old_name, std::pair(as_string(*node, what + "." + old_name), node)); });
  }
  for (const auto& [old_name, node] : in_file_order(map)) {
    problems.attempt([&] {
      if (!next.contains(old_name)) {
        return; // its value was wrong, and said so
      }
      // Follow old -> new -> ... to a current name, refusing a loop.
      std::vector<std::string> path{old_name};
      std::string at = old_name;
      while (!names.is_current(at) || at == old_name) {
        const auto step = next.find(at);
        if (step == next.end()) {
          reject(node->source(), what + "." + old_name + ": '" + at + "' is not a " + std::string(to_string(kind)) +
                                     " of the policy; " + util::suggestion_hint(at, names.names()));
        }
        at = step->second.first;
        if (std::find(path.begin(), path.end(), at) != path.end()) {
          path.push_back(at);
          std::string cycle;
          for (std::size_t i = 0; i < path.size(); ++i) {
            cycle += (i == 0 ? "'" : " -> '") + path[i] + "'";
          }
          reject(node->source(), "rename cycle in " + what + ": " + cycle);
        }
        path.push_back(at);
      }
      if (names.is_current(old_name)) {
        reject(node->source(), what + ": '" + old_name + "' is a " + std::string(to_string(kind)) +
                                   " in use, not an old name");
      }
      if (!names.add_old(old_name, at)) {
        reject(node->source(), what + ": '" + old_name + "' is an old name of " +
                                   named(kind, *names.current(old_name)) + " already");
      }
    });
  }
}

} // namespace

void load_channels_and_outcomes(Problems& problems, const toml::table& root, const toml::source_region& top,
                                Policy& policy, Renames& renames) {
  problems.attempt([&] {
    for (const auto& name : name_list(required(root, top, "channels", "the policy"), "channels")) {
      policy.names(NameKind::channel).add(name);
    }
  });
  problems.attempt([&] {
    const toml::node& outcomes = required(root, top, "outcomes", "the policy");
    if (const auto* tables = outcomes.as_table()) {
      outcome_tables(problems, *tables, policy, renames);
      return;
    }
    if (outcomes.as_array() == nullptr) {
      reject(outcomes.source(), "outcomes must be an array of strings or [outcomes.NAME] tables, not " +
                                    type_name(outcomes));
    }
    for (const auto& name : name_list(outcomes, "outcomes")) {
      policy.names(NameKind::outcome).add(name);
      policy.outcomes.push_back(OutcomePolicy{name, std::nullopt});
    }
  });
}

void load_renames(Problems& problems, const toml::table& root, Renames& renames, Policy& policy) {
  for (const NameKind kind : k_name_kinds) {
    enter_was(problems, kind, renames[static_cast<std::size_t>(kind)], policy);
  }
  const auto* node = root.get("renames");
  if (node == nullptr) {
    return;
  }
  problems.attempt([&] {
    const auto& table = as_table(*node, "[renames]");
    check_keys(problems, table, "[renames]", {"channels", "outcomes"});
    for (const auto& [key, kind] : {std::pair("channels", NameKind::channel), std::pair("outcomes", NameKind::outcome)}) {
      if (const auto* map = table.get(key)) {
        problems.attempt([&] {
          enter_map(problems, as_table(*map, std::string("renames.") + key), kind, std::string("renames.") + key, policy);
        });
      }
    }
  });
}

} // namespace redress::policy_detail
