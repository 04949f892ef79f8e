#include "commands/commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace redress::cli {

namespace {

struct ListOptions {
  std::vector<std::string> statuses, severities, categories, channels;
  bool open = false;
  std::optional<std::string> assignee, team, customer, since, until;
  std::string sort = "received";
  bool reverse = false;
  std::optional<std::int64_t> limit;
  bool include_confidential = false;
};

void run_list(const Context& ctx, const ListOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  ComplaintFilter f;
  f.statuses = o.statuses;
  f.open_only = o.open;
  f.severities = o.severities;
  f.categories = o.categories;
  f.channels = o.channels;
  f.assignee = o.assignee;
  f.team = o.team;
  f.customer = o.customer;
  if (o.since) {
    f.since = Context::parse_time_option(ledger, "--since", *o.since);
  }
  if (o.until) {
    f.until = Context::parse_time_option(ledger, "--until", *o.until);
  }
  f.sort = o.sort;
  f.reverse = o.reverse;
  f.limit = o.limit;
  ledger.check(f);
  const bool redact = !o.include_confidential;
  const TimeZone& zone = ledger.zone();

  switch (const OutputFormat format = ctx.format(OutputFormat::tsv)) {
  case OutputFormat::csv:
  case OutputFormat::tsv: {
    const bool csv = format == OutputFormat::csv;
    Context::out(csv ? csv_record(complaint_columns(), {}) : tsv_record(complaint_columns()));
    ledger.list(f, [&](const Complaint& c) {
      const auto cells = complaint_cells(c, zone, redact);
      Context::out(csv ? csv_record(cells, complaint_numeric_columns()) : tsv_record(cells));
    });
    break;
  }
  case OutputFormat::json: {
    bool first = true;
    Context::out("[");
    ledger.list(f, [&](const Complaint& c) {
      Context::out((first ? "\n" : ",\n") + complaint_json(c, nullptr, redact, -1));
      first = false;
    });
    Context::out(first ? "]\n" : "\n]\n");
    break;
  }
  case OutputFormat::ndjson:
    ledger.list(f, [&](const Complaint& c) { Context::out(complaint_json(c, nullptr, redact, -1) + "\n"); });
    break;
  case OutputFormat::table:
  case OutputFormat::markdown: {
    std::vector<Complaint> rows;
    ledger.list(f, [&](const Complaint& c) { rows.push_back(c); });
    const TextTable table = complaint_list_table(rows, zone, redact);
    if (format == OutputFormat::markdown) {
      Context::out(render_markdown_table(table));
    } else if (rows.empty()) {
      Context::out(ctx.global.quiet ? "" : "No complaints match.\n");
    } else {
      Context::out(render_terminal_table(table, ctx.terminal()));
    }
    break;
  }
  }
}

} // namespace

void register_list(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("list", "List complaints, filtered and sorted");
  cmd->add_option("--status", o->statuses, "Only these statuses (comma-separated)")->delimiter(',');
  cmd->add_flag("--open", o->open, "Only open complaints (new, acknowledged, investigating, waiting)");
  cmd->add_option("--severity", o->severities, "Only these severities")->delimiter(',');
  cmd->add_option("--category", o->categories, "Only these categories")->delimiter(',');
  cmd->add_option("--channel", o->channels, "Only these channels")->delimiter(',');
  cmd->add_option("--assignee", o->assignee, "Only complaints assigned to NAME");
  cmd->add_option("--team", o->team, "Only complaints of TEAM");
  cmd->add_option("--customer", o->customer, "Only complaints of a customer (exact name or email)");
  cmd->add_option("--since", o->since, "Received at or after TIME");
  cmd->add_option("--until", o->until, "Received before TIME");
  cmd->add_option("--sort", o->sort, "received, reference, status, severity or category")
      ->check(CLI::IsMember({"received", "reference", "status", "severity", "category"}));
  cmd->add_flag("--reverse", o->reverse, "Reverse the order");
  cmd->add_option("--limit", o->limit, "At most N complaints")->check(CLI::Range(1, 1000000000));
  cmd->add_flag("--include-confidential", o->include_confidential,
                "Show confidential complaints' customer details and texts");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_list(ctx, *o); }; });
}

} // namespace redress::cli
