#pragma once
// The policy: what a ledger's `policy.toml` says, loaded and validated.
//
// Precedence of SLA targets, for a complaint of severity S in category C: C's target for S,
// else C's target for every severity (`default`, or a plain target), else S's own; every
// severity must define both. A complaint's targets are fixed when it is filed: editing the
// policy later (a new override, a rename) never moves an existing complaint's due times.
//
// Names (categories, severities, channels, outcomes) may have been renamed: the policy lists
// each current name's old names (`was`, or `[renames]`). A complaint keeps the name it was
// filed under; look-ups accept an old name as the current one it stands for; reports group
// under the current name. Every comparison of names goes through NameTable.
// Unknown keys are errors, so a typo cannot silently disable a rule.

#include <redress/calendar.hpp>
#include <redress/duration.hpp>
#include <redress/error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace redress {

/// The kinds of names a policy defines.
enum class NameKind { category, severity, channel, outcome };
/// `category`, `severity`, `channel`, `outcome`.
std::string_view to_string(NameKind kind);
/// All four, in that order.
inline constexpr NameKind k_name_kinds[] = {NameKind::category, NameKind::severity, NameKind::channel,
                                            NameKind::outcome};

/// The names of one kind, in policy order, with the old names each had. The one place where
/// names are compared, so that a rule for "the same name" (case, Unicode folding) is changed
/// here alone.
class NameTable {
public:
  /// Adds a current name; false when the table knows it already (current or old).
  bool add(const std::string& name);
  /// Records `old_name` as an old name of the current `current`; false when the table knows
  /// `old_name` already or does not know `current`.
  bool add_old(const std::string& old_name, std::string_view current);
  /// The current names, in policy order.
  [[nodiscard]] const std::vector<std::string>& names() const { return m_names; }
  /// The position in names() of the current name `name` stands for (itself, or the name it
  /// was renamed to); nullopt when the table knows neither.
  [[nodiscard]] std::optional<std::size_t> index(std::string_view name) const;
  /// The current name `name` stands for, or nullptr.
  [[nodiscard]] const std::string* current(std::string_view name) const;
  /// Whether `name` is a current name (not an old one).
  [[nodiscard]] bool is_current(std::string_view name) const;
  /// Whether `a` and `b` stand for the same current name.
  [[nodiscard]] bool same(std::string_view a, std::string_view b) const;
  /// The old names of the current name at `index`, in the order the policy gave them.
  [[nodiscard]] std::vector<std::string> old_names(std::size_t index) const;
  /// What `name` stands for, spelled every way: the current name, then its old names; empty
  /// when unknown. What a filter matches stored names against.
  [[nodiscard]] std::vector<std::string> spellings(std::string_view name) const;
  /// Whether any name has an old name.
  [[nodiscard]] bool has_renames() const { return !m_old.empty(); }

private:
  /// The key names are compared by.
  static std::string key(std::string_view name);

  std::vector<std::string> m_names;
  std::vector<std::pair<std::string, std::size_t>> m_old; // old name, index of its current name
  std::unordered_map<std::string, std::size_t> m_by_key;  // key of a current or old name -> index
};

struct SeverityPolicy {
  std::string name;
  Target acknowledge;
  Target resolve;
};

/// A category's override of one target: for one severity, else for every severity.
struct TargetOverride {
  std::optional<Target> every;                          // `default`, or a plain target
  std::vector<std::pair<std::string, Target>> severity; // current severity names, file order

  /// The override for the current severity name `severity`, if any.
  [[nodiscard]] std::optional<Target> for_severity(std::string_view severity) const;
  [[nodiscard]] bool empty() const { return !every && severity.empty(); }
};

struct CategoryPolicy {
  std::string name;
  std::optional<std::string> team;
  std::vector<std::string> requires_fields; // e.g. "evidence"
  TargetOverride acknowledge;
  TargetOverride resolve;
};

/// How a regulator's complaints return counts an outcome.
enum class Upheld { upheld, partly_upheld, not_upheld };
/// `upheld`, `partly-upheld`, `not-upheld`.
std::string_view to_string(Upheld u);
std::optional<Upheld> parse_upheld(std::string_view text);

struct OutcomePolicy {
  std::string name;
  std::optional<Upheld> upheld; // nullopt: not classified
};

/// A product group of the complaints return: the categories it counts.
struct ProductGroup {
  std::string name;
  std::vector<std::string> categories; // current names
};

/// `[return]`: how `report return` counts (docs/reports.md). Its defaults are the FCA's.
struct ReturnPolicy {
  bool defined = false; // the policy has a [return] table
  std::string title = "Complaints return";
  /// Closed early: by this deadline after receipt (FCA: the end of the third business day
  /// following the day of receipt, DISP 1.5).
  Target early{{3, DurationUnit::days}, ClockKind::business};
  /// The final deadline (FCA: eight weeks, DISP 1.6.2R).
  Target final{{8, DurationUnit::weeks}, ClockKind::calendar};
  /// The first day of the reporting year (month, day): `2026H1` starts there.
  unsigned year_start_month = 1;
  unsigned year_start_day = 1;
  /// Empty: every category is a group of its own.
  std::vector<ProductGroup> product_groups;
};

struct EscalationPolicy {
  std::vector<std::string> levels;
  int at_risk = 0;  // level an at-risk complaint is raised to by sweep (0 = none)
  int breached = 0; // level a breached complaint is raised to by sweep (0 = none)
};

/// The kinds of value a custom field holds (`[fields.NAME] type`).
enum class FieldType { text, integer, decimal, date, choice };
/// `text`, `integer`, `decimal`, `date`, `choice`
std::string_view to_string(FieldType type);

/// A custom field the policy declares, such as `[fields.order_number] type = "text"`. Its
/// values are kept per complaint as canonical text (lib/ledger/fields.hpp has the rules).
struct FieldPolicy {
  std::string name;                      // lower-case letters, digits and '_', from a letter
  FieldType type = FieldType::text;
  std::vector<std::string> values;       // choice: the values allowed, in file order
  std::optional<std::string> pattern;    // text: a regular expression the whole value matches
  std::vector<std::string> required_for; // categories a filing must give it for
  bool personal = false;                 // erasable personal text, kept apart from the facts
};

/// True for a custom field's name: lower-case ASCII letters, digits and '_', starting with a
/// letter, at most 64 bytes (`order_number`).
bool is_field_name(std::string_view name);

/// [retention]: how long personal data is kept (redress/erasure.hpp).
struct RetentionPolicy {
  /// After a complaint's closure: `sweep` erases its personal data once this has passed.
  std::optional<RetentionPeriod> personal_data;
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

  CalendarSpec calendar;
  double warn_at = 0.8;
  std::vector<SeverityPolicy> severities; // in file order
  std::vector<CategoryPolicy> categories; // in file order
  std::vector<OutcomePolicy> outcomes;    // in file order
  std::string default_severity;
  /// [defaults] language: messages to customers whose language has no template (default "en").
  std::string default_language = "en";
  MessagesPolicy messages;
  EscalationPolicy escalation;
  FollowupPolicy followup;
  RetentionPolicy retention;
  ReturnPolicy complaints_return;

  /// Every name of each kind, current and old (indexed by NameKind). The tables of categories,
  /// severities and outcomes list them in the order of the vectors above.
  std::array<NameTable, 4> name_tables;

  std::vector<FieldPolicy> fields; // in file order
  /// `[evidence] max_size`: the largest evidence file the ledger stores, in bytes.
  std::int64_t evidence_max_bytes = std::int64_t{25} << 20;

  /// SHA-256 (hex) of the policy file's bytes, stored with each filing.
  std::string digest;
  /// The policy file's text, exactly as read: the ledger records it beside its digest.
  std::string text;

  [[nodiscard]] const NameTable& names(NameKind kind) const {
    return name_tables[static_cast<std::size_t>(kind)];
  }
  [[nodiscard]] NameTable& names(NameKind kind) { return name_tables[static_cast<std::size_t>(kind)]; }
  /// The current name `name` of `kind` stands for (itself, or what it was renamed to), or
  /// nullptr when the policy knows neither.
  [[nodiscard]] const std::string* current_name(NameKind kind, std::string_view given) const {
    return names(kind).current(given);
  }
  /// The same, or Error{code} "unknown <kind> 'given'" with a did-you-mean hint.
  [[nodiscard]] const std::string& require_name(NameKind kind, std::string_view given, Errc code) const;

  /// The severity or category a current or old name stands for, or nullptr.
  [[nodiscard]] const SeverityPolicy* find_severity(std::string_view name) const;
  [[nodiscard]] const CategoryPolicy* find_category(std::string_view name) const;
  [[nodiscard]] const OutcomePolicy* find_outcome(std::string_view name) const;
  [[nodiscard]] bool has_channel(std::string_view name) const;
  [[nodiscard]] bool has_outcome(std::string_view name) const;
  /// The current names.
  [[nodiscard]] const std::vector<std::string>& severity_names() const { return names(NameKind::severity).names(); }
  [[nodiscard]] const std::vector<std::string>& category_names() const { return names(NameKind::category).names(); }
  [[nodiscard]] const std::vector<std::string>& channel_names() const { return names(NameKind::channel).names(); }
  [[nodiscard]] const std::vector<std::string>& outcome_names() const { return names(NameKind::outcome).names(); }
  [[nodiscard]] const FieldPolicy* find_field(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> field_names() const;

  /// The targets for a severity and category, current or old names (precedence above). Throws
  /// Error{not_found} when either name is unknown.
  [[nodiscard]] Target acknowledge_target(std::string_view severity,
                                          std::string_view category) const;
  [[nodiscard]] Target resolve_target(std::string_view severity, std::string_view category) const;
  /// How the outcome `name` (current or old) counts in a return; nullopt when not classified
  /// or unknown.
  [[nodiscard]] std::optional<Upheld> upheld(std::string_view outcome) const;
  /// The product group of the category `name` (current or old) in the return: its group, or
  /// the category's current name when the policy maps none; `name` itself when unknown.
  [[nodiscard]] std::string product_group(std::string_view category) const;
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

/// Parses and validates policy text. `source_name` is used in problem positions, and files the
/// policy names (`calendar.holidays_ics`) are read relative to its folder. Returns the policy,
/// or every problem found, in file order: each key, entry and table is checked on its own, so
/// one run names them all (a TOML syntax error stops the reading, so it comes alone). A
/// problem inside a file the policy names is positioned in that file.
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

/// A regulator's preset policy for `redress init --preset NAME`: its commented text, or
/// nullopt for a name there is no preset of.
std::optional<std::string_view> preset_policy_text(std::string_view name);
/// The presets' names (fca, psd2, cfpb, iso10002).
const std::vector<std::string>& preset_names();

} // namespace redress
