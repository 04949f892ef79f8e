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
  std::optional<std::string> preset;
  std::optional<std::string> store;
  std::optional<std::string> join;
  bool shared = false;
};

void run_init(const Context& ctx, const InitOptions& o) {
  std::optional<std::filesystem::path> policy;
  if (o.policy) {
    policy = *o.policy;
  }
  if (o.join) {
    const LedgerPaths paths = join_ledger(o.dir, *o.join, o.shared);
    if (!ctx.global.quiet) {
      Context::say(fmt::format("Connected {} to the redress ledger in {}\n"
                               "Every command here now works on that ledger, under the policy it keeps.\n",
                               paths.dir.string(), policy_source(paths)));
    }
    return;
  }
  if (o.store) {
    const LedgerPaths paths = init_store_ledger(o.dir, *o.store, policy, o.shared, o.preset, ctx.actor());
    if (!ctx.global.quiet) {
      Context::say(fmt::format("Created a redress ledger in {}\n"
                               "and pointed {} at it ({}).\n"
                               "Other folders and hosts join it with 'redress init --join URL'.\n"
                               "Record a complaint with 'redress file'.\n",
                               policy_source(paths), paths.dir.string(), paths.store_file.string()));
    }
    return;
  }
  const LedgerPaths paths = init_ledger(o.dir, policy, o.shared, o.preset);
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
  auto* policy = cmd->add_option("--policy", opts->policy, "Start from this policy file instead of the default")
                     ->type_name("FILE");
  cmd->add_option("--preset", opts->preset,
                  "Start from a regulator's commented policy: fca (UK FCA DISP), psd2 (EU payment services), "
                  "cfpb (US CFPB) or iso10002 (ISO 10002)")
      ->type_name("NAME")
      ->excludes(policy);
  auto* store = cmd->add_option("--store", opts->store,
                                "Keep the ledger in this empty PostgreSQL database (postgresql://...), with "
                                "its policy, instead of .redress/ledger.db; a password goes in ~/.pgpass")
                    ->type_name("URL");
  cmd->add_option("--join", opts->join,
                  "Use the PostgreSQL ledger at this URL from here (another folder or host); "
                  "it keeps its own policy")
      ->type_name("URL")
      ->excludes(store)
      ->excludes(policy)
      ->excludes("--preset");
  cmd->add_flag("--shared", opts->shared,
                "Let the folder's group read and write the ledger too (files 0660), for a "
                "ledger several users keep; otherwise it is the owner's only (0600)");
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { run_init(ctx, *opts); }; });
}

} // namespace redress::cli
