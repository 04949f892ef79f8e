// Ledger: corrections of a customer's record and merges of two records, each an event on every
// complaint of the person (redress/customer.hpp). ledger/verify_checks.cpp rebuilds the
// customers table from these events: what is recorded here and what it rebuilds must agree.

#include "ledger/customers.hpp"

#include "ledger/identity.hpp"
#include "ledger/ledger_impl.hpp"
#include "ledger/projection.hpp"
#include "util/fold.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <redress/error.hpp>

namespace redress {

namespace {

// The text rule for each detail (util::text_problem), the same as filing's; a name may not be
// blank, the others may be cleared by giving "".
void check_update(const CustomerUpdate& u) {
  if (u.name && util::is_blank(*u.name)) {
    throw Error(Errc::invalid_input, "the customer's name is empty", "give the name they go by");
  }
  for (const auto& [field, value] : {std::pair{"name", &u.name}, {"email", &u.email}, {"phone", &u.phone},
                                     {"member id", &u.member_id}}) {
    if (*value && !value->value().empty()) {
      if (auto problem = util::text_problem(**value, util::TextKind::name)) {
        throw Error(Errc::invalid_input, std::string("the customer's ") + field + " " + *problem);
      }
    }
  }
}

// `c` with the given details set (an empty text clears an optional one).
Customer applied(Customer c, const CustomerUpdate& u) {
  const auto set = [](std::optional<std::string>& to, const std::optional<std::string>& value) {
    if (value) {
      to = value->empty() ? std::nullopt : std::optional(util::nfc(*value));
    }
  };
  if (u.name) {
    c.name = util::nfc(*u.name);
  }
  set(c.email, u.email);
  set(c.phone, u.phone);
  set(c.member_id, u.member_id);
  return c;
}

std::vector<std::string> changed_fields(const Customer& a, const Customer& b) {
  std::vector<std::string> fields;
  if (a.name != b.name) fields.emplace_back("name");
  if (a.email != b.email) fields.emplace_back("email");
  if (a.phone != b.phone) fields.emplace_back("phone");
  if (a.member_id != b.member_id) fields.emplace_back("member_id");
  return fields;
}

// The customer `key` recognises must be `id` or nobody: two people never share a key.
void claim_key(store::Store& store, const std::string& key, std::int64_t id) {
  const auto holder = store.customer_by_key(key);
  if (holder && *holder != id) {
    throw Error(Errc::refused,
                "these details recognise customer #" + std::to_string(*holder) + ", not #" + std::to_string(id),
                "if they are one person, 'redress customer merge " + std::to_string(id) + " " +
                    std::to_string(*holder) + "'");
  }
  if (!holder) {
    store.add_customer_key(key, id);
  }
}

} // namespace

CustomerChange Ledger::update_customer(std::string_view id_text, const CustomerUpdate& u, const std::string& actor) {
  if (!u.name && !u.email && !u.phone && !u.member_id) {
    throw Error(Errc::usage, "nothing to update", "give --name, --email, --phone or --member-id");
  }
  check_update(u);
  Impl& impl = *m_impl;
  store::Store& store = *impl.store;
  CustomerChange change;
  store.write([&] {
    const store::CustomerRow row = customers::record(store, id_text, false);
    customers::refuse_erased(row, "update");
    const std::string& key = impl.digest_key();
    const Customer record = applied(row.details, u);
    change.fields = changed_fields(row.details, record);
    std::vector<Complaint> complaints = customers::complaints_of(store, row.id);
    // Each complaint's details after the update, and which of them change.
    std::vector<std::optional<Customer>> carried(complaints.size());
    for (std::size_t i = 0; i < complaints.size(); ++i) {
      const Complaint& c = complaints[i];
      const bool in_scope = u.scope == CustomerUpdate::Scope::all ||
                            (u.scope == CustomerUpdate::Scope::open && is_open(c.status));
      if (in_scope) {
        Customer after = applied(c.customer, u);
        if (!changed_fields(c.customer, after).empty()) {
          carried[i] = std::move(after);
          change.complaints.push_back(c.reference);
        }
      }
    }
    if (change.fields.empty() && change.complaints.empty()) {
      change.customer = customers::summary(row, complaints);
      return; // nothing to record
    }
    claim_key(store, identity_key(record, key), row.id);
    for (const auto& after : carried) {
      if (after) {
        claim_key(store, identity_key(*after, key), row.id);
      }
    }
    store.update_customer(row.id, record, name_key(record, key));
    const Instant at = now();
    for (std::size_t i = 0; i < complaints.size(); ++i) {
      Complaint& c = complaints[i];
      util::JsonText data;
      data.begin_object();
      data.key("customer_id").integer(row.id);
      data.key("changed").begin_array();
      for (const auto& f : change.fields) {
        data.str(f);
      }
      data.end_array();
      data.key("complaint").boolean(carried[i].has_value());
      data.end_object();
      // The values set, as given (the record's), and the complaint's details when they changed.
      util::JsonText personal;
      personal.begin_object().key("record").begin_object();
      if (u.name) personal.member("name", record.name);
      if (u.email) personal.member("email", record.email);
      if (u.phone) personal.member("phone", record.phone);
      if (u.member_id) personal.member("member_id", record.member_id);
      personal.end_object();
      if (carried[i]) {
        write_customer(personal, "customer", *carried[i]);
        c.customer = *carried[i];
        store.update_complaint(c);
      }
      personal.end_object();
      store.append_event(Event{0, c.id, at, at, util::nfc(actor), "customer_updated", data.take(), personal.take()});
    }
    change.customer = customers::summary(*store.find_customer(row.id), complaints);
  });
  return change;
}

CustomerChange Ledger::merge_customers(std::string_view from_text, std::string_view into_text, const std::string& actor) {
  Impl& impl = *m_impl;
  store::Store& store = *impl.store;
  CustomerChange change;
  store.write([&] {
    const store::CustomerRow from = customers::record(store, from_text, false);
    const store::CustomerRow into = customers::record(store, into_text, false);
    if (from.id == into.id) {
      throw Error(Errc::refused, "customer #" + std::to_string(from.id) + " cannot be merged into itself",
                  "give the ids of two records of one person");
    }
    customers::refuse_erased(from, "merge");
    customers::refuse_erased(into, "merge into");
    Customer details = into.details;
    fill_missing(details, from.details);
    change.fields = changed_fields(into.details, details);
    store.update_customer(into.id, details, name_key(details, impl.digest_key()));
    store.merge_customer(from.id, into.id);
    const Instant at = now();
    for (Complaint& c : customers::complaints_of(store, from.id)) {
      c.customer_id = into.id;
      store.update_complaint(c);
      util::JsonText data;
      data.begin_object();
      data.key("customer_id").integer(from.id);
      data.key("into").integer(into.id);
      data.end_object();
      store.append_event(Event{0, c.id, at, at, util::nfc(actor), "customer_merged", data.take(), std::nullopt});
      change.complaints.push_back(c.reference);
    }
    store.refresh_first_seen(into.id);
    change.customer = customers::summary(*store.find_customer(into.id), customers::complaints_of(store, into.id));
  });
  return change;
}

} // namespace redress
