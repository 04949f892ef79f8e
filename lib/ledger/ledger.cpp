#include "ledger/ledger_impl.hpp"

#include "store/complaints_table.hpp"
#include "store/events_table.hpp"
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
  std::optional<Policy> policy;
  auto db = store::Database::open_existing(paths.db, access == Access::read,
                                           [&] { policy = load_policy(paths.policy.string()); });
  BusinessCalendar calendar(policy->calendar);
  TimeZone zone = TimeZone::locate(policy->timezone);
  return Ledger(std::make_unique<Impl>(Impl{paths, std::move(*policy), std::move(calendar), zone,
                                            as_of, std::move(db), nullptr}));
}

WriteStatements& Ledger::Impl::statements() {
  if (!write_statements) {
    write_statements = db.guarded([&] { return std::make_unique<WriteStatements>(db.handle()); });
  }
  return *write_statements;
}

const Policy& Ledger::policy() const { return m_impl->policy; }
const BusinessCalendar& Ledger::calendar() const { return m_impl->calendar; }
const TimeZone& Ledger::zone() const { return m_impl->zone; }
Instant Ledger::as_of() const { return m_impl->as_of; }
void Ledger::set_as_of(Instant t) { m_impl->as_of = t; }

// The calls inside nest their own write() as savepoints (store::Database::write).
void Ledger::batch(const std::function<void()>& work) { m_impl->db.write(work); }

void Ledger::Impl::fill_readings(Complaint& c, bool spans) const {
  for (SlaClock* clock : {&c.acknowledge, &c.resolve}) {
    if (!clock->due || !clock->started) {
      clock->reading = SlaReading{};
      continue;
    }
    if (clock->settled && !spans) {
      clock->reading = SlaReading{*clock->settled, Seconds{0}, Seconds{0}};
      continue;
    }
    SlaTrack track{*clock->started, *clock->due, ClockKind::business, c.paused_since,
                   clock->settled_at, clock->paused};
    if (clock->target && clock->target->find("calendar") != std::string::npos) {
      track.clock = ClockKind::calendar;
    }
    clock->reading = read_sla(calendar, track, as_of, policy.warn_at);
    if (clock->settled) { // settled outcomes are stored facts, never re-derived
      clock->reading.state = *clock->settled;
    }
  }
}

std::string Ledger::Impl::format_reference(int year, std::int64_t seq) const {
  return fmt::format("{}-{:04}-{:05}", policy.reference_prefix, year, seq);
}

std::string Ledger::Impl::canonical_reference(std::string_view text) const {
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
  // PREFIX-YYYY-N (prefix [A-Z][A-Z0-9]*, N of 1-9 digits), or N alone. Matched by hand:
  // compiling a std::regex cost each command more than the lookup itself.
  const auto digits = [](std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view u(upper);
  const auto second = u.rfind('-');
  const auto first = second == std::string_view::npos || second == 0 ? std::string_view::npos
                                                                      : u.rfind('-', second - 1);
  if (first != std::string_view::npos) {
    const std::string_view prefix = u.substr(0, first);
    const std::string_view year = u.substr(first + 1, second - first - 1);
    const std::string_view seq = u.substr(second + 1);
    const bool prefix_ok =
        !prefix.empty() && prefix[0] >= 'A' && prefix[0] <= 'Z' &&
        std::all_of(prefix.begin(), prefix.end(),
                    [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    if (prefix_ok && digits(year, 4, 4) && digits(seq, 1, 9)) {
      return fmt::format("{}-{}-{:05}", prefix, year, std::stoll(std::string(seq)));
    }
  }
  if (digits(u, 1, 9)) {
    return format_reference(to_local(as_of, zone).year, std::stoll(upper));
  }
  throw Error(Errc::usage, "'" + std::string(text) + "' is not a reference",
              "give a reference such as " + format_reference(to_local(as_of, zone).year, 42) +
                  ", or just its number within this year");
}

Complaint Ledger::get(std::string_view reference) {
  const std::string canonical = m_impl->canonical_reference(reference);
  auto found = m_impl->db.guarded([&] { return store::find_complaint(m_impl->db.handle(), canonical); });
  if (!found) {
    throw Error(Errc::not_found, "no complaint " + canonical + " in this ledger");
  }
  m_impl->fill_readings(*found);
  return std::move(*found);
}

std::vector<Event> Ledger::events(std::int64_t complaint_id) {
  return m_impl->db.guarded([&] { return store::events_of(m_impl->db.handle(), complaint_id); });
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
  if (c.status != Status::resolved || c.satisfaction || !c.resolve.settled_at) {
    return false;
  }
  const Duration after = policy.followup.ask_after.value_or(Duration{0, DurationUnit::minutes});
  return calendar.due(*c.resolve.settled_at, Target{after, ClockKind::business}) <= as_of;
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
  m_impl->db.guarded([&] {
    store::select_complaints(m_impl->db.handle(), query, [&](Complaint& c) {
      if (filter.limit && passed >= *filter.limit) {
        return;
      }
      m_impl->fill_readings(c, false);
      const auto any = [&c](SlaState s, bool unsettled_only) {
        for (const SlaClock* clock : {&c.acknowledge, &c.resolve}) {
          if (clock->reading.state == s && !(unsettled_only && clock->settled)) {
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
  });
}

} // namespace redress
