#pragma once
// Messages to customers: the kinds, their templates, and what sending one gives back.
//
// A template is `templates/KIND.LANG.txt` beside the policy (`.redress/templates/`), else the
// built-in one: a `Subject:` line, a blank line, the body. Placeholders are `{name}`; a
// section `{#name}...{/name}` is kept only when the value is not empty, `{^name}...{/name}`
// only when it is; a tag alone on its line takes the line with it; `{{` and `}}` are braces.
// docs/messages.md lists the placeholders.
//
// The rules of sending (lib/ledger/messages.cpp):
// - Each kind tells the customer about one step, and fits some statuses only:
//     ack       the filing             new, acknowledged, investigating, waiting
//     update    the newest event       new, acknowledged, investigating, waiting
//     waiting   the latest `wait`      waiting
//     resolved  the latest resolution  resolved, closed
//     rejected  the rejection          rejected
//     survey    the latest resolution  resolved, closed
// - A message is sent once per kind and step: again only with `again`.
// - Never for a confidential complaint unless `include_confidential`.
// - A sent `ack` acknowledges a complaint not yet acknowledged (the `acknowledged` event
//   follows the `message_sent` event).
// - The send command runs outside any write transaction. Before it runs, a claim is written
//   (store: message claims); the `message_sent` event replaces the claim when the command
//   succeeded, and a failure removes it. A claim left by a crash blocks sending that message
//   again until `again`: a message is never sent twice by accident.

#include <redress/complaint.hpp>
#include <redress/time.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

enum class MessageKind { ack, update, waiting, resolved, rejected, survey };

/// `ack`, `update`, ... as typed and as template files name them.
std::string_view to_string(MessageKind kind);
std::optional<MessageKind> parse_message_kind(std::string_view text);
std::vector<std::string> message_kind_names();
/// The languages with built-in templates: en, hr, sl, fa, ja.
const std::vector<std::string>& builtin_message_languages();

/// A problem in a template file, positioned like a policy problem.
struct TemplateProblem {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;

  [[nodiscard]] std::string to_string() const;
};

/// Checks every `KIND.LANG.txt` in `folder` (a missing folder has none): file names, the
/// subject line, placeholders and sections. Every problem found, in file and position order.
std::vector<TemplateProblem> check_template_folder(const std::string& folder);

/// Writes the built-in templates into `folder` (created), keeping any file already there and
/// never writing through a symlink; files are 0600 (0660 when `shared`). Returns how many it
/// wrote. Throws Error{failure} when it cannot write or `folder` is a symlink.
int write_builtin_templates(const std::string& folder, bool shared = false);

/// What `redress message` asks for.
struct MessageRequest {
  MessageKind kind = MessageKind::update;
  bool send = false;                 // else only render
  bool again = false;                // send even if this step was told already
  bool include_confidential = false; // send for a confidential complaint
  std::optional<std::string> via;    // "email" or "sms"; else email when possible
  std::optional<std::string> note;   // {note}: overrides the step's own note
};

/// A rendered message and where it would go.
struct RenderedMessage {
  MessageKind kind = MessageKind::update;
  std::string language;        // of the template used
  std::string requested_language; // the customer's, or empty
  std::string source;          // the template file, or "built-in"
  std::string subject;
  std::string body;
  std::string channel;         // "email" or "sms"; empty when no way to reach the customer
  std::string recipient;       // the address or phone it goes to (empty: none)
  std::string recipient_name;
  std::optional<Instant> told_at; // when this step was told already (message sent before)
};

struct MessageResult {
  std::string reference;
  RenderedMessage message;
  bool sent = false;
  std::optional<Instant> sent_at;
  bool acknowledged = false; // the ack message acknowledged the complaint
};

/// A message sent, as `show` lists it (from the complaint's `message_sent` events).
struct SentMessage {
  Instant at;
  std::string actor;
  std::string kind;
  std::string channel;
  std::string language;
  std::optional<std::string> recipient; // null once erased
};

/// A message whose sending began and was never recorded: in flight, or its sender died.
struct PendingMessage {
  std::string kind;
  Instant since;
  std::string actor;
};

/// The messages sent, from a complaint's events (oldest first).
std::vector<SentMessage> sent_messages(const std::vector<Event>& events);

} // namespace redress
