// Ledger::sweep — the cron job: escalate late complaints, close old resolved ones.

#include "ledger/erasure.hpp"
#include "ledger/verify_checks.hpp"
#include "ledger/identity.hpp"
#include "ledger/ledger_impl.hpp"

#include <redress/error.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace redress {

namespace {

// The clock that makes a complaint late or nearly late, and how: breached beats at-risk,
// the resolve clock names itself over the acknowledge clock only when it is worse.
struct Lateness {
  SlaState state = SlaState::running;
  const char* clock = "";
};

Lateness lateness(const Complaint& c) {
  Lateness worst;
  for (const auto& [name, clock] : {std::pair{"acknowledge", &c.acknowledge},
                                    std::pair{c.reopened.started ? "reopened" : "resolve", &c.current_resolve()}}) {
    if (clock->settled) {
      continue; // met or breached once and for all; nothing left to escalate for
    }
    const SlaState s = clock->reading.state;
    if (s == SlaState::breached || (s == SlaState::at_risk && worst.state != SlaState::breached)) {
      worst = {s, name};
    }
  }
  return worst;
}

// The instant a complaint's personal data may be kept until: `period` after `closure`, whole
// years on the UTC calendar (29 February to 28 February), a duration in calendar time.
Instant kept_until(Instant closure, const RetentionPeriod& period, const BusinessCalendar& calendar) {
  if (period.duration) {
    return calendar.due(closure, Target{*period.duration, ClockKind::calendar});
  }
  const auto day = date::floor<date::days>(closure);
  const date::year_month_day ymd{day};
  date::year_month_day later = ymd + date::years{period.years};
  if (!later.ok()) {
    later = later.year() / later.month() / date::last;
  }
  return date::sys_days{later} + (closure - day);
}

// Sweep's retention (redress/erasure.hpp): erases the complaints closed longer ago than the
// policy keeps personal data, then erases or rebuilds their customers' rows.
void sweep_retention(Ledger::Impl& impl, bool dry_run, const std::string& actor, std::vector<SweepAction>& actions,
                     std::set<std::string>& files) {
  const auto& period = impl.policy.retention.personal_data;
  if (!period) {
    return;
  }
  store::Store& store = *impl.store;
  std::vector<std::pair<Complaint, Instant>> due;
  ComplaintFilter filter;
  filter.statuses = {"closed", "rejected", "withdrawn"};
  filter.sort = "reference";
  store.select_complaints(filter, [&](Complaint& c) {
    const auto closure = closure_of(c);
    if (!closure || c.last_event_at > impl.as_of || kept_until(*closure, *period, impl.calendar) > impl.as_of) {
      return;
    }
    if (c.summary.empty() && c.customer.name.empty()) {
      return; // erased already (a filed complaint has a summary): its events are not read again
    }
    due.emplace_back(std::move(c), *closure);
  });
  const ErasureRecord record{"retention: personal data is kept " + to_string(*period) + " after closure",
                             actor, impl.as_of, to_string(*period)};
  std::set<std::int64_t> customers;
  for (const auto& [c, closure] : due) {
    if (dry_run) {
      std::vector<Event> events;
      store.events_of(c.id, [&](const Event& e) { events.push_back(e); });
      if (std::none_of(events.begin(), events.end(), [](const Event& e) { return e.personal.has_value(); })) {
        continue;
      }
    } else if (!erase_complaint(store, c, record, files)) {
      continue;
    }
    customers.insert(c.customer_id);
    actions.push_back({c.reference, "erased",
                       fmt::format("{} {}, more than {} ago", to_string(c.status),
                                   format_local_short(closure, impl.zone), to_string(*period))});
  }
  if (dry_run) {
    return;
  }
  for (const std::int64_t id : customers) {
    bool all = true;
    for (const std::string& reference : store.complaints_of_customer(id)) {
      const auto c = store.find_complaint(reference);
      std::vector<Event> events;
      store.events_of(c->id, [&](const Event& e) { events.push_back(e); });
      all = all && is_erased(events);
    }
    if (all) {
      store.erase_customer(id);
    } else if (const auto details = rebuilt_customer(store, id)) {
      // What their complaints that stay give, as verify rebuilds it: filings and corrections.
      store.update_customer(id, *details, name_key(*details, impl.digest_key()));
    }
  }
}

} // namespace

std::vector<SweepAction> Ledger::sweep(bool dry_run, const std::string& actor, bool* scrubbed) {
  Impl& impl = *m_impl;
  const Policy& policy = impl.policy;
  const Instant at = impl.as_of;
  std::vector<SweepAction> actions;
  std::set<std::string> files; // of the complaints erased

  const auto work = [&] {
    // Collect first: the rows are updated below, and a scan must not see its own writes.
    std::vector<Complaint> candidates;
    ComplaintFilter filter;
    filter.statuses = {"new", "acknowledged", "investigating", "waiting", "resolved"};
    filter.sort = "reference";
    impl.store->select_complaints(filter, [&](Complaint& c) { candidates.push_back(std::move(c)); });

    for (Complaint& c : candidates) {
      if (c.last_event_at > at) {
        continue; // --as-of before this complaint's newest event: nothing to say about then
      }
      impl.fill_readings(c);
      StepRequest request;
      request.at = at;
      std::string description;
      if (is_open(c.status)) {
        const Lateness late = lateness(c);
        const int level = late.state == SlaState::breached ? policy.escalation.breached
                          : late.state == SlaState::at_risk ? policy.escalation.at_risk
                                                            : 0;
        if (level <= c.escalation_level) {
          continue;
        }
        const std::string& name = policy.escalation.levels[static_cast<std::size_t>(level - 1)];
        request.step = Step::escalate;
        request.level = name;
        request.text = fmt::format("{} target {}", late.clock, to_string(late.state));
        actions.push_back({c.reference, "escalated",
                           fmt::format("to {} (level {}): {}", name, level, *request.text)});
      } else {
        const auto resolved = c.last_resolved_at();
        if (!policy.followup.close_after || !resolved) {
          continue;
        }
        const Instant close_at =
            impl.calendar.due(*resolved, Target{*policy.followup.close_after, ClockKind::business});
        if (close_at > at) {
          continue;
        }
        request.step = Step::close;
        actions.push_back({c.reference, "closed",
                           fmt::format("resolved {}, more than {} ago", format_local_short(*resolved, impl.zone),
                                       to_string(*policy.followup.close_after))});
      }
      if (!dry_run) {
        record_step(*impl.store, c, request, at, policy, impl.calendar, actor, impl.zone);
      }
    }
    sweep_retention(impl, dry_run, actor, actions, files);
  };
  if (dry_run) {
    impl.store->snapshot(work);
  } else {
    impl.store->write(work);
    if (std::any_of(actions.begin(), actions.end(), [](const SweepAction& a) { return a.action == "erased"; })) {
      remove_erased_files(*impl.store, files);
      const bool done = scrub(*impl.store);
      if (scrubbed != nullptr) {
        *scrubbed = done;
      }
    }
  }
  if (policy.messages.on_followup == std::string("survey")) {
    send_surveys(dry_run, actor, actions);
  }
  return actions;
}

void Ledger::send_surveys(bool dry_run, const std::string& actor, std::vector<SweepAction>& actions) {
  Impl& impl = *m_impl;
  std::vector<Complaint> due;
  ComplaintFilter filter;
  filter.statuses = {"resolved"};
  filter.sort = "reference";
  impl.store->select_complaints(filter, [&](Complaint& c) {
    if (!c.confidential && impl.followup_due(c)) {
      due.push_back(std::move(c));
    }
  });
  for (const Complaint& c : due) {
    MessageRequest request;
    request.kind = MessageKind::survey;
    try {
      MessageResult rendered = message(c.reference, request, actor);
      if (rendered.message.told_at || rendered.message.recipient.empty()) {
        continue; // surveyed once for this resolution; or nobody to ask
      }
      const std::string how = fmt::format("by {} in {}", rendered.message.channel, rendered.message.language);
      if (dry_run) {
        actions.push_back({c.reference, "surveyed", how});
        continue;
      }
      request.send = true;
      message(c.reference, request, actor);
      actions.push_back({c.reference, "surveyed", how});
    } catch (const Error& e) {
      actions.push_back({c.reference, "survey failed", e.what()});
    }
  }
}

} // namespace redress
