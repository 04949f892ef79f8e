// Ledger::states and friends — complaint states as at an instant, for reports.

#include "ledger/ledger_impl.hpp"
#include "ledger/replay.hpp"

#include "store/complaints_table.hpp"
#include "store/events_table.hpp"

#include <SQLiteCpp/Statement.h>

namespace redress {

void Ledger::states(Instant since, Instant until, const std::function<void(const Complaint&)>& sink) {
  Impl& impl = *m_impl;
  ComplaintFilter filter;
  filter.since = since;
  // Nothing received after as-of exists yet; a window reaching as-of includes it.
  filter.until = until >= impl.as_of ? impl.as_of + Seconds{1} : until;
  filter.sort = "received";
  impl.db.guarded([&] {
    auto& db = impl.db.handle();
    store::EventReader reader(db); // prepared once: a past as-of may replay many complaints
    std::vector<Event> events;
    store::select_complaints(db, filter, [&](Complaint& c) {
      if (c.last_event_at > impl.as_of) {
        events.clear();
        reader.read(c.id, [&events](const Event& e) { events.push_back(e); });
        auto then = replay(c, events, impl.as_of);
        if (!then) {
          return;
        }
        c = std::move(*then);
      }
      impl.fill_readings(c);
      sink(c);
    });
  });
}

std::int64_t Ledger::complaints_with_event(std::string_view type, Instant since, Instant until) {
  Impl& impl = *m_impl;
  return impl.db.guarded([&] {
    SQLite::Statement q(impl.db.handle(), R"sql(
      SELECT count(DISTINCT e.complaint_id) FROM events AS e JOIN complaints AS c ON c.id = e.complaint_id
      WHERE e.type = ?1 AND e.at <= ?2 AND c.received_at >= ?3 AND c.received_at < ?4)sql");
    q.bind(1, std::string(type));
    q.bind(2, static_cast<std::int64_t>(to_unix(impl.as_of)));
    q.bind(3, static_cast<std::int64_t>(to_unix(since)));
    q.bind(4, static_cast<std::int64_t>(to_unix(until)));
    q.executeStep();
    return q.getColumn(0).getInt64();
  });
}

} // namespace redress
