#pragma once
// What every command shares: the global options, how to open the ledger, and how to write.

#include <redress/ledger.hpp>
#include <redress/render.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace redress::cli {

struct GlobalOptions {
  std::optional<std::string> ledger;
  std::optional<std::string> actor;
  std::optional<std::string> format;
  std::string color = "auto";
  bool quiet = false;
};

class Context {
public:
  GlobalOptions global;
  /// Set by the chosen subcommand while parsing; main() runs it after parsing succeeded.
  std::function<void()> action;

  /// Finds and opens the ledger (read-only connections for commands that only read).
  [[nodiscard]] Ledger open_ledger(Access access) const;
  /// --actor, else $REDRESS_ACTOR, else the login name.
  [[nodiscard]] std::string actor() const;
  /// --format if given, else `table` on a terminal, else the command's natural format.
  /// Error{usage} for html, which only reports write.
  [[nodiscard]] OutputFormat format(OutputFormat natural) const;
  /// The same for reports, which also write html.
  [[nodiscard]] OutputFormat report_format(OutputFormat natural) const;
  /// Standard output's width and whether to colour it: --color always, or auto on a terminal
  /// unless NO_COLOR is set or TERM is dumb.
  [[nodiscard]] TerminalStyle terminal() const;
  /// TERM=dumb: a terminal that understands no escape sequences (no colour, no progress bar).
  static bool dumb_terminal();

  /// Parses a TIME option in the ledger's zone; Error{invalid_input} naming the option.
  static Instant parse_time_option(const Ledger& ledger, std::string_view option,
                                   const std::string& text);
  /// The same for the end of a window (`--until`): a date alone covers that whole day
  /// (parse_window_end).
  static Instant parse_until_option(const Ledger& ledger, std::string_view option,
                                    const std::string& text);

  static void out(std::string_view text);
  /// "redress: warning: ..." on stderr: something went wrong after the command's change was
  /// recorded, which a failure's exit status would wrongly say was not.
  static void warn(const std::string& message, const std::string& hint = {});
  /// Sends the message the policy (or an option) asks for after a step: a line on stderr
  /// naming where it went, or a warning when it was not sent (the step stays recorded).
  void send_automatic(Ledger& ledger, const std::string& reference, MessageKind kind) const;
  /// When --format json or ndjson was given, prints the complaint `file` or a step recorded as
  /// one JSON object (indented for json) and returns true; otherwise prints nothing.
  bool out_complaint_json(const Complaint& c) const;
};

} // namespace redress::cli
