#include "util/json_text.hpp"

#include "util/text.hpp"

#include <redress/error.hpp>

#include <charconv>
#include <stdexcept>

namespace redress::util {

namespace {

void append_escaped(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0; // start of the bytes not yet copied: copied in runs, not one by one
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto ch = static_cast<unsigned char>(text[i]);
    if (ch >= 0x20 && ch != '"' && ch != '\\') {
      continue;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (ch) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      out += "\\u00";
      out += hex[ch >> 4];
      out += hex[ch & 0x0f];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

} // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!is_valid_utf8(text)) {
    throw Error(Errc::invalid_input, "text for the ledger is not valid UTF-8");
  }
  append_escaped(out, text);
}

void JsonText::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) {
      m_out += ',';
    }
    m_first.back() = false;
  }
}

void JsonText::open(char bracket) {
  before_value();
  m_out += bracket;
  m_first.push_back(true);
}

void JsonText::close(char bracket) {
  m_out += bracket;
  m_first.pop_back();
}

JsonText& JsonText::begin_object() {
  open('{');
  return *this;
}

JsonText& JsonText::end_object() {
  close('}');
  return *this;
}

JsonText& JsonText::begin_array() {
  open('[');
  return *this;
}

JsonText& JsonText::end_array() {
  close(']');
  return *this;
}

JsonText& JsonText::members_of(std::string_view object) {
  if (object.size() < 2 || object.front() != '{' || object.back() != '}' || m_first.empty() || m_after_key) {
    throw std::logic_error("JsonText::members_of: not an object's members into an open object");
  }
  const std::string_view members = object.substr(1, object.size() - 2);
  if (!members.empty()) {
    before_value();
    m_out += members;
  }
  return *this;
}

JsonText& JsonText::key(std::string_view name) {
  before_value();
  append_escaped(m_out, name); // names are the ledger's own, in ASCII
  m_out += ':';
  m_after_key = true;
  return *this;
}

JsonText& JsonText::str(std::string_view text) {
  before_value();
  append_json_string(m_out, text);
  return *this;
}

JsonText& JsonText::str(const std::optional<std::string>& text) {
  return text ? str(*text) : null();
}

JsonText& JsonText::integer(std::int64_t value) {
  before_value();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  m_out.append(buffer, end);
  return *this;
}

JsonText& JsonText::boolean(bool value) {
  before_value();
  m_out += value ? "true" : "false";
  return *this;
}

JsonText& JsonText::null() {
  before_value();
  m_out += "null";
  return *this;
}

} // namespace redress::util
