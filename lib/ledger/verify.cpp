// Ledger::verify — is the ledger what redress wrote? (redress/verify.hpp has the checks.)

#include "ledger/ledger_impl.hpp"
#include "ledger/projection.hpp"
#include "ledger/reference.hpp"
#include "ledger/identity.hpp"
#include "ledger/replay.hpp"

#include "ledger/verify_checks.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace redress {

namespace {

using Json = nlohmann::json;

std::string describe(const Event& e, const std::string& reference) {
  return fmt::format("event {} ({}, {})", e.id, reference.empty() ? "no complaint" : reference,
                     e.type);
}

// A JSON value as a message shows it: strings quoted, null as "none".
std::string shown(const Json& v) {
  if (v.is_null()) {
    return "none";
  }
  if (v.is_string()) {
    return "'" + v.get<std::string>() + "'";
  }
  return v.dump();
}

// The evidence files events name, by digest: the size they were stored with and the first event
// that names each (for messages).
struct NamedFile {
  std::int64_t size = 0;
  std::string event;
  std::set<std::int64_t> complaints; // that name it
};
using NamedFiles = std::map<std::string, NamedFile>;

void collect_files(const Event& e, const std::string& name, NamedFiles& files) {
  if (e.data.find("\"evidence_files\"") == std::string::npos) {
    return; // most events have none: no parse
  }
  const Json data = Json::parse(e.data, nullptr, false);
  if (!data.is_object() || !data.contains("evidence_files") || !data.at("evidence_files").is_array()) {
    return;
  }
  for (const Json& f : data.at("evidence_files")) {
    if (f.is_object() && f.contains("sha256") && f.at("sha256").is_string()) {
      auto& file = files.emplace(f.at("sha256").get<std::string>(), NamedFile{f.value("size", std::int64_t{0}), name, {}})
                       .first->second;
      file.complaints.insert(e.complaint_id);
    }
  }
}

// Files only erased complaints name are removed by the erasure: not checked.
std::optional<std::string> check_evidence(store::Store& store, const NamedFiles& files,
                                          const std::set<std::int64_t>& erased, VerifyReport& report) {
  for (const auto& [sha256, file] : files) {
    if (std::all_of(file.complaints.begin(), file.complaints.end(),
                    [&](std::int64_t id) { return erased.count(id) > 0; })) {
      continue;
    }
    std::optional<std::string> problem;
    try {
      problem = store.evidence().check(sha256, file.size);
    } catch (const Error& e) {
      problem = e.what();
    }
    if (problem) {
      return *problem + " (named by " + file.event + ")";
    }
    ++report.evidence_files;
  }
  return std::nullopt;
}

// Each event's personal digest is keyed as store/chain.hpp says: with its complaint's own key
// from personal_keys_from() on, with the ledger's before. A personal text set to NULL beside a
// digest is an erasure's, and only an `erased` event of the same complaint after it makes it
// one: anything else removed text behind the tool's back. `erased` collects the complaints that
// have such an event.
std::optional<std::string> check_chain(store::Store& store, VerifyReport& report, NamedFiles& files,
                                       std::set<std::int64_t>& erased) {
  const std::string ledger_key = store.digest_key();
  const std::int64_t keys_from = store.personal_keys_from();
  std::optional<std::string> problem;
  std::string prev_hash;
  std::int64_t prev_id = 0;
  std::map<std::int64_t, std::string> blanked; // complaint -> its first blanked event, unexplained yet
  store.scan_chain([&](const store::ChainedEvent& c, const std::string& reference, const std::string& personal_key) {
    if (problem) {
      return;
    }
    const Event& e = c.event;
    const std::string name = describe(e, reference);
    if (e.id != prev_id + 1) {
      const std::string missing = e.id == prev_id + 2
                                      ? fmt::format("event {} is missing", prev_id + 1)
                                      : fmt::format("events {} to {} are missing", prev_id + 1, e.id - 1);
      problem = prev_id == 0 ? fmt::format("{}: the log starts at {}", missing, describe(e, reference))
                             : fmt::format("{}: the log goes from event {} to {}", missing, prev_id,
                                           describe(e, reference));
      return;
    }
    if (!c.hash || !c.prev_hash) {
      problem = name + " has no hash: redress did not write it";
      return;
    }
    if (*c.prev_hash != prev_hash) {
      problem = name + " does not chain to the event before it (its prev_hash differs)";
      return;
    }
    if (!e.personal && c.personal_digest) {
      blanked.emplace(e.complaint_id, name);
    } else if (e.personal) {
      std::string key;
      try {
        key = e.id < keys_from ? ledger_key : store::personal_key_bytes(personal_key);
      } catch (const Error&) {
        problem = name + ": its complaint has no personal key to check its digest with";
        return;
      }
      if (store::personal_digest(key, e.personal) != c.personal_digest) {
        problem = name + ": its personal text does not match its digest (it was changed after it "
                         "was written)";
        return;
      }
    }
    if (e.type == "erased") {
      blanked.erase(e.complaint_id);
      erased.insert(e.complaint_id);
    }
    if (store::event_hash(e, c.personal_digest, *c.prev_hash) != *c.hash) {
      problem = name + ": its contents do not match its hash (it was changed after it was written)";
      return;
    }
    prev_hash = *c.hash;
    prev_id = e.id;
    ++report.events;
    collect_files(e, name, files);
  });
  report.head_id = prev_id;
  report.head_hash = prev_hash;
  if (!problem && !blanked.empty()) {
    problem = blanked.begin()->second + ": its personal text was removed, and no erasure of its "
                                        "complaint follows it";
  }
  return problem;
}

// The facts of the first event that the projection row repeats and no later event changes (what
// `amend` corrects is compared after the replay, in check_complaint).
std::optional<std::string> check_first_event(const Complaint& stored, const Event& first) {
  const std::string where = stored.reference + " (event " + std::to_string(first.id) + ", " +
                            first.type + ")";
  if (first.type != "filed" && first.type != "imported") {
    return "complaint " + stored.reference + " starts with event " + std::to_string(first.id) +
           " of type " + first.type + ", not filed or imported";
  }
  const Json data = Json::parse(first.data);
  // Personal texts are named, not shown: an error line is no place for a customer's words.
  const auto differs = [&](const char* field, const Json& event_value, const Json& row_value,
                           bool personal_text = false) -> std::optional<std::string> {
    if (event_value == row_value) {
      return std::nullopt;
    }
    if (personal_text) {
      return fmt::format("complaint {}: {} in the complaints table differs from its events", where,
                         field);
    }
    return fmt::format("complaint {}: {} is {} in the complaints table but {} by its events", where,
                       field, shown(row_value), shown(event_value));
  };
  const auto optional = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(); };
  const std::pair<const char*, Json> facts[] = {
      {"reference", stored.reference},
      {"confidential", stored.confidential},
      {"policy_digest", optional(stored.policy_digest)},
      {"incomplete_allowed", stored.incomplete_allowed},
  };
  for (const auto& [field, row_value] : facts) {
    if (auto p = differs(field, data.value(field, Json()), row_value)) {
      return p;
    }
  }
  return std::nullopt;
}

std::optional<std::string> check_complaint(const Complaint& stored, const std::vector<Event>& events) {
  if (events.empty()) {
    return "complaint " + stored.reference + " has no events";
  }
  if (auto p = check_first_event(stored, events.front())) {
    return p;
  }
  const auto rebuilt = replay(stored, events);
  // The receipt, channel and texts as the events make them, corrections included. Texts are
  // named, not shown: an error line is no place for a customer's words.
  const auto optional = [](const std::optional<std::string>& v) { return v ? Json(*v) : Json(); };
  const std::tuple<const char*, Json, Json, bool> filed[] = {
      {"received_at", format_utc(rebuilt->received_at), format_utc(stored.received_at), false},
      {"channel", rebuilt->channel, stored.channel, false},
      {"summary", rebuilt->summary, stored.summary, true},
      {"details", optional(rebuilt->details), optional(stored.details), true},
      {"evidence", rebuilt->evidence, stored.evidence, true},
      {"personal fields", rebuilt->personal_fields, stored.personal_fields, true},
      // The details it was filed with, as `customer update --complaints` corrected them.
      {"customer_name", rebuilt->customer.name, stored.customer.name, true},
      {"customer_email", optional(rebuilt->customer.email), optional(stored.customer.email), true},
      {"customer_phone", optional(rebuilt->customer.phone), optional(stored.customer.phone), true},
      {"customer_member_id", optional(rebuilt->customer.member_id), optional(stored.customer.member_id), true},
      {"customer_language", optional(rebuilt->customer.language), optional(stored.customer.language), true},
      {"customer_preferred_channel", optional(rebuilt->customer.preferred_channel),
       optional(stored.customer.preferred_channel), true},
  };
  for (const auto& [field, want, have, personal_text] : filed) {
    if (want == have) {
      continue;
    }
    if (personal_text) {
      return fmt::format("complaint {}: {} in the complaints table differs from its events", stored.reference,
                         field);
    }
    return fmt::format("complaint {}: {} is {} in the complaints table but {} by its events", stored.reference,
                       field, shown(have), shown(want));
  }
  const std::string rebuilt_text = projection_text(*rebuilt);
  const std::string stored_text = projection_text(stored);
  if (rebuilt_text != stored_text) { // parsed only to name the field that differs
    const Json want = Json::parse(rebuilt_text);
    const Json have = Json::parse(stored_text);
    for (const auto& [field, value] : want.items()) {
      if (have.at(field) != value) {
        return fmt::format("complaint {}: {} is {} in the complaints table but {} by its events",
                           stored.reference, field, shown(have.at(field)), shown(value));
      }
    }
  }
  // The newest event's time (events about the person are no step of the complaint); an
  // import's event carries the latest time it imported.
  auto newest = events.rbegin();
  while (std::next(newest) != events.rend() && !moves_last_event(newest->type)) {
    ++newest;
  }
  const Event& last = *newest;
  Instant last_at = last.at;
  if (last.type == "imported") {
    const Json data = Json::parse(last.data);
    if (data.contains("last_event_at") && data.at("last_event_at").is_string()) {
      static const TimeZone utc = TimeZone::locate("UTC");
      last_at = parse_time(data.at("last_event_at").get<std::string>(), utc).value_or(last.at);
    }
  }
  if (stored.last_event_at != last_at) {
    return fmt::format("complaint {}: last_event_at is '{}' in the complaints table but '{}' by its "
                       "events",
                       stored.reference, format_utc(stored.last_event_at), format_utc(last_at));
  }
  return std::nullopt;
}

std::optional<std::string> check_projections(store::Store& store, VerifyReport& report,
                                             SearchIndexCheck& search) {
  std::optional<std::string> problem;
  std::vector<Event> events;
  std::pair<int, std::int64_t> previous{0, 0};
  ComplaintFilter all;
  all.sort = "reference";
  store.select_complaints(all, [&](Complaint& stored) {
    if (problem) {
      return;
    }
    events.clear();
    store.events_of(stored.id, [&](const Event& e) { events.push_back(e); });
    try {
      problem = check_complaint(stored, events);
      search.add(store, stored, events);
    } catch (const std::exception& e) {
      // Unreadable event data: name the complaint rather than fail without saying where.
      problem = "complaint " + stored.reference + ": its events cannot be replayed: " + e.what();
    }
    if (problem) {
      return;
    }
    const auto parts = parse_reference(stored.reference);
    if (!parts) {
      problem = "complaint " + stored.reference + " has a malformed reference";
      return;
    }
    const std::int64_t expected = parts->year == previous.first ? previous.second + 1 : 1;
    if (parts->seq != expected) {
      problem = fmt::format("the references of {} are not gapless: {} follows number {}", parts->year,
                            stored.reference, expected - 1);
      return;
    }
    previous = {parts->year, parts->seq};
    ++report.complaints;
  });
  return problem;
}

} // namespace

VerifyReport Ledger::verify(const std::vector<Anchor>& anchors) { return verify_store(*m_impl->store, anchors); }

VerifyReport verify_store(store::Store& store, const std::vector<Anchor>& anchors) {
  VerifyReport report;
  store.snapshot([&] {
    const auto fail = [&](const char* check, std::string problem) {
      report.failed_check = check;
      report.problem = std::move(problem);
    };
    if (const auto problems = store.check_integrity(); !problems.empty()) {
      fail("database", "the database is damaged: " + problems.front());
      return;
    }
    if (auto problem = store.schema_difference()) {
      fail("schema", std::move(*problem));
      return;
    }
    NamedFiles files;
    std::set<std::int64_t> erased;
    if (auto problem = check_chain(store, report, files, erased)) {
      fail("chain", std::move(*problem));
      return;
    }
    SearchIndexCheck search;
    if (auto problem = check_projections(store, report, search)) {
      fail("projections", std::move(*problem));
      return;
    }
    if (auto problem = check_sequences(store)) {
      fail("sequences", std::move(*problem));
      return;
    }
    if (auto problem = check_customers(store)) {
      fail("customers", std::move(*problem));
      return;
    }
    if (auto problem = search.finish(store)) {
      fail("search", std::move(*problem));
      return;
    }
    if (auto problem = check_policies(store)) {
      fail("policies", std::move(*problem));
      return;
    }
    if (auto problem = check_evidence(store, files, erased, report)) {
      fail("evidence", std::move(*problem));
      return;
    }
    if (auto problem = check_anchors(store, anchors, report)) {
      fail("anchors", std::move(*problem));
    }
  });
  return report;
}

Anchor Ledger::anchor() {
  store::Store& store = *m_impl->store;
  Anchor a;
  store.snapshot([&] {
    const auto [id, hash] = store.chain_head();
    if (id == 0) {
      throw Error(Errc::refused, "the ledger has no events yet: there is nothing to anchor");
    }
    a = Anchor{now(), store.ledger_id(), id, hash};
  });
  return a;
}

} // namespace redress
