#pragma once
// What the user typed, read before and after CLI11 parses it, to name a mistyped command or
// option and suggest the closest one (CLI11 2.1.2 says "A subcommand is required" or "The
// following arguments were not expected" instead).

#include <redress/error.hpp>

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace redress::cli {

/// The words of the line that are neither options nor the values of global options: the
/// command first, then its subcommand or its arguments.
std::vector<std::string> command_words(int argc, char** argv);

/// Something mistyped on the line: where (the index in argv), and the error to give.
struct Mistake {
  int at = 0;
  Error error;
};

/// A command or a subcommand (`report slaa`) that `app` does not have, with a did-you-mean;
/// nullopt when the words name commands down to one that takes no subcommand.
std::optional<Mistake> unknown_command(const CLI::App& app, int argc, char** argv);

/// The first option on the line that neither the command it belongs to nor its parents take,
/// with the closest long option they do take; nullopt when there is none.
std::optional<Mistake> unknown_option(const CLI::App& app, int argc, char** argv);

} // namespace redress::cli
