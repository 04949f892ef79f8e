#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"

#include <redress/search.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace redress::cli {

namespace {

struct SearchOptions {
  std::vector<std::string> words;
  FilterOptions filter;
};

void run_search(const Context& ctx, const SearchOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  SearchRequest request;
  for (const auto& word : o.words) {
    request.query += (request.query.empty() ? "" : " ") + word;
  }
  request.filter = make_filter(ledger, o.filter);
  request.include_confidential = o.filter.include_confidential;
  const TimeZone& zone = ledger.zone();
  const std::int64_t limit = request.filter.limit.value_or(k_default_search_limit);

  // Hits stream as they are found; what comes before the first is written with it (or after
  // the search), so that a refused query prints its error alone.
  std::int64_t found = 0;
  std::string head;
  const auto write = [&](const std::string& text) {
    Context::out(found++ == 0 ? head + text : text);
  };
  switch (const OutputFormat format = ctx.format(OutputFormat::tsv)) {
  case OutputFormat::tsv:
    head = tsv_record(search_hit_columns(), {});
    ledger.search(request, [&](const SearchHit& hit) { write(tsv_record(search_hit_cells(hit, zone), search_hit_numeric_columns())); });
    Context::out(found == 0 ? head : "");
    break;
  case OutputFormat::csv:
    head = csv_record(search_hit_columns(), {});
    ledger.search(request, [&](const SearchHit& hit) {
      write(csv_record(search_hit_cells(hit, zone), search_hit_numeric_columns()));
    });
    Context::out(found == 0 ? head : "");
    break;
  case OutputFormat::json:
    head = "[\n";
    ledger.search(request, [&](const SearchHit& hit) { write((found == 0 ? "" : ",\n") + search_hit_json(hit, -1)); });
    Context::out(found == 0 ? "[]\n" : "\n]\n");
    break;
  case OutputFormat::ndjson:
    ledger.search(request, [&](const SearchHit& hit) { write(search_hit_json(hit, -1) + "\n"); });
    break;
  case OutputFormat::html: // refused for every command but report (main.cpp)
  case OutputFormat::table:
  case OutputFormat::markdown: {
    std::vector<SearchHit> hits;
    ledger.search(request, [&](const SearchHit& hit) { hits.push_back(hit); });
    const TextTable table = search_hit_table(hits, zone, ledger.as_of());
    if (format == OutputFormat::markdown) {
      Context::out(render_markdown_table(table));
    } else if (hits.empty()) {
      Context::out(ctx.global.quiet ? "" : "No complaints match.\n");
    } else {
      Context::out(render_terminal_table(table, ctx.terminal()));
      if (static_cast<std::int64_t>(hits.size()) == limit && !ctx.global.quiet) {
        Context::out(fmt::format("(the first {}; --limit N shows more)\n", limit));
      }
    }
    break;
  }
  }
}

} // namespace

void register_search(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SearchOptions>();
  auto* cmd = app.add_subcommand("search", "Find complaints by the words of their texts, best match first");
  cmd->add_option("query", o->words,
                  "Words to find (all of them), \"a phrase\" in double quotes; case, accents and "
                  "script variants do not matter")
      ->type_name("QUERY")
      ->required();
  add_filter_options(*cmd, o->filter, k_relevance);
  cmd->footer("Searches summaries, details, root causes, notes, reasons and follow-up comments. A word "
              "of three or more characters also finds the words it begins (ošteć finds oštećen); "
              "Japanese and Chinese words are found inside longer runs. Shows 50 hits unless "
              "--limit says otherwise; confidential complaints only with --include-confidential.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_search(ctx, *o); }; });
}

} // namespace redress::cli
