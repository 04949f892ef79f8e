// sweep: the cron job. Escalates late complaints, closes old resolved ones and erases personal data
// past its retention, printing each action; --dry-run prints what it would do; --as-of evaluates
// as at another time.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace redress::cli {

namespace {

struct SweepOptions {
  bool dry_run = false;
  std::optional<std::string> as_of;
};

void run_sweep(const Context& ctx, const SweepOptions& o) {
  Ledger ledger = ctx.open_ledger(o.dry_run ? Access::read : Access::write);
  if (o.as_of) {
    const Instant as_of = Context::parse_time_option(ledger, "--as-of", *o.as_of);
    if (as_of > ledger.as_of()) {
      throw Error(Errc::invalid_input, "--as-of " + format_local(as_of, ledger.zone()) + " is in the future",
                  "sweep records what it does; it cannot act later than now");
    }
    ledger.set_as_of(as_of);
  }
  bool scrubbed = true;
  const auto actions = ledger.sweep(o.dry_run, ctx.actor(), &scrubbed);
  if (!scrubbed) { // on stderr, so a cron job's mail carries it even when stdout says nothing else
    Context::warn_not_scrubbed("personal data was erased",
                               "the next sweep or 'redress customer erase' rewrites it");
  }
  TextTable table{{"reference", "action", "details"}, {}, {}, {}, 1};
  for (const auto& a : actions) {
    table.rows.push_back({a.reference, (o.dry_run && a.action != "survey failed" ? "would be " : "") + a.action,
                          a.description});
  }
  const OutputFormat format = ctx.format(OutputFormat::tsv);
  if (actions.empty() && format != OutputFormat::json) {
    // For cron: nothing done, nothing printed, so `| mail -E` sends no mail. A person at a
    // terminal is told; JSON stays a document (an empty array).
    if (format == OutputFormat::table && !ctx.global.quiet) {
      Context::say("Nothing to do.\n");
    }
    return;
  }
  if (ctx.global.quiet && !ctx.global.format) {
    return;
  }
  Context::out(render_table(table, format, ctx.terminal()));
}

} // namespace

void register_sweep(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SweepOptions>();
  auto* cmd = app.add_subcommand(
      "sweep", "For cron: escalate late complaints, close resolved ones past followup.close_after, "
               "send due surveys ([messages] on_followup), erase personal data past [retention] personal_data");
  cmd->add_flag("--dry-run", o->dry_run, "Print what would be done; change nothing");
  cmd->add_option("--as-of", o->as_of, "Evaluate as at TIME (not in the future)")->type_name("TIME");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_sweep(ctx, *o); }; });
}

} // namespace redress::cli
