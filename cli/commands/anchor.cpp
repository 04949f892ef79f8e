// anchor: the chain head written down outside the ledger (redress/anchor.hpp), for
// `verify --anchors`.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/anchor.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace redress::cli {

namespace {

struct AnchorOptions {
  std::optional<std::string> file;
};

void run_anchor(const Context& ctx, const AnchorOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const Anchor anchor = ledger.anchor();
  // --file, else the policy's [ledger] anchors (relative to the folder holding .redress/).
  std::optional<std::filesystem::path> file;
  if (o.file) {
    file = *o.file;
  } else if (ledger.policy().anchors) {
    file = *ledger.policy().anchors;
    if (file->is_relative()) {
      file = (ledger.paths().dir / "..").lexically_normal() / *file;
    }
  }
  if (file) {
    append_anchor(*file, anchor);
  }
  if (!ctx.global.quiet || !file) {
    Context::out(format_anchor(anchor) + "\n");
  }
}

} // namespace

void register_anchor(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AnchorOptions>();
  auto* cmd = app.add_subcommand(
      "anchor", "Write the chain head down outside the ledger, for 'verify --anchors'");
  cmd->add_option("--file", o->file,
                  "Append it to FILE (default: the policy's [ledger] anchors; else print only)")
      ->type_name("FILE");
  cmd->footer("Prints the anchor line: mail it, or keep the file on another machine. "
              "'redress verify --anchors FILE' fails when an anchored event was rewritten or lost.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_anchor(ctx, *o); }; });
}

} // namespace redress::cli
