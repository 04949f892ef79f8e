#pragma once
// The policy: what a ledger's `policy.toml` says, loaded and validated.
//
// Precedence of SLA targets: a category's `acknowledge`/`resolve` overrides the severity's;
// every severity must define both. A complaint's targets are fixed when it is filed.
// Unknown keys are errors, so a typo cannot silently disable a rule.

#include <redress/calendar.hpp>
#include <redress/duration.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

struct SeverityPolicy {
  std::string name;
  Target acknowledge;
  Target resolve;
};

struct CategoryPolicy {
  std::string name;
  std::optional<std::string> team;
  std::vector<std::string> requires_fields; // e.g. "evidence"
  std::optional<Target> acknowledge;
  std::optional<Target> resolve;
};

struct EscalationPolicy {
  std::vector<std::string> levels;
  int at_risk = 0;  // level an at-risk complaint is raised to by sweep (0 = none)
  int breached = 0; // level a breached complaint is raised to by sweep (0 = none)
};

struct FollowupPolicy {
  std::optional<Duration> ask_after;
  std::optional<Duration> close_after;
};

/// [messages]: how messages reach customers (redress/message.hpp, docs/messages.md).
struct MessagesPolicy {
  std::vector<std::string> send;          // the mail command's words: an RFC 5322 message on stdin
  std::vector<std::string> sms;           // the SMS command's words: the text on stdin
  std::optional<std::string> from;        // "Name <address>" for the From header
  std::optional<std::string> survey_link; // {survey_link}; its {reference} is filled in
  std::optional<std::string> on_file;     // "ack": sent when a complaint is filed
  std::optional<std::string> on_resolve;  // "resolved" or "survey": sent at resolution
  std::optional<std::string> on_followup; // "survey": sent by sweep once followup.ask_after passed
  int timeout_s = 60;                     // the send command's time limit, seconds
};

struct Policy {
  // [ledger]
  std::string name;
  std::string reference_prefix;
  std::string timezone;
  std::string currency;
  /// Where `redress anchor` appends the chain head (a file outside the ledger); relative to the
  /// folder that holds `.redress/`.
  std::optional<std::string> anchors;

  std::vector<std::string> channels;
  std::vector<std::string> outcomes;
  CalendarSpec calendar;
  double warn_at = 0.8;
  std::vector<SeverityPolicy> severities; // in file order
  std::vector<CategoryPolicy> categories; // in file order
  std::string default_severity;
  /// [defaults] language: messages to customers whose language has no template (default "en").
  std::string default_language = "en";
  MessagesPolicy messages;
  EscalationPolicy escalation;
  FollowupPolicy followup;

  /// SHA-256 (hex) of the policy file's bytes, stored with each filing.
  std::string digest;
  /// The policy file's text, exactly as read: the ledger records it beside its digest.
  std::string text;

  [[nodiscard]] const SeverityPolicy* find_severity(std::string_view name) const;
  [[nodiscard]] const CategoryPolicy* find_category(std::string_view name) const;
  [[nodiscard]] bool has_channel(std::string_view name) const;
  [[nodiscard]] bool has_outcome(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> severity_names() const;
  [[nodiscard]] std::vector<std::string> category_names() const;

  /// The targets for a severity and category (category overrides). Throws Error{not_found}
  /// when either name is unknown.
  [[nodiscard]] Target acknowledge_target(std::string_view severity,
                                          std::string_view category) const;
  [[nodiscard]] Target resolve_target(std::string_view severity, std::string_view category) const;
};

/// A problem in a policy file, positioned for `file:line:column: message`.
struct PolicyProblem {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;

  [[nodiscard]] std::string to_string() const;
};

struct PolicyResult;
/// Error{invalid_input} for a refused policy: its first problem as the message, the others as
/// Error::more().
[[noreturn]] void throw_policy_problems(const PolicyResult& result);

/// Parses and validates policy text. `source_name` is used in problem positions. Returns the
/// policy, or every problem found, in file order: each key, entry and table is checked on its
/// own, so one run names them all (a TOML syntax error stops the reading, so it comes alone).
struct PolicyResult {
  std::optional<Policy> policy;
  std::optional<PolicyProblem> problem; // the first of `problems`
  std::vector<PolicyProblem> problems;
};
PolicyResult parse_policy(std::string_view text, std::string_view source_name);

/// The largest policy file read: 1 MiB (a real policy is a few KiB).
inline constexpr std::size_t k_max_policy_bytes = std::size_t{1} << 20;

/// The text of the policy file at `path`. Throws Error{not_found} when it does not exist or is a
/// folder, and Error{invalid_input} when it is not a regular file (a device, a pipe) or is
/// larger than k_max_policy_bytes: such files are refused before they are read.
std::string read_policy_file(const std::string& path);

/// Reads and validates a policy file. Throws Error{not_found} when the file cannot be read and
/// Error{invalid_input} with `file:line:col: what` when it is invalid (the first problem, and
/// every other one in Error::more()).
Policy load_policy(const std::string& path);

/// The commented default policy that `redress init` writes.
std::string_view default_policy_text();

} // namespace redress
