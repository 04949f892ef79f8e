#include "context.hpp"

#include <redress/error.hpp>
#include <redress/text.hpp>

#include <pwd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>

namespace redress::cli {

LedgerPaths Context::locate() const { return locate_ledger(global.ledger, std::filesystem::current_path()); }

Ledger Context::open_ledger(Access access) const { return Ledger::open(locate(), access, now()); }

namespace {

// The actor is recorded in every event and shown wherever the event is: the name rule applies.
std::string checked_actor(const std::string& actor, const char* source) {
  if (auto problem = util::text_problem(actor, util::TextKind::name)) {
    throw Error(Errc::invalid_input, std::string(source) + " " + *problem,
                "give who is acting as one line of text, such as --actor ana");
  }
  return actor;
}

} // namespace

std::string Context::actor() const {
  if (global.actor) {
    return checked_actor(*global.actor, "--actor");
  }
  if (const char* env = std::getenv("REDRESS_ACTOR"); env != nullptr && *env != '\0') {
    return checked_actor(env, "$REDRESS_ACTOR");
  }
  if (const passwd* pw = ::getpwuid(::geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
    return user;
  }
  return "unknown";
}

OutputFormat Context::format(OutputFormat natural) const {
  const OutputFormat f = report_format(natural);
  if (f == OutputFormat::html) {
    throw Error(Errc::usage, "--format html is for reports only", "use table, csv, tsv, json, ndjson or markdown");
  }
  return f;
}

OutputFormat Context::report_format(OutputFormat natural) const {
  if (global.format) {
    // The option's validator already checked the name.
    return parse_output_format(*global.format).value_or(natural);
  }
  return ::isatty(STDOUT_FILENO) ? OutputFormat::table : natural;
}

bool Context::out_complaint_json(const Complaint& c) const {
  if (!global.format) {
    return false;
  }
  const OutputFormat f = format(OutputFormat::table);
  if (f != OutputFormat::json && f != OutputFormat::ndjson) {
    return false;
  }
  out(complaint_json(c, nullptr, false, f == OutputFormat::json ? 2 : -1) + "\n");
  return true;
}

TerminalStyle Context::terminal() const {
  TerminalStyle style;
  const bool tty = ::isatty(STDOUT_FILENO) != 0;
  winsize ws{};
  if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    style.width = ws.ws_col;
  } else if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    style.width = std::max(20, std::atoi(columns));
  } else {
    style.width = tty ? 80 : 200;
  }
  const char* no_color = std::getenv("NO_COLOR");
  style.color = global.color == "always" || (global.color == "auto" && tty && !dumb_terminal() &&
                                             (no_color == nullptr || *no_color == '\0'));
  return style;
}

bool Context::dumb_terminal() {
  const char* term = std::getenv("TERM");
  return term != nullptr && std::string_view(term) == "dumb";
}

namespace {

Instant time_or_throw(const std::optional<Instant>& t, std::string_view option, const std::string& text) {
  if (t) {
    return *t;
  }
  throw Error(Errc::invalid_input,
              std::string(option) + ": '" + text + "' is not a time",
              "use RFC 3339 (2026-11-02T09:30:00+01:00) or local time (2026-11-02 09:30)");
}

} // namespace

Instant Context::parse_time_option(const Ledger& ledger, std::string_view option,
                                   const std::string& text) {
  return time_or_throw(parse_time(text, ledger.zone()), option, text);
}

Instant Context::parse_until_option(const Ledger& ledger, std::string_view option,
                                    const std::string& text) {
  return time_or_throw(parse_window_end(text, ledger.zone()), option, text);
}

void Context::out(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void Context::say(std::string_view text) { out(terminal_text(text)); }

void Context::say_line(std::string_view line) {
  out(message_line(line, std::numeric_limits<int>::max()) + "\n");
}

void Context::warn(const std::string& message, const std::string& hint) {
  std::fflush(stdout); // what was printed before comes before it
  std::fprintf(stderr, "redress: warning: %s%s%s\n", message_line(message).c_str(), hint.empty() ? "" : "; ",
               message_line(hint).c_str());
}

void Context::warn_not_scrubbed(const std::string& done, const std::string& again) {
  warn(done + ", but the database could not be rewritten now (another process was using it, or the "
              "PostgreSQL role connected does not own the tables), so old copies of the text may remain in its "
              "free space or log",
       again);
}

void Context::send_automatic(Ledger& ledger, const std::string& reference, MessageKind kind) const {
  MessageRequest r;
  r.kind = kind;
  r.send = true;
  try {
    const MessageResult result = ledger.message(reference, r, actor());
    if (!global.quiet && !global.format) {
      std::fprintf(stderr, "%s\n",
                   message_line(reference + ": '" + std::string(to_string(kind)) + "' sent by " +
                                result.message.channel + " to " + result.message.recipient)
                       .c_str());
    }
  } catch (const Error& e) {
    // The step is recorded; the customer is not told yet, and `list --not-told` shows it.
    warn(reference + ": the '" + std::string(to_string(kind)) + "' message was not sent: " + e.what(),
         "send it with 'redress message " + reference + " " + std::string(to_string(kind)) + " --send'");
  }
}

} // namespace redress::cli
