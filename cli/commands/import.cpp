#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"
#include "output.hpp"
#include "progress.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace redress::cli {

namespace {

struct ImportCommandOptions {
  std::string file;
  std::vector<std::string> maps;
  bool dry_run = false;
  bool skip_invalid = false;
  std::optional<std::string> rejects;
  bool allow_incomplete = false;
  bool keep_unmapped = false;
  std::optional<std::string> delimiter;
};

DataFormat input_format(const Context& ctx, const std::string& file) {
  if (ctx.global.format) {
    if (auto f = parse_data_format(*ctx.global.format)) {
      return *f;
    }
    throw Error(Errc::usage, "import cannot read " + *ctx.global.format, "use --format csv, json or ndjson");
  }
  if (file == "-") {
    throw Error(Errc::usage, "standard input has no name to tell its format by",
                "give --format csv, json or ndjson");
  }
  if (auto f = data_format_of(file)) {
    return *f;
  }
  throw Error(Errc::usage, "cannot tell the format of '" + file + "' from its name",
              "give --format csv, json or ndjson");
}

std::vector<std::pair<std::string, std::string>> parse_maps(const std::vector<std::string>& maps) {
  std::vector<std::pair<std::string, std::string>> mapping;
  for (const auto& m : maps) {
    const auto eq = m.rfind('=');
    if (eq == std::string::npos) {
      throw Error(Errc::usage, "--map '" + m + "' has no '='", "write --map 'COLUMN=FIELD'");
    }
    mapping.emplace_back(m.substr(0, eq), m.substr(eq + 1));
  }
  return mapping;
}

std::string references(const ImportSummary& s) {
  if (!s.first_reference) {
    return "";
  }
  return *s.first_reference == *s.last_reference ? ": " + *s.first_reference
                                                 : ": " + *s.first_reference + " to " + *s.last_reference;
}

std::string complaints(std::int64_t n) { return fmt::format("{} complaint{}", n, n == 1 ? "" : "s"); }

void run_import(const Context& ctx, const ImportCommandOptions& o) {
  ImportOptions options;
  options.format = input_format(ctx, o.file);
  options.source_name = o.file == "-" ? "standard input" : o.file;
  options.mapping = parse_maps(o.maps);
  options.dry_run = o.dry_run;
  options.skip_invalid = o.skip_invalid;
  options.allow_incomplete = o.allow_incomplete;
  options.keep_unmapped = o.keep_unmapped;
  if (o.delimiter) {
    if (options.format != DataFormat::csv) {
      throw Error(Errc::usage, "--delimiter is for CSV files only");
    }
    options.delimiter = parse_delimiter_option(*o.delimiter);
  }

  std::ifstream file;
  std::uintmax_t size = 0;
  if (o.file != "-") {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(o.file, ec)) {
      throw Error(Errc::not_found, "cannot read '" + o.file + "': " +
                                       (std::filesystem::exists(o.file, ec) ? "not a file" : "no such file"));
    }
    size = std::filesystem::file_size(o.file, ec);
    file.open(o.file, std::ios::binary);
    if (!file) {
      throw Error(Errc::not_found, "cannot read '" + o.file + "'");
    }
  }
  std::istream& in = o.file == "-" ? std::cin : file;

  Ledger ledger = ctx.open_ledger(Access::write);
  // The rejects file is only written by a real run; a dry run writes nothing at all.
  std::optional<OutputFile> rejects;
  if (o.rejects && !o.dry_run) {
    rejects.emplace(o.rejects, std::vector<std::string>{o.file});
    options.rejects = &rejects->stream();
  }
  Progress progress("importing", !ctx.global.quiet);
  options.progress = [&](std::int64_t records, std::uint64_t bytes) {
    progress.update(records, "records", size > 0 ? static_cast<double>(bytes) / static_cast<double>(size) : -1);
  };
  const ImportSummary s = ledger.import(in, options, ctx.actor());
  progress.clear();
  if (rejects) {
    rejects->commit();
  }

  const std::string noun = record_position(options.format, 0).substr(0, record_position(options.format, 0).find(' '));
  if (o.dry_run) {
    for (const auto& [column, field] : s.kept_columns) {
      Context::say_line(fmt::format("column '{}' kept as text field {}", column, field));
    }
    for (const auto& problem : s.problems) {
      Context::say_line(problem);
    }
    if (s.problems.size() < static_cast<std::size_t>(s.rejected)) {
      Context::say_line(fmt::format("... and {} more", static_cast<std::size_t>(s.rejected) - s.problems.size()));
    }
    if (s.rejected > 0 && !o.skip_invalid) {
      std::fflush(stdout); // the list of problems before the error line, in a pipe too
      throw Error(Errc::invalid_input,
                  fmt::format("{}: {} of {} {}s {} invalid; nothing would be imported", options.source_name, s.rejected,
                              s.records, noun, s.rejected == 1 ? "is" : "are"));
    }
    Context::say_line(fmt::format("dry run: would import {} from {}{}{}; nothing was written",
                                  complaints(s.imported), options.source_name, references(s),
                                  s.rejected > 0 ? fmt::format(", and reject {} {}{}", s.rejected, noun,
                                                               s.rejected == 1 ? "" : "s")
                                                 : ""));
    return;
  }
  if (ctx.global.quiet) {
    return;
  }
  std::string line = fmt::format("imported {} from {}{}", complaints(s.imported), options.source_name, references(s));
  if (o.skip_invalid) {
    line += fmt::format("; {} {}{} rejected, written to {}", s.rejected, noun, s.rejected == 1 ? "" : "s",
                        *o.rejects);
  }
  Context::say_line(line);
}

} // namespace

void register_import(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ImportCommandOptions>();
  auto* cmd = app.add_subcommand("import", "Import complaints from a CSV, JSON or NDJSON file, all or nothing");
  cmd->add_option("file", o->file, "The file to import ('-' = stdin, with --format)")->type_name("FILE")->required();
  cmd->add_option("--map", o->maps, "The file's COLUMN fills FIELD (repeatable); COLUMN= ignores it")
      ->type_name("COLUMN=FIELD")
      ->allow_extra_args(false);
  cmd->add_flag("--dry-run", o->dry_run, "Check every record and report what would happen; write nothing");
  auto* skip = cmd->add_flag("--skip-invalid", o->skip_invalid,
                             "Import the valid records and write the others to --rejects FILE");
  auto* rejects = cmd->add_option("--rejects", o->rejects, "With --skip-invalid: FILE (CSV) for the invalid records, each with its reason")
                      ->type_name("FILE");
  skip->needs(rejects);
  rejects->needs(skip);
  cmd->add_flag("--allow-incomplete", o->allow_incomplete, "Import even when a category's requirements are not met");
  cmd->add_flag("--keep-unmapped", o->keep_unmapped,
                "Keep each column that names no field as a text custom field named after it");
  cmd->add_option("--delimiter", o->delimiter, "CSV: ',', ';' or tab (default: detected from the header row)")
      ->type_name("CHAR");
  cmd->footer("The global --format says the file's format (csv, json, ndjson); else the file's "
              "extension does. Rows are numbered as a spreadsheet shows them (the header is row 1).");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_import(ctx, *o); }; });
}

} // namespace redress::cli
