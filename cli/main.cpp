// redress — the command-line shell. This is the one place that maps errors to exit codes and
// prints them (docs/exit-codes.md).

#include "command_line.hpp"
#include "commands/commands.hpp"
#include "context.hpp"
#include "version.hpp"

#include <redress/error.hpp>
#include <redress/render.hpp>
#include <redress/suggest.hpp>
#include <redress/time.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using redress::Errc;
using redress::Error;

void print_error(const std::string& message, const std::string& hint = {}) {
  // One line, so scripts can log it whole: the problem, then what to do about it. Messages
  // quote what users typed or files held: message_line() keeps that on one safe line.
  fmt::print(stderr, "redress: error: {}{}{}\n", redress::message_line(message),
             hint.empty() ? "" : "; ", redress::message_line(hint));
}

// The first word of the command line that is not a global option or its value: the command.
std::optional<std::string> command_word(int argc, char** argv) {
  const auto words = redress::cli::command_words(argc, argv);
  return words.empty() ? std::nullopt : std::optional(words.front());
}

// The commands in help order, with the names each one registers.
struct Command {
  std::vector<std::string_view> names;
  void (*add)(CLI::App&, redress::cli::Context&);
  bool needs_all = false; // works on every command (help, manual pages, completions)
};

const std::vector<Command>& commands() {
  namespace c = redress::cli;
  static const std::vector<Command> all{
      {{"init"}, c::register_init},
      {{"file"}, c::register_file},
      {{"show"}, c::register_show},
      {{"list"}, c::register_list},
      {{"search"}, c::register_search},
      {{"customer"}, c::register_customer},
      {{"ack", "assign", "note", "wait", "resume", "escalate", "change", "resolve", "reject",
        "withdraw", "reopen", "followup", "close", "attach", "amend", "undo"},
       c::register_lifecycle},
      {{"evidence"}, c::register_evidence},
      {{"message"}, c::register_message},
      {{"export"}, c::register_export},
      {{"import"}, c::register_import},
      {{"sweep"}, c::register_sweep},
      {{"report"}, c::register_report},
      {{"policy"}, c::register_policy},
      {{"verify"}, c::register_verify},
      {{"anchor"}, c::register_anchor},
      {{"migrate"}, c::register_migrate},
      {{"upgrade"}, c::register_upgrade},
      {{"help"}, c::register_help, true},
      // Hidden, for the shell completions and the build (docs/ARCHITECTURE.md).
      {{"__complete"}, c::register_complete},
      {{"__generate"}, c::register_generate, true},
  };
  return all;
}

// Registers the command the line names, or every command for help, for a line without one and
// for a word that names none (so that help lists them and a typo gets its suggestion). CLI11
// builds every option of every registered command up front: registering all of them took a tenth
// of a quick command such as `show` (docs/performance.md).
void register_commands(CLI::App& app, redress::cli::Context& ctx, int argc, char** argv) {
  const auto word = command_word(argc, argv);
  for (const Command& command : commands()) {
    if (word && !command.needs_all &&
        std::find(command.names.begin(), command.names.end(), *word) != command.names.end()) {
      command.add(app, ctx);
      return;
    }
  }
  for (const Command& command : commands()) {
    command.add(app, ctx);
  }
}

// True for a line that only asks for help or the version: no ledger is opened.
bool only_help(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "-h" || word == "--help" || word == "--version") {
      return true;
    }
  }
  const auto word = command_word(argc, argv);
  return !word || *word == "help" || *word == "__generate";
}

} // namespace

int main(int argc, char** argv) {
  // Commands that open a ledger need the system's zone list: it is read on a second thread
  // meanwhile (joined before main returns; nothing here calls exit()).
  std::optional<redress::ZonePreload> zones;
  if (!only_help(argc, argv)) {
    zones.emplace();
  }
  redress::cli::Context ctx;
  CLI::App app{"redress — a complaint ledger for the terminal", "redress"};
  app.set_version_flag("--version", redress::cli::version_text(), "Print the version and the ledger schema version it writes");
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Global options may also follow the command. 'redress help COMMAND' (or 'man "
             "redress-COMMAND') tells more of each. Exit codes: 0 ok, 1 failure, 2 usage, "
             "3 not found, 4 refused by the rules, 5 invalid input, 6 ledger busy, 7 integrity "
             "check failed, 8 breaches found (--fail-on-breach).");
  auto& g = ctx.global;
  app.add_option("--ledger", g.ledger, "Ledger folder or database file (else $REDRESS_LEDGER, else search upwards)")
      ->type_name("PATH");
  app.add_option("--actor", g.actor, "Who is acting (else $REDRESS_ACTOR, else the login name)")->type_name("NAME");
  app.add_option("--format", g.format, "Output for anything tabular (html: reports only)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"table", "csv", "tsv", "json", "ndjson", "markdown", "html"}));
  app.add_option("--color", g.color, "Colour on a terminal (NO_COLOR is honoured)")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", g.quiet, "Print only what scripts need");

  // Help order: set-up, intake, reading, policy (commands()).
  register_commands(app, ctx, argc, argv);

  try {
    if (auto command = redress::cli::unknown_command(app, argc, argv)) {
      // Whichever mistake comes first on the line: in `redress --formt csv list` the option
      // is mistyped, not a command 'csv'.
      const auto option = redress::cli::unknown_option(app, argc, argv);
      throw option && option->at < command->at ? option->error : command->error;
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
      return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
      return app.exit(e);
    } catch (const CLI::ParseError& e) {
      if (auto option = redress::cli::unknown_option(app, argc, argv)) {
        throw option->error; // a mistyped option, with the closest one
      }
      // The innermost command given, to name it and what it expects.
      const CLI::App* cmd = &app;
      std::string path = "redress";
      while (!cmd->get_subcommands().empty()) {
        cmd = cmd->get_subcommands().front();
        path += " " + cmd->get_name();
      }
      std::vector<std::string> children;
      for (const CLI::App* sub : cmd->get_subcommands({})) {
        children.push_back(sub->get_name());
      }
      const bool takes_arguments =
          !cmd->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
      if (cmd != &app && cmd->get_subcommands().empty() && !children.empty() && !takes_arguments) {
        throw Error(Errc::usage, "'" + path + "' needs one of: " + redress::util::join(children, ", "),
                    "run '" + path + " --help'");
      }
      std::string what = e.what();
      if (!what.empty()) {
        what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
      }
      throw Error(Errc::usage, what, "run '" + path + " --help'");
    }
    // Only reports are pages; every other command's output is text or data.
    if (g.format == "html" && command_word(argc, argv) != "report") {
      throw Error(Errc::usage, "--format html is for reports only",
                  "use table, csv, tsv, json, ndjson or markdown, or 'redress report all --format html'");
    }
    if (ctx.action) {
      ctx.action();
    }
    std::fflush(stdout);
    return std::ferror(stdout) ? static_cast<int>(Errc::failure) : 0;
  } catch (const Error& e) {
    std::fflush(stdout); // what was printed before the error comes before it
    print_error(e.what(), e.hint());
    for (const auto& more : e.more()) {
      print_error(more);
    }
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    print_error(e.what());
    return static_cast<int>(Errc::failure);
  }
}
