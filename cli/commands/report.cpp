// report sla|aging|trends|outcomes|summary: a window of receipt, evaluated as of an instant.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>
#include <redress/report.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace redress::cli {

namespace {

struct ReportOptions {
  std::optional<std::string> since, until, as_of;
  bool fail_on_breach = false;
  std::string period = "week";
  std::string by = "category";
};

// --as-of (not in the future: the ledger cannot know it), --until (default: as of), --since
// (default: 30 days before --until).
ReportWindow window_of(Ledger& ledger, const ReportOptions& o, bool all_by_default) {
  ReportWindow w;
  w.as_of = ledger.as_of();
  if (o.as_of) {
    w.as_of = Context::parse_time_option(ledger, "--as-of", *o.as_of);
    if (w.as_of > ledger.as_of()) {
      throw Error(Errc::invalid_input, "--as-of " + format_local(w.as_of, ledger.zone()) + " is in the future",
                  "a report can only say what the ledger knows now");
    }
  }
  w.until = o.until ? Context::parse_until_option(ledger, "--until", *o.until) : w.as_of;
  if (o.since) {
    w.since = Context::parse_time_option(ledger, "--since", *o.since);
  } else if (all_by_default) {
    w.since = Instant{};
  } else { // local midnight 30 days before
    LocalDateTime day = to_local(w.until - std::chrono::days{30}, ledger.zone());
    day.hour = day.minute = day.second = 0;
    w.since = from_local(day, ledger.zone());
  }
  if (w.since >= w.until) {
    throw Error(Errc::usage, "--since must be before --until");
  }
  return w;
}

void run_report(const Context& ctx, const std::string& name, const ReportOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const ReportWindow w = window_of(ledger, o, name == "aging");
  ReportDocument doc;
  if (name == "sla") {
    doc = sla_report(ledger, w);
  } else if (name == "aging") {
    doc = aging_report(ledger, w);
  } else if (name == "trends") {
    const TrendPeriod period = o.period == "day" ? TrendPeriod::day : o.period == "month" ? TrendPeriod::month
                                                                                        : TrendPeriod::week;
    doc = trends_report(ledger, w, period, o.by);
  } else if (name == "outcomes") {
    doc = outcomes_report(ledger, w);
  } else {
    doc = summary_report(ledger, w);
  }
  const OutputFormat format = ctx.format(OutputFormat::csv);
  Context::out(render_report(doc, ledger.policy().name, ledger.zone(), format, ctx.terminal()));
  if (o.fail_on_breach && doc.any_breach) {
    throw Error(Errc::breach, "breached targets in the window (see the report)");
  }
}

void add_window_options(CLI::App& cmd, ReportOptions& o) {
  cmd.add_option("--since", o.since, "Received at or after TIME (default: 30 days before --until; aging: all)")
      ->type_name("TIME");
  cmd.add_option("--until", o.until, "Received before TIME; a date alone: to the end of that day (default: the as-of time)")
      ->type_name("TIME");
  cmd.add_option("--as-of", o.as_of, "Evaluate as at TIME (default: now)")->type_name("TIME");
}

} // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("report", "SLA, aging, trends, outcomes and summary reports");
  cmd->require_subcommand(1);
  const std::pair<const char*, const char*> reports[] = {
      {"sla", "Both targets of every complaint; compliance by severity, team and assignee"},
      {"aging", "Open complaints by age and status/team"},
      {"trends", "Counts per period by a dimension, change, recurring issues"},
      {"outcomes", "Resolution, rejection, outcomes, compensation, satisfaction, reopens, repeats"},
      {"summary", "One screen of KPIs"},
  };
  for (const auto& [name, help] : reports) {
    auto o = std::make_shared<ReportOptions>();
    auto* sub = cmd->add_subcommand(name, help);
    add_window_options(*sub, *o);
    if (std::string_view(name) == "sla") {
      sub->add_flag("--fail-on-breach", o->fail_on_breach,
                    "Exit 8 when a target in the window is breached (the report is still printed)");
    }
    if (std::string_view(name) == "trends") {
      sub->add_option("--period", o->period, "day, week or month")->type_name("PERIOD")->check(CLI::IsMember({"day", "week", "month"}));
      sub->add_option("--by", o->by, "category, product, channel, severity, root-cause or team")
          ->type_name("DIMENSION");
    }
    const std::string report = name;
    sub->callback([&ctx, o, report] { ctx.action = [&ctx, o, report] { run_report(ctx, report, *o); }; });
  }
}

} // namespace redress::cli
