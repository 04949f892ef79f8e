// report summary|sla|aging|trends|outcomes|all: a window of receipt, evaluated as of an
// instant, in any output format (html too), to stdout or to a file (-o).

#include "commands/commands.hpp"
#include "context.hpp"
#include "version.hpp"
#include "output.hpp"

#include <redress/error.hpp>
#include <redress/report.hpp>
#include <redress/report_render.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace redress::cli {

namespace {

struct ReportOptions {
  std::optional<std::string> since, until, as_of, new_since, output, return_period;
  bool fail_on_breach = false;
  std::string period = "week";
  std::string by = "category";
};

// `-o nightly.html` without --format: the file's extension says which.
std::optional<OutputFormat> format_of_file(const std::optional<std::string>& path) {
  if (!path || *path == "-") {
    return std::nullopt;
  }
  const std::string ext = std::filesystem::path(*path).extension().string();
  if (ext == ".htm") {
    return OutputFormat::html;
  }
  if (ext == ".md") {
    return OutputFormat::markdown;
  }
  return ext.size() > 1 ? parse_output_format(ext.substr(1)) : std::nullopt;
}

TrendPeriod period_of(const std::string& p) {
  return p == "day" ? TrendPeriod::day : p == "month" ? TrendPeriod::month : TrendPeriod::week;
}

void run_report(const Context& ctx, const std::string& name, const ReportOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const auto time_option = [&](std::string_view option, const std::optional<std::string>& text) {
    return text ? std::optional<Instant>(Context::parse_time_option(ledger, option, *text)) : std::nullopt;
  };
  // A date alone as --until covers that whole day (parse_window_end).
  const auto until = o.until ? std::optional<Instant>(Context::parse_until_option(ledger, "--until", *o.until))
                             : std::nullopt;
  WindowRequest request{time_option("--since", o.since), until, time_option("--as-of", o.as_of), false};
  if (name == "return") {
    if (o.return_period) {
      if (o.since || o.until) {
        throw Error(Errc::usage, "--period cannot be combined with --since or --until");
      }
      const auto [start, end] = return_period(*o.return_period, ledger.policy().complaints_return, ledger.zone());
      request.since = start;
      request.until = end;
    } else if (!o.since) {
      throw Error(Errc::usage, "report return needs a period", "give --period 2026H2, or --since and --until");
    }
  }

  SlaOptions sla;
  const bool from_marker = o.new_since && *o.new_since == "last";
  if (o.new_since) {
    sla.filter_new = true;
    if (from_marker) {
      if (o.as_of) {
        throw Error(Errc::usage, "--new-since last cannot be combined with --as-of",
                    "the marker records when each run happened; give --new-since a TIME instead");
      }
      sla.new_since = read_new_since_marker(ledger.paths().dir);
    } else {
      sla.new_since = Context::parse_time_option(ledger, "--new-since", *o.new_since);
    }
  }

  std::vector<ReportKind> kinds;
  if (name == "all") {
    kinds = report_kinds();
  } else {
    kinds.push_back(*parse_report_kind(name));
  }
  std::vector<Report> reports;
  for (const ReportKind kind : kinds) {
    // Aging covers every open complaint; new breaches can come long after receipt.
    request.all_time_by_default = kind == ReportKind::aging || (kind == ReportKind::sla && sla.filter_new);
    const ReportWindow w = report_window(request, ledger.as_of(), ledger.zone());
    switch (kind) {
    case ReportKind::summary: reports.push_back(summary_report(ledger, w)); break;
    case ReportKind::sla: reports.push_back(sla_report(ledger, w, sla)); break;
    case ReportKind::aging: reports.push_back(aging_report(ledger, w)); break;
    case ReportKind::trends: reports.push_back(trends_report(ledger, w, period_of(o.period), o.by)); break;
    case ReportKind::outcomes: reports.push_back(outcomes_report(ledger, w)); break;
    case ReportKind::complaints_return: reports.push_back(return_report(ledger, w)); break;
    }
  }

  const bool to_file = o.output && *o.output != "-";
  const OutputFormat natural = name == "all" ? OutputFormat::html : OutputFormat::csv;
  const OutputFormat format = ctx.global.format || !to_file ? ctx.report_format(natural)
                                                            : format_of_file(o.output).value_or(natural);
  TerminalStyle style = ctx.terminal();
  if (to_file) {
    style.color = false;
  }
  const ReportSource source{ledger.policy().name, ledger.zone(), "redress " + version()};
  const std::string text = name == "all" ? render_reports(reports, source, format, style)
                                         : render_report(reports.front(), source, format, style);
  OutputFile output(o.output);
  output.stream() << text;
  output.commit();
  // The report is out, breaches or not: the next run starts where this one ended.
  if (from_marker) {
    write_new_since_marker(ledger.paths().dir, reports.front().window.as_of);
  }
  if (o.fail_on_breach && reports.front().any_breach) {
    throw Error(Errc::breach, sla.filter_new ? "new breaches since the last report (see the report)"
                                             : "breached targets in the window (see the report)");
  }
}

void add_window_options(CLI::App& cmd, ReportOptions& o, const std::string& name) {
  cmd.add_option("--since", o.since,
                 name == "return" ? "The period starts at TIME (or give --period)"
                 : name == "aging" ? "Received at or after TIME (default: any time)"
                 : name == "sla" ? "Received at or after TIME (default: 30 days before --until; any time with --new-since)"
                 : name == "all" ? "Received at or after TIME (default: 30 days before --until; aging: any time)"
                                 : "Received at or after TIME (default: 30 days before --until)")
      ->type_name("TIME");
  cmd.add_option("--until", o.until,
                 name == "return" ? "The period ends before TIME; a date alone: at the end of that day (or give --period)"
                                  : "Received before TIME; a date alone: to the end of that day (default: the as-of time)")
      ->type_name("TIME");
  cmd.add_option("--as-of", o.as_of, "Evaluate as at TIME (default: now)")->type_name("TIME");
  cmd.add_option("-o,--output", o.output, "Write to FILE (replaced only when the report is complete), not stdout")
      ->type_name("FILE");
}

} // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report", "SLA, aging, trends, outcomes and summary reports, or all in one HTML page; "
                                          "the complaints return");
  cmd->require_subcommand(1);
  cmd->footer("Formats: table, csv, tsv, json, ndjson, markdown and html (--format; with -o FILE and no "
              "--format, the file's extension). JSON shapes: schemas/report-*.schema.json.");
  const std::pair<const char*, const char*> reports[] = {
      {"sla", "Both targets of every complaint; compliance by severity, team, assignee and over time"},
      {"aging", "Open complaints by age and status/team"},
      {"trends", "Counts per period by a dimension, change, recurring issues"},
      {"outcomes", "Resolution, rejection, outcomes, compensation, satisfaction, reopens, repeats"},
      {"summary", "One screen of KPIs"},
      {"return", "A regulator's complaints return for a period: opened, closed, upheld, on time, redress"},
      {"all", "Every report, for the nightly mail: one HTML page with charts (-o FILE)"},
  };
  for (const auto& [name, help] : reports) {
    auto o = std::make_shared<ReportOptions>();
    auto* sub = cmd->add_subcommand(name, help);
    add_window_options(*sub, *o, name);
    if (std::string_view(name) == "sla") {
      sub->add_flag("--fail-on-breach", o->fail_on_breach,
                    "Exit 8 when a target in the window is breached (with --new-since: a new breach); the report "
                    "is still written");
      sub->add_option("--new-since", o->new_since,
                      "List only complaints with a breach that happened at or after TIME; 'last': since the last "
                      "run with --new-since last (a marker in .redress/)")
          ->type_name("TIME|last");
    }
    if (std::string_view(name) == "trends" || std::string_view(name) == "all") {
      sub->add_option("--period", o->period, "day, week or month (trends)")->check(CLI::IsMember({"day", "week", "month"}));
      sub->add_option("--by", o->by, "category, product, channel, severity, root-cause or team (trends)");
    }
    if (std::string_view(name) == "return") {
      sub->add_option("--period", o->return_period,
                      "The reporting period: a half-year (2026H1, 2026H2) or a year (2026), from the policy's "
                      "return.year_starts; or give --since and --until")
          ->type_name("PERIOD");
    }
    const std::string report = name;
    sub->callback([&ctx, o, report] { ctx.action = [&ctx, o, report] { run_report(ctx, report, *o); }; });
  }
}

} // namespace redress::cli
