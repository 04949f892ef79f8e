#pragma once
// Message templates: parsing, checking and rendering (the syntax: redress/message.hpp).

#include <redress/message.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::message {

/// The placeholders a template may name, in the order docs/messages.md lists them.
const std::vector<std::string>& placeholder_names();

/// A template rendered with values: its subject (one line) and body (ending in one newline).
struct Rendered {
  std::string subject;
  std::string body;
};

/// Renders `text` (a template file's contents, `file` naming it in problems) with `values`
/// (a placeholder missing from it renders empty). Returns nullopt and fills `problems` when
/// the template is wrong; every problem of the file is found, whatever the values.
std::optional<Rendered> render_template(std::string_view text, const std::string& file,
                                        const std::map<std::string, std::string>& values,
                                        std::vector<TemplateProblem>& problems);

/// Reads a template file: a regular file of at most 64 KiB (following a symlink) that not
/// every user may write, since what it says goes to customers. Throws Error{invalid_input}
/// for anything else, Error{failure} when it is world-writable or cannot be read.
std::string read_template_file(const std::string& path);

/// The built-in template `KIND.LANG`, or nullopt.
std::optional<std::string_view> builtin_template(std::string_view kind, std::string_view language);

} // namespace redress::message
