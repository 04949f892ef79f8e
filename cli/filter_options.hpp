#pragma once
// The filter options that `list` and `export` share (and `search` will): one registration, so
// the commands cannot drift apart.

#include <redress/ledger.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
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
  std::vector<std::string> fields; // NAME=VALUE
};

/// `--field NAME=VALUE` options as (name, value) pairs, split at the first '='. Error{usage}
/// for one without a name or an '='.
std::vector<std::pair<std::string, std::string>> parse_field_options(const std::vector<std::string>& given);

/// `--delimiter` for CSV (export, import): ',', ';' or a tab (also written "\t" or "tab",
/// being hard to type). Error{usage} for anything else.
char parse_delimiter_option(const std::string& text);

/// Adds the filter, sort and --include-confidential options to `cmd`; `default_sort` is the
/// order when --sort is not given.
void add_filter_options(CLI::App& cmd, FilterOptions& options, const std::string& default_sort);

/// The filter the options describe, times parsed in the ledger's zone and every name checked
/// (Error{usage} with a did-you-mean) before anything is written.
ComplaintFilter make_filter(const Ledger& ledger, const FilterOptions& options);

} // namespace redress::cli
