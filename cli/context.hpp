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

  /// Finds the ledger (--ledger, $REDRESS_LEDGER, $REDRESS_STORE, or walking up from here).
  [[nodiscard]] LedgerPaths locate() const;
  /// Finds and opens the ledger (read-only connections for commands that only read).
  [[nodiscard]] Ledger open_ledger(Access access) const;
  /// --actor, else $REDRESS_ACTOR, else the login name. Error{invalid_input} naming the option
  /// or variable when the given name breaks the text rule for names (util::text_problem).
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

  /// Writes `text` to standard output exactly as given: data (CSV, TSV, JSON) and tables whose
  /// renderer already made their cells safe.
  static void out(std::string_view text);
  /// Writes a message in words: anything it echoes from the ledger, a file or the command line
  /// (names, products, paths, import problems) is shown with escape sequences, control and
  /// bidi characters escaped (terminal_text), so no stored text can take over the terminal.
  static void say(std::string_view text);
  /// Writes one line in words (adding the line break): as say(), and line breaks inside it are
  /// shown as "⏎", so a value holding one cannot pass for a line of its own.
  static void say_line(std::string_view line);
  /// "redress: warning: ..." on stderr: something went wrong after the command's change was
  /// recorded, which a failure's exit status would wrongly say was not.
  static void warn(const std::string& message, const std::string& hint = {});
  /// The warning of an erasure the database could not be rewritten after (Store::scrub):
  /// `done` says what was erased, `again` what rewrites it later.
  static void warn_not_scrubbed(const std::string& done, const std::string& again);
  /// Sends the message the policy (or an option) asks for after a step: a line on stderr
  /// naming where it went, or a warning when it was not sent (the step stays recorded).
  void send_automatic(Ledger& ledger, const std::string& reference, MessageKind kind) const;
  /// When --format json or ndjson was given, prints the complaint `file` or a step recorded as
  /// one JSON object (indented for json) and returns true; otherwise prints nothing.
  bool out_complaint_json(const Complaint& c) const;
};

} // namespace redress::cli
