#pragma once
// Reading policy.toml's nodes into values, for the loaders of each part of the policy
// (policy_loader.cpp: the whole file; calendar_loader.cpp, targets_loader.cpp,
// names_loader.cpp, return_loader.cpp: their sections). Every rejection carries the position of
// the node at fault, so users get `policy.toml:LINE:COL: what was expected`.

#include <redress/duration.hpp>
#include <redress/policy.hpp>

#include <toml++/toml.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace redress::policy_detail {

/// A problem at a place of the file (or of a file it names, `file` set then).
struct Rejection {
  toml::source_region where;
  std::string message;
  std::string file; // empty: the policy file itself
  int line = 0;     // with `file`: the position in it
  int column = 0;
};

/// Throws a Rejection: the unit being read (a key, an entry, a table) stops there.
[[noreturn]] void reject(const toml::source_region& where, std::string message);

/// Every problem found so far. A problem stops the one unit it is in, thrown as a Rejection and
/// recorded by attempt(); the units around it go on, so that one run names every problem.
struct Problems {
  std::vector<Rejection> found;

  template <typename Fn> void attempt(Fn&& fn) {
    try {
      fn();
    } catch (Rejection& r) {
      found.push_back(std::move(r));
    }
  }
  void add(const toml::source_region& where, std::string message) {
    found.push_back(Rejection{where, std::move(message), {}, 0, 0});
  }
};

/// "a table", "a string", ... for messages.
std::string type_name(const toml::node& node);
/// Records every key of `table` outside `allowed`, naming the closest allowed key.
void check_keys(Problems& problems, const toml::table& table, const std::string& where,
                const std::vector<std::string>& allowed);
const toml::table& as_table(const toml::node& node, const std::string& what);
/// A non-empty string.
std::string as_string(const toml::node& node, const std::string& what);
const toml::node& required(const toml::table& table, const toml::source_region& table_where,
                           const std::string& key, const std::string& where);
/// An array of unique, non-empty strings (names the policy defines).
std::vector<std::string> name_list(const toml::node& node, const std::string& what, bool allow_empty = false);
Duration duration(const toml::node& node, const std::string& what);
/// A target: a duration string (business time) or { within = "8w", clock = "calendar" }.
Target target(Problems& problems, const toml::node& node, const std::string& what);
/// Whether `text` has exactly the shape of `shape`, where '9' stands for any ASCII digit and
/// every other character for itself.
bool has_shape(std::string_view text, std::string_view shape);
/// The number the `count` digits at `at` spell (has_shape() checked they are digits).
int digits_at(std::string_view text, std::size_t at, std::size_t count);
/// "YYYY-MM-DD", "MM-DD" (every year, year 0) or a TOML date, checked to be a real date;
/// `what` names the key in messages.
Holiday date_of(const toml::node& node, const std::string& what);
/// The same for a text (a key), positioned at `where`.
Holiday date_text(const std::string& text, const toml::source_region& where, const std::string& what);
/// A table's entries in the order the file wrote them (toml++ keeps tables sorted by key, but
/// people list severities from the most to the least urgent and expect to see that order).
std::vector<std::pair<std::string, const toml::node*>> in_file_order(const toml::table& table);

// The loaders of the policy's parts, in the order parse_policy() calls them.

/// An old name a `was` list or `[renames]` gives, where it was written.
struct OldName {
  std::string old_name;
  std::string current; // what it was renamed to (a current name, or another old one in [renames])
  toml::source_region where;
};
/// The old names gathered while the names are read, per NameKind; load_renames() enters them.
using Renames = std::array<std::vector<OldName>, 4>;
/// A table's `was = [...]`: the old names of `name`.
void gather_was(Problems& problems, const toml::table& body, NameKind kind, const std::string& name,
                const std::string& where, Renames& renames);

/// `channels`, and `outcomes` (a list, or [outcomes.NAME] tables with `upheld` and `was`).
void load_channels_and_outcomes(Problems& problems, const toml::table& root, const toml::source_region& top,
                                Policy& policy, Renames& renames);
/// `[calendar]`; `policy_dir` is the folder `holidays_ics` is read from.
void load_calendar(Problems& problems, const toml::table& table, const std::string& policy_dir,
                   Policy& policy);
/// `[severity.NAME]`: targets and `was`.
void load_severities(Problems& problems, const toml::node& node, Policy& policy, Renames& renames);
/// `[category.NAME]`: team, requires, targets (per severity too) and `was`; after the severities.
void load_categories(Problems& problems, const toml::node& node, Policy& policy, Renames& renames);
/// The old names (`was` lists, and `[renames]` of `root`) into the policy's name tables;
/// refuses cycles, old names still in use and old names given twice.
void load_renames(Problems& problems, const toml::table& root, Renames& renames, Policy& policy);
/// `[return]`; after the categories, outcomes and renames.
void load_return(Problems& problems, const toml::node& node, Policy& policy);

} // namespace redress::policy_detail
