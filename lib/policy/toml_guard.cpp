// check_toml_text(): see toml_guard.hpp for why.

#include "policy/toml_guard.hpp"

namespace redress::policy_detail {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

class Scanner {
public:
  explicit Scanner(std::string_view text) : m_text(text) {}

  // Follows TOML's structure just enough to know where strings are: keys and values,
  // arrays, inline tables and table headers (a stack of open brackets), and bare values.
  std::optional<TomlGuardProblem> run() {
    while (m_at < m_text.size()) {
      const char ch = m_text[m_at];
      if (static_cast<unsigned char>(ch) >= 0x80) {
        return problem("a non-ASCII character outside a string; TOML allows them only in "
                       "quoted strings and comments");
      }
      if (m_bare) {
        // toml++ reads a bare value (a number, a date, true...) up to the next terminator,
        // asking of every character whether it is whitespace; quotes in it open nothing.
        if (is_terminator(ch)) {
          m_bare = false;
        } else {
          advance();
        }
        continue;
      }
      if (ch == '#') {
        skip_line();
      } else if (ch == '"' || ch == '\'') {
        if (auto p = string()) {
          return p;
        }
      } else if (ch == '\n') {
        if (m_open.empty()) {
          m_value = false;
        }
        advance();
      } else if (ch == '=') {
        m_value = true;
        advance();
      } else if (ch == '[') {
        m_open.push_back(m_value ? 'a' : 'h'); // an array, or a table header
        advance();
      } else if (ch == '{') {
        m_open.push_back('t');
        m_value = false; // an inline table starts with a key
        advance();
      } else if (ch == ']' || ch == '}') {
        if (!m_open.empty()) {
          m_open.pop_back();
        }
        m_value = !m_open.empty() && m_open.back() == 'a';
        advance();
      } else if (ch == ',') {
        m_value = !m_open.empty() && m_open.back() == 'a';
        advance();
      } else if (m_value && ch != ' ' && ch != '\t' && ch != '\r') {
        m_bare = true;
      } else {
        advance();
      }
    }
    return std::nullopt;
  }

private:
  static bool is_terminator(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ',' || ch == ']' ||
           ch == '}' || ch == '#';
  }

  // A string of any of the four kinds, from its opening quote past its closing one.
  std::optional<TomlGuardProblem> string() {
    if (starts_with("\"\"\"")) {
      return multi_line_basic();
    }
    if (starts_with("\'\'\'")) {
      skip_past("\'\'\'", 3);
      return std::nullopt;
    }
    single_line(m_text[m_at]);
    return m_bad_escape;
  }

  bool starts_with(std::string_view s) const { return m_text.substr(m_at, s.size()) == s; }

  void advance() {
    if (m_at >= m_text.size()) {
      return;
    }
    if (m_text[m_at] == '\n') {
      ++m_line;
      m_column = 1;
    } else if (!is_continuation(static_cast<unsigned char>(m_text[m_at]))) {
      ++m_column;
    }
    ++m_at;
  }

  void skip_line() {
    while (m_at < m_text.size() && m_text[m_at] != '\n') {
      advance();
    }
  }

  // Up to and including the closing quote on the same line (toml++ reports what is missing).
  void single_line(char quote) {
    advance();
    while (m_at < m_text.size() && m_text[m_at] != quote && m_text[m_at] != '\n') {
      if (quote == '"' && m_text[m_at] == '\\') {
        advance();
        if (m_at < m_text.size() && static_cast<unsigned char>(m_text[m_at]) >= 0x80) {
          m_bad_escape = problem("a backslash before a non-ASCII character; TOML escapes are "
                                 "\\n, \\t, \\\", \\\\, \\uXXXX and the like");
          return;
        }
      }
      advance();
    }
    advance();
  }

  void skip_past(std::string_view end, std::size_t opening) {
    for (std::size_t i = 0; i < opening; ++i) {
      advance();
    }
    while (m_at < m_text.size() && !starts_with(end)) {
      advance();
    }
    for (std::size_t i = 0; i < end.size(); ++i) {
      advance();
    }
  }

  std::optional<TomlGuardProblem> multi_line_basic() {
    for (int i = 0; i < 3; ++i) {
      advance();
    }
    while (m_at < m_text.size() && !starts_with("\"\"\"")) {
      if (m_text[m_at] != '\\') {
        advance();
        continue;
      }
      advance();
      // After a backslash toml++ asks of each character whether it is whitespace (a
      // line-ending backslash skips whitespace and line breaks): ASCII answers safely.
      while (m_at < m_text.size() &&
             (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\r' || m_text[m_at] == '\n')) {
        advance();
      }
      if (m_at < m_text.size() && static_cast<unsigned char>(m_text[m_at]) >= 0x80) {
        return problem("a non-ASCII character right after a backslash in a multi-line string; "
                       "put it on the backslash's line, or drop the backslash");
      }
      advance(); // the escaped character (\" or \\) is text
    }
    for (int i = 0; i < 3; ++i) {
      advance();
    }
    return std::nullopt;
  }

  TomlGuardProblem problem(std::string message) const {
    return TomlGuardProblem{m_line, m_column, std::move(message)};
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  int m_line = 1;
  int m_column = 1;
  std::optional<TomlGuardProblem> m_bad_escape;
  std::string m_open;   // open brackets: 'a' array, 'h' table header, 't' inline table
  bool m_value = false; // a value may start here (else a key)
  bool m_bare = false;  // inside a bare value
};

} // namespace

std::optional<TomlGuardProblem> check_toml_text(std::string_view text) {
  return Scanner(text).run();
}

} // namespace redress::policy_detail
