// verify: the SQLite integrity check, the event hash chain, and every projection rebuilt from
// its events (redress/verify.hpp). Prints what was checked; a problem exits 7.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redress::cli {

namespace {

void print_text(const VerifyReport& r) {
  const auto line = [&](const char* check, const std::string& result) {
    Context::say_line(fmt::format("{:<12} {}", check, result));
  };
  const bool database_ok = r.failed_check != "database";
  line("database", database_ok ? "ok (integrity_check, foreign_key_check)" : "FAILED");
  if (!database_ok) {
    return;
  }
  if (r.failed_check == "chain") {
    line("event chain", fmt::format("FAILED after {} good events", r.events));
    return;
  }
  line("event chain", r.events == 0 ? std::string("ok: no events yet")
                                    : fmt::format("ok: {} events, head is event {} {}", r.events,
                                                  r.head_id, r.head_hash));
  if (r.failed_check == "projections") {
    line("projections", fmt::format("FAILED after {} good complaints", r.complaints));
    return;
  }
  line("projections", fmt::format("ok: {} complaints rebuilt from their events", r.complaints));
  line("schema", r.failed_check == "schema" ? "FAILED" : "ok: events are append-only");
}

void run_verify(const Context& ctx) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const VerifyReport r = ledger.verify();
  const OutputFormat format = ctx.format(OutputFormat::table);
  if (format == OutputFormat::json || format == OutputFormat::ndjson) {
    nlohmann::json j{{"ok", !r.problem},
                     {"events", r.events},
                     {"complaints", r.complaints},
                     {"head_id", r.head_id},
                     {"head_hash", r.head_hash},
                     {"failed_check", r.problem ? nlohmann::json(r.failed_check) : nlohmann::json()},
                     {"problem", r.problem ? nlohmann::json(*r.problem) : nlohmann::json()}};
    Context::out(j.dump(format == OutputFormat::json ? 2 : -1) + "\n");
  } else if (!ctx.global.quiet) {
    print_text(r);
  }
  if (r.problem) {
    throw Error(Errc::integrity, *r.problem,
                "keep this copy for investigation and restore the last good backup");
  }
}

} // namespace

void register_verify(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "verify", "Check the database, the event hash chain and every complaint against its events");
  cmd->footer("Exits 7 and names the first bad event or complaint when a check fails.");
  cmd->callback([&ctx] { ctx.action = [&ctx] { run_verify(ctx); }; });
}

} // namespace redress::cli
