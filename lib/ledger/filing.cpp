// Ledger::file — intake of a complaint (SPEC §2 items 1-2, §6 `file`), and the checks and
// recording that `import` shares with it (ledger/filing.hpp).

#include "ledger/evidence.hpp"
#include "ledger/filing.hpp"
#include "ledger/fields.hpp"
#include "ledger/identity.hpp"
#include "ledger/projection.hpp"
#include "ledger/search_document.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>
#include "util/fold.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace redress::filing {

namespace {

bool present(const std::optional<std::string>& v) { return v && !v->empty(); }

// A name the policy does not know, current or old.
std::optional<Problem> unknown(const std::string& value, const Policy& policy, NameKind kind, const char* field) {
  if (policy.current_name(kind, value) != nullptr) {
    return std::nullopt;
  }
  return Problem{Problem::Kind::unknown_name, field, value, policy.names(kind).names(), {}, {}};
}

// Text from customers goes through the one text rule (util::text_problem).
std::optional<Problem> bad_text(const std::string& text, const char* field, util::TextKind kind) {
  if (auto detail = util::text_problem(text, kind)) {
    return Problem{Problem::Kind::bad_text, field, std::move(*detail), {}, {}, {}};
  }
  return std::nullopt;
}

std::optional<Problem> check_texts(const FilingRequest& r) {
  using util::TextKind;
  if (auto p = bad_text(r.customer.name, "customer_name", TextKind::name)) {
    return p;
  }
  for (const auto& [value, field] :
       {std::pair{&r.customer.email, "customer_email"}, {&r.customer.phone, "customer_phone"},
        {&r.customer.member_id, "customer_member_id"}, {&r.customer.language, "customer_language"}}) {
    if (*value) {
      if (auto p = bad_text(**value, field, TextKind::name)) {
        return p;
      }
    }
  }
  if (r.customer.language && !util::is_language_tag(*r.customer.language)) {
    return Problem{Problem::Kind::bad_text, "customer_language",
                   "is not a language tag such as hr, ja or fa-IR", {}, {}, {}};
  }
  if (r.product) {
    if (auto p = bad_text(*r.product, "product", TextKind::line)) {
      return p;
    }
  }
  if (auto p = bad_text(r.summary, "summary", TextKind::line)) {
    return p;
  }
  if (r.details) {
    if (auto p = bad_text(*r.details, "details", TextKind::document)) {
      return p;
    }
  }
  for (const auto& item : r.evidence) {
    if (auto p = bad_text(item, "evidence", TextKind::line)) {
      return p;
    }
  }
  return std::nullopt;
}

// The fields a category's `requires` can name, and whether the request has them.
std::optional<Problem> check_requirements(const CategoryPolicy& category, const FilingRequest& r) {
  std::vector<std::string> missing;
  for (const auto& field : category.requires_fields) {
    const bool has = field == "evidence"    ? !r.evidence.empty() || !r.evidence_files.empty()
                     : field == "details"   ? present(r.details)
                     : field == "email"     ? present(r.customer.email)
                     : field == "phone"     ? present(r.customer.phone)
                     : field == "member_id" ? present(r.customer.member_id)
                     : field == "product"   ? present(r.product)
                                            : true;
    if (!has) {
      missing.push_back(field);
    }
  }
  if (missing.empty()) {
    return std::nullopt;
  }
  const std::string& first = missing.front();
  const std::string column = first == "evidence" || first == "details" || first == "product"
                                 ? first
                                 : "customer_" + first;
  return Problem{Problem::Kind::missing_required, column, {}, {}, missing, category.name};
}

// The custom fields given: known (or kept undeclared by an import), given once, and valid.
std::optional<Problem> check_fields(const Policy& policy, const FilingRequest& r) {
  std::vector<std::string> seen;
  for (const auto& [name, value] : r.fields) {
    const FieldPolicy* declared = policy.find_field(name);
    if (declared == nullptr && !(r.undeclared_fields && is_field_name(name))) {
      Problem p{Problem::Kind::unknown_field, "field_" + name, name, policy.field_names(), {}, {}};
      p.custom = name;
      return p;
    }
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      Problem p{Problem::Kind::bad_field, "field_" + name, "is given twice", {}, {}, {}};
      p.custom = name;
      return p;
    }
    seen.push_back(name);
    const CheckedField checked = check_field_value(declared, value);
    if (checked.problem) {
      Problem p{Problem::Kind::bad_field, "field_" + name, *checked.problem, {}, {}, {}};
      p.hint = checked.hint;
      p.custom = name;
      return p;
    }
  }
  return std::nullopt;
}

std::optional<Problem> check_required_fields(const Policy& policy, const FilingRequest& r) {
  std::vector<std::string> missing;
  for (const FieldPolicy& field : policy.fields) {
    const auto& categories = field.required_for;
    const bool given = std::any_of(r.fields.begin(), r.fields.end(),
                                   [&](const auto& f) { return f.first == field.name; });
    if (!given && std::find(categories.begin(), categories.end(), r.category) != categories.end()) {
      missing.push_back(field.name);
    }
  }
  if (missing.empty()) {
    return std::nullopt;
  }
  Problem p{Problem::Kind::missing_field, "field_" + missing.front(), {}, {}, missing, r.category};
  p.custom = missing.front();
  return p;
}

} // namespace

namespace {

void normalise_text(std::optional<std::string>& text) {
  if (text) {
    *text = util::nfc(*text);
  }
}

void normalise_name(std::string& name, const std::vector<std::string>& known) {
  name = util::match_name(name, known).value_or(util::nfc(name));
}

} // namespace

void normalise(const Policy& policy, FilingRequest& r) {
  Customer& who = r.customer;
  who.name = util::nfc(who.name);
  for (auto* text : {&who.email, &who.phone, &who.member_id, &who.language, &r.product, &r.details}) {
    normalise_text(*text);
  }
  r.summary = util::nfc(r.summary);
  for (auto& item : r.evidence) {
    item = util::nfc(item);
  }
  normalise_name(r.channel, policy.channel_names());
  normalise_name(r.category, policy.category_names());
  if (r.severity) {
    normalise_name(*r.severity, policy.severity_names());
  }
  if (who.preferred_channel) {
    normalise_name(*who.preferred_channel, policy.channel_names());
  }
}

std::optional<Problem> check(const Policy& policy, const FilingRequest& r, Instant received,
                             Instant as_of) {
  if (util::is_blank(r.customer.name)) {
    return Problem{Problem::Kind::empty, "customer_name", {}, {}, {}, {}};
  }
  if (util::is_blank(r.summary)) {
    return Problem{Problem::Kind::empty, "summary", {}, {}, {}, {}};
  }
  if (auto p = check_texts(r)) {
    return p;
  }
  if (auto p = unknown(r.channel, policy, NameKind::channel, "channel")) {
    return p;
  }
  if (auto p = unknown(r.category, policy, NameKind::category, "category")) {
    return p;
  }
  if (auto p = unknown(r.severity.value_or(policy.default_severity), policy, NameKind::severity, "severity")) {
    return p;
  }
  if (r.customer.preferred_channel) {
    if (auto p = unknown(*r.customer.preferred_channel, policy, NameKind::channel, "customer_preferred_channel")) {
      return p;
    }
  }
  if (auto p = check_fields(policy, r)) {
    return p;
  }
  if (!r.allow_incomplete) {
    if (auto p = check_requirements(*policy.find_category(r.category), r)) {
      return p;
    }
    if (auto p = check_required_fields(policy, r)) {
      return p;
    }
  }
  if (received > as_of) {
    return Problem{Problem::Kind::in_future, "received_at", {}, {}, {}, {}};
  }
  if (received < from_unix(0)) {
    return Problem{Problem::Kind::too_early, "received_at", {}, {}, {}, {}};
  }
  return std::nullopt;
}

std::string describe(const Problem& p, std::string& hint) {
  switch (p.kind) {
  case Problem::Kind::empty:
    return p.field == "summary" ? "the summary is empty" : "the customer's name is empty";
  case Problem::Kind::bad_text:
    return p.detail;
  case Problem::Kind::unknown_name: {
    hint = util::suggestion_hint(p.detail, p.known);
    const std::string what = p.field == "customer_preferred_channel" ? "preferred channel" : p.field;
    return "unknown " + what + " '" + p.detail + "'";
  }
  case Problem::Kind::missing_required:
    return "category '" + p.category + "' requires " + util::join(p.missing, " and ");
  case Problem::Kind::in_future:
    return "is in the future";
  case Problem::Kind::too_early:
    return "is before 1970";
  case Problem::Kind::unknown_field:
    hint = util::suggestion_hint(p.detail, p.known);
    if (p.known.empty()) {
      hint = "the policy declares no fields; add [fields." + p.detail + "] to policy.toml";
    }
    return "unknown field '" + p.detail + "'";
  case Problem::Kind::bad_field:
    hint = p.hint;
    return "field " + p.custom + ": " + p.detail;
  case Problem::Kind::missing_field:
    return "category '" + p.category + "' requires the field" + (p.missing.size() == 1 ? " " : "s ") +
           util::join(p.missing, " and ");
  }
  return "is not valid";
}

Complaint prepare(const Policy& policy, const BusinessCalendar& calendar, const FilingRequest& r,
                  Instant received) {
  const std::string severity = r.severity.value_or(policy.default_severity);
  Complaint c;
  c.status = Status::new_;
  c.received_at = received;
  c.channel = r.channel;
  c.customer = r.customer;
  c.category = r.category;
  c.product = r.product;
  c.severity = severity;
  c.summary = r.summary;
  c.details = r.details;
  c.evidence = r.evidence;
  for (const auto& file : r.evidence_files) {
    c.evidence.push_back(file.filename().string());
  }
  for (const auto& [name, value] : r.fields) {
    set_field(c, policy, name, check_field_value(policy.find_field(name), value).value);
  }
  c.confidential = r.confidential;
  c.incomplete_allowed = r.allow_incomplete;
  c.team = policy.find_category(r.category)->team;
  c.last_event_at = received;
  const Target ack = policy.acknowledge_target(severity, r.category);
  const Target res = policy.resolve_target(severity, r.category);
  c.acknowledge = SlaClock{to_string(ack), received, calendar.due(received, ack), {}, {}, Seconds{0}, {}};
  c.resolve = SlaClock{to_string(res), received, calendar.due(received, res), {}, {}, Seconds{0}, {}};
  return c;
}

void write_identity(util::JsonText& out, const Complaint& c, const Policy& policy) {
  out.member("reference", c.reference);
  write_identity_facts(out, c, policy);
}

void write_identity_facts(util::JsonText& out, const Complaint& c, const Policy& policy) {
  out.member("received_at", format_utc(c.received_at));
  out.member("channel", c.channel);
  out.key("confidential").boolean(c.confidential);
  out.member("policy_digest", policy.digest);
  out.key("incomplete_allowed").boolean(c.incomplete_allowed);
}

void write_filed(util::JsonText& out, const Complaint& c, const Policy& policy) {
  write_identity(out, c, policy);
  write_classification(out, c);
}

std::string personal(const Complaint& c, const std::optional<std::string>& preferred_channel,
                     const std::vector<std::string>& file_names) {
  util::JsonText out;
  out.begin_object().key("customer").begin_object();
  out.member("name", c.customer.name);
  out.member("email", c.customer.email);
  out.member("phone", c.customer.phone);
  out.member("member_id", c.customer.member_id);
  out.member("language", c.customer.language);
  out.member("preferred_channel", preferred_channel);
  out.end_object();
  out.member("summary", c.summary);
  out.member("details", c.details);
  out.key("evidence").begin_array();
  for (const auto& item : c.evidence) {
    out.str(item);
  }
  out.end_array();
  if (!file_names.empty()) {
    out.key("evidence_file_names").begin_array();
    for (const auto& name : file_names) {
      out.str(name);
    }
    out.end_array();
  }
  if (!c.personal_fields.empty()) {
    write_field_values(out, "fields", c.personal_fields);
  }
  out.end_object();
  return out.take();
}

Recorder::Recorder(Ledger::Impl& impl) : m_impl(impl) {}

Prepared prepare_record(const Complaint& c, const std::string& digest_key, std::string personal) {
  Prepared prepared{identity_key(c.customer, digest_key), name_key(c.customer, digest_key),
                    store::new_personal_key(), search_document(c, {}), std::move(personal)};
  cut_words(prepared.search);
  return prepared;
}

void Recorder::record(Complaint& c, const std::string& event_type,
                      const std::function<void(util::JsonText&)>& write_data,
                      const std::string& personal, const std::string& actor) {
  record(c, event_type, write_data, prepare_record(c, m_impl.digest_key(), personal), actor);
}

void Recorder::record(Complaint& c, const std::string& event_type,
                      const std::function<void(util::JsonText&)>& write_data, Prepared prepared,
                      const std::string& actor) {
  if (!m_policy_recorded) {
    m_impl.store->record_policy(m_impl.policy.digest, m_impl.policy.text, now());
    m_policy_recorded = true;
  }
  c.policy_digest = m_impl.policy.digest;
  const int year = to_local(c.received_at, m_impl.zone).year;
  store::Store& store = *m_impl.store;
  const std::int64_t seq = store.next_sequence(year);
  c.reference = m_impl.format_reference(year, seq);
  c.customer_id = store.upsert_customer(c.customer, prepared.identity_key, prepared.name_key, c.received_at);
  c.id = store.insert_complaint({c, c.customer_id, year, seq, m_impl.policy.digest, std::move(prepared.personal_key)});
  store.index_texts(c, prepared.search);
  util::JsonText data;
  data.begin_object();
  write_data(data);
  data.end_object();
  store.append_event(Event{0, c.id, c.received_at, now(), util::nfc(actor), event_type, data.take(),
                           std::move(prepared.personal)});
}

} // namespace redress::filing

namespace redress {

Complaint Ledger::file(const FilingRequest& request, const std::string& actor) {
  Impl& impl = *m_impl;
  FilingRequest r = request;
  filing::normalise(impl.policy, r);
  const Instant received = r.at.value_or(impl.as_of);
  if (auto problem = filing::check(impl.policy, r, received, impl.as_of)) {
    // Name the options of `redress file`, as the user typed them.
    using Kind = filing::Problem::Kind;
    std::string hint;
    const std::string what = filing::describe(*problem, hint);
    switch (problem->kind) {
    case Kind::empty:
      throw Error(Errc::invalid_input, what,
                  problem->field == "summary" ? "give --summary TEXT" : "give --customer NAME");
    case Kind::bad_text: {
      std::string option = "--" + problem->field;
      if (problem->field.rfind("customer_", 0) == 0) {
        option = problem->field == "customer_name" ? "--customer" : "--" + problem->field.substr(9);
      }
      std::replace(option.begin() + 2, option.end(), '_', '-');
      throw Error(Errc::invalid_input, option + " " + what);
    }
    case Kind::unknown_name:
      throw Error(Errc::refused, what, hint);
    case Kind::missing_required: {
      std::string flags;
      for (const auto& field : problem->missing) {
        flags += (flags.empty() ? "--" : ", --") + (field == "member_id" ? "member-id" : field);
      }
      throw Error(Errc::refused, what, "add " + flags + ", or file with --allow-incomplete");
    }
    case Kind::in_future:
    case Kind::too_early:
      throw Error(Errc::invalid_input, "--at " + format_local(received, impl.zone) + " " + what,
                  "give the time the complaint was really received");
    case Kind::unknown_field:
      throw Error(Errc::refused, "--field " + what, hint);
    case Kind::bad_field:
      throw Error(Errc::invalid_input, "--" + what, hint);
    case Kind::missing_field: {
      std::string flags;
      for (const auto& field : problem->missing) {
        flags += (flags.empty() ? "--field " : ", --field ") + field + "=VALUE";
      }
      throw Error(Errc::refused, what, "add " + flags + ", or file with --allow-incomplete");
    }
    }
  }

  // Opened before anything is written: a missing file leaves the ledger as it was.
  const std::vector<EvidenceSource> sources = open_evidence(r.evidence_files, impl.policy.evidence_max_bytes);
  // A name the policy has renamed is recorded as it is called now (import keeps names as they
  // were recorded elsewhere).
  FilingRequest current = r;
  const Policy& policy = impl.policy;
  current.channel = *policy.current_name(NameKind::channel, r.channel);
  current.category = *policy.current_name(NameKind::category, r.category);
  if (r.severity) {
    current.severity = *policy.current_name(NameKind::severity, *r.severity);
  }
  if (r.customer.preferred_channel) {
    current.customer.preferred_channel = *policy.current_name(NameKind::channel, *r.customer.preferred_channel);
  }
  Complaint c = filing::prepare(impl.policy, impl.calendar, current, received);
  impl.store->write([&] {
    EvidenceBatch batch(impl.store->evidence());
    const std::vector<RecordedFile> files = batch.put(sources, impl.policy.evidence_max_bytes);
    std::vector<std::string> names;
    for (const auto& f : files) {
      names.push_back(f.name);
    }
    filing::Recorder recorder(impl);
    recorder.record(
        c, "filed",
        [&](util::JsonText& data) {
          filing::write_filed(data, c, impl.policy);
          write_evidence_files(data, files);
        },
        filing::personal(c, current.customer.preferred_channel, names), actor);
    batch.keep();
  });
  impl.fill_readings(c);
  return c;
}

} // namespace redress
