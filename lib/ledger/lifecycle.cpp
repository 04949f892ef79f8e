// Ledger::act — the lifecycle steps and the status machine (lifecycle.hpp has the table).

#include "ledger/clocks.hpp"
#include "ledger/corrections.hpp"
#include "ledger/evidence.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/projection.hpp"
#include "ledger/search_document.hpp"
#include "ledger/step_input.hpp"

#include "util/fold.hpp"
#include "util/money.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>

namespace redress {

namespace {

using Json = nlohmann::json;

constexpr std::array<std::pair<Step, std::string_view>, 16> k_steps{{
    {Step::ack, "ack"},           {Step::assign, "assign"},   {Step::note, "note"},
    {Step::wait, "wait"},         {Step::resume, "resume"},   {Step::escalate, "escalate"},
    {Step::change, "change"},     {Step::resolve, "resolve"}, {Step::reject, "reject"},
    {Step::withdraw, "withdraw"}, {Step::reopen, "reopen"},   {Step::followup, "followup"},
    {Step::close, "close"},       {Step::attach, "attach"},   {Step::amend, "amend"},
    {Step::undo, "undo"},
}};

// The event type each step appends.
std::string event_type(Step step) {
  switch (step) {
  case Step::ack: return "acknowledged";
  case Step::assign: return "assigned";
  case Step::note: return "noted";
  case Step::wait: return "waiting";
  case Step::resume: return "resumed";
  case Step::escalate: return "escalated";
  case Step::change: return "changed";
  case Step::resolve: return "resolved";
  case Step::reject: return "rejected";
  case Step::withdraw: return "withdrawn";
  case Step::reopen: return "reopened";
  case Step::followup: return "followed_up";
  case Step::close: return "closed";
  case Step::attach: return "attached";
  case Step::amend: return "amended";
  case Step::undo: return "undone";
  }
  return "unknown";
}

bool allowed(const Complaint& c, Step step) {
  const Status s = c.status;
  const bool open = is_open(s);
  switch (step) {
  case Step::ack:
    return s == Status::new_ ||
           ((s == Status::investigating || s == Status::waiting) && !c.acknowledge.settled_at);
  case Step::assign:
  case Step::escalate:
  case Step::change:
  case Step::resolve:
  case Step::reject:
  case Step::withdraw:
    return open;
  case Step::note:
  case Step::attach:
  case Step::amend: // a closed one only with --force (corrections.cpp)
  case Step::undo:  // when it has a step to undo (corrections.cpp)
    return true;
  case Step::wait:
    return s == Status::acknowledged || s == Status::investigating;
  case Step::resume:
    return s == Status::waiting;
  case Step::reopen:
    return s == Status::resolved || s == Status::closed || s == Status::rejected;
  case Step::followup:
    return s == Status::resolved || s == Status::closed;
  case Step::close:
    return s == Status::resolved;
  }
  return false;
}

// The policy's own spelling of a name given on the command line (matched once folded:
// `--outcome Refund`); Error{refused} with a did-you-mean when it names nothing.
std::string known_name(const std::string& value, const std::vector<std::string>& known, const char* what) {
  if (auto name = util::match_name(value, known)) {
    return *name;
  }
  throw Error(Errc::refused, std::string("unknown ") + what + " '" + value + "'",
              util::suggestion_hint(value, known));
}


std::optional<Money> parse_compensation(const StepRequest& r, const Policy& policy) {
  if (!r.amount) {
    if (r.currency) {
      throw Error(Errc::usage, "--currency needs --amount");
    }
    return std::nullopt;
  }
  const std::string currency = r.currency.value_or(policy.currency);
  const util::ParsedMoney money = util::parse_money(*r.amount, currency);
  if (money.problem) {
    throw Error(Errc::invalid_input,
                (money.problem->currency ? "--currency " : "--amount ") + money.problem->message,
                money.problem->hint);
  }
  return Money{*money.minor, currency};
}

// Applies the step to `c` (already checked against the status machine). Returns the event's
// facts that are not projection fields; personal text goes to `personal`.
// What a step works with besides the request.
struct StepContext {
  Instant at;
  const Policy& policy;
  const BusinessCalendar& calendar;
  const TimeZone& zone;
  const std::function<const std::vector<Event>&()>& events; // the complaint's, read on first use
  const std::vector<RecordedFile>& files;                   // evidence stored for this step
};

Json apply_step(Complaint& c, const StepRequest& r, const StepContext& x, Json& personal) {
  const Instant at = x.at;
  const Policy& policy = x.policy;
  const BusinessCalendar& calendar = x.calendar;
  const auto pauses = [&x] { return pause_intervals(x.events()); };
  Json facts = Json::object();
  const auto keep_text = [&](const char* key, const char* option, bool required) {
    const std::string text = checked_text(r.text, option, required);
    if (!text.empty()) {
      personal[key] = text;
    }
  };
  switch (r.step) {
  case Step::ack:
    keep_text("note", "--note", false);
    settle(c.acknowledge, at, c.paused_since, calendar); // its share of a running wait does not count
    if (c.status == Status::new_) {
      c.status = Status::acknowledged;
    }
    break;
  case Step::assign:
    c.assignee = checked_text(r.assignee, "--to", true, util::TextKind::name);
    if (r.team) {
      c.team = checked_text(r.team, "--team", true, util::TextKind::name);
    }
    if (c.status == Status::new_ || c.status == Status::acknowledged) {
      c.status = Status::investigating;
    }
    break;
  case Step::note:
    keep_text("text", "the note", true);
    facts["visible"] = r.visible;
    add_evidence(c, r.evidence_notes, x.files, facts, personal);
    break;
  case Step::attach:
    if (x.files.empty() && r.evidence_notes.empty()) {
      throw Error(Errc::usage, "nothing to attach", "give one or more FILEs, or --evidence-note TEXT");
    }
    keep_text("note", "--note", false);
    add_evidence(c, r.evidence_notes, x.files, facts, personal);
    break;
  case Step::amend:
    facts = apply_amend(c, r, policy, calendar, x.events(), x.zone, personal);
    break;
  case Step::undo:
    break; // record_step() rebuilds the complaint as it was before the step it undoes
  case Step::wait:
    keep_text("reason", "--reason", false);
    c.status = Status::waiting;
    c.paused_since = at;
    break;
  case Step::resume:
    keep_text("reason", "--reason", false);
    end_pause(c, at, calendar);
    c.status = Status::investigating;
    break;
  case Step::escalate: {
    keep_text("reason", "--reason", false);
    const auto& levels = policy.escalation.levels;
    if (levels.empty()) {
      throw Error(Errc::refused, "the policy names no escalation levels",
                  "add [escalation] levels = [...] to policy.toml");
    }
    int level = c.escalation_level + 1;
    if (r.level) {
      const std::string name = known_name(*r.level, levels, "escalation level");
      level = static_cast<int>(std::find(levels.begin(), levels.end(), name) - levels.begin()) + 1;
      if (level <= c.escalation_level) {
        throw Error(Errc::refused,
                    fmt::format("{} is already at level {} ({})", c.reference, c.escalation_level,
                                levels[static_cast<std::size_t>(c.escalation_level - 1)]),
                    "escalation only goes up");
      }
    } else if (level > static_cast<int>(levels.size())) {
      throw Error(Errc::refused,
                  fmt::format("{} is already at the highest escalation level ({})", c.reference,
                              levels.back()));
    }
    c.escalation_level = level;
    facts["level_name"] = levels[static_cast<std::size_t>(level - 1)];
    break;
  }
  case Step::change: {
    if (!r.severity && !r.category && !r.product && r.fields.empty()) {
      throw Error(Errc::usage, "nothing to change", "give --severity, --category, --product or --field");
    }
    Json from = Json::object();
    Json field_from = Json::object();
    Json personal_field_from = Json::object();
    change_fields(c, r.fields, policy, field_from, personal_field_from);
    if (!field_from.empty()) {
      from["fields"] = field_from;
    }
    if (!personal_field_from.empty()) {
      personal["from"] = Json{{"fields", personal_field_from}};
    }
    // Names are taken as the policy calls them now; a name that stands for what the complaint
    // has already (its old spelling, or the new one of its old name) changes nothing.
    std::string renamed; // a requested name that is another spelling of the stored one
    if (r.severity) {
      const std::string& now = policy.require_name(NameKind::severity, *r.severity, Errc::refused);
      if (!policy.names(NameKind::severity).same(now, c.severity)) {
        from["severity"] = c.severity;
        c.severity = now;
      } else if (now != c.severity) {
        renamed = "severity '" + c.severity + "' is called '" + now + "' now";
      }
    }
    if (r.category) {
      const std::string& now = policy.require_name(NameKind::category, *r.category, Errc::refused);
      if (!policy.names(NameKind::category).same(now, c.category)) {
        from["category"] = c.category;
        const CategoryPolicy* old_category = policy.find_category(c.category);
        const CategoryPolicy* new_category = policy.find_category(now);
        // The complaint moves to the new category's team unless someone chose another one.
        const bool default_team = !c.team || (old_category != nullptr && c.team == old_category->team);
        if (new_category->team && default_team) {
          c.team = new_category->team;
        }
        c.category = now;
      } else if (now != c.category) {
        renamed = "category '" + c.category + "' is called '" + now + "' now";
      }
    }
    const std::optional<std::string> product =
        r.product ? std::optional(util::nfc(*r.product)) : std::nullopt;
    if (product && product != c.product) {
      from["product"] = c.product ? Json(*c.product) : Json(nullptr);
      c.product = product->empty() ? std::nullopt : std::optional<std::string>(checked_text(product, "--product", false, util::TextKind::line));
    }
    if (from.empty() && personal_field_from.empty()) {
      throw Error(Errc::refused, c.reference + " already has those values; nothing was changed",
                  renamed.empty() ? std::string() : renamed + " (a rename in the policy): the complaint keeps the name it was filed under");
    }
    if (from.contains("severity") || from.contains("category")) {
      // A name that is in the policy under no name any more has no targets to recompute with.
      for (const auto& [kind, name] : {std::pair(NameKind::severity, &c.severity), std::pair(NameKind::category, &c.category)}) {
        if (policy.current_name(kind, *name) == nullptr) {
          const std::string noun(to_string(kind));
          throw Error(Errc::refused,
                      c.reference + " has " + noun + " '" + *name + "', which the policy no longer has",
                      "give --" + noun + " too, or list it in the policy as an old name: was = [\"" + *name +
                          "\"] in the [" + noun + ".NAME] that replaced it");
        }
      }
      const std::vector<PauseInterval> taken = pauses();
      const Target resolve = policy.resolve_target(c.severity, c.category);
      retarget(c.acknowledge, policy.acknowledge_target(c.severity, c.category), calendar, taken);
      retarget(c.resolve, resolve, calendar, taken);
      retarget(c.reopened, resolve, calendar, taken);
      facts["recomputed"] = true;
    }
    facts["from"] = from;
    break;
  }
  case Step::resolve: {
    if (!r.outcome) {
      throw Error(Errc::usage, "--outcome is required", "outcomes: " + util::join(policy.outcome_names(), ", "));
    }
    const std::string& outcome = policy.require_name(NameKind::outcome, *r.outcome, Errc::refused);
    const std::optional<Money> compensation = parse_compensation(r, policy);
    keep_text("note", "--note", false);
    end_pause(c, at, calendar);
    settle(c.acknowledge, at, std::nullopt, calendar); // a front-line resolution counts as acknowledged
    settle(c.current_resolve(), at, std::nullopt, calendar);
    c.status = Status::resolved;
    c.outcome = outcome;
    c.compensation = compensation;
    c.root_cause = r.root_cause ? std::optional<std::string>(checked_text(r.root_cause, "--root-cause", false, util::TextKind::line))
                                : std::nullopt;
    if (c.root_cause && c.root_cause->empty()) {
      c.root_cause.reset();
    }
    add_evidence(c, r.evidence_notes, x.files, facts, personal);
    break;
  }
  case Step::reject:
  case Step::withdraw:
    keep_text("reason", "--reason", r.step == Step::reject);
    end_pause(c, at, calendar);
    settle(c.acknowledge, at, std::nullopt, calendar);
    settle(c.current_resolve(), at, std::nullopt, calendar);
    c.status = r.step == Step::reject ? Status::rejected : Status::withdrawn;
    break;
  case Step::reopen:
    keep_text("reason", "--reason", true);
    c.status = Status::investigating;
    c.closed_at.reset();
    start_reopened(c, at, calendar); // the first resolution's outcome stays as it was settled
    break;
  case Step::followup:
    if (!r.score || *r.score < 1 || *r.score > 5) {
      throw Error(Errc::invalid_input, "--score must be a whole number from 1 to 5");
    }
    keep_text("comment", "--comment", false);
    c.satisfaction = r.score;
    break;
  case Step::close:
    c.status = Status::closed;
    c.closed_at = at;
    break;
  }
  return facts;
}

} // namespace

void check_name(const std::string& value, const std::vector<std::string>& known, const char* what) {
  if (std::find(known.begin(), known.end(), value) == known.end()) {
    throw Error(Errc::refused, std::string("unknown ") + what + " '" + value + "'",
                util::suggestion_hint(value, known));
  }
}

std::string checked_text(const std::optional<std::string>& text, const char* option, bool required,
                         util::TextKind kind) {
  if (!text || text->empty()) {
    if (required) {
      throw Error(Errc::invalid_input, std::string(option) + " is empty", std::string("give ") + option + " TEXT");
    }
    return {};
  }
  if (auto problem = util::text_problem(*text, kind)) {
    throw Error(Errc::invalid_input, std::string(option) + " " + *problem);
  }
  return util::nfc(*text); // stored as NFC (util/fold.hpp)
}

std::string_view to_string(Step step) {
  for (const auto& [s, name] : k_steps) {
    if (s == step) {
      return name;
    }
  }
  return "unknown";
}

std::vector<Step> allowed_steps(const Complaint& c) {
  std::vector<Step> steps;
  for (const auto& [step, name] : k_steps) {
    if (allowed(c, step)) {
      steps.push_back(step);
    }
  }
  return steps;
}

void check_step(const Complaint& c, Step step) {
  if (allowed(c, step)) {
    return;
  }
  std::vector<std::string> names;
  for (const Step s : allowed_steps(c)) {
    names.emplace_back(to_string(s));
  }
  const std::string status(to_string(c.status));
  std::string what = fmt::format("cannot {} {}: it is {}", to_string(step), c.reference, status);
  if (step == Step::ack && c.acknowledge.settled_at && c.status != Status::acknowledged) {
    what += " and already acknowledged";
  }
  throw Error(Errc::refused, what, "allowed from " + status + ": " + util::join(names, ", "));
}

Complaint record_step(store::Store& store, const Complaint& before, const StepRequest& r,
                      Instant at, const Policy& policy, const BusinessCalendar& calendar,
                      const std::string& actor, const TimeZone& zone,
                      const std::vector<RecordedFile>& files) {
  check_step(before, r.step);
  std::optional<std::vector<Event>> events;
  const std::function<const std::vector<Event>&()> load = [&]() -> const std::vector<Event>& {
    if (!events) {
      events.emplace();
      store.events_of(before.id, [&](const Event& e) { events->push_back(e); });
    }
    return *events;
  };
  Complaint after = before;
  Json personal = Json::object();
  Json facts = Json::object();
  if (r.step == Step::undo) {
    UndoPlan plan = plan_undo(before, load());
    personal["reason"] = checked_text(r.text, "--reason", true, util::TextKind::line);
    facts["undoes"] = plan.step->id;
    facts["undone_type"] = plan.step->type;
    after = std::move(plan.restored);
  } else {
    facts = apply_step(after, r, StepContext{at, policy, calendar, zone, load, files}, personal);
  }
  after.last_event_at = at;
  Json data = changed_fields(before, after);
  data.update(changed_identity(before, after));
  data.update(facts);
  // Texts the step changed, as the complaint now has them (replay reads them back).
  const Json texts = changed_texts(before, after); // kept: items() refers to it
  for (const auto& [key, value] : texts.items()) {
    personal[key] = value;
  }
  store.append_event(Event{0, before.id, at, now(), util::nfc(actor), event_type(r.step), data.dump(),
                                 personal.empty() ? std::nullopt
                                                  : std::optional<std::string>(personal.dump())});
  store.update_complaint(after);
  const bool moved = after.received_at != before.received_at;
  if (moved) {
    store.refresh_first_seen(after.customer_id);
    store.unindex_texts(before); // the index places a document by its time of receipt
  }
  if (moved || changes_search_document(before, after, !personal.empty())) {
    std::vector<Event> with_this_one; // the events so far, the one just appended too
    store.events_of(before.id, [&with_this_one](const Event& e) { with_this_one.push_back(e); });
    store.index_texts(after, search_document(after, with_this_one));
  }
  return after;
}

Complaint Ledger::act(std::string_view reference, const StepRequest& r, const std::string& actor,
                      Complaint* previous) {
  Impl& impl = *m_impl;
  const ReferenceQuery query = impl.reference_query(reference);
  // Opened before anything is written: a missing file leaves the ledger as it was.
  const std::vector<EvidenceSource> sources = open_evidence(r.evidence, impl.policy.evidence_max_bytes);
  Complaint after;
  impl.store->write([&] {
    const auto found = impl.find(query);
    if (!found) {
      throw Error(Errc::not_found, "no complaint " + impl.describe(query) + " in this ledger");
    }
    const Complaint& before = *found;
    check_step(before, r.step);
    const Instant at = r.at.value_or(impl.as_of);
    if (at > impl.as_of) {
      throw Error(Errc::invalid_input, "--at " + format_local(at, impl.zone) + " is in the future",
                  "give the time it really happened");
    }
    if (at < before.last_event_at) {
      throw Error(Errc::invalid_input,
                  "--at " + format_local(at, impl.zone) + " is before " + before.reference +
                      "'s last event (" + format_local(before.last_event_at, impl.zone) + ")",
                  "steps are recorded in the order they happened");
    }
    if (r.received_at && *r.received_at > impl.as_of) {
      throw Error(Errc::invalid_input, "--received-at " + format_local(*r.received_at, impl.zone) + " is in the future",
                  "give the time the complaint was really received");
    }
    EvidenceBatch batch(impl.store->evidence());
    const std::vector<RecordedFile> files = batch.put(sources, impl.policy.evidence_max_bytes);
    after = record_step(*impl.store, before, r, at, impl.policy, impl.calendar, actor, impl.zone, files);
    batch.keep();
    if (previous != nullptr) {
      *previous = before;
    }
  });
  impl.fill_readings(after);
  return after;
}

} // namespace redress
