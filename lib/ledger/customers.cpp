// Ledger: customers as people across their complaints (redress/customer.hpp): finding them,
// their figures and history, and what an access request gets.

#include "ledger/customers.hpp"

#include "ledger/identity.hpp"
#include "ledger/ledger_impl.hpp"
#include "util/fold.hpp"

#include <redress/error.hpp>
#include <redress/suggest.hpp>

#include <map>

namespace redress {

namespace customers {

std::optional<std::int64_t> parse_id(std::string_view text) {
  if (!text.empty() && text.front() == '#') {
    text.remove_prefix(1);
  }
  if (text.empty() || text.size() > 18) {
    return std::nullopt;
  }
  std::int64_t id = 0;
  for (const char ch : text) {
    if (ch < '0' || ch > '9') {
      return std::nullopt;
    }
    id = id * 10 + (ch - '0');
  }
  return id;
}

std::vector<Complaint> complaints_of(store::Store& store, std::int64_t id) {
  ComplaintFilter filter;
  filter.customer_id = id;
  std::vector<Complaint> out;
  store.select_complaints(filter, [&](Complaint& c) { out.push_back(std::move(c)); });
  return out;
}

CustomerSummary summary(const store::CustomerRow& row, const std::vector<Complaint>& complaints) {
  CustomerSummary s{row.id, row.details, row.first_seen_at, 0, 0, std::nullopt, 0, is_erased(row)};
  for (const Complaint& c : complaints) {
    add(s, c);
  }
  return s;
}

void add(CustomerSummary& s, const Complaint& c) {
  ++s.complaints;
  s.open += is_open(c.status) ? 1 : 0;
  s.confidential += c.confidential ? 1 : 0;
  if (!s.last_contact_at || c.last_event_at > *s.last_contact_at) {
    s.last_contact_at = c.last_event_at;
  }
}

store::CustomerRow record(store::Store& store, std::string_view text, bool follow_merged) {
  const auto id = parse_id(text);
  if (!id) {
    throw Error(Errc::usage, "'" + std::string(text) + "' is not a customer id",
                "give the number 'redress customer list' shows");
  }
  auto row = store.find_customer(*id);
  if (!row) {
    throw Error(Errc::not_found, "no customer #" + std::to_string(*id) + " in this ledger",
                "'redress customer list' shows them");
  }
  if (row->merged_into) {
    if (!follow_merged) {
      throw Error(Errc::not_found,
                  "customer #" + std::to_string(*id) + " was merged into #" + std::to_string(*row->merged_into),
                  "use " + std::to_string(*row->merged_into));
    }
    row = store.find_customer(*row->merged_into);
    if (!row) {
      throw Error(Errc::integrity, "customer #" + std::to_string(*id) + " was merged into a customer that is gone");
    }
  }
  return *row;
}

} // namespace customers

std::vector<CustomerSummary> Ledger::customers(const CustomerFilter& filter) {
  store::Store& store = *m_impl->store;
  std::vector<CustomerSummary> out;
  store.snapshot([&] {
    std::map<std::int64_t, CustomerSummary> people;
    std::map<std::int64_t, bool> in_window;
    for (const store::CustomerRow& row : store.customer_rows()) {
      if (!row.merged_into) {
        people.emplace(row.id, customers::summary(row, {}));
      }
    }
    store.select_complaints(ComplaintFilter{}, [&](Complaint& c) {
      const auto it = people.find(c.customer_id);
      if (it == people.end()) {
        return;
      }
      customers::add(it->second, c);
      if ((!filter.since || c.received_at >= *filter.since) && (!filter.until || c.received_at < *filter.until)) {
        in_window[c.customer_id] = true;
      }
    });
    const std::string match = filter.match ? util::fold(*filter.match) : std::string();
    const auto found_in = [&](const std::optional<std::string>& text) {
      return text && util::fold(*text).find(match) != std::string::npos;
    };
    for (auto& [id, s] : people) {
      if (filter.open_only && s.open == 0) {
        continue;
      }
      if ((filter.since || filter.until) && !in_window[id]) {
        continue;
      }
      const bool hidden = !filter.include_confidential && s.confidential_only();
      if (!match.empty() && (hidden || (!found_in(s.details.name) && !found_in(s.details.email)))) {
        continue;
      }
      out.push_back(std::move(s));
    }
  });
  return out;
}

namespace customers {

namespace {

// The customers `who` names as details: the one an email or member id names, else everyone of
// that name.
std::vector<std::int64_t> named_by_details(store::Store& store, const std::string& key, std::string_view who) {
  const std::vector<std::string> keys = identity_keys_of(who, key);
  for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
    if (auto id = store.customer_by_key(keys[i])) {
      return {*id};
    }
  }
  std::vector<std::int64_t> named = store.customers_named(name_key_of(who, key));
  if (named.empty()) {
    if (auto id = store.customer_by_key(keys.back())) {
      named.push_back(*id);
    }
  }
  return named;
}

// "#2, #5": customer numbers as people give them.
std::string numbered(const std::vector<std::int64_t>& ids) {
  std::vector<std::string> out;
  for (const auto id : ids) {
    out.push_back("#" + std::to_string(id));
  }
  return util::join(out);
}

} // namespace

std::int64_t find(store::Store& store, const std::string& key, std::string_view who) {
  if (const auto number = parse_id(who)) {
    if (who.front() == '#') {
      return record(store, who, true).id;
    }
    // A bare number may also be a member id or a name ("1", "007"): an erasure of the wrong
    // person cannot be taken back, so a number that names two people is refused.
    const std::vector<std::int64_t> by_details = named_by_details(store, key, who);
    if (by_details.empty()) {
      return record(store, who, true).id;
    }
    const bool is_a_number = store.find_customer(*number).has_value();
    if (by_details.size() == 1 && (!is_a_number || record(store, who, true).id == by_details.front())) {
      return by_details.front(); // both readings name the same person, or only the details do
    }
    throw Error(Errc::usage,
                "'" + std::string(who) + "' is " + (is_a_number ? "customer #" + std::to_string(*number) + ", and " : "") +
                    "the member id or name of " + numbered(by_details),
                "write the customer's number with '#' (#" + std::to_string(is_a_number ? *number : by_details.front()) +
                    "), or give their email");
  }
  // An email or member id names one person; a name may be several people's.
  std::vector<std::int64_t> named = named_by_details(store, key, who);
  if (named.size() == 1) {
    return named.front();
  }
  if (named.size() > 1) {
    throw Error(Errc::usage, std::to_string(named.size()) + " customers are called '" + std::string(who) + "'",
                "give one of their ids: " + numbered(named));
  }
  // Did you mean: the names and emails of the records of their own (an erased one has none).
  std::vector<std::string> candidates;
  for (const store::CustomerRow& row : store.customer_rows()) {
    if (!row.merged_into && !is_erased(row)) {
      candidates.push_back(row.details.name);
      if (row.details.email) {
        candidates.push_back(*row.details.email);
      }
    }
  }
  const auto close = util::closest(who, candidates);
  throw Error(Errc::not_found, "no customer '" + std::string(who) + "' in this ledger",
              close ? "did you mean '" + *close + "'?" : "'redress customer list' shows them");
}

bool is_erased(const store::CustomerRow& row) { return row.identity_key == erased_identity_key(row.id); }

void refuse_erased(const store::CustomerRow& row, std::string_view doing) {
  if (is_erased(row)) {
    throw Error(Errc::refused, "customer #" + std::to_string(row.id) + " was erased: there is nothing to " +
                                   std::string(doing),
                "an erased person's details are gone for good; a new filing starts a new record");
  }
}

} // namespace customers

std::int64_t Ledger::find_customer(std::string_view who) {
  store::Store& store = *m_impl->store;
  std::int64_t found = 0;
  store.snapshot([&] { found = customers::find(store, m_impl->digest_key(), who); });
  return found;
}

CustomerHistory Ledger::customer_history(std::string_view who, bool include_confidential) {
  const std::int64_t id = find_customer(who);
  store::Store& store = *m_impl->store;
  CustomerHistory h;
  store.snapshot([&] {
    const auto row = store.find_customer(id);
    if (!row) {
      throw Error(Errc::not_found, "no customer #" + std::to_string(id) + " in this ledger");
    }
    std::vector<Complaint> all = customers::complaints_of(store, id);
    h.customer = customers::summary(*row, all);
    if (!include_confidential && h.customer.confidential_only()) {
      h.hidden = true;
      h.customer.details = {};
    }
    if (const auto asked = customers::parse_id(who); asked && *asked != id) {
      h.asked_for_merged = *asked;
    }
    for (const store::CustomerRow& other : store.customer_rows()) {
      if (other.merged_into == id) {
        h.merged.push_back(other.id);
      }
    }
    for (Complaint& c : all) {
      if (c.confidential && !include_confidential) {
        ++h.left_out;
        continue;
      }
      m_impl->fill_readings(c, false);
      h.complaints.push_back(std::move(c));
    }
  });
  return h;
}

CustomerExport Ledger::export_customer(std::string_view id_text) {
  store::Store& store = *m_impl->store;
  CustomerExport out;
  store.snapshot([&] {
    const store::CustomerRow row = customers::record(store, id_text, true);
    std::vector<Complaint> all = customers::complaints_of(store, row.id);
    out.customer = customers::summary(row, all);
    for (const store::CustomerRow& other : store.customer_rows()) {
      if (other.merged_into == row.id) {
        out.merged.emplace_back(other.id, other.details);
      }
    }
    for (Complaint& c : all) {
      m_impl->fill_readings(c, false);
      CustomerExport::Item item;
      store.events_of(c.id, [&](const Event& e) { item.events.push_back(e); });
      for (const store::MessageClaim& claim : store.message_claims(c.id)) {
        item.pending.push_back(PendingMessage{claim.kind, claim.claimed_at, claim.actor});
      }
      item.complaint = std::move(c);
      out.complaints.push_back(std::move(item));
    }
  });
  return out;
}

} // namespace redress
