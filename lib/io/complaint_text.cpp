#include "util/money.hpp"
#include <redress/suggest.hpp>
#include "util/text.hpp"

#include <redress/duration.hpp>
#include <redress/render.hpp>

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

namespace redress {

namespace {

// What an event says, in one line for the timeline: the facts it changed that a reader cares
// about, then its text (note, reason, comment).
std::string event_details(const Event& e, const TimeZone& zone) {
  const auto data = nlohmann::json::parse(e.data, nullptr, false);
  const auto personal = e.personal ? nlohmann::json::parse(*e.personal, nullptr, false) : nlohmann::json();
  std::vector<std::string> parts;
  const auto text = [](const nlohmann::json& j, const char* key) -> std::string {
    return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
  };
  if (!data.is_object()) {
    return "";
  }
  if (e.type == "assigned") {
    parts.push_back("to " + text(data, "assignee") + (data.contains("team") ? " (" + text(data, "team") + ")" : ""));
  }
  if (e.type == "message_sent") {
    std::string told = fmt::format("{} by {} in {}", text(data, "kind"), text(data, "channel"), text(data, "language"));
    if (!text(personal, "recipient").empty()) {
      told += " to " + text(personal, "recipient");
    }
    parts.push_back(told + (data.contains("again") ? " (again)" : ""));
  }
  if (e.type == "customer_updated") {
    std::vector<std::string> fields;
    if (data.contains("changed") && data.at("changed").is_array()) {
      for (const auto& f : data.at("changed")) {
        fields.push_back(f.is_string() ? f.get<std::string>() : "");
      }
    }
    // Named, not quoted: the new details are on show above.
    parts.push_back(fmt::format("customer #{}{}{}", data.value("customer_id", std::int64_t{0}),
                                fields.empty() ? "" : ": " + util::join(fields, ", ") + " corrected",
                                data.value("complaint", false) ? " (this complaint's details too)" : ""));
  }
  if (e.type == "customer_merged") {
    parts.push_back(fmt::format("customer #{} merged into #{}", data.value("customer_id", std::int64_t{0}),
                                data.value("into", std::int64_t{0})));
  }
  if (e.type == "escalated" && data.contains("escalation_level")) {
    parts.push_back(fmt::format("level {} ({})", data.at("escalation_level").get<int>(), text(data, "level_name")));
  }
  if (data.contains("from") && data.at("from").is_object()) {
    for (const auto& [key, was] : data.at("from").items()) {
      if (key == "fields" && was.is_object()) {
        const nlohmann::json now_fields = data.contains("fields") ? data.at("fields") : nlohmann::json::object();
        for (const auto& [field, old] : was.items()) {
          const std::string now_value = text(now_fields, field.c_str());
          parts.push_back("field " + field + " " + (old.is_string() ? old.get<std::string>() : "-") + " -> " +
                          (now_value.empty() ? "-" : now_value));
        }
        continue;
      }
      const std::string now_value = text(data, key.c_str());
      parts.push_back(key + " " + (was.is_string() ? was.get<std::string>() : "-") + " -> " +
                      (now_value.empty() ? "-" : now_value));
    }
  }
  // Personal texts an amendment replaced: named, not quoted (the new ones are on show above).
  if (personal.is_object() && personal.contains("from") && personal.at("from").is_object()) {
    for (const auto& [key, was] : personal.at("from").items()) {
      if (key == "fields" && was.is_object()) {
        for (const auto& [field, old] : was.items()) {
          parts.push_back("field " + field + " corrected");
        }
      } else {
        parts.push_back(key + " corrected");
      }
    }
  }
  if (e.type == "erased") {
    // The reason is in the facts: an erasure keeps why it happened, and nothing of whom.
    parts.push_back("personal data erased: " + text(data, "reason"));
  }
  if (e.type == "undone" && data.contains("undoes") && data.at("undoes").is_number_integer()) {
    parts.push_back(fmt::format("undoes {} (event {})", text(data, "undone_type"), data.at("undoes").get<std::int64_t>()));
  }
  if (!text(data, "outcome").empty() && e.type == "resolved") {
    std::string outcome = text(data, "outcome");
    if (data.contains("compensation") && data.at("compensation").is_object()) {
      const auto& m = data.at("compensation");
      outcome += " " + util::format_minor(m.at("minor").get<std::int64_t>(), m.at("currency").get<std::string>()) +
                 " " + m.at("currency").get<std::string>();
    }
    parts.push_back(outcome);
  }
  if (!text(data, "root_cause").empty()) {
    parts.push_back("root cause: " + text(data, "root_cause"));
  }
  if (data.contains("satisfaction") && data.at("satisfaction").is_number()) {
    parts.push_back(fmt::format("satisfaction {}/5", data.at("satisfaction").get<int>()));
  }
  if (e.type == "resumed" || e.type == "changed" || e.type == "reopened") {
    // A reopen (and a change or resume after one) moves the reopened clock; older reopens
    // restarted the resolve clock itself.
    for (const char* key : {"reopen_due_at", "resolve_due_at"}) {
      if (!text(data, key).empty()) {
        const auto due = parse_time(text(data, key), zone);
        parts.push_back("resolve due " + (due ? format_local_short(*due, zone) : text(data, key)));
        break;
      }
    }
  }
  for (const char* key : {"text", "note", "reason", "comment"}) {
    if (!text(personal, key).empty()) {
      parts.push_back(text(personal, key));
    }
  }
  if (data.contains("visible") && data.at("visible").is_boolean() && data.at("visible").get<bool>()) {
    parts.push_back("(told to the customer)");
  }
  return util::join(parts, "; ");
}


// The clock a one-line view shows: the acknowledge clock until it is settled, then the clock
// the resolution runs on now (the reopened one once reopened).
const SlaClock& shown_clock(const Complaint& c) {
  return c.acknowledge.settled ? c.current_resolve() : c.acknowledge;
}

Tone tone_of(SlaState state) {
  return state == SlaState::breached  ? Tone::alert
         : state == SlaState::at_risk ? Tone::warning
                                      : Tone::plain;
}

} // namespace

const std::vector<std::string>& complaint_columns() {
  static const std::vector<std::string> columns{
      "reference", "status", "received_at", "channel", "customer_name", "customer_email",
      "customer_phone", "customer_member_id", "customer_language", "category", "product",
      "severity", "summary", "details", "evidence", "confidential", "assignee", "team",
      "escalation_level", "acknowledged_at", "acknowledge_due_at", "acknowledge_sla",
      "resolved_at", "resolve_due_at", "resolve_sla", "outcome", "compensation_amount",
      "compensation_currency", "root_cause", "satisfaction", "closed_at", "reopened_at",
      "reopen_resolve_due_at", "reopen_resolved_at", "reopen_resolve_sla", "incomplete_allowed"};
  return columns;
}

const std::vector<bool>& complaint_numeric_columns() {
  static const std::vector<bool> numeric = [] {
    std::vector<bool> flags;
    for (const auto& name : complaint_columns()) {
      flags.push_back(name == "escalation_level" || name == "compensation_amount" ||
                      name == "satisfaction");
    }
    return flags;
  }();
  return numeric;
}

std::vector<std::string> complaint_columns(const std::vector<std::string>& fields) {
  std::vector<std::string> columns = complaint_columns();
  for (const auto& name : fields) {
    columns.push_back("field_" + name);
  }
  return columns;
}

void for_each_complaint_cell(const Complaint& c, const TimeZone& zone, bool redact,
                             const std::vector<std::string>& fields,
                             const std::function<void(std::string_view)>& cell) {
  const bool hide = redact && c.confidential;
  const auto text = [&](const std::optional<std::string>& v) {
    cell(v && !hide ? std::string_view(*v) : std::string_view());
  };
  const auto plain = [&](const std::optional<std::string>& v) {
    cell(v ? std::string_view(*v) : std::string_view());
  };
  const auto time = [&](const std::optional<Instant>& t) {
    if (t) {
      cell(format_local(*t, zone));
    } else {
      cell({});
    }
  };
  cell(c.reference);
  cell(to_string(c.status));
  cell(format_local(c.received_at, zone));
  cell(c.channel);
  cell(hide ? std::string_view() : std::string_view(c.customer.name));
  text(c.customer.email);
  text(c.customer.phone);
  text(c.customer.member_id);
  text(c.customer.language);
  cell(c.category);
  plain(c.product);
  cell(c.severity);
  cell(hide ? std::string_view() : std::string_view(c.summary));
  text(c.details);
  cell(hide ? std::string() : util::join(c.evidence, "; "));
  cell(c.confidential ? "true" : "false");
  plain(c.assignee);
  plain(c.team);
  cell(std::to_string(c.escalation_level));
  time(c.acknowledge.settled_at);
  time(c.acknowledge.due);
  cell(to_string(c.acknowledge.reading.state));
  time(c.resolve.settled_at);
  time(c.resolve.due);
  cell(to_string(c.resolve.reading.state));
  plain(c.outcome);
  cell(c.compensation ? util::format_minor(c.compensation->minor, c.compensation->currency) : std::string());
  cell(c.compensation ? std::string_view(c.compensation->currency) : std::string_view());
  text(c.root_cause);
  cell(c.satisfaction ? std::to_string(*c.satisfaction) : std::string());
  time(c.closed_at);
  time(c.reopened.started);
  time(c.reopened.due);
  time(c.reopened.settled_at);
  cell(c.reopened.started ? to_string(c.reopened.reading.state) : std::string_view());
  cell(c.incomplete_allowed ? "true" : "false");
  for (const auto& name : fields) {
    if (const auto it = c.fields.find(name); it != c.fields.end()) {
      cell(it->second);
    } else if (const auto p = c.personal_fields.find(name); p != c.personal_fields.end() && !hide) {
      cell(p->second);
    } else {
      cell({});
    }
  }
}

std::vector<std::string> complaint_cells(const Complaint& c, const TimeZone& zone, bool redact,
                                         const std::vector<std::string>& fields) {
  std::vector<std::string> cells;
  cells.reserve(complaint_columns().size() + fields.size());
  for_each_complaint_cell(c, zone, redact, fields, [&](std::string_view cell) { cells.emplace_back(cell); });
  return cells;
}

// "45m", "24h 30m", "12d 4h" for the SLA lines. Business time is counted in hours up to
// 100h: a "1d" there would read as 24 hours, not one business day.
std::string format_span(Seconds s) {
  const auto minutes = s.count() / 60;
  if (minutes < 60) {
    return fmt::format("{}m", minutes);
  }
  if (minutes < 100 * 60) {
    return fmt::format("{}h {:02}m", minutes / 60, minutes % 60);
  }
  // Days of 24 hours: only for calendar time (business time is shown in hours, see
  // format_business_span). Minutes stay when there are any: "7d 7h 45m", never rounded away.
  return minutes % 60 == 0 ? fmt::format("{}d {}h", minutes / (24 * 60), minutes / 60 % 24)
                           : fmt::format("{}d {}h {:02}m", minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
}

std::string format_hours(Seconds s) {
  const auto minutes = s.count() / 60;
  return minutes < 60 ? fmt::format("{}m", minutes) : fmt::format("{}h {:02}m", minutes / 60, minutes % 60);
}

TextTable complaint_list_table(const std::vector<Complaint>& complaints, const TimeZone& zone,
                               bool redact, Instant now) {
  // Free text (customer, summary) goes last: right-to-left text then cannot reorder the
  // fixed columns, and truncation eats free text first. `due` and `sla` are one clock's.
  enum Column : std::size_t { reference, status, severity, category, received, due, sla, customer, summary };
  TextTable table{{"reference", "status", "severity", "category", "received", "due", "sla", "customer", "summary"},
                  {},
                  {},
                  {},
                  2};
  // On a narrow terminal these go first: reference, status, due and sla always stay.
  table.drop_order = {received, customer, category, severity};
  for (const auto& c : complaints) {
    const bool hide = redact && c.confidential;
    const SlaClock& clock = shown_clock(c);
    std::vector<std::string> row{c.reference, std::string(to_string(c.status)), c.severity, c.category,
                                 format_local_short(c.received_at, zone),
                                 clock.due ? format_local_short(*clock.due, zone) : "",
                                 std::string(to_string(clock.reading.state)),
                                 hide ? "(confidential)" : c.customer.name,
                                 hide ? "(confidential)" : c.summary};
    std::vector<std::string> compact = row;
    compact[received] = format_local_compact(c.received_at, zone, now);
    compact[due] = clock.due ? format_local_compact(*clock.due, zone, now) : "";
    table.rows.push_back(std::move(row));
    table.compact_rows.push_back(std::move(compact));
    table.tones.push_back(tone_of(clock.reading.state));
  }
  return table;
}

std::string complaint_detail_text(const Complaint& c, const std::vector<Event>& events,
                                  const TimeZone& zone, const TerminalStyle& style, Instant now) {
  const auto clean = [](std::string_view s) { return util::sanitize_for_terminal(s); };
  std::string out;
  // A label, then the value wrapped to the terminal under itself: long texts are read whole.
  constexpr int k_label = 14;
  const auto field = [&](std::string_view label, const std::string& value) {
    if (value.empty()) {
      return;
    }
    const auto lines = util::wrap_to_width(value, std::max(10, style.width - k_label));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += fmt::format("{:<14}{}\n", i == 0 ? label : "", lines[i]);
    }
  };
  out += fmt::format("{}  {}{}\n", c.reference, to_string(c.status),
                     c.confidential ? "  (confidential)" : "");
  field("received", format_local_short(c.received_at, zone) + " " + zone.name() + " by " + clean(c.channel));
  std::string customer = clean(c.customer.name);
  for (const auto* extra : {&c.customer.email, &c.customer.phone, &c.customer.member_id}) {
    if (*extra) {
      customer += "  " + clean(**extra);
    }
  }
  field("customer", customer);
  field("language", c.customer.language ? clean(*c.customer.language) : "");
  field("category", clean(c.category) + (c.product ? " / " + clean(*c.product) : ""));
  field("severity", c.severity);
  field("team", c.team ? clean(*c.team) : "");
  field("assignee", c.assignee ? clean(*c.assignee) : "");
  if (c.escalation_level > 0) {
    field("escalation", std::to_string(c.escalation_level));
  }
  field("acknowledged", c.acknowledge.settled_at ? format_local_short(*c.acknowledge.settled_at, zone) : "");
  field("resolved", c.resolve.settled_at ? format_local_short(*c.resolve.settled_at, zone) : "");
  field("reopened", c.reopened.started ? format_local_short(*c.reopened.started, zone) : "");
  field("re-resolved", c.reopened.settled_at ? format_local_short(*c.reopened.settled_at, zone) : "");
  field("closed", c.closed_at ? format_local_short(*c.closed_at, zone) : "");
  field("summary", clean(c.summary));
  field("evidence", clean(util::join(c.evidence, "; ")));
  field("outcome", c.outcome ? clean(*c.outcome) : "");
  if (c.compensation) {
    field("compensation", util::format_minor(c.compensation->minor, c.compensation->currency) + " " +
                              c.compensation->currency);
  }
  field("root cause", c.root_cause ? clean(*c.root_cause) : "");
  field("satisfaction", c.satisfaction ? std::to_string(*c.satisfaction) + "/5" : "");
  // Custom fields, facts and personal ones together, by name; a name longer than the label
  // column gets a line of its own.
  std::map<std::string, std::string> custom(c.fields.begin(), c.fields.end());
  custom.insert(c.personal_fields.begin(), c.personal_fields.end());
  for (const auto& [name, value] : custom) {
    if (name.size() + 1 < k_label) {
      field(name, clean(value));
    } else {
      out += name + "\n";
      field("", clean(value));
    }
  }
  if (c.details) {
    std::string lines;
    for (const auto& line : util::wrap_to_width(util::sanitize_for_terminal(*c.details, true),
                                                std::max(10, style.width - 2))) {
      lines += line + "\n";
    }
    out += "details\n" + util::indented(lines);
  }

  out += "\nSLA\n";
  // The state before the time used, and on a narrow terminal the target goes before
  // "3h 30m of 4h 00m" would wrap.
  TextTable sla{{"clock", "target", "due", "state", "used"}, {}, {}, {}, 1};
  sla.drop_order = {1};
  sla.min_free_width = 18;
  sla.wrap = true;
  // A business clock's time is business hours: "107h 00m of 75h 00m", never days of 24 hours
  // that a shop whose day is 7.5 hours would misread.
  const auto used_of = [](const SlaClock& clock) {
    const auto target = clock.target ? parse_target(*clock.target) : std::nullopt;
    const auto span = target && target->clock == ClockKind::business ? format_hours : format_span;
    return span(clock.reading.used) + " of " + span(clock.reading.length);
  };
  for (const auto& [name, clock] : {std::pair{"acknowledge", &c.acknowledge}, std::pair{"resolve", &c.resolve},
                                    std::pair{"reopened", &c.reopened}}) {
    if (!clock->started) {
      continue; // never reopened
    }
    std::vector<std::string> row{name, clock->target.value_or(""),
                                 clock->due ? format_local_short(*clock->due, zone) : "",
                                 std::string(to_string(clock->reading.state)),
                                 clock->reading.length.count() > 0 ? used_of(*clock) : ""};
    std::vector<std::string> compact = row;
    compact[2] = clock->due ? format_local_compact(*clock->due, zone, now) : "";
    sla.rows.push_back(std::move(row));
    sla.compact_rows.push_back(std::move(compact));
    sla.tones.push_back(tone_of(clock->reading.state));
  }
  // Indented by two: two columns fewer.
  const TerminalStyle inner{std::max(20, style.width - 2), style.color};
  out += util::indented(render_terminal_table(sla, inner));

  const std::vector<SentMessage> sent = sent_messages(events);
  if (!sent.empty()) {
    out += "\nMessages sent\n";
    TextTable messages{{"at", "message", "by", "to"}, {}, {}, {}, 1};
    messages.wrap = true;
    for (const SentMessage& m : sent) {
      messages.rows.push_back({format_local_short(m.at, zone), m.kind + " (" + m.language + ")", m.channel,
                               m.recipient.value_or("(erased)")});
      messages.compact_rows.push_back({format_local_compact(m.at, zone, now), m.kind + " (" + m.language + ")",
                                       m.channel, m.recipient.value_or("(erased)")});
    }
    out += util::indented(render_terminal_table(messages, inner));
  }

  out += "\nTimeline\n";
  TextTable timeline{{"at", "event", "by", "details"}, {}, {}, {}, 1};
  timeline.wrap = true;
  for (const auto& e : events) {
    timeline.rows.push_back({format_local_short(e.at, zone), e.type, e.actor, event_details(e, zone)});
    timeline.compact_rows.push_back({format_local_compact(e.at, zone, now), e.type, e.actor, event_details(e, zone)});
  }
  out += util::indented(render_terminal_table(timeline, inner));
  return out;
}

} // namespace redress
