#include "message/mail.hpp"

#include "util/digest.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>

namespace redress::message {

namespace {

bool is_printable_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

std::string base64(std::string_view data) {
  static constexpr char k_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) | (static_cast<unsigned char>(data[i + 1]) << 8) |
                       static_cast<unsigned char>(data[i + 2]);
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += k_alphabet[(v >> 6) & 63];
    out += k_alphabet[v & 63];
  }
  if (i + 1 == data.size()) {
    const unsigned v = static_cast<unsigned char>(data[i]) << 16;
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == data.size()) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) | (static_cast<unsigned char>(data[i + 1]) << 8);
    out += k_alphabet[(v >> 18) & 63];
    out += k_alphabet[(v >> 12) & 63];
    out += k_alphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

// Line breaks and other controls become spaces: a header value is one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  }
  return out;
}

std::string domain_of(const std::optional<Mailbox>& from) {
  if (from) {
    const auto at = from->address.rfind('@');
    if (at != std::string::npos && at + 1 < from->address.size()) {
      return from->address.substr(at + 1);
    }
  }
  return "redress.invalid";
}

std::string mailbox_header(const Mailbox& m) {
  const std::string name = one_line(m.name);
  if (name.find_first_not_of(' ') == std::string::npos) {
    return m.address;
  }
  if (is_printable_ascii(name) && name.find("=?") == std::string::npos) {
    std::string quoted = "\"";
    for (const char c : name) {
      if (c == '"' || c == '\\') {
        quoted += '\\';
      }
      quoted += c;
    }
    return quoted + "\" <" + m.address + ">";
  }
  return encode_header_text(name) + " <" + m.address + ">";
}

} // namespace

bool is_plain_address(std::string_view address) {
  const auto at = address.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= address.size() || address.size() > 254) {
    return false;
  }
  return std::none_of(address.begin(), address.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || std::string_view("\"(),:;<>[\\]").find(c) != std::string_view::npos;
  }) && address.find('@') == at;
}

std::optional<Mailbox> parse_mailbox(std::string_view text) {
  const auto open = text.rfind('<');
  if (open == std::string_view::npos) {
    return is_plain_address(text) ? std::optional(Mailbox{"", std::string(text)}) : std::nullopt;
  }
  if (text.empty() || text.back() != '>') {
    return std::nullopt;
  }
  const std::string_view address = text.substr(open + 1, text.size() - open - 2);
  std::string_view name = text.substr(0, open);
  while (!name.empty() && name.back() == ' ') {
    name.remove_suffix(1);
  }
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    name = name.substr(1, name.size() - 2);
  }
  if (!is_plain_address(address) ||
      std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"'; })) {
    return std::nullopt;
  }
  return Mailbox{std::string(name), std::string(address)};
}

std::string encode_header_text(std::string_view raw) {
  const std::string text = one_line(raw);
  if (is_printable_ascii(text) && text.find("=?") == std::string::npos) {
    return text;
  }
  // Encoded words of at most 75 characters each: 45 bytes of text, never splitting a
  // character (RFC 2047 §5: each word must hold whole characters).
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = std::min(i + 45, text.size());
    while (end > i && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (!out.empty()) {
      out += "\n ";
    }
    out += "=?UTF-8?B?" + base64(std::string_view(text).substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string compose_mail(const MailParts& p) {
  const std::string domain = domain_of(p.from);
  std::string out;
  if (p.from) {
    out += "From: " + mailbox_header(*p.from) + "\n";
  }
  out += "To: " + mailbox_header(p.to) + "\n";
  out += "Subject: " + encode_header_text(p.subject) + "\n";
  out += "Date: " + date::format("%a, %d %b %Y %H:%M:%S +0000", date::floor<std::chrono::seconds>(p.date)) + "\n";
  out += fmt::format("Message-ID: <{}.{}.{}@{}>\n", p.reference, p.kind, util::random_hex(8), domain);
  // Every message about one complaint names the same root, so mail programs thread them.
  out += fmt::format("References: <{}@{}>\n", p.reference, domain);
  out += "MIME-Version: 1.0\n";
  out += "Content-Type: text/plain; charset=UTF-8\n";
  bool plain = true;
  std::size_t line = 0;
  for (const char c : p.body) {
    line = c == '\n' ? 0 : line + 1;
    if (static_cast<unsigned char>(c) >= 0x80 || line > 998 || (c != '\n' && static_cast<unsigned char>(c) < 0x20)) {
      plain = false;
      break;
    }
  }
  if (plain) {
    out += "Content-Transfer-Encoding: 7bit\n\n" + p.body;
    return out;
  }
  out += "Content-Transfer-Encoding: base64\n\n";
  const std::string encoded = base64(p.body);
  for (std::size_t i = 0; i < encoded.size(); i += 76) {
    out += encoded.substr(i, 76) + "\n";
  }
  return out;
}

} // namespace redress::message
