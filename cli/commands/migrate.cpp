// migrate --to URL: an SQLite ledger moved verbatim into PostgreSQL (Ledger::migrate_to,
// docs/postgresql.md).

#include "commands/commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace redress::cli {

namespace {

void run_migrate(const Context& ctx, const std::string& url) {
  Ledger ledger = ctx.open_ledger(Access::write);
  const MigrationResult r = ledger.migrate_to(url, ctx.actor());
  if (!ctx.global.quiet) {
    Context::say(fmt::format("Moved the ledger to {}:\n"
                             "{} complaints, {} events, {} evidence files. The copy verifies there, and its\n"
                             "chain head is event {} {}, as here.\n"
                             "Every command in this folder now works on it: {} names it.\n"
                             "Other folders and hosts join it with 'redress init --join URL'.\n"
                             "The old ledger.db stays, read-only; {} says where it went.\n",
                             r.url, r.complaints, r.events, r.evidence_files, r.head_id, r.head_hash,
                             ledger.paths().store_file.string(), r.note.string()));
  }
  for (const auto& warning : r.warnings) {
    Context::warn(warning, "the ledger has moved; finish this by hand");
  }
}

} // namespace

void register_migrate(CLI::App& app, Context& ctx) {
  auto url = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("migrate", "Move this SQLite ledger verbatim into an empty PostgreSQL database");
  cmd->add_option("--to", *url,
                  "The empty PostgreSQL database (postgresql://...) to move the ledger to; a password goes in "
                  "~/.pgpass")
      ->type_name("URL")
      ->required();
  cmd->footer("Same references, events, hashes and chain head, in one transaction that commits only when the "
              "copy verifies. Then this folder uses the database, and ledger.db is left read-only. Exits 4 "
              "for a database that is not empty, 7 for a ledger that does not verify; nothing changes then.");
  cmd->callback([&ctx, url] { ctx.action = [&ctx, url] { run_migrate(ctx, *url); }; });
}

} // namespace redress::cli
