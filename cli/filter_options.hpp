#pragma once
// The filter options that `list` and `export` share (and `search` will): one registration, so
// the commands cannot drift apart.

#include <redress/ledger.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace redress::cli {

struct FilterOptions {
  std::vector<std::string> statuses, severities, categories, channels;
  bool open = false;
  std::optional<std::string> assignee, team, customer, since, until;
  bool at_risk = false, breached = false, followup_due = false, not_told = false;
  std::string sort;
  bool reverse = false;
  std::optional<std::int64_t> limit;
  bool include_confidential = false;
};

/// Adds the filter, sort and --include-confidential options to `cmd`; `default_sort` is the
/// order when --sort is not given.
void add_filter_options(CLI::App& cmd, FilterOptions& options, const std::string& default_sort);

/// The filter the options describe, times parsed in the ledger's zone and every name checked
/// (Error{usage} with a did-you-mean) before anything is written.
ComplaintFilter make_filter(const Ledger& ledger, const FilterOptions& options);

} // namespace redress::cli
