#include "commands/commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace redress::cli {

namespace {

struct ShowOptions {
  std::string reference;
};

void run_show(const Context& ctx, const ShowOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const Complaint c = ledger.get(o.reference);
  const std::vector<Event> events = ledger.events(c.id);
  // Its own fields after the policy's: one complaint's row, not the ledger's columns.
  std::vector<std::string> fields = ledger.policy().field_names();
  for (const auto* map : {&c.fields, &c.personal_fields}) {
    for (const auto& [name, value] : *map) {
      if (std::find(fields.begin(), fields.end(), name) == fields.end()) {
        fields.push_back(name);
      }
    }
  }
  switch (ctx.format(OutputFormat::table)) {
  case OutputFormat::json:
    Context::out(complaint_json(c, &events, false, 2) + "\n");
    break;
  case OutputFormat::ndjson:
    Context::out(complaint_json(c, &events, false, -1) + "\n");
    break;
  case OutputFormat::csv:
    Context::out(csv_record(complaint_columns(fields), {}) +
                 csv_record(complaint_cells(c, ledger.zone(), false, fields), complaint_numeric_columns()));
    break;
  case OutputFormat::tsv:
    Context::out(tsv_record(complaint_columns(fields), {}) +
                 tsv_record(complaint_cells(c, ledger.zone(), false, fields), complaint_numeric_columns()));
    break;
  case OutputFormat::markdown: {
    TextTable table{{"field", "value"}, {}, {}, {}};
    const auto cells = complaint_cells(c, ledger.zone(), false, fields);
    const auto columns = complaint_columns(fields);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      table.rows.push_back({columns[i], cells[i]});
    }
    Context::out(render_markdown_table(table));
    break;
  }
  case OutputFormat::html: // refused for every command but report (main.cpp)
  case OutputFormat::table:
    Context::out(complaint_detail_text(c, events, ledger.zone(), ctx.terminal(), ledger.as_of()));
    for (const PendingMessage& p : ledger.pending_messages(c.id)) {
      Context::out("\n");
      Context::say_line(fmt::format(
                       "A '{}' message has been in sending since {} ({}) and was never recorded: if no "
                       "'redress message' is running, its sender died and it may have gone out. Check the "
                       "mail log; 'redress message {} {} --send --again' sends it anyway.",
                       p.kind, format_local_short(p.since, ledger.zone()), p.actor, c.reference, p.kind));
    }
    break;
  }
}

} // namespace

void register_show(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ShowOptions>();
  auto* cmd = app.add_subcommand("show", "Every field of a complaint, both SLA clocks and its timeline");
  cmd->add_option("reference", o->reference, "Reference (ACME-2026-00042) or its number this year")
      ->type_name("REF")
      ->required();
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_show(ctx, *o); }; });
}

} // namespace redress::cli
