// The lifecycle steps: ack, assign, note, wait, resume, escalate, change, resolve, reject,
// withdraw, reopen, followup, close, and the corrections and evidence steps attach, amend,
// undo. Each parses its options into a StepRequest, calls Ledger::act, and prints one line (or
// the complaint with --format json).

#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <type_traits>

namespace redress::cli {

namespace {

struct StepOptions {
  StepRequest request;
  std::string reference;
  std::optional<std::string> at;
  std::optional<std::string> received_at;   // amend
  std::vector<std::string> evidence, fields; // FILE; NAME=VALUE
  bool no_send = false; // resolve: no message even if the policy's on_resolve asks for one
};

std::string clock_line(const char* name, const SlaClock& before, const SlaClock& after,
                       const TimeZone& zone) {
  if (!before.settled && after.settled) {
    return fmt::format("; {} target {}", name, to_string(*after.settled));
  }
  if (after.due && before.due != after.due && !after.settled) {
    return fmt::format("; {} due {}", name, format_local_short(*after.due, zone));
  }
  return "";
}

// The message the policy sends after a step ([messages] on_resolve), once the step is
// recorded: outside its transaction, so a slow mail command does not hold the write lock.
void tell(const Context& ctx, Ledger& ledger, const StepRequest& r, const Complaint& c, bool no_send) {
  const auto& on_resolve = ledger.policy().messages.on_resolve;
  if (r.step != Step::resolve || no_send || !on_resolve) {
    return;
  }
  const MessageKind kind = *parse_message_kind(*on_resolve);
  if (c.confidential) {
    Context::warn(c.reference + " is confidential: no '" + *on_resolve + "' message was sent",
                  "send it with 'redress message " + c.reference + " " + *on_resolve +
                      " --send --include-confidential'");
    return;
  }
  ctx.send_automatic(ledger, c.reference, kind);
}

void run_step(const Context& ctx, const StepOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::write);
  StepRequest r = o.request;
  if (o.at) {
    r.at = Context::parse_time_option(ledger, "--at", *o.at);
  }
  if (o.received_at) {
    r.received_at = Context::parse_time_option(ledger, "--received-at", *o.received_at);
  }
  r.evidence.assign(o.evidence.begin(), o.evidence.end());
  r.fields = parse_field_options(o.fields);
  Complaint before;
  const Complaint c = ledger.act(o.reference, r, ctx.actor(), &before);
  if (ctx.out_complaint_json(c) || ctx.global.quiet) {
    tell(ctx, ledger, r, c, o.no_send);
    return;
  }
  std::string line = fmt::format("{}: {}", c.reference, to_string(c.status));
  switch (r.step) {
  case Step::assign:
    line += fmt::format(", assigned to {}{}", *c.assignee, c.team ? " (" + *c.team + ")" : "");
    break;
  case Step::escalate:
    line += fmt::format(", escalated to level {} ({})", c.escalation_level,
                        ledger.policy().escalation.levels[static_cast<std::size_t>(c.escalation_level - 1)]);
    break;
  case Step::change:
    line += fmt::format(", {} {}{}", c.severity, c.category, c.product ? ", " + *c.product : "");
    break;
  case Step::resolve:
    line += ": " + *c.outcome;
    if (c.compensation) {
      line += fmt::format(" {} {}", format_money(*c.compensation), c.compensation->currency);
    }
    break;
  case Step::followup:
    line += fmt::format(", satisfaction {}/5", *c.satisfaction);
    break;
  case Step::note:
    line += r.visible ? ", note added (told to the customer)" : ", note added";
    break;
  case Step::attach:
    line += fmt::format(", {} evidence item{} added", r.evidence.size() + r.evidence_notes.size(),
                        r.evidence.size() + r.evidence_notes.size() == 1 ? "" : "s");
    break;
  case Step::amend:
    line += ", amended";
    break;
  case Step::undo:
    line += ", last step undone";
    break;
  default:
    break;
  }
  line += clock_line("acknowledge", before.acknowledge, c.acknowledge, ledger.zone());
  // After a reopening the clock that runs is the reopened one (show's "reopened" line); the
  // first resolution's outcome is settled and never named again here.
  line += clock_line(c.reopened.started ? "reopened" : "resolve", before.current_resolve(), c.current_resolve(),
                     ledger.zone());
  Context::say_line(line);
  tell(ctx, ledger, r, c, o.no_send);
}

// A step subcommand with REF and --at; `configure` adds the step's own options.
template <typename Configure>
void add_step(CLI::App& app, Context& ctx, const char* name, const char* help, Step step,
              Configure configure) {
  auto o = std::make_shared<StepOptions>();
  o->request.step = step;
  auto* cmd = app.add_subcommand(name, help);
  cmd->add_option("reference", o->reference, "Reference (ACME-2026-00042) or its number this year")
      ->type_name("REF")
      ->required();
  if constexpr (std::is_invocable_v<Configure, CLI::App&, StepOptions&>) {
    configure(*cmd, *o);
  } else {
    configure(*cmd, o->request);
  }
  if (step == Step::resolve) {
    cmd->add_flag("--no-send", o->no_send, "Send no message even if the policy's on_resolve asks for one");
  }
  cmd->add_option("--at", o->at, "When it really happened (RFC 3339 or local 'YYYY-MM-DD HH:MM')")->type_name("TIME");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_step(ctx, *o); }; });
}

// --evidence FILE and --evidence-note TEXT, for the steps that take evidence.
void add_evidence_options(CLI::App& cmd, StepOptions& o) {
  cmd.add_option("--evidence", o.evidence, "A file to keep as evidence: copied into the ledger (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  cmd.add_option("--evidence-note", o.request.evidence_notes, "Evidence named but not kept as a file (repeatable)")
      ->type_name("TEXT")
      ->allow_extra_args(false);
}

void add_field_option(CLI::App& cmd, StepOptions& o, const char* help) {
  cmd.add_option("--field", o.fields, help)->type_name("NAME=VALUE")->allow_extra_args(false);
}

} // namespace

void register_lifecycle(CLI::App& app, Context& ctx) {
  add_step(app, ctx, "ack", "Acknowledge a complaint (settles the acknowledge target)", Step::ack,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--note", r.text, "What the customer was told"); });
  add_step(app, ctx, "assign", "Set the assignee (and team); starts the investigation", Step::assign,
           [](CLI::App& cmd, StepRequest& r) {
             cmd.add_option("--to", r.assignee, "Who handles it")->type_name("NAME")->required();
             cmd.add_option("--team", r.team, "Their team")->type_name("TEAM");
           });
  add_step(app, ctx, "note", "Add a note to the timeline", Step::note, [](CLI::App& cmd, StepOptions& o) {
    cmd.add_option("text", o.request.text, "The note")->required();
    cmd.add_flag("--visible", o.request.visible, "It was told to the customer");
    add_evidence_options(cmd, o);
  });
  add_step(app, ctx, "wait", "Wait on the customer: both SLA clocks pause", Step::wait,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--reason", r.text, "What the customer was asked"); });
  add_step(app, ctx, "resume", "Resume after waiting: due times move by the pause", Step::resume,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--reason", r.text, "What came back"); });
  add_step(app, ctx, "escalate", "Raise the escalation level by one, or to --level", Step::escalate,
           [](CLI::App& cmd, StepRequest& r) {
             cmd.add_option("--level", r.level, "A level the policy names")->type_name("LEVEL");
             cmd.add_option("--reason", r.text, "Why");
           });
  add_step(app, ctx, "change", "Reclassify; recomputes due times from receipt", Step::change,
           [](CLI::App& cmd, StepOptions& o) {
             StepRequest& r = o.request;
             cmd.add_option("--severity", r.severity, "A policy severity")->type_name("SEVERITY");
             cmd.add_option("--category", r.category, "A policy category")->type_name("CATEGORY");
             cmd.add_option("--product", r.product, "Product or service ('' to clear)");
             add_field_option(cmd, o, "Set a custom field (repeatable; NAME= clears it)");
           });
  add_step(app, ctx, "resolve", "Resolve with an outcome and remedy", Step::resolve,
           [](CLI::App& cmd, StepOptions& o) {
             StepRequest& r = o.request;
             add_evidence_options(cmd, o);
             cmd.add_option("--outcome", r.outcome, "A policy outcome (refund, apology, ...)")->type_name("OUTCOME")->required();
             cmd.add_option("--amount", r.amount, "Compensation, a decimal such as 25.00")->type_name("AMOUNT");
             cmd.add_option("--currency", r.currency, "ISO 4217 code (default: the ledger's)")->type_name("CODE");
             cmd.add_option("--root-cause", r.root_cause, "What caused it, for learning");
             cmd.add_option("--note", r.text, "What the customer was told");
           });
  add_step(app, ctx, "reject", "Refuse as invalid under the policy", Step::reject,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--reason", r.text, "Why")->required(); });
  add_step(app, ctx, "withdraw", "The customer withdrew the complaint", Step::withdraw,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--reason", r.text, "What they said"); });
  add_step(app, ctx, "reopen", "Back to investigating; the resolve clock restarts", Step::reopen,
           [](CLI::App& cmd, StepRequest& r) { cmd.add_option("--reason", r.text, "Why")->required(); });
  add_step(app, ctx, "followup", "Record the customer's satisfaction (1-5)", Step::followup,
           [](CLI::App& cmd, StepRequest& r) {
             cmd.add_option("--score", r.score, "1 (very unhappy) to 5 (very happy)")->type_name("1-5")->required();
             cmd.add_option("--comment", r.text, "What they said");
           });
  add_step(app, ctx, "close", "Close a resolved complaint", Step::close, [](CLI::App&, StepRequest&) {});
  add_step(app, ctx, "attach", "Keep files as evidence of a complaint (copied into the ledger)", Step::attach,
           [](CLI::App& cmd, StepOptions& o) {
             cmd.add_option("files", o.evidence, "The files to keep")->type_name("FILE");
             cmd.add_option("--evidence-note", o.request.evidence_notes, "Evidence named but not kept as a file (repeatable)")
                 ->type_name("TEXT")
                 ->allow_extra_args(false);
             cmd.add_option("--note", o.request.text, "What the files are");
             cmd.footer("Each FILE is stored once by its SHA-256 in the ledger's evidence folder "
                        "(owner-only), named in the event and covered by the hash chain; 'redress "
                        "evidence REF' lists them and 'redress verify' checks them.");
           });
  add_step(app, ctx, "amend", "Correct what a complaint was filed with, keeping the old values", Step::amend,
           [](CLI::App& cmd, StepOptions& o) {
             StepRequest& r = o.request;
             cmd.add_option("--summary", r.summary, "The corrected summary");
             cmd.add_option("--details", r.details, "The corrected details ('' to clear)");
             cmd.add_option("--product", r.product, "The corrected product ('' to clear)");
             cmd.add_option("--channel", r.channel, "The corrected channel")->type_name("CHANNEL");
             cmd.add_option("--received-at", o.received_at, "The corrected receipt time (due times follow)")
                 ->type_name("TIME");
             add_field_option(cmd, o, "Correct a custom field (repeatable; NAME= clears it)");
             cmd.add_option("--reason", r.text, "Why it was wrong")->required();
             cmd.add_flag("--force", r.force, "Amend a closed complaint");
           });
  add_step(app, ctx, "undo", "Reverse the complaint's last step (an 'undone' event; nothing is deleted)",
           Step::undo, [](CLI::App& cmd, StepRequest& r) {
             cmd.add_option("--reason", r.text, "Why the step was wrong")->required();
           });
}

} // namespace redress::cli
