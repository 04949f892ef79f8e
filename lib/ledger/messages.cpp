// Ledger::message — telling customers: which step a message is about, rendering it in their
// language, handing it to the send command and recording it (rules: redress/message.hpp).

#include "ledger/ledger_impl.hpp"
#include "message/locale.hpp"
#include "message/mail.hpp"
#include "message/template.hpp"

#include "util/command.hpp"
#include "util/digest.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>
#include <redress/message.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace redress {

namespace {

using Json = nlohmann::json;

// Whether `kind` fits a complaint in `status`, and the statuses it fits (for the refusal).
bool fits(MessageKind kind, Status status) {
  switch (kind) {
  case MessageKind::ack:
  case MessageKind::update: return is_open(status);
  case MessageKind::waiting: return status == Status::waiting;
  case MessageKind::resolved:
  case MessageKind::survey: return status == Status::resolved || status == Status::closed;
  case MessageKind::rejected: return status == Status::rejected;
  }
  return false;
}

std::vector<std::string> kinds_for(Status status) {
  std::vector<std::string> names;
  for (const auto& name : message_kind_names()) {
    if (fits(*parse_message_kind(name), status)) {
      names.push_back(name);
    }
  }
  return names;
}

// The event a message of `kind` tells the customer about.
const Event& step_event(const std::vector<Event>& events, MessageKind kind) {
  const auto last_of = [&](std::string_view type) -> const Event& {
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
      if (it->type == type) {
        return *it;
      }
    }
    return events.front(); // an imported complaint: its one event says it all
  };
  switch (kind) {
  case MessageKind::ack: return events.front();
  case MessageKind::update:
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
      if (it->type != "message_sent") {
        return *it;
      }
    }
    return events.front();
  case MessageKind::waiting: return last_of("waiting");
  case MessageKind::resolved:
  case MessageKind::survey: return last_of("resolved");
  case MessageKind::rejected: return last_of("rejected");
  }
  return events.front();
}

std::string personal_text(const Event& e, const char* key) {
  if (!e.personal) {
    return {};
  }
  const Json personal = Json::parse(*e.personal, nullptr, false);
  return personal.is_object() && personal.contains(key) && personal.at(key).is_string()
             ? personal.at(key).get<std::string>()
             : std::string();
}

// Customer text as it goes into a message: no control characters (a line break stays in
// multi-line values, else becomes a space) and no bidi embedding, override or isolate
// characters, which would reorder the rest of the message in a mail program.
std::string clean(std::string_view text, bool multiline) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\t') {
      out += multiline && c == '\n' ? '\n' : ' ';
    } else if (c < 0x20 || c == 0x7f) {
      continue;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      ++i; // a C1 control
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) >= 0xAA && static_cast<unsigned char>(text[i + 2]) <= 0xAE) {
      i += 2; // U+202A-U+202E
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
               static_cast<unsigned char>(text[i + 2]) >= 0xA6 && static_cast<unsigned char>(text[i + 2]) <= 0xA9) {
      i += 2; // U+2066-U+2069
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

struct TemplateChoice {
  std::string text;
  std::string language;
  std::string source;
};

// The template for `kind`: the customer's language (the tag, then its primary language), else
// the policy's default language, else English; a file in `folder` before a built-in one.
TemplateChoice choose_template(const std::filesystem::path& folder, MessageKind kind,
                               const std::optional<std::string>& customer_language,
                               const std::string& default_language) {
  std::vector<std::string> candidates;
  for (const auto& tag : {customer_language.value_or(""), default_language, std::string("en")}) {
    const std::string t = lower(tag);
    if (t.empty()) {
      continue;
    }
    candidates.push_back(t);
    candidates.push_back(t.substr(0, t.find_first_of("-_")));
  }
  for (const auto& language : candidates) {
    const auto path = folder / (std::string(to_string(kind)) + "." + language + ".txt");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      return {message::read_template_file(path.string()), language, path.string()};
    }
    if (const auto builtin = message::builtin_template(to_string(kind), language)) {
      return {std::string(*builtin), language, "built-in " + std::string(to_string(kind)) + "." + language};
    }
  }
  throw Error(Errc::not_found, "no template for '" + std::string(to_string(kind)) + "'");
}

bool plain_phone(std::string_view phone) {
  int digits = 0;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (std::string_view(" +-()./").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digits >= 3;
}

// Issue 17 (erasure) blanks a customer's personal text, the first event's included; an erased
// customer gets nothing. This is the one place sending asks.
bool erased(const std::vector<Event>& events) { return !events.front().personal; }

// The command's standard error as one short line for an error message.
std::string error_summary(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) {
    text.pop_back();
  }
  if (text.size() > 400) {
    text.resize(400);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
      text.pop_back();
    }
    text.pop_back();
    text += "…";
  }
  return text;
}

} // namespace

std::vector<SentMessage> sent_messages(const std::vector<Event>& events) {
  std::vector<SentMessage> sent;
  for (const Event& e : events) {
    if (e.type != "message_sent") {
      continue;
    }
    const Json data = Json::parse(e.data, nullptr, false);
    SentMessage m{e.at, e.actor, data.value("kind", ""), data.value("channel", ""), data.value("language", ""), {}};
    if (e.personal) {
      m.recipient = personal_text(e, "recipient");
    }
    sent.push_back(std::move(m));
  }
  return sent;
}

std::vector<PendingMessage> Ledger::pending_messages(std::int64_t complaint_id) {
  std::vector<PendingMessage> pending;
  for (const auto& claim : m_impl->store->message_claims(complaint_id)) {
    pending.push_back({claim.kind, claim.claimed_at, claim.actor});
  }
  return pending;
}

MessageResult Ledger::message(std::string_view reference, const MessageRequest& r, const std::string& actor) {
  Impl& impl = *m_impl;
  const ReferenceQuery query = impl.reference_query(reference);
  Complaint c;
  std::vector<Event> events;
  impl.store->snapshot([&] {
    auto found = impl.find(query);
    if (!found) {
      throw Error(Errc::not_found, "no complaint " + impl.describe(query) + " in this ledger");
    }
    c = std::move(*found);
    impl.store->events_of(c.id, [&](const Event& e) { events.push_back(e); });
  });
  if (events.empty()) {
    throw Error(Errc::integrity, "complaint " + c.reference + " has no events", "run 'redress verify'");
  }
  const std::string kind_name(to_string(r.kind));
  if (!fits(r.kind, c.status)) {
    throw Error(Errc::refused,
                fmt::format("no '{}' message for {}: it is {}", kind_name, c.reference, to_string(c.status)),
                "messages for a complaint that is " + std::string(to_string(c.status)) + ": " +
                    (kinds_for(c.status).empty() ? std::string("none") : util::join(kinds_for(c.status), ", ")));
  }
  const Event& step = step_event(events, r.kind);

  // Render.
  const Policy& policy = impl.policy;
  const TemplateChoice chosen =
      choose_template(impl.paths.dir / "templates", r.kind, c.customer.language, policy.default_language);
  const std::string language = chosen.language.substr(0, chosen.language.find('-'));
  std::map<std::string, std::string> values{
      {"reference", c.reference},
      {"customer.name", clean(c.customer.name, false)},
      {"ledger.name", clean(policy.name, false)},
      {"summary", clean(c.summary, false)},
      {"received", message::format_date(c.received_at, impl.zone, language)},
      {"status", message::status_word(c.status, language)},
      {"reason", clean(personal_text(step, "reason"), true)},
      {"note", clean(r.note ? *r.note : personal_text(step, "note"), true)},
  };
  if (const auto& due = c.current_resolve().due) {
    values["resolve_due"] = message::format_date(*due, impl.zone, language);
  }
  if (c.outcome) {
    values["outcome"] = message::outcome_word(*c.outcome, language);
  }
  if (c.compensation) {
    values["compensation"] = message::format_money(*c.compensation, language);
  }
  if (policy.messages.survey_link) {
    std::string link = *policy.messages.survey_link;
    for (auto at = link.find("{reference}"); at != std::string::npos; at = link.find("{reference}")) {
      link.replace(at, 11, c.reference);
    }
    values["survey_link"] = link;
  }
  std::vector<TemplateProblem> problems;
  const auto rendered = message::render_template(chosen.text, chosen.source, values, problems);
  if (!rendered) {
    std::vector<std::string> more;
    for (std::size_t i = 1; i < problems.size(); ++i) {
      more.push_back(problems[i].to_string());
    }
    throw Error(Errc::invalid_input, problems.front().to_string(), "'redress policy check' lists every problem of the templates", more);
  }

  MessageResult result;
  result.reference = c.reference;
  RenderedMessage& m = result.message;
  m.kind = r.kind;
  m.language = chosen.language;
  m.requested_language = c.customer.language.value_or("");
  m.source = chosen.source;
  m.subject = rendered->subject;
  m.body = rendered->body;
  m.recipient_name = clean(c.customer.name, false);
  for (const Event& e : events) {
    if (e.type != "message_sent") {
      continue;
    }
    const Json data = Json::parse(e.data, nullptr, false);
    if (data.value("kind", "") == kind_name && data.value("step", std::int64_t{0}) == step.id) {
      m.told_at = e.at;
    }
  }

  // Where it goes.
  const MessagesPolicy& mp = policy.messages;
  const bool has_email = c.customer.email && !c.customer.email->empty();
  const bool has_phone = c.customer.phone && !c.customer.phone->empty();
  std::string via = r.via.value_or("");
  if (via.empty()) {
    via = (has_email && !mp.send.empty()) || (has_email && mp.sms.empty()) ? "email"
          : has_phone                                                     ? "sms"
          : has_email                                                     ? "email"
                                                                          : "";
  }
  m.channel = via;
  m.recipient = via == "email" && has_email ? *c.customer.email : via == "sms" && has_phone ? *c.customer.phone : "";
  if (!r.send) {
    return result;
  }

  // The rules of sending, before anything is written.
  if (c.confidential && !r.include_confidential) {
    throw Error(Errc::refused, c.reference + " is confidential: no message is sent for it",
                "give --include-confidential to send it anyway");
  }
  if (erased(events)) {
    throw Error(Errc::refused, c.reference + ": the customer's details were erased; they get no messages");
  }
  if (via.empty()) {
    throw Error(Errc::refused, c.reference + ": the customer has no email address or phone number",
                "the message can only be printed; tell them another way and record it with 'redress note --visible'");
  }
  const std::vector<std::string>& command = via == "email" ? mp.send : mp.sms;
  if (command.empty()) {
    throw Error(Errc::refused, "the policy has no " + std::string(via == "email" ? "send" : "sms") + " command",
                via == "email" ? "add [messages] send = \"msmtp -t\" (or your mail command) to policy.toml"
                               : "add [messages] sms = \"COMMAND\" to policy.toml (the text goes to its standard input)");
  }
  if (m.recipient.empty()) {
    throw Error(Errc::refused, c.reference + ": the customer has no " + (via == "email" ? "email address" : "phone number"),
                via == "email" ? "send it by SMS with --via sms" : "send it by mail with --via email");
  }
  if (via == "email" ? !message::is_plain_address(m.recipient) : !plain_phone(m.recipient)) {
    throw Error(Errc::refused, c.reference + ": the customer's " + (via == "email" ? "email address" : "phone number") +
                                   " is not one plain " + (via == "email" ? "address" : "number") + "; nothing was sent");
  }
  if (m.told_at && !r.again) {
    throw Error(Errc::refused,
                fmt::format("{}: the '{}' message for this step was sent already ({})", c.reference, kind_name,
                            format_local_short(*m.told_at, impl.zone)),
                "give --again to send it once more");
  }

  // Claim it, send it, record it.
  const store::MessageClaim claim{c.id, kind_name, step.id, now(), actor};
  impl.store->write([&] {
    if (const auto existing = impl.store->claim_message(claim, r.again)) {
      throw Error(Errc::refused,
                  fmt::format("{}: a '{}' message has been in sending since {} ({}); it may have gone out and was never "
                              "recorded",
                              c.reference, kind_name, format_local_short(existing->claimed_at, impl.zone), existing->actor),
                  "check the mail log; give --again to send it anyway");
    }
  });
  const Instant sent_at = std::max(now(), c.last_event_at);
  std::string input;
  if (via == "email") {
    message::MailParts parts;
    if (mp.from) {
      parts.from = message::parse_mailbox(*mp.from);
    }
    parts.to = message::Mailbox{m.recipient_name, m.recipient};
    parts.subject = m.subject;
    parts.body = m.body;
    parts.date = sent_at;
    parts.reference = c.reference;
    parts.kind = kind_name;
    input = message::compose_mail(parts);
  } else {
    input = m.body;
  }
  const std::map<std::string, std::string> environment{
      {"REDRESS_CHANNEL", via},          {"REDRESS_TO", m.recipient},
      {"REDRESS_REFERENCE", c.reference}, {"REDRESS_KIND", kind_name},
      {"REDRESS_LANGUAGE", m.language},   {"REDRESS_SUBJECT", clean(m.subject, false)},
  };
  const util::CommandResult run = util::run_command(command, input, environment, Seconds{mp.timeout_s});
  if (!run.started || run.timed_out || run.exit_code != 0) {
    impl.store->write([&] { impl.store->release_message(claim); });
    const std::string what = !run.started  ? run.error
                             : run.timed_out ? fmt::format("it did not finish within {} s", mp.timeout_s)
                             : run.signal != 0 ? fmt::format("it was killed by signal {}", run.signal)
                                               : fmt::format("it exited with status {}", run.exit_code);
    const std::string output = error_summary(run.error_output);
    throw Error(Errc::failure,
                fmt::format("the {} command '{}' failed for {}: {}{}", via == "email" ? "send" : "sms", command.front(),
                            c.reference, what, output.empty() ? "" : ": " + output),
                "nothing was recorded; the message can be sent again");
  }
  try {
    impl.store->write([&] {
      const auto fresh = impl.store->find_complaint(c.reference);
      Complaint current = fresh ? *fresh : c;
      // Keyed with the complaint's own key: an erasure destroys it, and these digests with it.
      const std::string key = impl.store->personal_key(current.id);
      const std::string recipient_key = via == "email" ? "email:" + lower(m.recipient) : "sms:" + m.recipient;
      Json data{{"kind", kind_name},
                {"channel", via},
                {"language", m.language},
                {"step", step.id},
                {"recipient_digest", util::hmac_sha256_hex(key, recipient_key)},
                {"text_digest", util::hmac_sha256_hex(key, m.subject + "\n" + m.body)}};
      if (r.again && m.told_at) {
        data["again"] = true;
      }
      const Json personal{{"recipient", m.recipient}, {"subject", m.subject}, {"body", m.body}};
      const Instant at = std::max(sent_at, current.last_event_at);
      impl.store->append_event(Event{0, current.id, at, now(), actor, "message_sent", data.dump(), personal.dump()});
      current.last_event_at = at;
      impl.store->update_complaint(current);
      const bool unacknowledged = current.status == Status::new_ ||
                                  ((current.status == Status::investigating || current.status == Status::waiting) &&
                                   !current.acknowledge.settled_at);
      if (r.kind == MessageKind::ack && unacknowledged) {
        StepRequest ack;
        ack.step = Step::ack;
        record_step(*impl.store, current, ack, at, policy, impl.calendar, actor, impl.zone);
        result.acknowledged = true;
      }
      impl.store->release_message(claim);
      result.sent_at = at;
    });
  } catch (const Error& e) {
    throw Error(Errc::failure,
                c.reference + ": the message was sent, but recording it failed: " + e.what(),
                "it stays claimed, so it is not sent twice by accident; 'redress message " + c.reference + " " +
                    kind_name + " --send --again' once you know it did not arrive");
  }
  result.sent = true;
  return result;
}

} // namespace redress
