// message: render a message to the customer in their language, print it, or hand it to the
// policy's send command with --send (docs/messages.md).

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace redress::cli {

namespace {

struct MessageOptions {
  std::string reference;
  std::string kind;
  bool send = false;
  bool dry_run = false;
  bool again = false;
  bool include_confidential = false;
  std::optional<std::string> via;
  std::optional<std::string> note;
};

void run_message(const Context& ctx, const MessageOptions& o) {
  const auto kind = parse_message_kind(o.kind);
  if (!kind) {
    throw Error(Errc::usage, "unknown message kind '" + o.kind + "'",
                util::suggestion_hint(o.kind, message_kind_names()) + " (one of: " +
                    util::join(message_kind_names(), ", ") + ")");
  }
  Ledger ledger = ctx.open_ledger(o.send ? Access::write : Access::read);
  MessageRequest r;
  r.kind = *kind;
  r.send = o.send;
  r.again = o.again;
  r.include_confidential = o.include_confidential;
  r.via = o.via;
  r.note = o.note;
  const MessageResult result = ledger.message(o.reference, r, ctx.actor());
  const OutputFormat format = ctx.format(OutputFormat::table);
  if (format == OutputFormat::json || format == OutputFormat::ndjson) {
    Context::out(message_json(result, format == OutputFormat::json ? 2 : -1) + "\n");
    return;
  }
  if (!o.send) {
    Context::out(message_text(result, ledger.zone()));
    return;
  }
  if (!ctx.global.quiet) {
    Context::say_line(fmt::format("{}: '{}' sent by {} to {}{}", result.reference, o.kind, result.message.channel,
                                  result.message.recipient, result.acknowledged ? "; acknowledged" : ""));
  }
}

} // namespace

void register_message(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<MessageOptions>();
  auto* cmd = app.add_subcommand(
      "message", "Print a message to the customer in their language, or send it with --send");
  cmd->add_option("reference", o->reference, "Reference (ACME-2026-00042) or its number this year")
      ->type_name("REF")
      ->required();
  cmd->add_option("kind", o->kind, "ack, update, waiting, resolved, rejected or survey")
      ->type_name("KIND")
      ->required();
  auto* send = cmd->add_flag("--send", o->send, "Hand it to the policy's send command and record it");
  cmd->add_flag("--dry-run", o->dry_run, "Only print it (the default)")->excludes(send);
  cmd->add_flag("--again", o->again, "Send it even though this step was told already");
  cmd->add_flag("--include-confidential", o->include_confidential, "Send it for a confidential complaint too");
  cmd->add_option("--via", o->via, "How to send it (default: email when the customer has an address)")
      ->type_name("CHANNEL")
      ->check(CLI::IsMember({"email", "sms"}));
  cmd->add_option("--note", o->note, "Text for the {note} placeholder (an update's news)")->type_name("TEXT");
  cmd->footer("Templates: .redress/templates/KIND.LANG.txt, else the built-in ones "
              "(en, hr, sl, fa, ja). The customer's language, else [defaults] language, else English. "
              "Nothing leaves the machine without --send.");
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_message(ctx, *o); }; });
}

} // namespace redress::cli
