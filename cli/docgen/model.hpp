#pragma once
// The command tree as data, read from the CLI::App that main() builds: the manual pages and
// the shell completions are written from it (cli/docgen/*.cpp), so they name exactly the
// commands and options the binary takes. Nothing here lists commands by hand.

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace redress::cli::docgen {

/// What a value is, for completion: read from the option's type name (`--category CATEGORY`).
enum class ValueKind {
  text,       // anything: nothing to offer
  choice,     // one of `choices`
  file,       // FILE, PATH
  directory,  // DIR
  dynamic,    // names from the ledger: `dynamic` says which (`__complete categories`)
};

struct OptionDoc {
  std::vector<std::string> names; // "-o", "--output"
  std::string value;              // "FILE"; empty for a flag
  std::string help;
  std::vector<std::string> choices;
  ValueKind kind = ValueKind::text;
  std::string dynamic;   // for ValueKind::dynamic: channels, categories, references, ...
  bool required = false;
  bool repeatable = false; // may be given again (or takes several values)
  bool list = false;       // takes a comma-separated list
};

struct CommandDoc {
  std::string name;                 // "sla"
  std::vector<std::string> path;    // {"report", "sla"}; empty for redress itself
  std::string description;
  std::string footer;
  std::vector<OptionDoc> options;     // without --help
  std::vector<OptionDoc> positionals; // in order; `value` is the argument's name
  std::vector<CommandDoc> subcommands;
  bool subcommand_required = false;

  /// "redress report sla"
  [[nodiscard]] std::string full_name() const;
  /// "redress-report": the manual page of a top-level command (and of its subcommands).
  [[nodiscard]] std::string page_name() const;
};

/// The tree under `app`, hidden commands (empty group) left out.
CommandDoc describe(const CLI::App& app);

/// `fn(command)` for `root` and every command under it, parents first.
template <typename Fn> void for_each_command(const CommandDoc& root, Fn&& fn) {
  fn(root);
  for (const auto& sub : root.subcommands) {
    for_each_command(sub, fn);
  }
}

/// "report sla" ("" for redress itself): how completions key a command.
std::string path_key(const CommandDoc& c);

} // namespace redress::cli::docgen
