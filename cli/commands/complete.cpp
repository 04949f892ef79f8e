// __complete KIND [COMMAND] (hidden): the names the shell completions offer, one a line, from
// the ledger in the current folder (or --ledger): channels, categories, severities, outcomes,
// levels, teams and statuses from its policy; references (a tab, then the summary) of the
// complaints COMMAND can act on now, newest first. Prints nothing, and fails silently, when
// there is no ledger: a completion must never print an error into the command line.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/ledger.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

namespace redress::cli {

namespace {

struct CompleteOptions {
  std::string kind;
  std::string command;
};

// The step a lifecycle command names ("ack"), if it is one.
std::optional<Step> step_named(const std::string& command) {
  for (int i = 0; i <= static_cast<int>(Step::close); ++i) {
    const auto step = static_cast<Step>(i);
    if (to_string(step) == command) {
      return step;
    }
  }
  return std::nullopt;
}

void references(const Context& ctx, const std::string& command) {
  Ledger ledger = ctx.open_ledger(Access::read);
  const auto step = step_named(command);
  ComplaintFilter filter;
  filter.sort = "received";
  filter.reverse = true;
  filter.limit = 500; // the newest: enough to choose from, and fast on a large ledger
  if (step == Step::reopen || step == Step::followup || step == Step::close) {
    filter.statuses = {"resolved", "closed", "rejected"};
  } else if (step && step != Step::note) {
    filter.open_only = true;
  }
  ledger.list(filter, [&](const Complaint& c) {
    if (step) {
      const auto allowed = allowed_steps(c);
      if (std::find(allowed.begin(), allowed.end(), *step) == allowed.end()) {
        return;
      }
    }
    // The summary is customer text on its way to a terminal: made safe and short.
    Context::out(c.reference + "\t" + (c.confidential ? "(confidential)" : message_line(c.summary, 50)) + "\n");
  });
}

void run_complete(const Context& ctx, const CompleteOptions& o) {
  if (o.kind == "statuses") {
    for (const auto& s : status_names()) {
      Context::out(s + "\n");
    }
    return;
  }
  if (o.kind == "references") {
    references(ctx, o.command);
    return;
  }
  // Names from the policy: read without opening the database.
  const Policy policy = ledger_policy(locate_ledger(ctx.global.ledger, std::filesystem::current_path()));
  std::vector<std::string> names;
  if (o.kind == "channels") {
    names = policy.channel_names();
  } else if (o.kind == "categories") {
    names = policy.category_names();
  } else if (o.kind == "severities") {
    names = policy.severity_names();
  } else if (o.kind == "outcomes") {
    names = policy.outcome_names();
  } else if (o.kind == "levels") {
    names = policy.escalation.levels;
  } else if (o.kind == "teams") {
    std::set<std::string> teams;
    for (const auto& c : policy.categories) {
      if (c.team) {
        teams.insert(*c.team);
      }
    }
    names.assign(teams.begin(), teams.end());
  }
  for (const auto& name : names) {
    Context::out(message_line(name) + "\n");
  }
}

} // namespace

void register_complete(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CompleteOptions>();
  auto* cmd = app.add_subcommand("__complete", "");
  cmd->group(""); // hidden
  cmd->add_option("kind", o->kind)->required();
  cmd->add_option("command", o->command);
  cmd->callback([&ctx, o] {
    ctx.action = [&ctx, o] {
      try {
        run_complete(ctx, *o);
      } catch (const std::exception&) {
        // No ledger, a bad policy: nothing to offer.
      }
    };
  });
}

} // namespace redress::cli
