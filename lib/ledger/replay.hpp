#pragma once
// Rebuilding a complaint's state from its events: for `verify` (is the stored projection what
// the events say?) and for reports `--as-of` a past instant (what was the state then?).

#include <redress/complaint.hpp>

#include <optional>
#include <vector>

namespace redress {

/// The complaint as its events make it: `stored` supplies what events do not change (reference,
/// customer); every projection field, the receipt and channel, and the texts (summary, details,
/// evidence, custom fields) come from the events (the texts from their personal text, unless
/// that was erased). The first event (`filed` or `imported`) sets the initial state; each later
/// event sets what its data and personal text name (an `amended` or `undone` one too). With
/// `until`, events after it are ignored: the state as it was at that instant. Returns nullopt
/// when no event happened by then.
std::optional<Complaint> replay(const Complaint& stored, const std::vector<Event>& events,
                                std::optional<Instant> until = std::nullopt);

} // namespace redress
