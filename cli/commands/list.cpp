#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"
#include "output.hpp"

#include <redress/export.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace redress::cli {

namespace {

void run_list(const Context& ctx, const FilterOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const ComplaintFilter f = make_filter(ledger, o);
  const bool redact = !o.include_confidential;
  const TimeZone& zone = ledger.zone();

  switch (const OutputFormat format = ctx.format(OutputFormat::tsv)) {
  case OutputFormat::tsv:
    Context::out(tsv_record(complaint_columns(), {}));
    ledger.list(f, [&](const Complaint& c) { Context::out(tsv_record(complaint_cells(c, zone, redact), complaint_numeric_columns())); });
    break;
  case OutputFormat::csv:
  case OutputFormat::json:
  case OutputFormat::ndjson: {
    // The same bytes as `export` writes.
    OutputFile output(std::nullopt);
    ExportWriter writer(output.stream(), format, ExportWriter::Kind::complaints, zone,
                        o.include_confidential, false);
    ledger.list(f, [&](const Complaint& c) { writer.complaint(c); });
    writer.finish();
    output.commit();
    break;
  }
  case OutputFormat::html: // refused for every command but report (main.cpp)
  case OutputFormat::table:
  case OutputFormat::markdown: {
    std::vector<Complaint> rows;
    ledger.list(f, [&](const Complaint& c) { rows.push_back(c); });
    const TextTable table = complaint_list_table(rows, zone, redact, ledger.as_of());
    if (format == OutputFormat::markdown) {
      Context::out(render_markdown_table(table));
    } else if (rows.empty()) {
      Context::say(ctx.global.quiet ? "" : "No complaints match.\n");
    } else {
      Context::out(render_terminal_table(table, ctx.terminal()));
    }
    break;
  }
  }
}

} // namespace

void register_list(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto* cmd = app.add_subcommand("list", "List complaints, filtered and sorted");
  add_filter_options(*cmd, *o, "received");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_list(ctx, *o); }; });
}

} // namespace redress::cli
