#pragma once
// Running a program the policy names, without a shell: its command line is split into words
// here, and whatever it is handed goes to its standard input and its environment, never to
// its arguments.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress::util {

/// Splits a command line into words, as a shell would for plain words but with none of a
/// shell's other powers: words are separated by blanks; '...' keeps everything inside as it
/// is; "..." too, except that \" and \\ stand for " and \; outside quotes a backslash keeps
/// the next character. Nothing is expanded ($VAR, ~, *, `...`), and |, ;, &, <, > are refused
/// outside quotes (a pipeline belongs in a script). Returns the words, or why the line is not
/// a command (with the 1-based column at fault).
struct SplitCommand {
  std::vector<std::string> words;
  std::optional<std::string> problem;
  int column = 0;
};
SplitCommand split_command_line(std::string_view line);

struct CommandResult {
  bool started = false;   // false: the program could not be run at all (see `error`)
  bool timed_out = false;
  int exit_code = -1;     // its exit status; -1 when it was killed by a signal
  int signal = 0;
  std::string error_output; // its standard error, at most 64 KiB
  std::string error;        // why it could not be run
};

/// Runs `words` (words[0] looked up in PATH unless it has a '/') with `input` on standard
/// input and `environment` added to this process's environment. Standard output is read and
/// dropped. After `timeout` the program's whole process group is sent SIGTERM, then SIGKILL.
CommandResult run_command(const std::vector<std::string>& words, std::string_view input,
                          const std::map<std::string, std::string>& environment,
                          std::chrono::seconds timeout);

} // namespace redress::util
