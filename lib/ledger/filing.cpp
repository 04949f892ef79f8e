// Ledger::file — intake of a complaint (SPEC §2 items 1-2, §6 `file`).

#include "ledger/ledger_impl.hpp"

#include "store/complaints_table.hpp"
#include "store/customers_table.hpp"
#include "store/events_table.hpp"
#include <redress/suggest.hpp>
#include "util/text.hpp"

#include <redress/error.hpp>

#include <nlohmann/json.hpp>

namespace redress {

namespace {

void check_name(const std::string& value, const std::vector<std::string>& known, const char* what) {
  if (std::find(known.begin(), known.end(), value) == known.end()) {
    throw Error(Errc::refused, std::string("unknown ") + what + " '" + value + "'",
                util::suggestion_hint(value, known));
  }
}

bool present(const std::optional<std::string>& v) { return v && !v->empty(); }

// Text from customers must be UTF-8 without NUL bytes, and of a sane size.
void check_text(const std::string& text, const char* option, std::size_t max_bytes) {
  if (!util::is_valid_utf8(text)) {
    throw Error(Errc::invalid_input, std::string(option) + " is not valid UTF-8");
  }
  if (text.find('\0') != std::string::npos) {
    throw Error(Errc::invalid_input, std::string(option) + " contains a NUL byte");
  }
  if (text.size() > max_bytes) {
    throw Error(Errc::invalid_input, std::string(option) + " is longer than " +
                                         std::to_string(max_bytes) + " bytes");
  }
}

void check_texts(const FilingRequest& r) {
  constexpr std::size_t k_line = 1000;
  constexpr std::size_t k_document = 1 << 20;
  check_text(r.customer.name, "--customer", k_line);
  for (const auto& [value, option] : {std::pair{&r.customer.email, "--email"}, {&r.customer.phone, "--phone"},
                                      {&r.customer.member_id, "--member-id"}, {&r.customer.language, "--language"},
                                      {&r.product, "--product"}}) {
    if (*value) {
      check_text(**value, option, k_line);
    }
  }
  check_text(r.summary, "--summary", k_line);
  if (r.details) {
    check_text(*r.details, "--details", k_document);
  }
  for (const auto& item : r.evidence) {
    check_text(item, "--evidence", k_line);
  }
}

// The fields a category's `requires` can name, and whether the request has them.
void check_requirements(const CategoryPolicy& category, const FilingRequest& r) {
  std::vector<std::string> missing;
  for (const auto& field : category.requires_fields) {
    const bool has = field == "evidence"    ? !r.evidence.empty()
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
  if (!missing.empty()) {
    std::string flags;
    for (const auto& field : missing) {
      flags += (flags.empty() ? "--" : ", --") + (field == "member_id" ? "member-id" : field);
    }
    throw Error(Errc::refused,
                "category '" + category.name + "' requires " + util::join(missing, " and "),
                "add " + flags + ", or file with --allow-incomplete");
  }
}

nlohmann::json optional_json(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json optional_json(const std::optional<Instant>& v) {
  return v ? nlohmann::json(format_utc(*v)) : nlohmann::json(nullptr);
}

} // namespace

Complaint Ledger::file(const FilingRequest& r, const std::string& actor) {
  Impl& impl = *m_impl;
  const Policy& policy = impl.policy;
  if (r.customer.name.empty()) {
    throw Error(Errc::invalid_input, "the customer's name is empty", "give --customer NAME");
  }
  check_texts(r);
  if (r.summary.empty()) {
    throw Error(Errc::invalid_input, "the summary is empty", "give --summary TEXT");
  }
  check_name(r.channel, policy.channels, "channel");
  check_name(r.category, policy.category_names(), "category");
  const std::string severity = r.severity.value_or(policy.default_severity);
  check_name(severity, policy.severity_names(), "severity");
  if (r.customer.preferred_channel) {
    check_name(*r.customer.preferred_channel, policy.channels, "preferred channel");
  }
  const CategoryPolicy& category = *policy.find_category(r.category);
  if (!r.allow_incomplete) {
    check_requirements(category, r);
  }
  const Instant received = r.at.value_or(impl.as_of);
  if (received > impl.as_of) {
    throw Error(Errc::invalid_input,
                "--at " + format_local(received, impl.zone) + " is in the future",
                "give the time the complaint was really received");
  }

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
  c.confidential = r.confidential;
  c.team = category.team;
  c.last_event_at = received;
  const Target ack = policy.acknowledge_target(severity, r.category);
  const Target res = policy.resolve_target(severity, r.category);
  c.acknowledge = SlaClock{to_string(ack), received, impl.calendar.due(received, ack), {}, {},
                           Seconds{0}, {}};
  c.resolve = SlaClock{to_string(res), received, impl.calendar.due(received, res), {}, {},
                       Seconds{0}, {}};

  const int year = to_local(received, impl.zone).year;
  impl.db.write([&] {
    auto& db = impl.db.handle();
    const std::int64_t seq = store::next_sequence(db, year);
    c.reference = impl.format_reference(year, seq);
    const std::int64_t customer_id = store::upsert_customer(db, c.customer, received);
    c.id = store::insert_complaint(db, {c, customer_id, year, seq, policy.digest});

    nlohmann::json data{
        {"reference", c.reference},
        {"received_at", format_utc(received)},
        {"channel", c.channel},
        {"category", c.category},
        {"product", optional_json(c.product)},
        {"severity", c.severity},
        {"confidential", c.confidential},
        {"team", optional_json(c.team)},
        {"acknowledge_target", *c.acknowledge.target},
        {"acknowledge_due_at", optional_json(c.acknowledge.due)},
        {"resolve_target", *c.resolve.target},
        {"resolve_due_at", optional_json(c.resolve.due)},
        {"policy_digest", policy.digest},
        {"incomplete_allowed", r.allow_incomplete},
    };
    nlohmann::json personal{
        {"customer",
         {{"name", c.customer.name},
          {"email", optional_json(c.customer.email)},
          {"phone", optional_json(c.customer.phone)},
          {"member_id", optional_json(c.customer.member_id)},
          {"language", optional_json(c.customer.language)},
          {"preferred_channel", optional_json(r.customer.preferred_channel)}}},
        {"summary", c.summary},
        {"details", optional_json(c.details)},
        {"evidence", c.evidence},
    };
    store::append_event(db, Event{0, c.id, received, now(), actor, "filed", data.dump(),
                                  personal.dump()});
  });
  impl.fill_readings(c);
  return c;
}

} // namespace redress
