#include "ledger/clocks.hpp"
#include "ledger/identity.hpp"
#include "ledger/fields.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/reference.hpp"
#include "util/permissions.hpp"

#include <redress/suggest.hpp>

#include "util/fold.hpp"

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
  std::error_code ec;
  if (paths.store.empty() || std::filesystem::exists(paths.dir, ec)) {
    util::refuse_world_writable(paths.dir, "replace the ledger's files");
  }
  std::optional<Policy> policy;
  std::unique_ptr<store::Store> store;
  if (!paths.store.empty()) {
    // PostgreSQL: the policy every host files under is kept in the database.
    store = store::open_postgresql(paths.store, access == Access::read);
    auto parsed = parse_policy(*store->kept_policy(), policy_source(paths));
    if (parsed.problem) {
      throw_policy_problems(parsed);
    }
    policy = std::move(parsed.policy);
  } else {
    util::refuse_world_writable(paths.policy, "change the rules the ledger applies");
    store = store::open_sqlite(paths.db, access == Access::read,
                               [&] { policy = load_policy(paths.policy.string()); });
  }
  BusinessCalendar calendar(policy->calendar);
  TimeZone zone = TimeZone::locate(policy->timezone);
  return Ledger(std::make_unique<Impl>(Impl{paths, std::move(*policy), std::move(calendar), zone,
                                            as_of, std::move(store), std::nullopt}));
}

const Policy& Ledger::policy() const { return m_impl->policy; }

std::string Ledger::set_policy(const std::string& text, const std::string& source_name, const std::string& actor) {
  Impl& impl = *m_impl;
  if (impl.paths.store.empty()) {
    throw Error(Errc::refused, "this ledger's policy is its file " + impl.paths.policy.string(),
                "edit that file; 'redress policy check' validates it");
  }
  auto parsed = parse_policy(text, source_name);
  if (parsed.problem) {
    throw_policy_problems(parsed);
  }
  const std::string digest = parsed.policy->digest;
  impl.store->write([&] {
    impl.store->record_policy(digest, text, now());
    impl.store->keep_policy(digest, actor);
  });
  impl.policy = std::move(*parsed.policy);
  return digest;
}
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

// Each name in `given` becomes the spelling `known` has for it (matched once folded: `--channel
// E-POSTA` is 'e-pošta'); Error{usage} with a did-you-mean for one that names nothing, so a typo
// cannot silently match nothing.
void resolve_names(std::vector<std::string>& given, const std::vector<std::string>& known,
                   const char* option) {
  for (auto& name : given) {
    if (auto match = util::match_name(name, known)) {
      name = *match;
      continue;
    }
    throw Error(Errc::usage, std::string(option) + ": unknown value '" + name + "'",
                util::suggestion_hint(name, known));
  }
}

// A filter's names of one kind: each known to the policy (current or old), and spelled every
// way it may be stored, so that a renamed category finds the complaints filed under its old name.
void expand_names(std::vector<std::string>& given, const Policy& policy, NameKind kind, const char* option) {
  std::vector<std::string> all;
  for (const auto& name : given) {
    auto spellings = policy.names(kind).spellings(name);
    if (spellings.empty()) {
      throw Error(Errc::usage, std::string(option) + ": unknown value '" + name + "'",
                  util::suggestion_hint(name, policy.names(kind).names()));
    }
    for (auto& spelling : spellings) {
      if (std::find(all.begin(), all.end(), spelling) == all.end()) {
        all.push_back(std::move(spelling));
      }
    }
  }
  given = std::move(all);
}

} // namespace

const std::string& Ledger::Impl::digest_key() const {
  if (!digest_key_cache) {
    digest_key_cache = store->digest_key();
  }
  return *digest_key_cache;
}

ComplaintFilter Ledger::Impl::resolved(ComplaintFilter filter) const {
  resolve_names(filter.statuses, status_names(), "--status");
  expand_names(filter.severities, policy, NameKind::severity, "--severity");
  expand_names(filter.categories, policy, NameKind::category, "--category");
  expand_names(filter.channels, policy, NameKind::channel, "--channel");
  if (filter.customer) {
    filter.customer_keys = identity_keys_of(*filter.customer, digest_key());
    filter.customer_name_key = name_key_of(*filter.customer, digest_key());
  }
  filter.severity_order = policy.severity_names();
  filter.fields = canonical_fields(filter);
  return filter;
}

std::vector<std::string> Ledger::field_names() {
  std::vector<std::string> names = m_impl->policy.field_names();
  for (auto& name : m_impl->store->field_names()) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
  }
  return names;
}

std::vector<std::pair<std::string, std::string>> Ledger::Impl::canonical_fields(const ComplaintFilter& filter) const {
  std::vector<std::pair<std::string, std::string>> fields;
  std::optional<std::vector<std::string>> stored; // read once, only for an undeclared field
  for (const auto& [name, value] : filter.fields) {
    const FieldPolicy* declared = policy.find_field(name);
    if (declared == nullptr) {
      if (!stored) {
        stored = store->field_names();
      }
      if (std::find(stored->begin(), stored->end(), name) == stored->end()) {
        std::vector<std::string> known = policy.field_names();
        known.insert(known.end(), stored->begin(), stored->end());
        throw Error(Errc::usage, "--field: unknown field '" + name + "'",
                    known.empty() ? "the policy declares no fields" : util::suggestion_hint(name, known));
      }
    }
    const CheckedField checked = check_field_value(declared, value);
    if (checked.problem) {
      throw Error(Errc::invalid_input, "--field " + name + ": " + *checked.problem, checked.hint);
    }
    fields.emplace_back(name, util::fold(checked.value)); // `--field order_number=a-1234` finds A-1234
  }
  return fields;
}

void Ledger::check(const ComplaintFilter& filter) const { (void)m_impl->resolved(filter); }

bool Ledger::Impl::followup_due(const Complaint& c) const {
  const auto resolved = c.last_resolved_at();
  if (c.status != Status::resolved || c.satisfaction || !resolved) {
    return false;
  }
  const Duration after = policy.followup.ask_after.value_or(Duration{0, DurationUnit::minutes});
  return calendar.due(*resolved, Target{after, ClockKind::business}) <= as_of;
}

ComplaintFilter Ledger::Impl::store_query(const ComplaintFilter& filter) const {
  // SLA filters need the readings, so they run after the query (admits()); the query is
  // narrowed first where that is exact (at-risk clocks only exist on open complaints, a
  // follow-up is only due on a resolved one), and the limit is applied to what passes.
  ComplaintFilter query = filter;
  if (filter.at_risk || filter.breached || filter.followup_due) {
    query.limit.reset();
    query.open_only = filter.open_only || filter.at_risk;
    if (filter.followup_due && query.statuses.empty()) {
      query.statuses = {"resolved"};
    }
  }
  return query;
}

bool Ledger::Impl::admits(const ComplaintFilter& filter, Complaint& c) const {
  fill_readings(c, false);
  const auto any = [&c](SlaState s, bool unsettled_only) {
    for (const SlaClock* clock : {&c.acknowledge, &c.resolve, &c.reopened}) {
      if (clock->started && clock->reading.state == s && !(unsettled_only && clock->settled)) {
        return true;
      }
    }
    return false;
  };
  return !((filter.at_risk && !any(SlaState::at_risk, true)) ||
           (filter.breached && !any(SlaState::breached, false)) ||
           (filter.followup_due && !followup_due(c)));
}

void Ledger::list(const ComplaintFilter& given, const std::function<void(const Complaint&)>& sink) {
  const ComplaintFilter filter = m_impl->resolved(given);
  std::int64_t passed = 0;
  m_impl->store->select_complaints(m_impl->store_query(filter), [&](Complaint& c) {
    if ((filter.limit && passed >= *filter.limit) || !m_impl->admits(filter, c)) {
      return;
    }
    ++passed;
    sink(c);
  });
}

} // namespace redress
