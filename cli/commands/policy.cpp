#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>
#include <redress/ledger.hpp>
#include <redress/render.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace redress::cli {

namespace {

struct PolicyCheckOptions {
  std::optional<std::string> file;
};

// Where an old name of `kind` goes in the policy, for the warning's hint.
std::string rename_hint(NameKind kind, const std::string& name, std::int64_t complaints) {
  const std::string quoted = "\"" + name + "\"";
  const std::string they = complaints == 1 ? "it belongs" : "they belong";
  switch (kind) {
  case NameKind::category: return "add was = [" + quoted + "] to the [category.NAME] " + they + " to now, or put the category back";
  case NameKind::severity: return "add was = [" + quoted + "] to the [severity.NAME] " + they + " to now, or put the severity back";
  case NameKind::channel: return "add " + quoted + " = \"NAME\" to [renames] channels, or put the channel back";
  case NameKind::outcome: return "add was = [" + quoted + "] to its [outcomes.NAME] (or " + quoted +
                                 " = \"NAME\" to [renames] outcomes), or put the outcome back";
  }
  return {};
}

// One warning for each name the ledger's complaints are filed under that its policy lacks.
void warn_stray_names(Ledger ledger) {
  std::fflush(stdout); // the verdict comes before the warnings
  for (const StrayName& s : ledger.stray_names()) {
    // Names come from the database: one safe line each.
    fmt::print(stderr, "redress: warning: {} complaint{} {} filed under {} '{}', which the policy no longer has; {}\n",
               s.complaints, s.complaints == 1 ? "" : "s", s.complaints == 1 ? "is" : "are", to_string(s.kind),
               message_line(s.name), message_line(rename_hint(s.kind, s.name, s.complaints)));
  }
}

void run_policy_check(const Context& ctx, const PolicyCheckOptions& o) {
  // A file given explicitly is checked without any ledger; else the ledger's own policy, and
  // against the names its complaints are stored under.
  const std::optional<LedgerPaths> located =
      o.file ? std::nullopt : std::optional(locate_ledger(ctx.global.ledger, std::filesystem::current_path()));
  const std::string path = o.file ? *o.file : policy_source(*located);
  const Policy policy = o.file ? load_policy(path) : ledger_policy(*located);
  // The message templates beside the policy are part of it: templates/KIND.LANG.txt.
  const std::filesystem::path folder =
      (o.file ? std::filesystem::path(path).parent_path() : located->dir) / "templates";
  const auto problems = check_template_folder(folder.string());
  if (!problems.empty()) {
    std::vector<std::string> more;
    for (std::size_t i = 1; i < problems.size(); ++i) {
      more.push_back(problems[i].to_string());
    }
    throw Error(Errc::invalid_input, problems.front().to_string(), "", more);
  }
  if (!ctx.global.quiet) {
    Context::say_line(fmt::format("{}: ok ({} severities, {} categories, {} channels, {} outcomes)",
                                  path, policy.severities.size(), policy.categories.size(),
                                  policy.channel_names().size(), policy.outcomes.size()));
  }
  if (o.file) {
    return;
  }
  warn_stray_names(ctx.open_ledger(Access::read));
}

void run_policy_show(const Context& ctx) {
  const Ledger ledger = ctx.open_ledger(Access::read);
  const OutputFormat format = ctx.format(OutputFormat::table);
  const TextTable targets = policy_target_table(ledger.policy());
  if (format == OutputFormat::table || format == OutputFormat::markdown) {
    Context::say(policy_summary_text(ledger.policy(), ctx.terminal().width) + "\n");
  }
  Context::out(render_table(targets, format, ctx.terminal()));
}

void run_policy_set(const Context& ctx, const std::string& file) {
  const std::string text = read_policy_file(file);
  Ledger ledger = ctx.open_ledger(Access::write);
  const std::string digest = ledger.set_policy(text, file, ctx.actor());
  if (!ctx.global.quiet) {
    Context::say_line(fmt::format("{} is now the policy of {} (sha256 {}); complaints filed before keep their due times",
                                  file, policy_source(ledger.paths()), digest));
  }
  // As `policy check` would: names the complaints hold that the new policy lacks.
  warn_stray_names(ctx.open_ledger(Access::read));
}

} // namespace

void register_policy(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("policy", "Validate, show or (PostgreSQL ledgers) set the policy");
  cmd->require_subcommand(1);
  auto check = std::make_shared<PolicyCheckOptions>();
  auto* check_cmd = cmd->add_subcommand(
      "check", "Validate a policy file (default: the ledger's, warning of names its complaints hold that the policy lacks) and the message templates beside it");
  check_cmd->add_option("file", check->file, "Policy file to check; needs no ledger")->type_name("FILE");
  check_cmd->callback([&ctx, check] { ctx.action = [&ctx, check] { run_policy_check(ctx, *check); }; });
  auto set_file = std::make_shared<std::string>();
  auto* set_cmd = cmd->add_subcommand(
      "set", "Make FILE the policy a PostgreSQL ledger files under, for every host (an SQLite ledger's is its policy.toml)");
  set_cmd->add_option("file", *set_file, "Policy file, validated first")->required()->type_name("FILE");
  set_cmd->callback([&ctx, set_file] { ctx.action = [&ctx, set_file] { run_policy_set(ctx, *set_file); }; });
  auto* show_cmd = cmd->add_subcommand(
      "show", "Print the effective policy and the targets of every severity and category");
  show_cmd->callback([&ctx] { ctx.action = [&ctx] { run_policy_show(ctx); }; });
}

} // namespace redress::cli
