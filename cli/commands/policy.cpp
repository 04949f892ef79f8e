#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace redress::cli {

namespace {

struct PolicyCheckOptions {
  std::optional<std::string> file;
};

void run_policy_check(const Context& ctx, const PolicyCheckOptions& o) {
  // A file given explicitly is checked without any ledger; else the ledger's own policy.
  const std::string path = o.file ? *o.file
                                  : locate_ledger(ctx.global.ledger, std::filesystem::current_path())
                                        .policy.string();
  const Policy policy = load_policy(path);
  // The message templates beside the policy are part of it: templates/KIND.LANG.txt.
  const std::filesystem::path folder = std::filesystem::path(path).parent_path() / "templates";
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
                                  policy.channels.size(), policy.outcomes.size()));
  }
}

void run_policy_show(const Context& ctx) {
  const Ledger ledger = ctx.open_ledger(Access::read);
  const OutputFormat format = ctx.format(OutputFormat::table);
  const TextTable targets = policy_target_table(ledger.policy());
  if (format == OutputFormat::table || format == OutputFormat::markdown) {
    Context::say(policy_summary_text(ledger.policy()) + "\n");
  }
  Context::out(render_table(targets, format, ctx.terminal()));
}

} // namespace

void register_policy(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("policy", "Validate or show the policy");
  cmd->require_subcommand(1);
  auto check = std::make_shared<PolicyCheckOptions>();
  auto* check_cmd = cmd->add_subcommand(
      "check", "Validate a policy file (default: the ledger's) and the message templates beside it");
  check_cmd->add_option("file", check->file, "Policy file to check; needs no ledger")->type_name("FILE");
  check_cmd->callback([&ctx, check] { ctx.action = [&ctx, check] { run_policy_check(ctx, *check); }; });
  auto* show_cmd = cmd->add_subcommand(
      "show", "Print the effective policy and the targets of every severity and category");
  show_cmd->callback([&ctx] { ctx.action = [&ctx] { run_policy_show(ctx); }; });
}

} // namespace redress::cli
