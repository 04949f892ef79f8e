#include "message/template.hpp"

#include "util/permissions.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <redress/builtin_templates.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace redress {

namespace {

constexpr std::array<std::string_view, 6> k_kinds{"ack", "update", "waiting", "resolved", "rejected", "survey"};

} // namespace

std::string_view to_string(MessageKind kind) { return k_kinds[static_cast<std::size_t>(kind)]; }

std::optional<MessageKind> parse_message_kind(std::string_view text) {
  for (std::size_t i = 0; i < k_kinds.size(); ++i) {
    if (k_kinds[i] == text) {
      return static_cast<MessageKind>(i);
    }
  }
  return std::nullopt;
}

std::vector<std::string> message_kind_names() { return {k_kinds.begin(), k_kinds.end()}; }

const std::vector<std::string>& builtin_message_languages() {
  static const std::vector<std::string> languages{"en", "hr", "sl", "fa", "ja"};
  return languages;
}

std::string TemplateProblem::to_string() const {
  return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

namespace message {

const std::vector<std::string>& placeholder_names() {
  static const std::vector<std::string> names{
      "reference", "customer.name", "ledger.name", "summary",  "received", "resolve_due",
      "status",    "outcome",       "compensation", "reason", "note",     "survey_link"};
  return names;
}

namespace {

struct Token {
  enum Kind { text, value, open, open_inverted, close } kind = text;
  std::string content; // the text, or the placeholder's name
  int line = 0;
  int column = 0;
};

// Columns count code points, as the policy's positions do.
int columns_in(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'; }

class Scanner {
public:
  Scanner(std::string file, std::vector<TemplateProblem>& problems) : m_file(std::move(file)), m_problems(problems) {}

  void problem(int line, int column, std::string message) {
    m_problems.push_back({m_file, line, column, std::move(message)});
  }

  // The tokens of one line (without its newline).
  std::vector<Token> line_tokens(std::string_view line, int number) {
    std::vector<Token> tokens;
    std::string text;
    int text_column = 1;
    const auto flush = [&](int next_column) {
      if (!text.empty()) {
        tokens.push_back({Token::text, text, number, text_column});
        text.clear();
      }
      text_column = next_column;
    };
    std::size_t i = 0;
    while (i < line.size()) {
      const int column = columns_in(line.substr(0, i)) + 1;
      const char c = line[i];
      if ((c == '{' || c == '}') && i + 1 < line.size() && line[i + 1] == c) {
        text += c;
        i += 2;
        continue;
      }
      if (c != '{') {
        text += c;
        ++i;
        continue;
      }
      const auto end = line.find('}', i + 1);
      if (end == std::string_view::npos) {
        problem(number, column, "'{' opens no placeholder on this line; write '{{' for a brace");
        text += c;
        ++i;
        continue;
      }
      std::string_view inner = line.substr(i + 1, end - i - 1);
      Token::Kind kind = Token::value;
      if (!inner.empty() && (inner[0] == '#' || inner[0] == '^' || inner[0] == '/')) {
        kind = inner[0] == '#' ? Token::open : inner[0] == '^' ? Token::open_inverted : Token::close;
        inner.remove_prefix(1);
      }
      if (inner.empty() || !std::all_of(inner.begin(), inner.end(), is_name_char)) {
        problem(number, column, "'{" + std::string(line.substr(i + 1, end - i - 1)) +
                                    "}' is not a placeholder; write '{{' for a brace");
        text += line.substr(i, end - i + 1);
        i = end + 1;
        continue;
      }
      const std::string name(inner);
      const auto& known = placeholder_names();
      if (std::find(known.begin(), known.end(), name) == known.end()) {
        problem(number, column, "unknown placeholder '{" + name + "}'; " +
                                    util::suggestion_hint(name, known));
      }
      flush(column);
      tokens.push_back({kind, name, number, column});
      i = end + 1;
      text_column = columns_in(line.substr(0, i)) + 1;
    }
    flush(1);
    return tokens;
  }

  // The tokens of `text` starting at file line `first_line`: each line's tokens and a "\n"
  // text token, except for a line holding nothing but one section tag (and blanks): that line
  // goes whole, so that tags on their own lines leave no empty lines behind.
  std::vector<Token> tokens(std::string_view text, int first_line, bool standalone_tags) {
    std::vector<Token> all;
    int number = first_line;
    std::size_t start = 0;
    while (start <= text.size()) {
      const auto end = std::min(text.find('\n', start), text.size());
      const bool last = end == text.size();
      if (last && start == end) {
        break; // nothing after the final newline
      }
      std::vector<Token> line = line_tokens(text.substr(start, end - start), number);
      std::vector<Token> meaningful;
      std::copy_if(line.begin(), line.end(), std::back_inserter(meaningful), [](const Token& t) {
        return t.kind != Token::text || t.content.find_first_not_of(" \t") != std::string::npos;
      });
      const bool alone = standalone_tags && meaningful.size() == 1 && meaningful[0].kind != Token::value &&
                         meaningful[0].kind != Token::text;
      if (alone) {
        all.push_back(meaningful[0]);
      } else {
        all.insert(all.end(), line.begin(), line.end());
        if (!last) {
          all.push_back({Token::text, "\n", number, columns_in(text.substr(start, end - start)) + 1});
        }
      }
      ++number;
      start = end + 1;
    }
    return all;
  }

  std::string render(const std::vector<Token>& tokens, const std::map<std::string, std::string>& values) {
    struct Open {
      const Token* token;
      bool shown;
    };
    std::vector<Open> stack;
    std::string out;
    const auto value_of = [&](const std::string& name) {
      const auto it = values.find(name);
      return it == values.end() ? std::string() : it->second;
    };
    for (const Token& t : tokens) {
      const bool shown = stack.empty() || stack.back().shown;
      switch (t.kind) {
      case Token::text:
        if (shown) {
          out += t.content;
        }
        break;
      case Token::value:
        if (shown) {
          out += value_of(t.content);
        }
        break;
      case Token::open:
      case Token::open_inverted: {
        const bool present = !value_of(t.content).empty();
        stack.push_back({&t, shown && (t.kind == Token::open ? present : !present)});
        break;
      }
      case Token::close:
        if (stack.empty()) {
          problem(t.line, t.column, "'{/" + t.content + "}' closes no section");
        } else if (stack.back().token->content != t.content) {
          problem(t.line, t.column, "'{/" + t.content + "}' closes the section '{" +
                                        (stack.back().token->kind == Token::open ? "#" : "^") +
                                        stack.back().token->content + "}' opened at line " +
                                        std::to_string(stack.back().token->line) +
                                        "; sections close in the order they were opened");
          stack.pop_back();
        } else {
          stack.pop_back();
        }
        break;
      }
    }
    for (const Open& open : stack) {
      problem(open.token->line, open.token->column,
              "section '{" + std::string(open.token->kind == Token::open ? "#" : "^") + open.token->content +
                  "}' is never closed; end it with '{/" + open.token->content + "}'");
    }
    return out;
  }

private:
  std::string m_file;
  std::vector<TemplateProblem>& m_problems;
};

} // namespace

std::optional<Rendered> render_template(std::string_view raw, const std::string& file,
                                        const std::map<std::string, std::string>& values,
                                        std::vector<TemplateProblem>& problems) {
  const std::size_t before = problems.size();
  Scanner scanner(file, problems);
  if (!util::is_valid_utf8(raw)) {
    scanner.problem(1, 1, "the template is not valid UTF-8");
    return std::nullopt;
  }
  std::string text;
  text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
      continue; // CRLF as written on Windows
    }
    text += raw[i];
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text.erase(0, 3); // a BOM some editors write
  }
  const auto first_end = std::min(text.find('\n'), text.size());
  const std::string_view first = std::string_view(text).substr(0, first_end);
  constexpr std::string_view k_subject = "Subject:";
  if (first.size() < k_subject.size() ||
      !std::equal(k_subject.begin(), k_subject.end(), first.begin(),
                  [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); })) {
    scanner.problem(1, 1, "the first line must be the subject: 'Subject: ...'");
    return std::nullopt;
  }
  std::string_view subject = first.substr(k_subject.size());
  int subject_column = static_cast<int>(k_subject.size()) + 1;
  while (!subject.empty() && (subject.front() == ' ' || subject.front() == '\t')) {
    subject.remove_prefix(1);
    ++subject_column;
  }
  if (subject.find_first_not_of(" \t") == std::string_view::npos) {
    scanner.problem(1, 1, "the subject is empty");
  }
  std::string_view rest = first_end < text.size() ? std::string_view(text).substr(first_end + 1) : std::string_view();
  if (!rest.empty() && rest.substr(0, rest.find('\n')).find_first_not_of(" \t") != std::string_view::npos) {
    scanner.problem(2, 1, "a blank line must follow the subject line");
  } else if (!rest.empty()) {
    rest.remove_prefix(std::min(rest.find('\n'), rest.size() - 1) + 1);
  }
  if (rest.find_first_not_of(" \t\n") == std::string_view::npos) {
    scanner.problem(3, 1, "the template has no body after the subject line");
  }
  std::vector<Token> subject_tokens = scanner.tokens(subject, 1, false);
  for (Token& t : subject_tokens) {
    t.column += subject_column - 1;
  }
  std::string rendered_subject = scanner.render(subject_tokens, values);
  std::string body = scanner.render(scanner.tokens(rest, 3, true), values);
  if (problems.size() > before) {
    return std::nullopt;
  }
  // A subject is one line whatever the values hold.
  std::replace(rendered_subject.begin(), rendered_subject.end(), '\n', ' ');
  while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) {
    body.pop_back();
  }
  return Rendered{rendered_subject, body + "\n"};
}

std::string read_template_file(const std::string& path) {
  namespace fs = std::filesystem;
  constexpr std::uintmax_t k_max_bytes = 64 * 1024;
  std::error_code ec;
  // A link (the file, or the templates folder) could make a message carry any file the sender
  // may read, mailed to a customer by whoever runs the send (cron): refused, as the policy is.
  const fs::path folder = fs::path(path).parent_path();
  if (fs::is_symlink(path, ec) || (!folder.empty() && fs::is_symlink(folder, ec))) {
    throw Error(Errc::invalid_input,
                "template " + path + " is read through a symbolic link" +
                    (fs::is_symlink(path, ec) ? "" : " (its folder " + folder.string() + ")"),
                "put the template file itself in .redress/templates");
  }
  if (!fs::is_regular_file(path, ec)) {
    throw Error(Errc::invalid_input, "template " + path + " is not a regular file");
  }
  util::refuse_world_writable(path, "change what customers are told");
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > k_max_bytes) {
    throw Error(Errc::invalid_input, "template " + path + " is larger than 64 KiB");
  }
  std::ifstream in(path, std::ios::binary);
  std::string text;
  text.resize(static_cast<std::size_t>(k_max_bytes) + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad() || (!in && !in.eof())) {
    throw Error(Errc::failure, "cannot read template " + path);
  }
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > k_max_bytes) {
    throw Error(Errc::invalid_input, "template " + path + " is larger than 64 KiB");
  }
  return text;
}

std::optional<std::string_view> builtin_template(std::string_view kind, std::string_view language) {
  const std::string name = std::string(kind) + "." + std::string(language);
  for (const auto& t : generated::k_texts) {
    if (t.name == name) {
      return t.text;
    }
  }
  return std::nullopt;
}

} // namespace message

std::vector<TemplateProblem> check_template_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::vector<TemplateProblem> problems;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    return problems;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  // Every placeholder filled, so that every section's contents are rendered and checked.
  std::map<std::string, std::string> values;
  for (const auto& name : message::placeholder_names()) {
    values[name] = "x";
  }
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    const std::string shown = path.string();
    if (name.empty() || name[0] == '.' || name.back() == '~') {
      continue; // editors' backups and hidden files
    }
    const auto first_dot = name.find('.');
    const auto last_dot = name.rfind('.');
    const std::string kind = name.substr(0, first_dot);
    const std::string language =
        first_dot == last_dot ? "" : name.substr(first_dot + 1, last_dot - first_dot - 1);
    if (name.size() < 4 || name.substr(last_dot) != ".txt" || language.empty()) {
      problems.push_back({shown, 1, 1, "a template's file name is KIND.LANG.txt, such as ack.hr.txt"});
      continue;
    }
    if (!parse_message_kind(kind)) {
      problems.push_back({shown, 1, 1, "unknown message kind '" + kind + "'; " +
                                           util::suggestion_hint(kind, message_kind_names())});
      continue;
    }
    if (!util::is_language_tag(language)) {
      problems.push_back({shown, 1, 1, "'" + language + "' is not a language tag such as hr, ja or pt-BR"});
      continue;
    }
    std::string text;
    try {
      text = message::read_template_file(shown);
    } catch (const Error& e) {
      problems.push_back({shown, 1, 1, e.what()});
      continue;
    }
    for (int pass = 0; pass < 2; ++pass) {
      // Once with every value present and once with none: each branch of every section is
      // read, and a template that is empty without its optional parts is found too.
      std::vector<TemplateProblem> found;
      message::render_template(text, shown, pass == 0 ? values : std::map<std::string, std::string>{}, found);
      for (auto& p : found) {
        if (std::find_if(problems.begin(), problems.end(), [&](const TemplateProblem& q) {
              return q.file == p.file && q.line == p.line && q.column == p.column && q.message == p.message;
            }) == problems.end()) {
          problems.push_back(std::move(p));
        }
      }
    }
  }
  return problems;
}

int write_builtin_templates(const std::string& folder, bool shared) {
  namespace fs = std::filesystem;
  std::error_code ec;
  util::refuse_symlink(folder); // a link planted there would put the files elsewhere
  fs::create_directories(folder, ec);
  if (ec) {
    throw Error(Errc::failure, "cannot create " + folder + ": " + ec.message());
  }
  int written = 0;
  for (const auto& t : message::generated::k_texts) {
    const fs::path path = fs::path(folder) / (std::string(t.name) + ".txt");
    // Never over a file already there (the user's own edit), never through a symlink.
    if (!util::create_new_file(path, t.text, shared ? 0660 : 0600)) {
      continue;
    }
    ++written;
  }
  return written;
}

} // namespace redress
