// verify: the SQLite integrity check, the schema, the event hash chain, every projection rebuilt
// from its events, and the rest of redress/verify.hpp. Prints what was checked; a problem
// exits 7.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <memory>

namespace redress::cli {

namespace {

// One line per check, in the order verify runs them: ok, FAILED for the first failing one, and
// nothing for the checks after it (they did not run).
void print_text(const VerifyReport& r, bool with_anchors, bool postgresql) {
  const auto line = [&](const char* check, const std::string& result) {
    Context::say_line(fmt::format("{:<12} {}", check, result));
  };
  const std::pair<const char*, std::string> checks[] = {
      {"database", postgresql ? "ok (the chain head names the newest event; the server enforces keys)"
                              : "ok (integrity_check, foreign_key_check)"},
      {"schema", "ok: tables, indexes and append-only triggers as redress created them"},
      {"chain", r.events == 0 ? std::string("ok: no events yet")
                              : fmt::format("ok: {} events, head is event {} {}", r.events,
                                            r.head_id, r.head_hash)},
      {"projections", fmt::format("ok: {} complaints rebuilt from their events", r.complaints)},
      {"sequences", "ok: every year's reference counter matches its complaints"},
      {"customers", "ok: every customer is what their complaints were filed with"},
      {"search", "ok: the search index holds every complaint's texts and their words"},
      {"policies", "ok: every complaint's policy is recorded"},
      {"evidence", fmt::format("ok: {} stored file{} match{} {} digest{}", r.evidence_files,
                               r.evidence_files == 1 ? "" : "s", r.evidence_files == 1 ? "es" : "",
                               r.evidence_files == 1 ? "its" : "their", r.evidence_files == 1 ? "" : "s")},
      {"anchors", fmt::format("ok: {} anchored head{} still in the chain", r.anchors,
                              r.anchors == 1 ? " is" : "s are")},
  };
  for (const auto& [check, ok] : checks) {
    if (std::string_view(check) == "anchors" && !with_anchors) {
      break;
    }
    // A ledger without evidence files has nothing to say here.
    if (std::string_view(check) == "evidence" && r.evidence_files == 0 && r.failed_check != check) {
      continue;
    }
    if (r.failed_check == check) {
      const std::string after = std::string_view(check) == "chain"
                                    ? fmt::format(" after {} good events", r.events)
                                : std::string_view(check) == "projections"
                                    ? fmt::format(" after {} good complaints", r.complaints)
                                    : std::string();
      line(check, "FAILED" + after);
      return;
    }
    line(check, ok);
  }
}

void run_verify(const Context& ctx, const std::optional<std::string>& anchors_file) {
  Ledger ledger = ctx.open_ledger(Access::read);
  std::vector<Anchor> anchors;
  if (anchors_file) {
    std::ifstream in(*anchors_file, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(*anchors_file, ec)) {
      throw Error(Errc::not_found, "cannot read --anchors '" + *anchors_file + "'");
    }
    anchors = read_anchors(in, *anchors_file);
  }
  const VerifyReport r = ledger.verify(anchors);
  const OutputFormat format = ctx.format(OutputFormat::table);
  if (format == OutputFormat::json || format == OutputFormat::ndjson) {
    nlohmann::json j{{"ok", !r.problem},
                     {"events", r.events},
                     {"complaints", r.complaints},
                     {"head_id", r.head_id},
                     {"head_hash", r.head_hash},
                     {"evidence_files", r.evidence_files},
                     {"anchors", anchors_file ? nlohmann::json(r.anchors) : nlohmann::json()},
                     {"failed_check", r.problem ? nlohmann::json(r.failed_check) : nlohmann::json()},
                     {"problem", r.problem ? nlohmann::json(*r.problem) : nlohmann::json()}};
    Context::out(j.dump(format == OutputFormat::json ? 2 : -1) + "\n");
  } else if (!ctx.global.quiet) {
    print_text(r, anchors_file.has_value(), !ledger.paths().store.empty());
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
  auto anchors = std::make_shared<std::optional<std::string>>();
  cmd->add_option("--anchors", *anchors,
                  "Also check that every head anchored in FILE ('redress anchor') is still in the chain")
      ->type_name("FILE");
  cmd->footer("Exits 7 and names the first bad event or complaint when a check fails.");
  cmd->callback([&ctx, anchors] { ctx.action = [&ctx, anchors] { run_verify(ctx, *anchors); }; });
}

} // namespace redress::cli
