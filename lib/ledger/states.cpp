// Ledger::states and friends — complaint states as at an instant, for reports.

#include "ledger/ledger_impl.hpp"
#include "ledger/replay.hpp"


namespace redress {

void Ledger::states(Instant since, Instant until, const std::function<void(const Complaint&)>& sink) {
  Impl& impl = *m_impl;
  ComplaintFilter filter;
  filter.since = since;
  // Nothing received after as-of exists yet; a window reaching as-of includes it.
  filter.until = until >= impl.as_of ? impl.as_of + Seconds{1} : until;
  filter.sort = "received";
  std::vector<Event> events;
  impl.store->select_complaints(filter, [&](Complaint& c) {
    if (c.last_event_at > impl.as_of) {
      events.clear();
      impl.store->events_of(c.id, [&events](const Event& e) { events.push_back(e); });
      auto then = replay(c, events, impl.as_of);
      if (!then) {
        return;
      }
      c = std::move(*then);
    }
    impl.fill_readings(c);
    sink(c);
  });
}

std::vector<StrayName> Ledger::stray_names() {
  std::vector<StrayName> stray;
  for (const NameKind kind : k_name_kinds) {
    for (auto& [name, n] : m_impl->store->stored_names(kind)) {
      if (m_impl->policy.current_name(kind, name) == nullptr) {
        stray.push_back({kind, std::move(name), n});
      }
    }
  }
  return stray;
}

std::int64_t Ledger::complaints_with_event(std::string_view type, Instant since, Instant until) {
  return m_impl->store->complaints_with_event(type, m_impl->as_of, since, until);
}

} // namespace redress
