// Corrections: amend, undo, and custom-field changes (ledger/corrections.hpp).

#include "ledger/corrections.hpp"

#include "ledger/clocks.hpp"
#include "ledger/fields.hpp"
#include "ledger/replay.hpp"
#include "ledger/step_input.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace redress {

namespace {

using Json = nlohmann::json;

Json text_or_null(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

// The steps `undo` reverses, by their event types. Anything else (a filing, an import, a
// message that left the ledger, an `undone` itself) is not.
constexpr std::array<std::string_view, 15> k_undoable{
    "acknowledged", "assigned", "noted",    "waiting",     "resumed", "escalated", "changed", "resolved",
    "rejected",     "withdrawn", "reopened", "followed_up", "closed",  "attached",  "amended"};

} // namespace

std::vector<std::int64_t> undone_event_ids(const std::vector<Event>& events) {
  std::vector<std::int64_t> ids;
  for (const Event& e : events) {
    if (e.type != "undone") {
      continue;
    }
    const Json data = Json::parse(e.data, nullptr, false);
    if (data.is_object() && data.contains("undoes") && data.at("undoes").is_number_integer()) {
      ids.push_back(data.at("undoes").get<std::int64_t>());
    }
  }
  return ids;
}

void change_fields(Complaint& c, const std::vector<std::pair<std::string, std::string>>& fields,
                   const Policy& policy, Json& from, Json& personal_from) {
  std::vector<std::string> seen;
  for (const auto& [name, value] : fields) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      throw Error(Errc::usage, "--field " + name + " is given twice");
    }
    seen.push_back(name);
    const FieldPolicy* declared = policy.find_field(name);
    const std::optional<std::string> old = field_value(c, name);
    if (declared == nullptr && !old) {
      std::vector<std::string> known = policy.field_names();
      for (const auto* map : {&c.fields, &c.personal_fields}) {
        for (const auto& [field, v] : *map) {
          known.push_back(field);
        }
      }
      throw Error(Errc::refused, "--field: unknown field '" + name + "'",
                  known.empty() ? "the policy declares no fields; add [fields." + name + "] to policy.toml"
                                : util::suggestion_hint(name, known));
    }
    std::string canonical;
    if (!value.empty()) {
      const CheckedField checked = check_field_value(declared, value);
      if (checked.problem) {
        throw Error(Errc::invalid_input, "--field " + name + ": " + *checked.problem, checked.hint);
      }
      canonical = checked.value;
    }
    if ((old ? *old : std::string()) == canonical) {
      continue;
    }
    const bool was_personal = c.personal_fields.count(name) > 0;
    const bool personal = old ? was_personal : field_is_personal(declared);
    (personal ? personal_from : from)[name] = text_or_null(old);
    set_field(c, policy, name, canonical);
  }
}

Json apply_amend(Complaint& c, const StepRequest& r, const Policy& policy, const BusinessCalendar& calendar,
                 const std::vector<Event>& events, const TimeZone& zone, Json& personal) {
  if (c.status == Status::closed && !r.force) {
    throw Error(Errc::refused, "cannot amend " + c.reference + ": it is closed",
                "reopen it first, or amend it closed with --force");
  }
  if (!r.summary && !r.details && !r.product && !r.channel && !r.received_at && r.fields.empty()) {
    throw Error(Errc::usage, "nothing to amend",
                "give --summary, --details, --product, --channel, --received-at or --field");
  }
  const std::string reason = checked_text(r.text, "--reason", true, util::TextKind::line);
  Json from = Json::object();
  Json personal_from = Json::object();
  if (r.summary) {
    const std::string summary = checked_text(r.summary, "--summary", true, util::TextKind::line);
    if (util::is_blank(summary)) {
      throw Error(Errc::invalid_input, "--summary is blank", "give --summary TEXT");
    }
    if (summary != c.summary) {
      personal_from["summary"] = c.summary;
      c.summary = summary;
    }
  }
  if (r.details) {
    const std::optional<std::string> details =
        r.details->empty() ? std::nullopt : std::optional(checked_text(r.details, "--details", false));
    if (details != c.details) {
      personal_from["details"] = text_or_null(c.details);
      c.details = details;
    }
  }
  if (r.product) {
    const std::optional<std::string> product =
        r.product->empty() ? std::nullopt
                           : std::optional(checked_text(r.product, "--product", false, util::TextKind::line));
    if (product != c.product) {
      from["product"] = text_or_null(c.product);
      c.product = product;
    }
  }
  if (r.channel) {
    // As the policy calls it now (matched folded, old names too); the same name again is no change.
    const std::string& channel = policy.require_name(NameKind::channel, *r.channel, Errc::refused);
    if (!policy.names(NameKind::channel).same(channel, c.channel)) {
      from["channel"] = c.channel;
      c.channel = channel;
    }
  }
  if (r.received_at && *r.received_at != c.received_at) {
    const Instant received = *r.received_at;
    if (received < from_unix(0)) {
      throw Error(Errc::invalid_input, "--received-at " + format_local(received, zone) + " is before 1970");
    }
    // Every step came after the receipt; the first event is the filing itself.
    for (std::size_t i = 1; i < events.size(); ++i) {
      if (events[i].at < received) {
        throw Error(Errc::invalid_input,
                    "--received-at " + format_local(received, zone) + " is after " + c.reference + "'s " +
                        events[i].type + " event (" + format_local(events[i].at, zone) + ")",
                    "the complaint was received before anything was done about it");
      }
    }
    from["received_at"] = format_utc(c.received_at);
    move_receipt(c, received, calendar, pause_intervals(events));
  }
  Json field_from = Json::object();
  Json personal_field_from = Json::object();
  change_fields(c, r.fields, policy, field_from, personal_field_from);
  if (!field_from.empty()) {
    from["fields"] = field_from;
  }
  if (!personal_field_from.empty()) {
    personal_from["fields"] = personal_field_from;
  }
  if (from.empty() && personal_from.empty()) {
    throw Error(Errc::refused, c.reference + " already has those values; nothing was amended");
  }
  personal["reason"] = reason;
  if (!personal_from.empty()) {
    personal["from"] = personal_from;
  }
  Json facts = Json::object();
  if (!from.empty()) {
    facts["from"] = from;
  }
  return facts;
}

UndoPlan plan_undo(const Complaint& c, const std::vector<Event>& events) {
  const std::vector<std::int64_t> undone = undone_event_ids(events);
  for (std::size_t i = events.size(); i-- > 1;) {
    const Event& e = events[i];
    if (e.type == "undone" || std::find(undone.begin(), undone.end(), e.id) != undone.end()) {
      continue;
    }
    if (std::find(k_undoable.begin(), k_undoable.end(), e.type) == k_undoable.end()) {
      throw Error(Errc::refused,
                  fmt::format("cannot undo {}'s last step: event {} ({}) cannot be undone", c.reference, e.id, e.type),
                  "record what happened since with a new step");
    }
    const std::vector<Event> before(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(i));
    auto restored = replay(c, before);
    if (!restored) {
      break;
    }
    return UndoPlan{&e, std::move(*restored)};
  }
  const std::string first = events.empty() ? std::string("filed") : events.front().type;
  throw Error(Errc::refused, "nothing to undo: " + c.reference + " has no step since it was " + first,
              "a complaint " + first + " by mistake is withdrawn or rejected, with a reason");
}

} // namespace redress
