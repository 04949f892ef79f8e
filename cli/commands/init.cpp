#include "commands/commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace redress::cli {

namespace {

struct InitOptions {
  std::string dir = ".";
  std::optional<std::string> policy;
  bool shared = false;
};

void run_init(const Context& ctx, const InitOptions& o) {
  std::optional<std::filesystem::path> policy;
  if (o.policy) {
    policy = *o.policy;
  }
  const LedgerPaths paths = init_ledger(o.dir, policy, o.shared);
  if (!ctx.global.quiet) {
    Context::say(fmt::format("Created a redress ledger in {}\n"
                             "Review the rules in {} (redress policy check validates them),\n"
                             "then record a complaint with 'redress file'.\n",
                             paths.dir.string(), paths.policy.string()));
  }
}

} // namespace

void register_init(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand("init", "Create a ledger (.redress/) with a commented default policy");
  cmd->add_option("dir", opts->dir, "Folder to create .redress/ in (default: here)")->type_name("DIR");
  cmd->add_option("--policy", opts->policy, "Start from this policy file instead of the default")->type_name("FILE");
  cmd->add_flag("--shared", opts->shared,
                "Let the folder's group read and write the ledger too (files 0660), for a "
                "ledger several users keep; otherwise it is the owner's only (0600)");
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { run_init(ctx, *opts); }; });
}

} // namespace redress::cli
