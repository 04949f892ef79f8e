#pragma once
// events: the append-only log (the table's triggers refuse UPDATE and DELETE).

#include <redress/complaint.hpp>

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <vector>

namespace redress::store {

/// Appends `event` (its id is ignored) and returns the new id.
std::int64_t append_event(SQLite::Database& db, const Event& event);

/// The events of one complaint, oldest first.
std::vector<Event> events_of(SQLite::Database& db, std::int64_t complaint_id);

} // namespace redress::store
