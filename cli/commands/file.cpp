#include "commands/commands.hpp"
#include "context.hpp"
#include "filter_options.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

namespace redress::cli {

namespace {

struct FileOptions {
  std::string customer;
  std::optional<std::string> email, phone, member_id, language, preferred_channel;
  std::string channel;
  std::string category;
  std::optional<std::string> product, severity;
  std::string summary;
  std::optional<std::string> details, details_file;
  std::vector<std::string> evidence, evidence_notes, fields;
  bool confidential = false;
  bool allow_incomplete = false;
  std::optional<std::string> at;
  bool send_ack = false;
  bool no_send = false;
};

// Reads at most one byte more than the ledger accepts for details (1 MiB), so that the size
// check can refuse it: /dev/zero or an endless pipe must not fill the memory.
std::string read_at_most(std::istream& in) {
  constexpr std::size_t k_limit = (std::size_t{1} << 20) + 1;
  std::string text(k_limit, '\0');
  in.read(text.data(), static_cast<std::streamsize>(k_limit));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::string read_details_file(const std::string& path) {
  if (path == "-") {
    return read_at_most(std::cin);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(Errc::not_found, "cannot read --details-file '" + path + "': it is a folder");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(Errc::not_found, "cannot read --details-file '" + path + "'");
  }
  return read_at_most(in);
}

void run_file(const Context& ctx, const FileOptions& o) {
  Ledger ledger = ctx.open_ledger(Access::write);
  FilingRequest r;
  r.customer = Customer{o.customer, o.email, o.phone, o.member_id, o.language, o.preferred_channel};
  r.channel = o.channel;
  r.category = o.category;
  r.product = o.product;
  r.severity = o.severity;
  r.summary = o.summary;
  r.details = o.details_file ? std::optional(read_details_file(*o.details_file)) : o.details;
  r.evidence = o.evidence_notes;
  r.evidence_files.assign(o.evidence.begin(), o.evidence.end());
  r.fields = parse_field_options(o.fields);
  r.confidential = o.confidential;
  r.allow_incomplete = o.allow_incomplete;
  if (o.at) {
    r.at = Context::parse_time_option(ledger, "--at", *o.at);
  }
  const Complaint c = ledger.file(r, ctx.actor());
  // Told after the filing is recorded, outside its transaction: a slow mail command must not
  // hold the ledger's write lock. Until it is told, `list --not-told` shows the complaint.
  const bool tell = !o.no_send && (o.send_ack || ledger.policy().messages.on_file == std::string("ack"));
  if (tell && c.confidential) {
    Context::warn(c.reference + " is confidential: no acknowledgement was sent",
                  "send one with 'redress message " + c.reference + " ack --send --include-confidential'");
  } else if (tell) {
    ctx.send_automatic(ledger, c.reference, MessageKind::ack);
  }

  if (ctx.out_complaint_json(c)) {
    return;
  }
  if (ctx.global.quiet) {
    Context::out(c.reference + "\n");
    return;
  }
  const auto due = [&](const SlaClock& clock) {
    return clock.due ? format_local_short(*clock.due, ledger.zone()) : std::string("-");
  };
  Context::say(fmt::format("{}\nacknowledge by  {}  ({})\nresolve by      {}  ({})\n", c.reference,
                           due(c.acknowledge), c.acknowledge.target.value_or("-"), due(c.resolve),
                           c.resolve.target.value_or("-")));
}

} // namespace

void register_file(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FileOptions>();
  auto* cmd = app.add_subcommand("file", "Record a complaint; prints its reference and due times");
  cmd->add_option("--customer", o->customer, "Customer's name")->type_name("NAME")->required();
  cmd->add_option("--email", o->email, "Customer's email");
  cmd->add_option("--phone", o->phone, "Customer's phone");
  cmd->add_option("--member-id", o->member_id, "Customer's member id");
  cmd->add_option("--language", o->language, "Customer's language (hr, ja, fa, ...)")->type_name("CODE");
  cmd->add_option("--preferred-channel", o->preferred_channel, "How the customer wants to hear back")->type_name("CHANNEL");
  cmd->add_option("--channel", o->channel, "How the complaint arrived (a policy channel)")->type_name("CHANNEL")->required();
  cmd->add_option("--category", o->category, "A policy category")->type_name("CATEGORY")->required();
  cmd->add_option("--product", o->product, "Product or service concerned");
  cmd->add_option("--severity", o->severity, "A policy severity (default: the policy's)")->type_name("SEVERITY");
  cmd->add_option("--summary", o->summary, "One line: what went wrong")->required();
  auto* details = cmd->add_option("--details", o->details, "The complaint in full");
  cmd->add_option("--details-file", o->details_file, "Read the details from a file ('-' = stdin)")
      ->type_name("FILE")
      ->excludes(details);
  cmd->add_option("--evidence", o->evidence, "A file to keep as evidence: copied into the ledger (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  cmd->add_option("--evidence-note", o->evidence_notes, "Evidence named but not kept as a file (repeatable)")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  cmd->add_option("--field", o->fields, "A custom field the policy declares (repeatable)")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  cmd->add_flag("--confidential", o->confidential, "Keep customer details and texts out of exports and reports");
  cmd->add_flag("--allow-incomplete", o->allow_incomplete, "File even without what the category requires");
  cmd->add_option("--at", o->at, "When it was received (RFC 3339 or local 'YYYY-MM-DD HH:MM')")->type_name("TIME");
  auto* send_ack = cmd->add_flag("--send-ack", o->send_ack,
                                 "Send the customer the acknowledgement (reference and timeframe) at once");
  cmd->add_flag("--no-send", o->no_send, "Send no acknowledgement even if the policy's on_file asks for one")
      ->excludes(send_ack);
  cmd->callback([&ctx, o] { ctx.action = [&ctx, o] { run_file(ctx, *o); }; });
}

} // namespace redress::cli
