#pragma once
// Messages as mail: an RFC 5322 message with MIME (RFC 2045) and encoded headers (RFC 2047).
// Nothing a customer wrote can add a header: every header value is one line, and display
// names and subjects with anything but plain ASCII are encoded words.

#include <redress/time.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace redress::message {

/// An address with an optional display name, as `Name <user@example.com>` or `user@example.com`.
struct Mailbox {
  std::string name;
  std::string address;
};

/// True for one plain address `local@domain`: no spaces, controls, quotes, commas, angle
/// brackets or other characters that could make a header name a second recipient.
bool is_plain_address(std::string_view address);
/// Parses `Name <address>` or `address`; nullopt when it is not one plain address.
std::optional<Mailbox> parse_mailbox(std::string_view text);

/// `text` as a header value: itself when it is printable ASCII, else RFC 2047 encoded words
/// (UTF-8, base64) folded onto continuation lines; line breaks become spaces.
std::string encode_header_text(std::string_view text);

struct MailParts {
  std::optional<Mailbox> from;
  Mailbox to;
  std::string subject;
  std::string body; // UTF-8, lines ending in "\n"
  Instant date;
  std::string reference;  // for the Message-ID and References headers
  std::string kind;
};

/// The message, lines ending in "\n" as sendmail-compatible programs (`msmtp -t`,
/// `sendmail -t`) read it on standard input; they write CRLF on the wire.
std::string compose_mail(const MailParts& parts);

} // namespace redress::message
