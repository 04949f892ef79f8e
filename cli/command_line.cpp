#include "command_line.hpp"

#include <redress/suggest.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <set>
#include <string_view>

namespace redress::cli {

namespace {

// The global options that take a value (cli/main.cpp registers them).
bool global_with_value(std::string_view word) {
  static const std::set<std::string_view> with_value{"--ledger", "--actor", "--format", "--color"};
  return with_value.count(word) > 0;
}

// The visible subcommands of `app` (hidden ones, such as __complete, are for scripts).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  std::vector<const CLI::App*> subs;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (!sub->get_group().empty()) {
      subs.push_back(sub);
    }
  }
  return subs;
}

const CLI::App* find_subcommand(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == name) {
      return sub;
    }
  }
  return nullptr;
}

// The command the words name, from `app` down, and the path typed to reach it.
const CLI::App* innermost(const CLI::App& app, const std::vector<std::string>& words, std::string& path) {
  const CLI::App* cmd = &app;
  path = "redress";
  for (const auto& word : words) {
    const CLI::App* sub = find_subcommand(*cmd, word);
    if (sub == nullptr) {
      break;
    }
    cmd = sub;
    path += " " + word;
  }
  return cmd;
}

} // namespace

std::vector<std::string> command_words(int argc, char** argv) {
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") {
      break;
    }
    if (global_with_value(word)) {
      ++i;
      continue;
    }
    if (!word.empty() && word[0] != '-') {
      words.push_back(word);
    }
  }
  return words;
}

std::optional<Mistake> unknown_command(const CLI::App& app, int argc, char** argv) {
  const CLI::App* cmd = &app;
  std::string typed;
  for (const auto& word : command_words(argc, argv)) {
    if (cmd->get_subcommands({}).empty() ||
        !cmd->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty()) {
      return std::nullopt; // a command that takes arguments (`evidence REF` as well as `evidence get`)
    }
    if (const CLI::App* sub = find_subcommand(*cmd, word)) {
      cmd = sub;
      typed += (typed.empty() ? "" : " ") + word;
      continue;
    }
    std::vector<std::string> names;
    for (const CLI::App* sub : visible_subcommands(*cmd)) {
      names.push_back(sub->get_name());
    }
    const std::string prefix = typed.empty() ? "" : typed + " ";
    const auto match = util::closest(word, names);
    int at = 1;
    while (at < argc && argv[at] != word) {
      ++at;
    }
    return Mistake{at, Error(Errc::usage, "unknown command '" + prefix + word + "'",
                             match ? "did you mean '" + prefix + *match + "'?"
                                   : "run 'redress " + prefix + "--help' for the list of commands")};
  }
  return std::nullopt;
}

std::optional<Mistake> unknown_option(const CLI::App& app, int argc, char** argv) {
  std::string path;
  const CLI::App* cmd = innermost(app, command_words(argc, argv), path);
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") {
      break;
    }
    // Options start with a dash; "-" alone (standard input) and negative numbers do not count.
    if (word.size() < 2 || word[0] != '-' || (word[1] >= '0' && word[1] <= '9') || word[1] == '.') {
      continue;
    }
    const std::string name = word.substr(0, word.find('='));
    if (name.size() > 2 && name[1] != '-') {
      continue; // -abc: short options run together, CLI11's to judge
    }
    std::vector<std::string> known;
    bool found = false;
    for (const CLI::App* c = cmd; c != nullptr && !found; c = c->get_parent()) {
      found = c->get_option_no_throw(name) != nullptr;
      for (const CLI::Option* opt : c->get_options({})) {
        if (opt->get_positional() && !opt->nonpositional()) {
          continue;
        }
        for (const auto& l : opt->get_lnames()) {
          known.push_back("--" + l);
        }
        for (const auto& s : opt->get_snames()) {
          known.push_back("-" + s);
        }
      }
    }
    if (found) {
      continue;
    }
    // A one-letter option is one edit away from every other: no guess for those.
    const auto match = name.size() > 2 ? util::closest(name, known) : std::nullopt;
    return Mistake{i, Error(Errc::usage, "unknown option '" + name + "' for '" + path + "'",
                            match ? "did you mean '" + *match + "'?" : "run '" + path + " --help' for its options")};
  }
  return std::nullopt;
}

} // namespace redress::cli
