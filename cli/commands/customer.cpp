// `redress customer list|show|update|merge|export`: a person across their complaints
// (redress/customer.hpp). The group is made in register_customer(); each subcommand adds itself
// to it in one add_customer_<verb>() below.

#include "commands/commands.hpp"
#include "context.hpp"
#include "output.hpp"

#include <redress/customer_render.hpp>
#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <memory>

namespace redress::cli {

namespace {

struct ListOptions {
  bool open = false;
  std::optional<std::string> since, until, match;
  bool include_confidential = false;
};

void run_list(const Context& ctx, const ListOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  CustomerFilter filter;
  filter.open_only = o.open;
  if (o.since) {
    filter.since = Context::parse_time_option(ledger, "--since", *o.since);
  }
  if (o.until) {
    filter.until = Context::parse_until_option(ledger, "--until", *o.until);
  }
  filter.match = o.match;
  filter.include_confidential = o.include_confidential;
  const std::vector<CustomerSummary> found = ledger.customers(filter);
  const bool redact = !o.include_confidential;
  switch (const OutputFormat format = ctx.format(OutputFormat::tsv)) {
  case OutputFormat::json:
    Context::out(customer_list_json(found, redact, 2) + "\n");
    break;
  case OutputFormat::ndjson:
    for (const CustomerSummary& s : found) {
      Context::out(customer_summary_json(s, redact, -1) + "\n");
    }
    break;
  case OutputFormat::table:
  case OutputFormat::html: // refused for every command but report (main.cpp)
    if (found.empty()) {
      Context::say(ctx.global.quiet ? "" : "No customers match.\n");
    } else {
      Context::out(render_terminal_table(customer_list_terminal_table(found, ledger.zone(), redact, ledger.as_of()),
                                         ctx.terminal()));
    }
    break;
  case OutputFormat::csv:
  case OutputFormat::tsv:
  case OutputFormat::markdown:
    Context::out(render_table(customer_list_table(found, ledger.zone(), redact), format, ctx.terminal()));
    break;
  }
}

struct ShowOptions {
  std::string who;
  bool include_confidential = false;
};

void run_show(const Context& ctx, const ShowOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const CustomerHistory h = ledger.customer_history(o.who, o.include_confidential);
  switch (ctx.format(OutputFormat::table)) {
  case OutputFormat::json:
    Context::out(customer_history_json(h, 2) + "\n");
    break;
  case OutputFormat::ndjson:
    Context::out(customer_history_json(h, -1) + "\n");
    break;
  case OutputFormat::table:
    Context::out(customer_history_text(h, ledger.zone(), ctx.terminal(), ledger.as_of()));
    break;
  default:
    throw Error(Errc::usage, "customer show writes a table or JSON", "use --format table or json");
  }
}

struct UpdateOptions {
  std::string id;
  std::optional<std::string> name, email, phone, member_id;
  std::string complaints = "none";
};

// What changed, in words for a person, or the customer as JSON.
void report_change(const Context& ctx, const CustomerChange& change, const std::string& nothing,
                   const std::string& done) {
  if (ctx.global.format == "json" || ctx.global.format == "ndjson") {
    Context::out(customer_summary_json(change.customer, false, ctx.global.format == "json" ? 2 : -1) + "\n");
    return;
  }
  if (ctx.global.quiet) {
    return;
  }
  if (change.fields.empty() && change.complaints.empty()) {
    Context::say_line(nothing);
    return;
  }
  Context::say_line(done);
}

void run_update(const Context& ctx, const UpdateOptions& o) {
  CustomerUpdate u{o.name, o.email, o.phone, o.member_id};
  u.scope = o.complaints == "all"    ? CustomerUpdate::Scope::all
            : o.complaints == "open" ? CustomerUpdate::Scope::open
                                     : CustomerUpdate::Scope::record;
  const std::string actor = ctx.actor();
  Ledger ledger = ctx.open_ledger(Access::write);
  const CustomerChange change = ledger.update_customer(o.id, u, actor);
  const std::string fields = change.fields.empty() ? "no detail of the record" : util::join(change.fields, ", ");
  const std::string complaints =
      change.complaints.empty() ? "no complaint's details"
                                : fmt::format("the details of {} ({})", change.complaints.size() == 1 ? "1 complaint" : std::to_string(change.complaints.size()) + " complaints",
                                              util::join(change.complaints, ", "));
  report_change(ctx, change, fmt::format("customer #{}: nothing to change", change.customer.id),
                fmt::format("customer #{}: corrected {}; {}", change.customer.id, fields, complaints));
}

struct MergeOptions {
  std::string from, into;
};

void run_merge(const Context& ctx, const MergeOptions& o) {
  const std::string actor = ctx.actor();
  Ledger ledger = ctx.open_ledger(Access::write);
  const CustomerChange change = ledger.merge_customers(o.from, o.into, actor);
  report_change(ctx, change, "",
                fmt::format("customer #{} merged into #{}: {} complaint{} moved ({}){}", o.from,
                            change.customer.id, change.complaints.size(), change.complaints.size() == 1 ? "" : "s",
                            util::join(change.complaints, ", "),
                            change.fields.empty() ? "" : "; the record took " + util::join(change.fields, ", ")));
}

struct ExportOptions {
  std::string id;
  std::optional<std::string> output;
};

void run_export(const Context& ctx, const ExportOptions& o) {
  if (ctx.global.format && *ctx.global.format != "json") {
    throw Error(Errc::usage, "customer export writes JSON only", "leave out --format");
  }
  Ledger ledger = ctx.open_ledger(Access::read);
  const CustomerExport e = ledger.export_customer(o.id);
  OutputFile output(o.output);
  output.stream() << customer_export_json(e, ledger.as_of(), 2) << '\n';
  output.commit();
  if (o.output && *o.output != "-" && !ctx.global.quiet && ::isatty(STDERR_FILENO) != 0) {
    fmt::print(stderr, "Wrote customer #{} ({} complaint{}) to {}\n", e.customer.id, e.complaints.size(),
               e.complaints.size() == 1 ? "" : "s", message_line(*o.output));
  }
}

void add_customer_list(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<ListOptions>();
  auto* cmd = group.add_subcommand("list", "Customers with their complaints, open ones and last contact");
  cmd->add_flag("--open", o->open, "Only customers with an open complaint");
  cmd->add_option("--since", o->since, "Only customers with a complaint received at or after TIME")->type_name("TIME");
  cmd->add_option("--until", o->until, "Only customers with a complaint received before TIME (a date alone: to the end of that day)")
      ->type_name("TIME");
  cmd->add_option("--match", o->match, "Only customers whose name or email contains TEXT (any case, accents, script variants)")
      ->type_name("TEXT");
  cmd->add_flag("--include-confidential", o->include_confidential,
                "Show the details of customers whose every complaint is confidential");
  cmd->footer("Counts take in every complaint, confidential ones too. last_contact: the latest event of any of "
              "their complaints. The global --format: table on a terminal, else tsv; csv, json, ndjson, markdown.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_list(ctx, *o); }; });
}

void add_customer_show(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<ShowOptions>();
  auto* cmd = group.add_subcommand("show", "A customer's details and complaint history with outcomes and satisfaction");
  cmd->add_option("customer", o->who, "The customer's id (from 'customer list'), email, member id or name")
      ->type_name("CUSTOMER")
      ->required();
  cmd->add_flag("--include-confidential", o->include_confidential, "Show their confidential complaints too");
  cmd->footer("--format table (default on a terminal) or json (schemas/customer.schema.json).");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_show(ctx, *o); }; });
}

void add_customer_update(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<UpdateOptions>();
  auto* cmd = group.add_subcommand("update", "Correct a customer's details, recorded as an event");
  cmd->add_option("id", o->id, "The customer's id (from 'customer list')")->type_name("ID")->required();
  cmd->add_option("--name", o->name, "Their name")->type_name("NAME");
  cmd->add_option("--email", o->email, "Their email ('' removes it)")->type_name("EMAIL");
  cmd->add_option("--phone", o->phone, "Their phone number ('' removes it)")->type_name("PHONE");
  cmd->add_option("--member-id", o->member_id, "Their member or account number ('' removes it)")->type_name("ID");
  cmd->add_option("--complaints", o->complaints,
                  "Also correct the details their complaints carry: open ones, or all (default: none, the record only)")
      ->type_name("WHICH")
      ->check(CLI::IsMember({"none", "open", "all"}));
  cmd->footer("Each complaint otherwise keeps the details it was filed with. The correction is a "
              "customer_updated event on each of their complaints; it cannot be undone, only corrected again.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_update(ctx, *o); }; });
}

void add_customer_merge(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<MergeOptions>();
  auto* cmd = group.add_subcommand("merge", "Make two records of one person one: ID's complaints become INTO-ID's");
  cmd->add_option("id", o->from, "The record that goes")->type_name("ID")->required();
  cmd->add_option("into", o->into, "The record that stays")->type_name("INTO-ID")->required();
  cmd->footer("Recorded as a customer_merged event on each complaint that moves; not reversible. "
              "Filings recognised as ID belong to INTO-ID afterwards.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_merge(ctx, *o); }; });
}

void add_customer_export(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<ExportOptions>();
  auto* cmd = group.add_subcommand("export", "Everything the ledger holds about a customer, as JSON (an access request)");
  cmd->add_option("id", o->id, "The customer's id (from 'customer list')")->type_name("ID")->required();
  cmd->add_option("-o,--output", o->output, "Write to FILE (created owner-only, replaced only when complete); default stdout")
      ->type_name("FILE");
  cmd->footer("Holds their record, records merged into it, and every complaint of theirs, confidential ones "
              "too, with its events, texts, custom fields and messages (schemas/customer-export.schema.json). "
              "Evidence files are listed by name and digest; 'redress evidence get' writes them out.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_export(ctx, *o); }; });
}

} // namespace

void register_customer(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("customer", "A person across their complaints: list, show, update, merge, export, erase");
  group->require_subcommand(1);
  add_customer_list(*group, ctx);
  add_customer_show(*group, ctx);
  add_customer_update(*group, ctx);
  add_customer_merge(*group, ctx);
  add_customer_export(*group, ctx);
  add_customer_erase(*group, ctx);
}

} // namespace redress::cli
