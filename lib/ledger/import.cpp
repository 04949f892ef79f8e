// Ledger::import — complaints from CSV, JSON or NDJSON (SPEC §6 `import`). Each record is checked
// as `file` checks a complaint (ledger/filing.hpp) and recorded the same way, with an
// `imported` event; the lifecycle fields an export carries come along.

#include "ledger/clocks.hpp"
#include "ledger/fields.hpp"
#include "ledger/filing.hpp"
#include "ledger/projection.hpp"
#include "util/fold.hpp"
#include "util/handoff.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <redress/csv.hpp>
#include <redress/error.hpp>
#include <redress/render.hpp>
#include <redress/suggest.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <exception>
#include <thread>
#include <unordered_map>

namespace redress {

namespace {


// The fields an import fills, named as the CSV columns of an export.
enum class F {
  reference, status, received_at, channel, customer_name, customer_email, customer_phone,
  customer_member_id, customer_language, customer_preferred_channel, category, product,
  severity, summary, details, evidence, confidential, assignee, team, escalation_level,
  acknowledged_at, resolved_at, outcome, compensation_amount, compensation_currency, root_cause,
  satisfaction, closed_at, reopened_at, reopen_resolved_at, incomplete_allowed, compensation, count
};
constexpr std::size_t k_fields = static_cast<std::size_t>(F::count);
constexpr std::array<const char*, k_fields> k_names{
    "reference", "status", "received_at", "channel", "customer_name", "customer_email",
    "customer_phone", "customer_member_id", "customer_language", "customer_preferred_channel",
    "category", "product", "severity", "summary", "details", "evidence", "confidential",
    "assignee", "team", "escalation_level", "acknowledged_at", "resolved_at", "outcome",
    "compensation_amount", "compensation_currency", "root_cause", "satisfaction", "closed_at",
    "reopened_at", "reopen_resolved_at", "incomplete_allowed",
    // JSON only: `"compensation": null` (an object is flattened into the two fields above)
    "compensation"};
// What an export computes rather than records: accepted and ignored.
const std::vector<std::string> k_computed{"acknowledge_due_at", "acknowledge_sla", "resolve_due_at",
                                          "resolve_sla", "reopen_resolve_due_at", "reopen_resolve_sla",
                                          "events"};
constexpr std::array<F, 5> k_required{F::received_at, F::channel, F::customer_name, F::category,
                                      F::summary};

std::size_t index(F f) { return static_cast<std::size_t>(f); }

std::optional<F> field_named(std::string_view name) {
  for (std::size_t i = 0; i < k_fields; ++i) {
    if (name == k_names[i]) {
      return static_cast<F>(i);
    }
  }
  return std::nullopt;
}

bool is_computed(const std::string& name) {
  return std::find(k_computed.begin(), k_computed.end(), name) != k_computed.end();
}

// A problem with one record: the field at fault, what is wrong, and a hint.
struct RowProblem {
  F field;
  std::string message;
  std::string hint;
  std::string custom; // a custom field's name: its column is at fault, not `field`'s
};

// "field_order_number" (CSV, --map) or "fields_order_number" (a JSON `fields` object): the
// custom field it names, if it is one.
std::optional<std::string> custom_field_of(std::string_view column) {
  for (const std::string_view prefix : {"field_", "fields_"}) {
    if (column.size() > prefix.size() && column.substr(0, prefix.size()) == prefix) {
      return std::string(column.substr(prefix.size()));
    }
  }
  return std::nullopt;
}

// Which source column gives each field, for one layout of records (a CSV header, or the keys
// of a JSON object). Checks the mapping and refuses unknown columns: a misspelt column must not
// be dropped silently.
class Columns {
public:
  Columns(const ImportOptions& options, const Policy& policy) : m_options(options), m_policy(policy) {}

  void update(const SourceRecord& record) {
    if (record.layout == m_layout) {
      return;
    }
    m_layout = record.layout;
    if (m_options.format == DataFormat::csv) {
      check_mapped_columns(record);
    }
    m_source.fill(-1);
    m_names.assign(k_fields, std::string());
    m_custom.clear();
    const bool json = m_options.format != DataFormat::csv;
    const std::string where = json ? record_position(m_options.format, record.number) + ": " : "";
    for (std::size_t i = 0; i < record.names.size(); ++i) {
      const std::string& name = record.names[i];
      std::optional<F> field;
      const auto mapped = std::find_if(m_options.mapping.begin(), m_options.mapping.end(),
                                       [&](const auto& m) { return m.first == name; });
      std::optional<std::string> custom;
      if (mapped != m_options.mapping.end()) {
        if (mapped->second.empty()) {
          continue; // --map "Notes=": ignored on purpose
        }
        field = field_named(mapped->second);
        if (!field) {
          custom = custom_field_of(mapped->second);
        }
      } else if (is_computed(name)) {
        continue;
      } else {
        field = field_named(name);
        if (!field) {
          custom = custom_field_of(name);
          if (custom && !m_options.keep_unmapped && m_policy.find_field(*custom) == nullptr) {
            throw Error(Errc::invalid_input,
                        where + noun() + " '" + name + "' names no field the policy declares",
                        (m_policy.fields.empty() ? std::string()
                                                 : util::suggestion_hint(*custom, m_policy.field_names()) + "; ") +
                            "declare [fields." + *custom + "] in policy.toml, or keep it as text with "
                            "--keep-unmapped");
          }
          if (custom && !is_field_name(*custom)) {
            custom.reset();
          }
          if (!custom && m_options.keep_unmapped) {
            custom = field_name_for_column(name, i + 1);
            if (std::find_if(m_kept.begin(), m_kept.end(), [&](const auto& k) { return k.first == name; }) ==
                m_kept.end()) {
              m_kept.emplace_back(name, *custom);
            }
          }
        }
        if (!field && !custom) {
          throw Error(Errc::invalid_input, where + "unknown " + noun() + " '" + name + "'",
                      hint_for_unknown(name));
        }
      }
      if (custom) {
        const auto same = std::find_if(m_custom.begin(), m_custom.end(),
                                       [&](const CustomColumn& c) { return c.field == *custom; });
        if (same != m_custom.end()) {
          throw Error(Errc::invalid_input,
                      where + noun() + "s '" + same->column + "' and '" + name + "' both give field " + *custom,
                      "ignore one with --map '" + name + "=', or give it another field with --map '" + name +
                          "=field_NAME'");
        }
        m_custom.push_back(CustomColumn{*custom, name, static_cast<int>(i)});
        continue;
      }
      if (m_source[index(*field)] >= 0) {
        throw Error(Errc::invalid_input,
                    where + noun() + "s '" + m_names[index(*field)] + "' and '" + name +
                        "' both give " + k_names[index(*field)],
                    "ignore one with --map '" + name + "='");
      }
      m_source[index(*field)] = static_cast<int>(i);
      m_names[index(*field)] = name;
    }
    if (!json) {
      check_required();
    }
  }

  [[nodiscard]] const SourceValue* value(const SourceRecord& record, F f) const {
    const int i = m_source[index(f)];
    if (i < 0 || !record.values[static_cast<std::size_t>(i)].present) {
      return nullptr;
    }
    return &record.values[static_cast<std::size_t>(i)];
  }

  /// The custom fields this layout gives: (field name, its value) for each present value.
  void custom_values(const SourceRecord& record, std::vector<std::pair<std::string, std::string>>& out,
                     const std::function<std::string(const SourceValue&, const std::string&)>& text) const {
    for (const CustomColumn& c : m_custom) {
      const SourceValue& v = record.values[static_cast<std::size_t>(c.index)];
      if (v.present) {
        out.emplace_back(c.field, text(v, c.field));
      }
    }
  }

  /// The columns kept as fields so far: (column, field).
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& kept() const { return m_kept; }

  /// How messages name the column that gives the custom field `field`.
  [[nodiscard]] std::string custom_column(const std::string& field) const {
    for (const CustomColumn& c : m_custom) {
      if (c.field == field) {
        return std::string(noun()) + " '" + c.column + "'";
      }
    }
    return std::string(noun()) + " 'field_" + field + "'";
  }

  /// How messages name the column at fault in `p`.
  [[nodiscard]] std::string column(const RowProblem& p) const {
    return p.custom.empty() ? column(p.field) : custom_column(p.custom);
  }

  /// How messages name the column that gives `f`.
  [[nodiscard]] std::string column(F f) const {
    const std::string& name = m_names[index(f)];
    return std::string(noun()) + " '" + (name.empty() ? k_names[index(f)] : name) + "'";
  }

  [[nodiscard]] const char* noun() const {
    return m_options.format == DataFormat::csv ? "column" : "field";
  }

private:
  std::string hint_for_unknown(const std::string& name) const {
    std::vector<std::string> known(k_names.begin(), k_names.end() - 1);
    const auto close = util::closest(name, known);
    return (close ? "did you mean '" + *close + "'? " : std::string()) + "map it with --map '" +
           name + "=FIELD', ignore it with --map '" + name + "=', or keep every such column as a "
           "text field with --keep-unmapped";
  }

  // Every --map source must be in the header: a misspelt one would silently map nothing.
  void check_mapped_columns(const SourceRecord& record) const {
    for (const auto& [from, to] : m_options.mapping) {
      if (std::find(record.names.begin(), record.names.end(), from) == record.names.end()) {
        throw Error(Errc::usage, "--map '" + from + "=" + to + "': the file has no column '" + from + "'",
                    util::suggestion_hint(from, record.names));
      }
    }
  }

  // Every required field needs a column.
  void check_required() const {
    for (F f : k_required) {
      if (m_source[index(f)] < 0) {
        throw Error(Errc::invalid_input, std::string("the file has no ") + k_names[index(f)] + " column",
                    std::string("map one with --map 'COLUMN=") + k_names[index(f)] + "'");
      }
    }
  }

  struct CustomColumn {
    std::string field;  // the custom field's name
    std::string column; // the source column's
    int index;
  };

  const ImportOptions& m_options;
  const Policy& m_policy;
  std::uint64_t m_layout = 0;
  std::array<int, k_fields> m_source{};
  std::vector<std::string> m_names;
  std::vector<CustomColumn> m_custom;
  std::vector<std::pair<std::string, std::string>> m_kept;
};

struct Built {
  FilingRequest request;
  Complaint complaint;
  std::optional<std::string> source_reference;
};

// Turns one record into a complaint, or says what is wrong with it.
class RowBuilder {
public:
  RowBuilder(const Ledger::Impl& impl, const Columns& columns, const ImportOptions& options,
             const SourceRecord& record)
      : m_impl(impl), m_policy(impl.policy), m_columns(columns), m_options(options), m_record(record) {}

  std::optional<RowProblem> build(Built& out) {
    try {
      build_request(out);
      build_state(out.complaint);
      return std::nullopt;
    } catch (RowProblem& p) {
      return std::move(p);
    }
  }

private:
  [[noreturn]] static void fail(F f, std::string message, std::string hint = {}) {
    throw RowProblem{f, std::move(message), std::move(hint), {}};
  }
  [[noreturn]] static void fail_field(const std::string& field, std::string message, std::string hint = {}) {
    throw RowProblem{F::received_at, std::move(message), std::move(hint), field};
  }

  std::optional<std::string> text(F f) const {
    const SourceValue* v = m_columns.value(m_record, f);
    if (v == nullptr) {
      return std::nullopt;
    }
    if (v->is_list) {
      fail(f, "expected text, not a list");
    }
    if (!util::is_valid_utf8(v->text)) {
      fail(f, "the value is not valid UTF-8");
    }
    return v->text;
  }

  std::optional<Instant> time(F f) const {
    const auto t = text(f);
    if (!t) {
      return std::nullopt;
    }
    const auto parsed = parse_time(*t, m_impl.zone);
    if (!parsed) {
      fail(f, "'" + *t + "' is not a time",
           "use YYYY-MM-DD HH:MM:SS in " + m_impl.zone.name() + ", or RFC 3339");
    }
    return parsed;
  }

  std::optional<std::int64_t> whole_number(F f, std::int64_t low, std::int64_t high) const {
    const auto t = text(f);
    if (!t) {
      return std::nullopt;
    }
    const bool digits = !t->empty() && t->size() < 10 &&
                        std::all_of(t->begin(), t->end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    const std::int64_t n = digits ? std::stoll(*t) : -1;
    if (!digits || n < low || n > high) {
      fail(f, "'" + *t + "' is not a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return n;
  }

  std::string name_in(F f, const std::vector<std::string>& known, const char* what) const {
    const auto t = text(f);
    if (!t) {
      fail(f, std::string("the ") + what + " is empty", "expected one of: " + util::join(known, ", "));
    }
    return *t;
  }

  void build_request(Built& out) const {
    FilingRequest& r = out.request;
    out.source_reference = text(F::reference);
    const auto received = time(F::received_at);
    if (!received) {
      fail(F::received_at, "the time of receipt is empty");
    }
    r.at = received;
    r.customer.name = text(F::customer_name).value_or("");
    r.customer.email = text(F::customer_email);
    r.customer.phone = text(F::customer_phone);
    r.customer.member_id = text(F::customer_member_id);
    r.customer.language = text(F::customer_language);
    r.customer.preferred_channel = text(F::customer_preferred_channel);
    r.channel = name_in(F::channel, m_policy.channel_names(), "channel");
    r.category = name_in(F::category, m_policy.category_names(), "category");
    r.product = text(F::product);
    r.severity = text(F::severity);
    r.summary = text(F::summary).value_or("");
    r.details = text(F::details);
    r.evidence = evidence();
    r.confidential = flag(F::confidential);
    m_columns.custom_values(m_record, r.fields, [&](const SourceValue& v, const std::string& field) {
      if (v.is_list) {
        fail_field(field, "expected text, not a list");
      }
      return v.text;
    });
    r.undeclared_fields = true; // the columns said which (Columns refused the others)
    // An export says which complaints were filed incomplete on purpose: they import as such.
    r.allow_incomplete = m_options.allow_incomplete || flag(F::incomplete_allowed);
    if (m_columns.value(m_record, F::compensation) != nullptr) {
      fail(F::compensation, "expected an object with amount and currency, or null");
    }

    filing::normalise(m_policy, r);
    if (auto problem = filing::check(m_policy, r, *received, m_impl.as_of)) {
      std::string hint;
      std::string what = filing::describe(*problem, hint);
      const F f = field_named(problem->field).value_or(F::received_at);
      switch (problem->kind) {
      case filing::Problem::Kind::empty:
        if (r.confidential) {
          what = "a confidential complaint exported without its customer details and texts";
          hint = "export it with 'redress export --include-confidential' to import it";
        }
        break;
      case filing::Problem::Kind::bad_text:
        what = "the value " + what;
        break;
      case filing::Problem::Kind::missing_required:
        hint = "fill it in, or import with --allow-incomplete";
        break;
      case filing::Problem::Kind::in_future:
      case filing::Problem::Kind::too_early:
        what = format_local(*received, m_impl.zone) + " " + what;
        break;
      case filing::Problem::Kind::unknown_name:
        break;
      case filing::Problem::Kind::unknown_field:
      case filing::Problem::Kind::bad_field:
        fail_field(problem->custom, "the value " + problem->detail, hint);
      case filing::Problem::Kind::missing_field:
        fail_field(problem->custom, what, "fill it in, or import with --allow-incomplete");
      }
      fail(f, what, hint);
    }
    out.complaint = filing::prepare(m_policy, m_impl.calendar, r, *received);
  }

  // CSV joins a list with "; " (docs/csv.md); JSON has a real array.
  std::vector<std::string> evidence() const {
    const SourceValue* v = m_columns.value(m_record, F::evidence);
    if (v == nullptr) {
      return {};
    }
    if (v->is_list) {
      return v->items;
    }
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= v->text.size()) {
      const auto end = std::min(v->text.find("; ", start), v->text.size());
      if (end > start) {
        items.push_back(v->text.substr(start, end - start));
      }
      start = end + 2;
    }
    return items;
  }

  bool flag(F f) const {
    auto t = text(f);
    if (!t) {
      return false;
    }
    std::transform(t->begin(), t->end(), t->begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (*t == "true" || *t == "yes" || *t == "1") {
      return true;
    }
    if (*t == "false" || *t == "no" || *t == "0") {
      return false;
    }
    fail(f, "'" + *t + "' is not true or false");
  }

  // A lifecycle time: not before receipt, not in the future.
  std::optional<Instant> later_time(F f, Instant received) const {
    auto t = time(f);
    // A local time in the hour the clocks go back reads as its first occurrence; when that is
    // before receipt, the same wall time after the change is the one that happened (CSV
    // carries local times without their offset).
    for (const Seconds fold : {Seconds{3600}, Seconds{1800}}) {
      if (t && *t < received && *t + fold >= received &&
          format_local(*t + fold, m_impl.zone) == format_local(*t, m_impl.zone)) {
        *t += fold;
      }
    }
    if (t && *t < received) {
      fail(f, format_local(*t, m_impl.zone) + " is before the complaint was received (" +
                  format_local(received, m_impl.zone) + ")");
    }
    if (t && *t > m_impl.as_of) {
      fail(f, format_local(*t, m_impl.zone) + " is in the future");
    }
    return t;
  }

  void build_state(Complaint& c) const {
    if (const auto status = text(F::status)) {
      const auto parsed = parse_status(util::match_name(*status, status_names()).value_or(*status));
      if (!parsed) {
        fail(F::status, "unknown status '" + *status + "'", util::suggestion_hint(*status, status_names()));
      }
      c.status = *parsed;
    }
    if (const auto assignee = text(F::assignee)) {
      c.assignee = util::nfc(*assignee);
    }
    if (const auto team = text(F::team)) {
      c.team = util::nfc(*team); // else the category's team, as when filed
    }
    const auto& levels = m_policy.escalation.levels;
    c.escalation_level = static_cast<int>(
        whole_number(F::escalation_level, 0, static_cast<std::int64_t>(levels.size())).value_or(0));
    if (const auto outcome = text(F::outcome)) {
      if (const std::string* name = m_policy.current_name(NameKind::outcome, *outcome)) {
        c.outcome = *name;
      } else {
        fail(F::outcome, "unknown outcome '" + *outcome + "'", util::suggestion_hint(*outcome, m_policy.outcome_names()));
      }
    }
    build_compensation(c);
    if (const auto root_cause = text(F::root_cause)) {
      c.root_cause = util::nfc(*root_cause);
    }
    if (const auto score = whole_number(F::satisfaction, 1, 5)) {
      c.satisfaction = static_cast<int>(*score);
    }
    build_clocks(c);
  }

  void build_compensation(Complaint& c) const {
    const auto amount = text(F::compensation_amount);
    const auto currency = text(F::compensation_currency);
    if (!amount) {
      if (currency) {
        fail(F::compensation_currency, "a currency without an amount");
      }
      return;
    }
    const std::string code = currency.value_or(m_policy.currency);
    const util::ParsedMoney money = util::parse_money(*amount, code);
    if (money.problem) {
      fail(money.problem->currency ? F::compensation_currency : F::compensation_amount,
           money.problem->message, money.problem->hint);
    }
    const auto minor = money.minor;
    c.compensation = Money{*minor, code};
  }

  // Settled clocks follow the lifecycle's rules: met when settled by the due time; a resolution
  // without an acknowledgement counts as one; a rejected or withdrawn complaint settles what is
  // still open at its last known time.
  void build_clocks(Complaint& c) const {
    const Instant received = c.received_at;
    const auto acknowledged = later_time(F::acknowledged_at, received);
    const auto resolved = later_time(F::resolved_at, received);
    const auto closed = later_time(F::closed_at, received);
    const auto reopened = later_time(F::reopened_at, received);
    const auto reopen_resolved = later_time(F::reopen_resolved_at, received);
    const auto needs = [&](F f, bool has, const char* status) {
      if (!has) {
        fail(f, std::string("a ") + status + " complaint needs " + k_names[index(f)]);
      }
    };
    switch (c.status) {
    case Status::new_:
      if (acknowledged) {
        fail(F::status, "a new complaint has no acknowledged_at", "its status is acknowledged or later");
      }
      break;
    case Status::acknowledged:
      needs(F::acknowledged_at, acknowledged.has_value(), "acknowledged");
      break;
    case Status::resolved:
      needs(F::resolved_at, resolved.has_value(), "resolved");
      break;
    case Status::closed:
      needs(F::resolved_at, resolved.has_value(), "closed");
      needs(F::closed_at, closed.has_value(), "closed");
      break;
    default:
      break;
    }
    check_history(c, acknowledged, resolved, closed, reopened, reopen_resolved);
    c.last_event_at = std::max({received, acknowledged.value_or(received), resolved.value_or(received),
                                closed.value_or(received), reopened.value_or(received),
                                reopen_resolved.value_or(received)});
    // The lifecycle's own clock rules (ledger/clocks.hpp): an export carries no pauses, so
    // none is taken into account.
    const BusinessCalendar& calendar = m_impl.calendar;
    if (acknowledged || resolved) {
      settle(c.acknowledge, acknowledged.value_or(*resolved), std::nullopt, calendar);
    }
    if (resolved) {
      settle(c.resolve, *resolved, std::nullopt, calendar);
    }
    if (reopened) {
      if (!resolved) {
        fail(F::reopened_at, "a reopened complaint needs resolved_at, its first resolution");
      }
      if (*reopened < *resolved) {
        fail(F::reopened_at, format_local(*reopened, m_impl.zone) + " is before its first resolution (" +
                                 format_local(*resolved, m_impl.zone) + ")");
      }
      start_reopened(c, *reopened, calendar);
      if (reopen_resolved) {
        if (*reopen_resolved < *reopened) {
          fail(F::reopen_resolved_at, format_local(*reopen_resolved, m_impl.zone) + " is before the reopen (" +
                                          format_local(*reopened, m_impl.zone) + ")");
        }
        settle(c.reopened, *reopen_resolved, std::nullopt, calendar);
      }
    } else if (reopen_resolved) {
      fail(F::reopen_resolved_at, "a resolution after a reopen needs reopened_at");
    }
    if (c.status == Status::rejected || c.status == Status::withdrawn) {
      settle(c.acknowledge, c.last_event_at, std::nullopt, calendar);
      settle(c.current_resolve(), c.last_event_at, std::nullopt, calendar);
    }
    c.closed_at = closed;
    if (c.status == Status::waiting) {
      c.paused_since = c.last_event_at; // when the wait began is not exported
    }
  }

  // A row must tell a history the lifecycle could have made (lifecycle.cpp): what the
  // complaint would otherwise show, and every figure computed from it, never happened.
  void check_history(const Complaint& c, const std::optional<Instant>& acknowledged,
                     const std::optional<Instant>& resolved, const std::optional<Instant>& closed,
                     const std::optional<Instant>& reopened, const std::optional<Instant>& reopen_resolved) const {
    const auto at = [&](Instant t) { return format_local(t, m_impl.zone); };
    const std::string with_status = "a complaint with status " + std::string(to_string(c.status));
    // What only a resolution records (resolve's outcome and compensation, followup's score).
    const auto refuse_resolution_facts = [&](const std::string& complaint, const char* hint) {
      for (const auto& [f, has] : {std::pair{F::outcome, c.outcome.has_value()},
                                   {F::compensation_amount, c.compensation.has_value()},
                                   {F::satisfaction, c.satisfaction.has_value()}}) {
        if (has) {
          fail(f, complaint + " has no " + k_names[index(f)], hint);
        }
      }
    };
    if (acknowledged && resolved && *resolved < *acknowledged) {
      fail(F::acknowledged_at, at(*acknowledged) + " is after the resolution (" + at(*resolved) + ")",
           "a complaint is acknowledged before or when it is resolved");
    }
    if (!resolved) {
      refuse_resolution_facts("a complaint that was never resolved", "give its resolved_at, or leave the column empty");
    }
    if (closed && c.status != Status::closed) {
      fail(F::closed_at, with_status + " has no closed_at", "only a closed complaint has one (a reopen clears it)");
    }
    const std::optional<Instant>& last_resolution = reopened ? reopen_resolved : resolved;
    if (closed && last_resolution && *closed < *last_resolution) {
      fail(F::closed_at, at(*closed) + " is before the resolution it closes (" + at(*last_resolution) + ")");
    }
    const bool open = is_open(c.status);
    if (open && resolved && !reopened) {
      fail(F::resolved_at, with_status + " has no resolved_at",
           "an open complaint was resolved only if it was reopened since (reopened_at)");
    }
    // A rejection or withdrawal settles the resolve clock (its time is resolved_at) but is no
    // resolution: what only a resolution records comes from one before a reopen.
    if ((c.status == Status::rejected || c.status == Status::withdrawn) && !reopened) {
      refuse_resolution_facts(with_status,
                              "only a resolution records one (a rejected complaint keeps it only from before a reopen)");
    }
    if ((c.status == Status::resolved || c.status == Status::closed) && !c.outcome) {
      fail(F::outcome, with_status + " needs an outcome", "every resolution has one");
    }
    if (c.assignee && (c.status == Status::new_ || c.status == Status::acknowledged)) {
      fail(F::assignee, with_status + " has no assignee", "assigning a complaint moves it to investigating");
    }
    if (reopened && (c.status == Status::new_ || c.status == Status::acknowledged)) {
      fail(F::reopened_at, "a reopened complaint is investigating or later, not " + std::string(to_string(c.status)));
    }
    if (reopened && (c.status == Status::resolved || c.status == Status::closed) && !reopen_resolved) {
      fail(F::reopen_resolved_at, with_status + " that was reopened needs reopen_resolved_at, its new resolution");
    }
    if (reopen_resolved && open) {
      fail(F::reopen_resolved_at, with_status + " has no reopen_resolved_at",
           "it was resolved after the reopen: its status is resolved or closed");
    }
  }

  const Ledger::Impl& m_impl;
  const Policy& m_policy;
  const Columns& m_columns;
  const ImportOptions& m_options;
  const SourceRecord& m_record;
};

// The `imported` event's data: the facts `filed` records, where they came from, and every
// projection field the import set, so that replaying the events rebuilds the complaint. All
// but the reference, which the writing thread puts first (filing::write_identity's order).
std::string imported_data(const Built& b, const Policy& policy, const ImportOptions& options, std::int64_t number) {
  const Complaint& c = b.complaint;
  util::JsonText out;
  out.begin_object();
  filing::write_identity_facts(out, c, policy);
  // A file's name is whatever bytes the file system holds: kept readable, not refused.
  out.member("source", util::is_valid_utf8(options.source_name)
                           ? options.source_name
                           : util::sanitize_for_terminal(options.source_name));
  out.key("source_record").integer(number);
  out.member("source_reference", b.source_reference);
  write_projection_fields(out, c);
  out.member("last_event_at", format_utc(c.last_event_at));
  out.end_object();
  return out.take();
}

// Writes the invalid records of a skip-invalid import as CSV with a `reason` column: a CSV file
// keeps its own columns (so it can be fixed and imported again with the same options), JSON
// gets the import's field names.
class Rejects {
public:
  Rejects(std::ostream* out, const ImportOptions& options, const char& delimiter)
      : m_out(out), m_options(options), m_delimiter(delimiter) {}

  void write(const SourceRecord& record, const Columns& columns, const std::string& reason) {
    if (m_out == nullptr) {
      return;
    }
    std::vector<std::string> cells;
    if (m_options.format == DataFormat::csv) {
      header(record.names);
      for (const auto& v : record.values) {
        cells.push_back(v.present ? v.text : std::string());
      }
    } else {
      header({});
      for (std::size_t i = 0; i + 1 < k_fields; ++i) {
        const SourceValue* v = columns.value(record, static_cast<F>(i));
        cells.push_back(v == nullptr ? "" : v->is_list ? util::join(v->items, "; ") : v->text);
      }
    }
    cells.push_back(reason);
    *m_out << csv_record(cells, m_numeric, m_delimiter);
  }

  /// With no rejected record, the file still gets its header.
  void finish(const std::vector<std::string>& names) {
    if (m_out != nullptr) {
      header(m_options.format == DataFormat::csv ? names : std::vector<std::string>{});
    }
  }

private:
  void header(std::vector<std::string> names) {
    if (m_written) {
      return;
    }
    m_written = true;
    if (m_options.format != DataFormat::csv) {
      names.assign(k_names.begin(), k_names.end() - 1);
    }
    for (const auto& name : names) {
      const auto mapped = std::find_if(m_options.mapping.begin(), m_options.mapping.end(),
                                       [&](const auto& m) { return m.first == name; });
      const std::string field = mapped != m_options.mapping.end() ? mapped->second : name;
      m_numeric.push_back(field == "escalation_level" || field == "compensation_amount" ||
                          field == "satisfaction");
    }
    m_numeric.push_back(false);
    names.emplace_back("reason");
    *m_out << csv_record(names, {}, m_delimiter);
  }

  std::ostream* m_out;
  const ImportOptions& m_options;
  const char& m_delimiter; // the input's, once its header is read
  bool m_written = false;
  std::vector<bool> m_numeric;
};

// "nothing was imported" (or "would be", in a dry run), after `hint` if there is one.
std::string nothing(const ImportOptions& options, std::string hint) {
  const char* what = options.dry_run ? "nothing would be imported" : "nothing was imported";
  if (hint.empty()) {
    return what;
  }
  return hint.back() == '?' ? hint + " (" + what + ")" : hint + "; " + what;
}

// One record as the reading thread leaves it for the writing one.
struct ReadItem {
  std::int64_t number = 0;    // the record's (record_position)
  std::uint64_t bytes = 0;    // how much of the input was read by then
  std::optional<Built> built; // a valid record, with what recording it needs:
  filing::Prepared prepared;
  std::string data;           // its event's data but the reference (imported_data)
  std::string where;          // or why it is not: "row 5, column: message"
  std::string hint;
};
constexpr std::size_t k_batch_records = 256;
constexpr std::size_t k_batches_ahead = 4; // at most 1,280 records read ahead of the writes

// The reading thread of an import: reads the records, checks each as `file` would, writes the
// invalid ones to the rejects file and prepares the valid ones (filing::prepare_record), and
// hands them over in batches. It reads the ledger's policy, zone and calendar and nothing else
// of it: the store is the writing thread's alone.
class RecordReader {
public:
  RecordReader(const Ledger::Impl& impl, const ImportOptions& options, const std::string& digest_key,
               util::Handoff<ReadItem>& handoff)
      : m_impl(impl), m_options(options), m_digest_key(digest_key), m_handoff(handoff), m_columns(options, impl.policy),
        m_rejects(options.skip_invalid && !options.dry_run ? options.rejects : nullptr, options, m_delimiter) {}

  /// Reads all of `in`; throws what stops it. Returns early when the writer cancels.
  void run(std::istream& in) {
    bool in_sink = false;
    try {
      m_delimiter = read_records(in, m_options.format, [&](const SourceRecord& record, std::uint64_t bytes) {
        m_columns.update(record); // its errors concern the whole file, named like the reader's
        in_sink = true;
        read(record, bytes);
        in_sink = false;
      }, [&](const SourceRecord& names) {
        m_delimiter = names.delimiter;
        m_columns.update(names);
        m_header = names.names;
      }, CsvOptions{m_options.delimiter, m_options.source_name});
    } catch (const Cancelled&) {
      return;
    } catch (const Error& e) {
      // The records before the one that stopped the reading come first: one of them may be
      // the first problem to report.
      try {
        hand_over();
      } catch (const Cancelled&) {
        return;
      }
      if (in_sink) {
        throw;
      }
      // The reader's own errors (broken quoting, JSON syntax) name no file yet.
      throw Error(e.code(), m_options.source_name + ": " + e.what(),
                  e.code() == Errc::usage ? e.hint() : nothing(m_options, e.hint()));
    }
    hand_over();
    m_rejects.finish(m_header);
  }

  char delimiter() const { return m_delimiter; }
  std::vector<std::pair<std::string, std::string>> kept_columns() const { return m_columns.kept(); }

private:
  struct Cancelled {};

  void read(const SourceRecord& record, std::uint64_t bytes) {
    ReadItem item;
    item.number = record.number;
    item.bytes = bytes;
    Built built;
    RowBuilder builder(m_impl, m_columns, m_options, record);
    if (auto problem = builder.build(built)) {
      item.where = record_position(m_options.format, record.number) + ", " + m_columns.column(*problem) + ": " +
                   problem->message;
      item.hint = std::move(problem->hint);
      m_rejects.write(record, m_columns, item.where + (item.hint.empty() ? "" : "; " + item.hint));
    } else {
      item.prepared = filing::prepare_record(
          built.complaint, m_digest_key, filing::personal(built.complaint, built.request.customer.preferred_channel));
      item.data = imported_data(built, m_impl.policy, m_options, record.number);
      item.built = std::move(built);
    }
    m_batch.push_back(std::move(item));
    if (m_batch.size() >= k_batch_records) {
      hand_over();
    }
  }

  void hand_over() {
    if (!m_batch.empty() && !m_handoff.push(std::exchange(m_batch, {}))) {
      throw Cancelled{};
    }
    m_batch.reserve(k_batch_records);
  }

  const Ledger::Impl& m_impl;
  const ImportOptions& m_options;
  const std::string& m_digest_key;
  util::Handoff<ReadItem>& m_handoff;
  char m_delimiter = ',';
  Columns m_columns;
  Rejects m_rejects;
  std::vector<std::string> m_header;
  std::vector<ReadItem> m_batch;
};

void check_mapping(const ImportOptions& options) {
  std::vector<std::string> known(k_names.begin(), k_names.end() - 1);
  for (const auto& [from, to] : options.mapping) {
    if (from.empty()) {
      throw Error(Errc::usage, "--map '=" + to + "': the column name is empty", "write --map 'COLUMN=FIELD'");
    }
    const auto custom = custom_field_of(to);
    if (custom && !is_field_name(*custom)) {
      throw Error(Errc::usage, "--map '" + from + "=" + to + "': '" + *custom + "' is not a field name",
                  "field names are lower-case letters, digits and _, such as field_order_number");
    }
    if (!to.empty() && !custom && std::find(known.begin(), known.end(), to) == known.end()) {
      throw Error(Errc::usage, "--map '" + from + "=" + to + "': no field '" + to + "'",
                  util::suggestion_hint(to, known));
    }
    const auto same = std::count_if(options.mapping.begin(), options.mapping.end(),
                                    [&column = from](const auto& m) { return m.first == column; });
    if (same > 1) {
      throw Error(Errc::usage, "--map names the column '" + from + "' twice");
    }
  }
}

} // namespace

const std::vector<std::string>& import_fields() {
  static const std::vector<std::string> fields(k_names.begin(), k_names.end() - 1);
  return fields;
}

ImportSummary Ledger::import(std::istream& in, const ImportOptions& options, const std::string& actor) {
  Impl& impl = *m_impl;
  check_mapping(options);
  ImportSummary summary;
  const std::string& source = options.source_name;

  const auto work = [&] {
    // Two threads: this one writes; a reading thread reads, checks and prepares the records a
    // few batches ahead (RecordReader), on the second core.
    const std::string& digest_key = impl.digest_key();
    const std::string actor_nfc = util::nfc(actor);
    util::Handoff<ReadItem> handoff(k_batches_ahead);
    RecordReader reader(impl, options, digest_key, handoff);
    std::thread thread([&] {
      std::exception_ptr error;
      try {
        reader.run(in);
      } catch (...) {
        error = std::current_exception();
      }
      handoff.finish(error);
    });
    // However this thread leaves (a refused record, a failed write), the reader stops first.
    struct Join {
      util::Handoff<ReadItem>& handoff;
      std::thread& thread;
      ~Join() {
        if (thread.joinable()) {
          handoff.cancel();
          thread.join();
        }
      }
    } join{handoff, thread};

    filing::Recorder recorder(impl);
    std::vector<ReadItem> batch;
    const auto next_batch = [&] {
      try {
        return handoff.pop(batch);
      } catch (const Error& e) {
        // A dry run lists every problem: those found before the one that stopped the reading
        // come with it, first problem first.
        if (!options.dry_run || summary.problems.empty()) {
          throw;
        }
        std::vector<std::string> more;
        for (const auto& problem : summary.problems) {
          more.push_back(source + ": " + problem);
        }
        more.insert(more.end(), e.more().begin(), e.more().end());
        throw Error(e.code(), e.what(), e.hint(), std::move(more));
      }
    };
    while (next_batch()) {
      for (ReadItem& item : batch) {
        ++summary.records;
        if (!item.built) {
          if (!options.skip_invalid && !options.dry_run) {
            throw Error(Errc::invalid_input, source + ": " + item.where, nothing(options, item.hint));
          }
          ++summary.rejected;
          if (options.dry_run && summary.problems.size() < ImportSummary::k_max_listed_problems) {
            summary.problems.push_back(item.where + (item.hint.empty() ? "" : "; " + item.hint));
          }
        } else {
          Built& built = *item.built;
          recorder.record(
              built.complaint, "imported",
              [&](util::JsonText& data) { data.member("reference", built.complaint.reference).members_of(item.data); },
              std::move(item.prepared), actor_nfc);
          ++summary.imported;
          if (!summary.first_reference) {
            summary.first_reference = built.complaint.reference;
          }
          summary.last_reference = built.complaint.reference;
        }
        if (options.progress) {
          options.progress(summary.records, item.bytes);
        }
      }
      handoff.give_back(std::exchange(batch, {}));
    }
    thread.join();
    summary.delimiter = reader.delimiter();
    summary.kept_columns = reader.kept_columns();
    // Before the commit: a rejects file that could not be written must not leave the good
    // rows imported and the bad ones nowhere.
    if (options.skip_invalid && !options.dry_run && options.rejects != nullptr &&
        !options.rejects->flush()) {
      throw Error(Errc::failure, "writing the rejected rows failed (disk full?)", nothing(options, {}));
    }
  };
  if (options.dry_run) {
    impl.store->rehearse(work);
  } else {
    impl.store->write(work);
  }
  return summary;
}

} // namespace redress
