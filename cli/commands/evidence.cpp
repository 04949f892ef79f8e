// evidence: what a complaint holds as evidence (`evidence REF`), and one stored file written
// out again (`evidence get REF N -o FILE`), checked against its recorded digest.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace redress::cli {

namespace {

struct EvidenceOptions {
  std::string reference;
};

struct GetOptions {
  std::string reference;
  int number = 0;
  std::string output;
};

void run_list(const Context& ctx, const EvidenceOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const std::vector<EvidenceItem> items = ledger.evidence(o.reference);
  TextTable table{{"number", "name", "size", "type", "sha256", "at", "actor", "event"},
                  {true, false, true, false, false, false, false, false},
                  {},
                  {},
                  1};
  for (const EvidenceItem& i : items) {
    table.rows.push_back({i.number > 0 ? std::to_string(i.number) : "",
                          i.name,
                          i.size ? std::to_string(*i.size) : "",
                          i.type,
                          i.sha256,
                          format_local(i.at, ledger.zone()),
                          i.actor,
                          i.event_type + (i.undone ? " (undone)" : "")});
  }
  // The name is the free text that shrinks first on a narrow terminal: put it last there.
  const OutputFormat format = ctx.format(OutputFormat::tsv);
  if (format == OutputFormat::table) {
    if (items.empty()) {
      Context::out("No evidence.\n");
      return;
    }
    TextTable shown{{"n", "size", "type", "at", "event", "name"}, {true, true, false, false, false, false}, {}, {}, 1};
    for (const auto& row : table.rows) {
      shown.rows.push_back({row[0], row[2], row[3], row[5], row[7], row[1]});
    }
    shown.drop_order = {2, 4};
    Context::out(render_table(shown, format, ctx.terminal()));
    return;
  }
  Context::out(render_table(table, format, ctx.terminal()));
}

// Writes the file to a new, owner-only file beside `output` and renames it into place only
// when its bytes matched their digest; an existing `output` is never replaced.
void run_get(const Context& ctx, const GetOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  if (o.output == "-") {
    if (isatty(STDOUT_FILENO) != 0) {
      throw Error(Errc::usage, "will not write a file's bytes to the terminal", "give -o FILE, or redirect standard output");
    }
    std::ostringstream bytes;
    ledger.read_evidence(o.reference, o.number, bytes);
    std::cout << bytes.str() << std::flush;
    return;
  }
  const std::filesystem::path target = o.output;
  std::error_code ec;
  if (std::filesystem::symlink_status(target, ec).type() != std::filesystem::file_type::not_found) {
    throw Error(Errc::refused, "'" + o.output + "' already exists; nothing was written", "choose another name");
  }
  std::filesystem::path folder = target.parent_path();
  if (folder.empty()) {
    folder = ".";
  }
  std::string temp = (folder / (".redress-evidence-XXXXXX")).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    throw Error(Errc::failure, "cannot write to '" + folder.string() + "': " + std::strerror(errno));
  }
  ::close(fd);
  EvidenceItem item;
  try {
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      item = ledger.read_evidence(o.reference, o.number, out);
      out.flush();
      if (!out) {
        throw Error(Errc::failure, "cannot write '" + o.output + "'");
      }
    }
    if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
      throw Error(errno == EEXIST ? Errc::refused : Errc::failure,
                  "cannot write '" + o.output + "': " + std::strerror(errno) + "; nothing was written");
    }
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  if (!ctx.global.quiet) {
    // Names come from the ledger and the command line: one safe line (message_line).
    std::cerr << message_line(fmt::format("Wrote {} ({} bytes, sha256 {}) to {}", item.name, item.size.value_or(0),
                                          item.sha256, o.output))
              << "\n";
  }
}

} // namespace

void register_evidence(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EvidenceOptions>();
  auto* cmd = app.add_subcommand("evidence", "List a complaint's evidence, or write a stored file out (get)");
  cmd->add_option("reference", o->reference, "Reference (ACME-2026-00042) or its number this year")->type_name("REF");
  cmd->footer("Files are numbered from 1 in the order they came; labels (--evidence-note) have no "
              "number. 'redress evidence get REF N -o FILE' writes file N out.");

  auto g = std::make_shared<GetOptions>();
  auto* get = cmd->add_subcommand("get", "Write evidence file N of a complaint to FILE, checked against its digest");
  get->add_option("reference", g->reference, "Reference (ACME-2026-00042) or its number this year")
      ->type_name("REF")
      ->required();
  get->add_option("number", g->number, "The file's number in 'redress evidence REF'")
      ->type_name("N")
      ->required()
      ->check(CLI::Range(1, 1000000));
  get->add_option("-o,--output", g->output, "Where to write it (a new file; '-' = standard output)")
      ->type_name("FILE")
      ->required();
  get->callback([&ctx, g] { ctx.action = [&ctx, g] { run_get(ctx, *g); }; });
  cmd->callback([&ctx, o, get] {
    if (get->parsed()) {
      return;
    }
    if (o->reference.empty()) {
      throw CLI::RequiredError("reference");
    }
    ctx.action = [&ctx, o] { run_list(ctx, *o); };
  });
}

} // namespace redress::cli
