// What `export` reads through the façade: counts for progress, and the event log streamed
// complaint by complaint.

#include "ledger/ledger_impl.hpp"


namespace redress {

std::int64_t Ledger::count(const ComplaintFilter& filter) {
  // Through list() so that every filter, SLA readings included, counts exactly as it lists.
  std::int64_t n = 0;
  list(filter, [&](const Complaint&) { ++n; });
  return n;
}

void Ledger::list_events(const ComplaintFilter& filter,
                         const std::function<void(const Complaint&, const Event&)>& sink) {
  // One read transaction: the complaints and their events come from the same moment, whatever
  // other processes record meanwhile.
  m_impl->store->snapshot([&] {
    list(filter, [&](const Complaint& c) {
      m_impl->store->events_of(c.id, [&](const Event& e) { sink(c, e); });
    });
  });
}

} // namespace redress
