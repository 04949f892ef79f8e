// customer erase: a person's personal data erased, the facts kept, verify still passing
// (redress/erasure.hpp, docs/erasure.md).

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <string>

namespace redress::cli {

namespace {

struct EraseOptions {
  std::string customer;
  std::string reason;
};

void run_erase(const Context& ctx, const EraseOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::write);
  const ErasureResult r = ledger.erase_customer(o.customer, o.reason, ctx.actor());
  if (r.already_erased) {
    Context::say_line(fmt::format("Customer #{} is erased already: nothing to do.", r.customer_id));
    return;
  }
  if (ctx.global.quiet) {
    return;
  }
  // Three references at most: the line stays readable at 80 columns for a customer of many.
  constexpr std::size_t k_shown = 3;
  std::string complaints;
  for (std::size_t i = 0; i < r.references.size() && i < k_shown; ++i) {
    complaints += (complaints.empty() ? "" : ", ") + r.references[i];
  }
  if (r.references.size() > k_shown) {
    complaints += fmt::format(" and {} more", r.references.size() - k_shown);
  }
  Context::say_line(fmt::format("Erased customer #{}: {} complaint{}{}, {} event text{}, {} evidence file{} removed.",
                                r.customer_id, r.references.size(), r.references.size() == 1 ? "" : "s",
                                complaints.empty() ? "" : " (" + complaints + ")", r.events,
                                r.events == 1 ? "" : "s", r.files_removed, r.files_removed == 1 ? "" : "s"));
  if (!r.scrubbed) {
    Context::warn_not_scrubbed("the erasure is recorded",
                               "run 'redress customer erase' again for the same customer later (on "
                               "PostgreSQL as the tables' owner): it rewrites it");
  }
}

} // namespace

void add_customer_erase(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<EraseOptions>();
  auto* cmd = group.add_subcommand(
      "erase", "Erase a customer's personal data, keeping the facts; verify still passes");
  cmd->add_option("customer", o->customer, "The customer's number, email, member id or name")
      ->type_name("ID")
      ->required();
  cmd->add_option("--reason", o->reason, "Why (kept for good in each 'erased' event: no personal data)")
      ->type_name("TEXT")
      ->required();
  cmd->footer("Blanks the name, contacts and every personal text of the customer's complaints and "
              "events (summary, details, notes, comments, evidence names, messages, personal custom "
              "fields) and removes evidence files no other complaint names; dates, channel, "
              "category, severity, SLA, outcome, money and score stay, so reports add up as "
              "before. Each complaint gets an 'erased' event (who, when, why). Erasing again is a "
              "no-op. One transaction; see docs/erasure.md for what it guarantees.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_erase(ctx, *o); }; });
}

} // namespace redress::cli
