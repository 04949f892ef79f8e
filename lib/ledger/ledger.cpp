#include "ledger/clocks.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/reference.hpp"
#include "util/permissions.hpp"

#include <redress/suggest.hpp>

#include <redress/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace redress {

int ledger_schema_version() { return store::latest_schema_version(); }

Ledger::Ledger(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Ledger::~Ledger() = default;
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;

Ledger Ledger::open(const LedgerPaths& paths, Access access, Instant as_of) {
  // The database is opened first and the policy read before any migration: opening it overlaps
  // with the zone list that the policy's time zone waits for (ZonePreload), and a bad policy
  // still leaves an older ledger unmigrated.
  // Whoever may write the folder or the policy could swap the ledger's files or its rules.
  util::refuse_world_writable(paths.dir, "replace the ledger's files");
  util::refuse_world_writable(paths.policy, "change the rules the ledger applies");
  std::optional<Policy> policy;
  auto store = store::open_sqlite(paths.db, access == Access::read,
                                  [&] { policy = load_policy(paths.policy.string()); });
  BusinessCalendar calendar(policy->calendar);
  TimeZone zone = TimeZone::locate(policy->timezone);
  return Ledger(std::make_unique<Impl>(Impl{paths, std::move(*policy), std::move(calendar), zone,
                                            as_of, std::move(store)}));
}

const Policy& Ledger::policy() const { return m_impl->policy; }
const LedgerPaths& Ledger::paths() const { return m_impl->paths; }
const BusinessCalendar& Ledger::calendar() const { return m_impl->calendar; }
const TimeZone& Ledger::zone() const { return m_impl->zone; }
Instant Ledger::as_of() const { return m_impl->as_of; }
void Ledger::set_as_of(Instant t) { m_impl->as_of = t; }

// The calls inside nest their own write() as savepoints (store::Store::write).
void Ledger::batch(const std::function<void()>& work) { m_impl->store->write(work); }

void Ledger::Impl::fill_readings(Complaint& c, bool spans) const {
  for (SlaClock* clock : {&c.acknowledge, &c.resolve, &c.reopened}) {
    if (!clock->due || !clock->started) {
      clock->reading = SlaReading{};
      continue;
    }
    if (clock->settled && !spans) {
      clock->reading = SlaReading{*clock->settled, Seconds{0}, Seconds{0}};
      continue;
    }
    const SlaTrack track{*clock->started, *clock->due, clock_kind(*clock), c.paused_since,
                         clock->settled_at, clock->paused};
    clock->reading = read_sla(calendar, track, as_of, policy.warn_at);
    if (clock->settled) { // settled outcomes are stored facts, never re-derived
      clock->reading.state = *clock->settled;
    }
  }
}

std::string Ledger::Impl::format_reference(int year, std::int64_t seq) const {
  return redress::format_reference(policy.reference_prefix, year, seq);
}

ReferenceQuery Ledger::Impl::reference_query(std::string_view text) const {
  return parse_reference_query(text, to_local(as_of, zone).year, policy.reference_prefix);
}

std::string Ledger::Impl::describe(const ReferenceQuery& q) const {
  return q.reference ? *q.reference : format_reference(q.year, q.seq);
}

std::optional<Complaint> Ledger::Impl::find(const ReferenceQuery& q) const {
  return q.reference ? store->find_complaint(*q.reference) : store->find_complaint(q.year, q.seq);
}

Complaint Ledger::get(std::string_view reference) {
  const ReferenceQuery q = m_impl->reference_query(reference);
  auto found = m_impl->find(q);
  if (!found) {
    throw Error(Errc::not_found, "no complaint " + m_impl->describe(q) + " in this ledger");
  }
  m_impl->fill_readings(*found);
  return std::move(*found);
}

std::vector<Event> Ledger::events(std::int64_t complaint_id) {
  std::vector<Event> events;
  m_impl->store->events_of(complaint_id, [&](const Event& e) { events.push_back(e); });
  return events;
}

namespace {

void check_names(const std::vector<std::string>& given, const std::vector<std::string>& known,
                 const char* option) {
  for (const auto& name : given) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw Error(Errc::usage, std::string(option) + ": unknown value '" + name + "'",
                  util::suggestion_hint(name, known));
    }
  }
}

} // namespace

void Ledger::check(const ComplaintFilter& filter) const {
  const Policy& p = m_impl->policy;
  check_names(filter.statuses, status_names(), "--status");
  check_names(filter.severities, p.severity_names(), "--severity");
  check_names(filter.categories, p.category_names(), "--category");
  check_names(filter.channels, p.channels, "--channel");
}

bool Ledger::Impl::followup_due(const Complaint& c) const {
  const auto resolved = c.last_resolved_at();
  if (c.status != Status::resolved || c.satisfaction || !resolved) {
    return false;
  }
  const Duration after = policy.followup.ask_after.value_or(Duration{0, DurationUnit::minutes});
  return calendar.due(*resolved, Target{after, ClockKind::business}) <= as_of;
}

void Ledger::list(const ComplaintFilter& filter, const std::function<void(const Complaint&)>& sink) {
  check(filter);
  // SLA filters need the readings, so they run here after the query; the query is narrowed
  // first where that is exact (at-risk clocks only exist on open complaints, a follow-up is
  // only due on a resolved one), and the limit is applied to what passes.
  const bool post = filter.at_risk || filter.breached || filter.followup_due;
  ComplaintFilter query = filter;
  if (post) {
    query.limit.reset();
    query.open_only = filter.open_only || filter.at_risk;
    if (filter.followup_due && query.statuses.empty()) {
      query.statuses = {"resolved"};
    }
  }
  std::int64_t passed = 0;
  {
    m_impl->store->select_complaints(query, [&](Complaint& c) {
      if (filter.limit && passed >= *filter.limit) {
        return;
      }
      m_impl->fill_readings(c, false);
      const auto any = [&c](SlaState s, bool unsettled_only) {
        for (const SlaClock* clock : {&c.acknowledge, &c.resolve, &c.reopened}) {
          if (clock->started && clock->reading.state == s && !(unsettled_only && clock->settled)) {
            return true;
          }
        }
        return false;
      };
      if ((filter.at_risk && !any(SlaState::at_risk, true)) ||
          (filter.breached && !any(SlaState::breached, false)) ||
          (filter.followup_due && !m_impl->followup_due(c))) {
        return;
      }
      ++passed;
      sink(c);
    });
  }
}

} // namespace redress
