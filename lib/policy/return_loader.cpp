// [return]: how `report return` counts for a regulator (docs/reports.md).

#include "policy/toml_read.hpp"

#include <redress/suggest.hpp>

#include <unordered_map>

namespace redress::policy_detail {

namespace {

void product_groups(Problems& problems, const toml::table& table, Policy& policy) {
  const NameTable& categories = policy.names(NameKind::category);
  std::unordered_map<std::string, std::string> group_of; // category -> its group
  for (const auto& [group, node] : in_file_order(table)) {
    problems.attempt([&] {
      const std::string what = "return.product_groups." + group;
      ProductGroup g{group, {}};
      const auto names = name_list(*node, what);
      for (std::size_t i = 0; i < names.size(); ++i) {
        problems.attempt([&] {
          const auto& where = (*node->as_array())[i].source();
          if (!categories.is_current(names[i])) {
            const std::string* now = categories.current(names[i]);
            reject(where, what + ": " +
                              (now != nullptr ? "'" + names[i] + "' is an old name of category '" + *now +
                                                    "'; name the category as it is called now"
                                              : "unknown category '" + names[i] + "'; " +
                                                    util::suggestion_hint(names[i], categories.names())));
          }
          if (const auto [it, added] = group_of.emplace(names[i], group); !added) {
            reject(where, what + ": category '" + names[i] + "' is in product group '" + it->second +
                              "' already; a category counts in one group");
          }
          g.categories.push_back(names[i]);
        });
      }
      policy.complaints_return.product_groups.push_back(std::move(g));
    });
  }
  std::vector<std::string> missing;
  for (const auto& name : categories.names()) {
    if (!group_of.contains(name)) {
      missing.push_back(name);
    }
  }
  if (!missing.empty()) {
    problems.add(table.source(), "return.product_groups: every category counts in a product group; "
                                 "not in any: " + util::join(missing, ", "));
  }
}

} // namespace

void load_return(Problems& problems, const toml::node& node, Policy& policy) {
  const auto& table = as_table(node, "[return]");
  ReturnPolicy& r = policy.complaints_return;
  r.defined = true;
  check_keys(problems, table, "[return]", {"title", "early", "final", "year_starts", "product_groups"});
  if (const auto* title = table.get("title")) {
    problems.attempt([&] { r.title = as_string(*title, "return.title"); });
  }
  if (const auto* early = table.get("early")) {
    problems.attempt([&] { r.early = target(problems, *early, "return.early"); });
  }
  if (const auto* final_deadline = table.get("final")) {
    problems.attempt([&] { r.final = target(problems, *final_deadline, "return.final"); });
  }
  if (const auto* starts = table.get("year_starts")) {
    problems.attempt([&] {
      const std::string text = as_string(*starts, "return.year_starts");
      if (!has_shape(text, "99-99")) {
        reject(starts->source(), "return.year_starts must be a month and day such as \"04-01\", not \"" + text + "\"");
      }
      const Holiday day = date_text(text, starts->source(), "return.year_starts");
      if (day.month == 2 && day.day == 29) {
        reject(starts->source(), "return.year_starts cannot be 02-29, which most years do not have");
      }
      r.year_start_month = day.month;
      r.year_start_day = day.day;
    });
  }
  if (const auto* groups = table.get("product_groups")) {
    problems.attempt([&] { product_groups(problems, as_table(*groups, "[return.product_groups]"), policy); });
  }
  // The return counts upheld complaints: an outcome it cannot place would be counted wrong.
  std::vector<std::string> unclassified;
  for (const OutcomePolicy& o : policy.outcomes) {
    if (!o.upheld) {
      unclassified.push_back(o.name);
    }
  }
  if (!unclassified.empty()) {
    problems.add(node.source(), "[return] counts upheld complaints: give every outcome upheld = \"upheld\", "
                                "\"partly-upheld\" or \"not-upheld\" in its [outcomes.NAME] table; not "
                                "classified: " + util::join(unclassified, ", "));
  }
}

} // namespace redress::policy_detail
