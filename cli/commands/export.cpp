#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"
#include "output.hpp"
#include "progress.hpp"

#include <redress/error.hpp>
#include <redress/export.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <memory>

namespace redress::cli {

namespace {

struct ExportOptions {
  FilterOptions filter;
  bool events = false;
  std::optional<std::string> output;
  bool bom = false;
  std::optional<std::string> delimiter;
};

void run_export(const Context& ctx, const ExportOptions& o) {
  const std::string format_name = ctx.global.format.value_or("csv");
  const auto format = parse_output_format(format_name);
  if (format != OutputFormat::csv && format != OutputFormat::json && format != OutputFormat::ndjson) {
    throw Error(Errc::usage, "export cannot write " + format_name, "use --format csv, json or ndjson");
  }
  if (o.bom && format != OutputFormat::csv) {
    throw Error(Errc::usage, "--bom is for CSV only", "JSON must not start with a byte-order mark");
  }
  const char delimiter = o.delimiter ? parse_delimiter_option(*o.delimiter) : ',';
  if (o.delimiter && format != OutputFormat::csv) {
    throw Error(Errc::usage, "--delimiter is for CSV only");
  }
  Ledger ledger = ctx.open_ledger(Access::read);
  const ComplaintFilter filter = make_filter(ledger, o.filter);
  OutputFile output(o.output);
  Progress progress("exporting", !ctx.global.quiet);
  // Counting costs a second pass, so only when someone watches the bar.
  const std::int64_t total = progress.enabled() ? ledger.count(filter) : 0;
  ExportWriter writer(output.stream(), *format,
                      o.events ? ExportWriter::Kind::events : ExportWriter::Kind::complaints,
                      ledger.zone(), o.filter.include_confidential, o.bom,
                      o.events ? std::vector<std::string>{} : ledger.field_names(), delimiter);
  std::int64_t complaints = 0;
  std::int64_t events = 0;
  const auto step = [&] {
    ++complaints;
    progress.update(complaints, "complaints", total > 0 ? static_cast<double>(complaints) / static_cast<double>(total) : -1.0);
  };
  if (o.events) {
    std::int64_t last = 0;
    ledger.list_events(filter, [&](const Complaint& c, const Event& e) {
      if (c.id != last) {
        last = c.id;
        step();
      }
      writer.event(c, e);
      ++events;
    });
  } else {
    ledger.list(filter, [&](const Complaint& c) {
      writer.complaint(c);
      step();
    });
  }
  writer.finish();
  progress.clear();
  output.commit();
  // A file says nothing of what it holds: tell the person who asked for it (not a script).
  if (o.output && *o.output != "-" && !ctx.global.quiet && ::isatty(STDERR_FILENO) != 0) {
    const auto count = [](std::int64_t n, const char* one, const char* many) {
      return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    fmt::print(stderr, "Wrote {} to {}\n",
               o.events ? count(events, "event", "events") + " of " + count(complaints, "complaint", "complaints")
                        : count(complaints, "complaint", "complaints"),
               message_line(*o.output));
  }
}

} // namespace

void register_export(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand(
      "export", "Write complaints (or their events) as CSV, JSON or NDJSON: --format csv|json|ndjson, default csv");
  add_filter_options(*cmd, o->filter, "reference");
  cmd->add_flag("--events", o->events, "Export the event log (one row per event) instead of the complaints");
  cmd->add_option("-o,--output", o->output, "Write to FILE (replaced only when the export succeeds); default stdout")
      ->type_name("FILE");
  cmd->add_flag("--bom", o->bom, "Start a CSV with a UTF-8 byte-order mark, for Excel");
  cmd->add_option("--delimiter", o->delimiter, "CSV: separate cells with ',' (default), ';' or tab")
      ->type_name("CHAR");
  cmd->footer("The global --format chooses csv (default), json or ndjson. Confidential complaints "
              "are exported without customer details and texts unless --include-confidential.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_export(ctx, *o); }; });
}

} // namespace redress::cli
