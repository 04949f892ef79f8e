// upgrade: the ledger's schema brought up to this binary's (upgrade_ledger, docs/postgresql.md).

#include "commands/commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace redress::cli {

namespace {

void run_upgrade(const Context& ctx) {
  const LedgerPaths paths = ctx.locate();
  const SchemaUpgrade r = upgrade_ledger(paths);
  if (ctx.global.quiet) {
    return;
  }
  if (!r.postgresql) {
    Context::say(fmt::format("The ledger {} is at schema version {}.\n"
                             "An SQLite ledger is brought up to date by the first command that opens it:\n"
                             "there was nothing more to do.\n",
                             paths.db.string(), r.to));
  } else if (r.from == r.to) {
    Context::say(fmt::format("The ledger in {}\nis at schema version {} already: nothing to do.\n",
                             policy_source(paths), r.to));
  } else {
    Context::say(fmt::format("Upgraded the ledger in {}\nfrom schema version {} to {}.\n"
                             "Every host of it now needs this version of redress.\n",
                             policy_source(paths), r.from, r.to));
  }
}

} // namespace

void register_upgrade(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("upgrade", "Bring the ledger's schema up to this version of redress");
  cmd->footer("On PostgreSQL, other commands refuse a ledger whose schema is older than redress: upgrade "
              "every host's redress, then run this once, from any of them. An SQLite ledger is upgraded by "
              "any command that opens it.");
  cmd->callback([&ctx] { ctx.action = [&ctx] { run_upgrade(ctx); }; });
}

} // namespace redress::cli
