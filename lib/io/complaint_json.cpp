#include "util/money.hpp"

#include <redress/render.hpp>

#include <nlohmann/json.hpp>

#include <map>

namespace redress {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::optional<std::string>& v, bool hide) {
  return v && !hide ? Json(*v) : Json(nullptr);
}

Json time_or_null(const std::optional<Instant>& v) {
  return v ? Json(format_utc(*v)) : Json(nullptr);
}

// The event's facts, with its personal text merged in unless hidden.
// Adds `from` into `into`, objects merged key by key (an amendment's old values come as facts in
// `data` and as personal text in `personal`, both under `from`).
void merge_into(Json& into, const Json& from) {
  for (const auto& [key, value] : from.items()) {
    if (value.is_object() && into.contains(key) && into.at(key).is_object()) {
      merge_into(into[key], value);
    } else {
      into[key] = value;
    }
  }
}

Json event_details(const Event& e, bool hide_personal) {
  Json details = Json::parse(e.data);
  if (e.personal && !hide_personal) {
    // Parse into a named value first: items() of a temporary would dangle.
    const Json personal = Json::parse(*e.personal);
    merge_into(details, personal);
  }
  return details;
}

Json event_json(const Event& e, bool hide_personal) {
  return Json{{"at", format_utc(e.at)},
              {"actor", e.actor},
              {"type", e.type},
              {"recorded_at", format_utc(e.recorded_at)},
              {"details", event_details(e, hide_personal)}};
}

} // namespace

std::string complaint_json(const Complaint& c, const std::vector<Event>* events, bool redact,
                           int indent) {
  const bool hide = redact && c.confidential;
  Json compensation = nullptr;
  if (c.compensation) {
    compensation = Json{{"amount", util::format_minor(c.compensation->minor, c.compensation->currency)},
                        {"currency", c.compensation->currency}};
  }
  Json j{
      {"reference", c.reference},
      {"status", to_string(c.status)},
      {"received_at", format_utc(c.received_at)},
      {"channel", c.channel},
      {"customer",
       {{"name", hide ? "" : c.customer.name},
        {"email", text_or_null(c.customer.email, hide)},
        {"phone", text_or_null(c.customer.phone, hide)},
        {"member_id", text_or_null(c.customer.member_id, hide)},
        {"language", text_or_null(c.customer.language, hide)}}},
      {"category", c.category},
      {"product", text_or_null(c.product, false)},
      {"severity", c.severity},
      {"summary", hide ? "" : c.summary},
      {"details", text_or_null(c.details, hide)},
      {"evidence", hide ? std::vector<std::string>{} : c.evidence},
      {"confidential", c.confidential},
      {"assignee", text_or_null(c.assignee, false)},
      {"team", text_or_null(c.team, false)},
      {"escalation_level", c.escalation_level},
      {"acknowledged_at", time_or_null(c.acknowledge.settled_at)},
      {"acknowledge_due_at", time_or_null(c.acknowledge.due)},
      {"acknowledge_sla", to_string(c.acknowledge.reading.state)},
      {"resolved_at", time_or_null(c.resolve.settled_at)},
      {"resolve_due_at", time_or_null(c.resolve.due)},
      {"resolve_sla", to_string(c.resolve.reading.state)},
      {"outcome", text_or_null(c.outcome, false)},
      {"compensation", compensation},
      {"root_cause", text_or_null(c.root_cause, hide)},
      {"satisfaction", c.satisfaction ? Json(*c.satisfaction) : Json(nullptr)},
      {"closed_at", time_or_null(c.closed_at)},
      {"reopened_at", time_or_null(c.reopened.started)},
      {"reopen_resolve_due_at", time_or_null(c.reopened.due)},
      {"reopen_resolved_at", time_or_null(c.reopened.settled_at)},
      {"reopen_resolve_sla", c.reopened.started ? Json(to_string(c.reopened.reading.state)) : Json(nullptr)},
      {"incomplete_allowed", c.incomplete_allowed},
  };
  // Custom fields by name: the facts, and the personal ones unless hidden.
  Json fields = Json::object();
  std::map<std::string, const std::string*> sorted;
  for (const auto& [name, value] : c.fields) {
    sorted.emplace(name, &value);
  }
  if (!hide) {
    for (const auto& [name, value] : c.personal_fields) {
      sorted.emplace(name, &value);
    }
  }
  for (const auto& [name, value] : sorted) {
    fields[name] = *value;
  }
  j["fields"] = std::move(fields);
  if (events != nullptr) {
    Json list = Json::array();
    for (const auto& e : *events) {
      list.push_back(event_json(e, hide));
    }
    j["events"] = std::move(list);
  }
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string event_json(const Event& e, const std::string& reference, bool redact, int indent) {
  Json j{{"reference", reference}};
  j.update(event_json(e, redact));
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string event_details_json(const Event& e, bool redact) {
  return event_details(e, redact).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace redress
