#pragma once
// The projection fields of a complaint as JSON, shared by the lifecycle (which records in each
// event the fields it changed, with their new values) and by replay (which applies them). An
// event is therefore self-contained: rebuilding a complaint from its events needs no policy
// and no calendar, only the events.

#include "util/json_text.hpp"

#include <redress/complaint.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace redress {

/// Writes `name` and `t` as RFC 3339 UTC text, or null: how events hold every time.
void write_time(util::JsonText& out, std::string_view name, const std::optional<Instant>& t);

/// Writes what a complaint is filed with that later steps may change, as members of the object
/// `out` has open: category, product, severity, team, both targets and both due times, and the
/// custom fields that are facts (`fields`, an object of texts). The
/// `filed` event holds these; write_projection_fields() writes them among the rest.
void write_classification(util::JsonText& out, const Complaint& c);

/// Writes the mutable projection fields of `c` as members of the object `out` has open:
/// status, assignee, team, escalation_level, severity, category, product, the three clocks
/// (target, due, settled time and outcome, paused seconds; the resolve start; the reopened
/// clock's start as `reopened_at`), paused_since, outcome,
/// compensation, root_cause, satisfaction, closed_at. Times are RFC 3339 UTC strings; absent
/// values are null. This is the one list of them: the functions below derive from it.
void write_projection_fields(util::JsonText& out, const Complaint& c);

/// The projection fields as one JSON object's text: equal texts, equal projections.
std::string projection_text(const Complaint& c);

/// The projection fields as a JSON document.
nlohmann::json projection_fields(const Complaint& c);

/// The fields whose values differ between `before` and `after`, with `after`'s values.
nlohmann::json changed_fields(const Complaint& before, const Complaint& after);

/// Sets every projection field present in `data` (other keys are ignored).
void apply_fields(Complaint& c, const nlohmann::json& data);

/// Writes `values` as the object member `name`: {"order_number": "A-1234", ...}.
void write_field_values(util::JsonText& out, std::string_view name,
                        const std::map<std::string, std::string>& values);
/// Reads such an object. Error{integrity} when it is not an object of texts.
std::map<std::string, std::string> read_field_values(const nlohmann::json& object);

/// Sets the complaint's texts that an event's personal text names, each when present: `summary`,
/// `details`, `evidence` (the whole list), `fields` (the personal custom fields, the whole
/// set) and `customer` (the details it carries, all of them). The first event holds them all;
/// `amended`, `attached`, `undone` and steps that add evidence hold the ones they changed, a
/// `customer_updated` event the customer when it corrected the complaint's.
void apply_texts(Complaint& c, const nlohmann::json& personal);

/// A customer as events hold it: {"name", "email", "phone", "member_id", "language",
/// "preferred_channel"}, absent or null for none. Error{integrity} when it is not an object.
Customer read_customer(const nlohmann::json& object);
/// Writes `c` so as read_customer() reads it, as the member `name`.
void write_customer(util::JsonText& out, std::string_view name, const Customer& c);

/// What differs between `before` and `after` in the receipt and channel (`received_at`,
/// `channel`), with `after`'s values: an event's data.
nlohmann::json changed_identity(const Complaint& before, const Complaint& after);
/// What differs in the texts (`summary`, `details`, `evidence`, and `fields`, the personal
/// custom fields), with `after`'s values: an event's personal text.
nlohmann::json changed_texts(const Complaint& before, const Complaint& after);

/// Sets the receipt (`received_at`, which also starts the acknowledge clock) and `channel`
/// when an event's data names them: the first event, and `amended` or `undone` ones.
void apply_identity(Complaint& c, const nlohmann::json& data);

} // namespace redress
