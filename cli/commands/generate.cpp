// __generate man DIR | bash | zsh | fish (hidden): the manual pages and shell completions,
// written from the command tree at build time (dist/CMakeLists.txt), so they always name the
// commands and options this binary takes.

#include "commands/commands.hpp"
#include "context.hpp"
#include "docgen/completion.hpp"
#include "docgen/man.hpp"
#include "output.hpp"
#include "version.hpp"

#include <redress/error.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace redress::cli {

namespace {

struct GenerateOptions {
  std::string what;
  std::optional<std::string> output; // a folder for man, a file for a completion
};

void write_file(const std::optional<std::string>& path, const std::string& text) {
  OutputFile out(path);
  out.stream() << text;
  out.commit();
}

void run_generate(const CLI::App& app, const GenerateOptions& o) {
  const docgen::CommandDoc root = docgen::describe(app);
  if (o.what == "man") {
    const std::filesystem::path dir = o.output.value_or(".");
    for (const auto& [name, text] : docgen::man_pages(root, version())) {
      write_file((dir / name).string(), text);
    }
  } else if (o.what == "bash") {
    write_file(o.output, docgen::bash_completion(root));
  } else if (o.what == "zsh") {
    write_file(o.output, docgen::zsh_completion(root));
  } else {
    write_file(o.output, docgen::fish_completion(root));
  }
}

} // namespace

void register_generate(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GenerateOptions>();
  auto* cmd = app.add_subcommand("__generate", "");
  cmd->group(""); // hidden
  cmd->add_option("what", o->what)->required()->check(CLI::IsMember({"man", "bash", "zsh", "fish"}));
  cmd->add_option("-o,--output", o->output, "The folder of the manual pages, or the completion file");
  const CLI::App* root = &app;
  cmd->callback([&ctx, root, o] { ctx.action = [root, o] { run_generate(*root, *o); }; });
}

} // namespace redress::cli
