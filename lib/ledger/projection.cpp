#include "ledger/projection.hpp"

#include <redress/error.hpp>

namespace redress {

namespace {

using Json = nlohmann::json;

std::optional<std::string> get_text(const Json& v) {
  return v.is_null() ? std::nullopt : std::optional<std::string>(v.get<std::string>());
}

std::optional<Instant> get_time(const Json& v) {
  if (v.is_null()) {
    return std::nullopt;
  }
  // Stored times are always UTC RFC 3339, which parse_time reads without a zone.
  static const TimeZone utc = TimeZone::locate("UTC");
  auto t = parse_time(v.get<std::string>(), utc);
  if (!t) {
    throw Error(Errc::integrity, "event holds an unreadable time '" + v.get<std::string>() + "'");
  }
  return t;
}

std::optional<SlaState> get_settled(const Json& v) {
  if (v.is_null()) {
    return std::nullopt;
  }
  return v.get<std::string>() == "met" ? SlaState::met : SlaState::breached;
}

} // namespace

void write_time(util::JsonText& out, std::string_view name, const std::optional<Instant>& t) {
  out.key(name);
  if (t) {
    out.str(format_utc(*t));
  } else {
    out.null();
  }
}

void write_classification(util::JsonText& out, const Complaint& c) {
  out.member("category", c.category);
  out.member("product", c.product);
  out.member("severity", c.severity);
  out.member("team", c.team);
  out.member("acknowledge_target", c.acknowledge.target);
  write_time(out, "acknowledge_due_at", c.acknowledge.due);
  out.member("resolve_target", c.resolve.target);
  write_time(out, "resolve_due_at", c.resolve.due);
  write_field_values(out, "fields", c.fields);
}

void write_field_values(util::JsonText& out, std::string_view name,
                        const std::map<std::string, std::string>& values) {
  out.key(name).begin_object();
  for (const auto& [field, value] : values) {
    out.member(field, value);
  }
  out.end_object();
}

std::map<std::string, std::string> read_field_values(const Json& object) {
  std::map<std::string, std::string> values;
  if (!object.is_object()) {
    throw Error(Errc::integrity, "event holds fields that are not an object");
  }
  for (const auto& [name, value] : object.items()) {
    values[name] = value.get<std::string>();
  }
  return values;
}

void apply_texts(Complaint& c, const Json& p) {
  if (p.contains("summary")) c.summary = p.at("summary").get<std::string>();
  if (p.contains("details")) c.details = get_text(p.at("details"));
  if (p.contains("evidence")) c.evidence = p.at("evidence").get<std::vector<std::string>>();
  if (p.contains("fields")) c.personal_fields = read_field_values(p.at("fields"));
  if (p.contains("customer")) c.customer = read_customer(p.at("customer"));
}

Customer read_customer(const Json& j) {
  if (!j.is_object()) {
    throw Error(Errc::integrity, "event holds a customer that is not an object");
  }
  const auto text = [&j](const char* key) -> std::optional<std::string> {
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::nullopt : std::optional(it->get<std::string>());
  };
  return Customer{text("name").value_or(""), text("email"),    text("phone"),
                  text("member_id"),         text("language"), text("preferred_channel")};
}

void write_customer(util::JsonText& out, std::string_view name, const Customer& c) {
  out.key(name).begin_object();
  out.member("name", c.name);
  out.member("email", c.email);
  out.member("phone", c.phone);
  out.member("member_id", c.member_id);
  out.member("language", c.language);
  out.member("preferred_channel", c.preferred_channel);
  out.end_object();
}

Json changed_identity(const Complaint& before, const Complaint& after) {
  Json diff = Json::object();
  if (before.received_at != after.received_at) {
    diff["received_at"] = format_utc(after.received_at);
  }
  if (before.channel != after.channel) {
    diff["channel"] = after.channel;
  }
  return diff;
}

Json changed_texts(const Complaint& before, const Complaint& after) {
  Json diff = Json::object();
  if (before.summary != after.summary) {
    diff["summary"] = after.summary;
  }
  if (before.details != after.details) {
    diff["details"] = after.details ? Json(*after.details) : Json(nullptr);
  }
  if (before.evidence != after.evidence) {
    diff["evidence"] = after.evidence;
  }
  if (before.personal_fields != after.personal_fields) {
    diff["fields"] = after.personal_fields;
  }
  return diff;
}

void apply_identity(Complaint& c, const Json& d) {
  if (d.contains("received_at")) {
    c.received_at = *get_time(d.at("received_at"));
    c.acknowledge.started = c.received_at;
  }
  if (d.contains("channel")) c.channel = d.at("channel").get<std::string>();
}

void write_projection_fields(util::JsonText& out, const Complaint& c) {
  const auto settled = [&out](const char* name, const std::optional<SlaState>& v) {
    out.key(name);
    if (v) {
      out.str(to_string(*v));
    } else {
      out.null();
    }
  };
  out.member("status", to_string(c.status));
  out.member("assignee", c.assignee);
  out.key("escalation_level").integer(c.escalation_level);
  write_classification(out, c);
  write_time(out, "acknowledged_at", c.acknowledge.settled_at);
  settled("acknowledge_sla", c.acknowledge.settled);
  out.key("acknowledge_paused_s").integer(c.acknowledge.paused.count());
  write_time(out, "resolve_started_at", c.resolve.started);
  write_time(out, "resolved_at", c.resolve.settled_at);
  settled("resolve_sla", c.resolve.settled);
  out.key("resolve_paused_s").integer(c.resolve.paused.count());
  out.member("reopen_target", c.reopened.target);
  write_time(out, "reopened_at", c.reopened.started);
  write_time(out, "reopen_due_at", c.reopened.due);
  write_time(out, "reopen_resolved_at", c.reopened.settled_at);
  settled("reopen_sla", c.reopened.settled);
  out.key("reopen_paused_s").integer(c.reopened.paused.count());
  write_time(out, "paused_since", c.paused_since);
  out.member("outcome", c.outcome);
  out.key("compensation");
  if (c.compensation) {
    out.begin_object().member("currency", c.compensation->currency);
    out.key("minor").integer(c.compensation->minor).end_object();
  } else {
    out.null();
  }
  out.member("root_cause", c.root_cause);
  out.key("satisfaction");
  if (c.satisfaction) {
    out.integer(*c.satisfaction);
  } else {
    out.null();
  }
  write_time(out, "closed_at", c.closed_at);
}

std::string projection_text(const Complaint& c) {
  util::JsonText out;
  out.begin_object();
  write_projection_fields(out, c);
  out.end_object();
  return out.take();
}

Json projection_fields(const Complaint& c) { return Json::parse(projection_text(c)); }

Json changed_fields(const Complaint& before, const Complaint& after) {
  const Json a = projection_fields(before);
  const Json b = projection_fields(after);
  Json diff = Json::object();
  for (const auto& [key, value] : b.items()) {
    if (a.at(key) != value) {
      diff[key] = value;
    }
  }
  return diff;
}

void apply_fields(Complaint& c, const Json& d) {
  const auto has = [&d](const char* key) { return d.contains(key); };
  if (has("status")) {
    const auto s = parse_status(d.at("status").get<std::string>());
    if (!s) {
      throw Error(Errc::integrity, "event holds an unknown status '" + d.at("status").get<std::string>() + "'");
    }
    c.status = *s;
  }
  if (has("assignee")) c.assignee = get_text(d.at("assignee"));
  if (has("team")) c.team = get_text(d.at("team"));
  if (has("escalation_level")) c.escalation_level = d.at("escalation_level").get<int>();
  if (has("severity")) c.severity = d.at("severity").get<std::string>();
  if (has("category")) c.category = d.at("category").get<std::string>();
  if (has("product")) c.product = get_text(d.at("product"));
  if (has("fields")) c.fields = read_field_values(d.at("fields"));
  if (has("acknowledge_target")) c.acknowledge.target = get_text(d.at("acknowledge_target"));
  if (has("acknowledge_due_at")) c.acknowledge.due = get_time(d.at("acknowledge_due_at"));
  if (has("acknowledged_at")) c.acknowledge.settled_at = get_time(d.at("acknowledged_at"));
  if (has("acknowledge_sla")) c.acknowledge.settled = get_settled(d.at("acknowledge_sla"));
  if (has("acknowledge_paused_s")) c.acknowledge.paused = Seconds{d.at("acknowledge_paused_s").get<std::int64_t>()};
  if (has("resolve_target")) c.resolve.target = get_text(d.at("resolve_target"));
  if (has("resolve_started_at")) c.resolve.started = get_time(d.at("resolve_started_at"));
  if (has("resolve_due_at")) c.resolve.due = get_time(d.at("resolve_due_at"));
  if (has("resolved_at")) c.resolve.settled_at = get_time(d.at("resolved_at"));
  if (has("resolve_sla")) c.resolve.settled = get_settled(d.at("resolve_sla"));
  if (has("resolve_paused_s")) c.resolve.paused = Seconds{d.at("resolve_paused_s").get<std::int64_t>()};
  if (has("reopen_target")) c.reopened.target = get_text(d.at("reopen_target"));
  if (has("reopened_at")) c.reopened.started = get_time(d.at("reopened_at"));
  if (has("reopen_due_at")) c.reopened.due = get_time(d.at("reopen_due_at"));
  if (has("reopen_resolved_at")) c.reopened.settled_at = get_time(d.at("reopen_resolved_at"));
  if (has("reopen_sla")) c.reopened.settled = get_settled(d.at("reopen_sla"));
  if (has("reopen_paused_s")) c.reopened.paused = Seconds{d.at("reopen_paused_s").get<std::int64_t>()};
  if (has("paused_since")) c.paused_since = get_time(d.at("paused_since"));
  if (has("outcome")) c.outcome = get_text(d.at("outcome"));
  if (has("compensation")) {
    const Json& m = d.at("compensation");
    c.compensation = m.is_null() ? std::nullopt
                                 : std::optional<Money>(Money{m.at("minor").get<std::int64_t>(),
                                                              m.at("currency").get<std::string>()});
  }
  if (has("root_cause")) c.root_cause = get_text(d.at("root_cause"));
  if (has("satisfaction")) {
    c.satisfaction = d.at("satisfaction").is_null() ? std::nullopt
                                                    : std::optional<int>(d.at("satisfaction").get<int>());
  }
  if (has("closed_at")) c.closed_at = get_time(d.at("closed_at"));
}

} // namespace redress
