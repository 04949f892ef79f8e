// help [COMMAND [SUBCOMMAND]]: the help of a command, as `COMMAND --help` prints it.

#include "commands/commands.hpp"
#include "context.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace redress::cli {

namespace {

void run_help(const CLI::App& app, const std::vector<std::string>& words) {
  const CLI::App* node = &app;
  std::string parent; // "redress report" for "sla": CLI11 names the usage line after it
  std::string typed;  // "report sla"
  for (const auto& word : words) {
    const CLI::App* next = nullptr;
    std::vector<std::string> names;
    for (const CLI::App* sub : node->get_subcommands({})) {
      if (!sub->get_group().empty()) { // not hidden
        names.push_back(sub->get_name());
        next = sub->get_name() == word ? sub : next;
      }
    }
    const std::string prefix = typed.empty() ? "" : typed + " ";
    if (names.empty()) {
      throw Error(Errc::usage, "'redress " + typed + "' has no subcommands", "run 'redress help " + typed + "'");
    }
    if (next == nullptr) {
      const auto match = util::closest(word, names);
      throw Error(Errc::usage, "unknown command '" + prefix + word + "'",
                  match ? "did you mean '" + prefix + *match + "'?"
                        : "expected one of: " + util::join(names, ", "));
    }
    parent = node == &app ? "redress" : parent + " " + node->get_name();
    typed = prefix + word;
    node = next;
  }
  // app.help() would describe the command chosen on this line, which is `help` itself.
  std::string text = node == &app ? app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal)
                                  : node->help(parent);
  if (!text.empty() && text.back() != '\n') {
    text += '\n';
  }
  Context::out(text);
}

} // namespace

void register_help(CLI::App& app, Context& ctx) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand("help", "Show the help of a command: redress help report sla");
  cmd->add_option("command", *words, "A command, then a subcommand of it")->type_name("COMMAND");
  cmd->footer("The manual pages say more: man redress, man redress-COMMAND, man redress-policy.");
  const CLI::App* root = &app;
  cmd->callback([&ctx, root, words] { ctx.action = [root, words] { run_help(*root, *words); }; });
}

} // namespace redress::cli
