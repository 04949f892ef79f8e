// A message as `redress message` prints it: for people (where it goes, then the text as the
// customer will read it) and for scripts (JSON).

#include "util/text.hpp"

#include <redress/render.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace redress {

std::string message_text(const MessageResult& result, const TimeZone& zone) {
  const RenderedMessage& m = result.message;
  const auto clean = [](std::string_view s) { return util::sanitize_for_terminal(s); };
  std::string out;
  std::string to = clean(m.recipient_name);
  if (m.recipient.empty()) {
    to += m.channel.empty() ? "  (no email address or phone number: it cannot be sent)"
                            : fmt::format("  (no {} to send it to)", m.channel == "email" ? "email address" : "phone number");
  } else {
    to += fmt::format("  <{}>  by {}", clean(m.recipient), m.channel);
  }
  out += "To:        " + to + "\n";
  out += "Subject:   " + clean(m.subject) + "\n";
  std::string language = m.language + "  (" + clean(m.source) + ")";
  if (!m.requested_language.empty() && m.requested_language != m.language &&
      m.requested_language.substr(0, m.requested_language.find('-')) != m.language) {
    language += "; no template in the customer's language '" + clean(m.requested_language) + "'";
  }
  out += "Language:  " + language + "\n";
  if (m.told_at) {
    out += "Sent:      " + format_local_short(*m.told_at, zone) +
           " for this step already (--send --again sends it once more)\n";
  }
  out += "\n" + util::sanitize_for_terminal(m.body, true);
  return out;
}

std::string message_json(const MessageResult& result, int indent) {
  const RenderedMessage& m = result.message;
  const auto text_or_null = [](const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); };
  nlohmann::ordered_json j{
      {"reference", result.reference},
      {"kind", to_string(m.kind)},
      {"language", m.language},
      {"template", m.source},
      {"channel", text_or_null(m.channel)},
      {"recipient", text_or_null(m.recipient)},
      {"subject", m.subject},
      {"body", m.body},
      {"sent", result.sent},
      {"sent_at", result.sent_at ? nlohmann::ordered_json(format_utc(*result.sent_at)) : nlohmann::ordered_json()},
      {"told_before_at", m.told_at ? nlohmann::ordered_json(format_utc(*m.told_at)) : nlohmann::ordered_json()},
      {"acknowledged", result.acknowledged},
  };
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace redress
