#pragma once
// Corrections: `amend` (what a complaint was filed with), `undo` (its last step), and the
// custom-field changes `change` and `amend` share. The rules are in redress/lifecycle.hpp;
// lifecycle.cpp records the events these compute.

#include <redress/calendar.hpp>
#include <redress/complaint.hpp>
#include <redress/lifecycle.hpp>
#include <redress/policy.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace redress {

/// The ids of the events that a later `undone` event of `events` undid.
std::vector<std::int64_t> undone_event_ids(const std::vector<Event>& events);

/// Applies `fields` ((name, value), '' clears) to `c`: each checked as its field says
/// (lib/ledger/fields.hpp; Error{invalid_input} "--field NAME: ...", exit 5), a field neither
/// declared nor held by `c` refused (Error{refused} with a did-you-mean). The old values of the
/// fields that changed go to `from` (facts) and `personal_from` (personal), as {name: old or
/// null}.
void change_fields(Complaint& c, const std::vector<std::pair<std::string, std::string>>& fields,
                   const Policy& policy, nlohmann::json& from, nlohmann::json& personal_from);

/// Applies an `amend` request to `c` (every check above; Error{refused} for a closed complaint
/// without `force` and for a request that changes nothing, Error{usage} for one that names
/// nothing, Error{invalid_input} for bad values). `events` are the complaint's events. Returns
/// the event's facts (`from`: the old values of facts); `personal` gets the reason and `from`
/// (the old personal values).
nlohmann::json apply_amend(Complaint& c, const StepRequest& r, const Policy& policy,
                           const BusinessCalendar& calendar, const std::vector<Event>& events,
                           const TimeZone& zone, nlohmann::json& personal);

/// What `undo` reverses: the complaint's last step not undone yet, and the complaint as it was
/// before it (rebuilt from the events before it). Error{refused} naming why when there is no
/// such step or it cannot be undone.
struct UndoPlan {
  const Event* step = nullptr;
  Complaint restored;
};
UndoPlan plan_undo(const Complaint& c, const std::vector<Event>& events);

} // namespace redress
