#include "ledger/verify_checks.hpp"

#include "ledger/identity.hpp"
#include "ledger/projection.hpp"
#include "ledger/search_document.hpp"
#include "util/digest.hpp"
#include "util/words.hpp"

#include <redress/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace redress {

std::optional<std::string> check_sequences(store::Store& store) {
  for (const store::YearSequence& y : store.sequences()) {
    if (y.counter == y.highest) {
      continue;
    }
    return fmt::format("reference_sequences says the last reference of {} is number {}, but the "
                       "complaints go up to {}: the next filing would {}",
                       y.year, y.counter, y.highest,
                       y.counter < y.highest ? "reuse a reference" : "skip numbers");
  }
  return std::nullopt;
}

namespace {

using Json = nlohmann::json;

// One customer as the events rebuild them: the filings that recognised them, then the
// corrections and merges, in event order (the rules: ledger/identity.hpp and
// ledger/customers.cpp, which records them).
struct Person {
  std::int64_t complaints = 0;
  Customer details;
  std::optional<std::int64_t> merged_into;
  std::optional<Instant> first_seen_at;
};

class CustomerRebuild {
public:
  CustomerRebuild(store::Store& store, std::string key) : m_key(std::move(key)) {
    for (store::CustomerRow& row : store.customer_rows()) {
      m_by_primary.emplace(row.identity_key, row.id);
      m_rows.emplace(row.id, std::move(row));
    }
    store.scan_customers([&](const store::CustomerRow& row, const store::FiledBy* filed) {
      if (filed != nullptr) {
        m_stored_owner.emplace(filed->reference, std::make_pair(row.id, filed->received_at));
        if (filed->erased) {
          m_erased.insert(filed->reference);
        }
      }
    });
  }

  // Who `key` recognises so far: as Store::customer_by_key() answers it.
  std::optional<std::int64_t> resolve(const std::string& key) const {
    if (const auto it = m_keys.find(key); it != m_keys.end()) {
      return it->second;
    }
    const auto row = m_by_primary.find(key);
    if (row == m_by_primary.end()) {
      return std::nullopt;
    }
    const auto person = m_people.find(row->second);
    if (person == m_people.end()) {
      return std::nullopt;
    }
    return person->second.merged_into.value_or(row->second);
  }

  std::optional<std::string> add(const Event& e, const std::string& reference) {
    const bool filing = e.type == "filed" || e.type == "imported";
    if (!filing && !is_customer_event(e.type)) {
      return std::nullopt;
    }
    if (filing) {
      if (!e.personal) {
        // Erased: nothing tells who filed it. Its first correction or merge names them (the
        // facts of those events stay); without one it is the customer it points to now.
        m_unknown.insert(reference);
        return std::nullopt;
      }
      const Customer customer = read_customer(Json::parse(*e.personal).value("customer", Json::object()));
      const std::string key = identity_key(customer, m_key);
      if (const auto id = resolve(key)) {
        Customer& details = m_people[*id].details;
        if (details.name.empty()) { // their earlier filings were erased: this is the first left
          details.name = customer.name;
        }
        fill_missing(details, customer);
        m_owner[reference] = *id;
        m_people[*id].complaints++;
        return std::nullopt;
      }
      const auto row = m_by_primary.find(key);
      if (row == m_by_primary.end()) {
        return "complaint " + reference + " was filed by a customer the customers table does not hold";
      }
      Person& person = m_people[row->second];
      person.details = customer;
      person.complaints = 1;
      m_owner[reference] = row->second;
      return std::nullopt;
    }
    if (m_unknown.erase(reference) > 0) {
      const std::int64_t named = Json::parse(e.data).value("customer_id", std::int64_t{0});
      m_owner[reference] = named;
      m_people[named].complaints++;
    }
    const auto owner = m_owner.find(reference);
    if (owner == m_owner.end()) {
      return "event " + std::to_string(e.id) + " (" + e.type + ") of " + reference + " comes before its filing";
    }
    const std::int64_t id = owner->second;
    const Json data = Json::parse(e.data);
    if (data.value("customer_id", std::int64_t{0}) != id) {
      return fmt::format("event {} ({}) of {} names customer #{}, but the complaint was customer #{}'s",
                         e.id, e.type, reference, data.value("customer_id", std::int64_t{0}), id);
    }
    if (e.type == "customer_merged") {
      const auto into = data.value("into", std::int64_t{0});
      if (into == id || (m_people.find(into) == m_people.end() && !erased_unresolved())) {
        return fmt::format("event {} merges customer #{} into #{}, who has no complaints", e.id, id, into);
      }
      Person& from = m_people[id];
      if (!from.merged_into) {
        fill_missing(m_people[into].details, from.details);
        for (auto& [other_id, other] : m_people) {
          if (other_id == id || other.merged_into == id) {
            other.merged_into = into;
          }
        }
        for (auto& [key, holder] : m_keys) {
          if (holder == id) {
            holder = into;
          }
        }
      }
      from.complaints--;
      m_people[into].complaints++;
      owner->second = into;
      return std::nullopt;
    }
    if (!e.personal) {
      return std::nullopt; // erased
    }
    const Json personal = Json::parse(*e.personal);
    Person& person = m_people[id];
    const Customer record = read_customer(personal.value("record", Json::object()));
    const Json& set = personal.at("record");
    if (set.contains("name")) person.details.name = record.name;
    if (set.contains("email")) person.details.email = record.email;
    if (set.contains("phone")) person.details.phone = record.phone;
    if (set.contains("member_id")) person.details.member_id = record.member_id;
    std::vector<std::string> keys{identity_key(person.details, m_key)};
    if (personal.contains("customer")) {
      keys.push_back(identity_key(read_customer(personal.at("customer")), m_key));
    }
    for (const std::string& key : keys) {
      const auto holder = resolve(key);
      if (holder && *holder != id) {
        return fmt::format("event {} gives customer #{} a key that recognises customer #{}", e.id, id, *holder);
      }
      if (!holder) {
        m_keys.emplace(key, id);
      }
    }
    return std::nullopt;
  }

  // Customer `id`'s details as the events left unerased give them (after add() of every event).
  std::optional<Customer> details_of(std::int64_t id) const {
    const auto it = m_people.find(id);
    return it == m_people.end() ? std::nullopt : std::optional<Customer>(it->second.details);
  }

  std::optional<std::string> finish(store::Store& store) {
    for (const std::string& reference : m_unknown) {
      if (const auto stored = m_stored_owner.find(reference); stored != m_stored_owner.end()) {
        m_owner[reference] = stored->second.first;
        m_people[stored->second.first].complaints++;
      }
    }
    m_unknown.clear();
    for (const auto& [reference, stored] : m_stored_owner) {
      const auto owner = m_owner.find(reference);
      if (owner == m_owner.end() || owner->second != stored.first) {
        return "complaint " + reference + " points to customer #" + std::to_string(stored.first) +
               ", but it was filed by someone else";
      }
      Person& person = m_people[stored.first];
      person.first_seen_at = person.first_seen_at ? std::min(*person.first_seen_at, stored.second) : stored.second;
    }
    // A person is erased when none of the complaints that are theirs now is left unerased; a
    // record merged into them is erased with them (ledger/erasure.cpp).
    std::map<std::int64_t, std::int64_t> kept;
    for (const auto& [reference, id] : m_owner) {
      kept[id] += m_erased.count(reference) == 0 ? 1 : 0;
    }
    for (const auto& [id, row] : m_rows) {
      const std::string who = "customer #" + std::to_string(id);
      const auto it = m_people.find(id);
      if (it == m_people.end()) {
        return who + " has no complaints: the row was not written by redress";
      }
      const Person& rebuilt = it->second;
      const bool erased = kept[rebuilt.merged_into.value_or(id)] == 0;
      if (erased != (row.identity_key == erased_identity_key(id))) {
        return erased ? who + " is not erased, but none of their complaints is left"
                      : who + " is erased, but some of their complaints are not";
      }
      const Customer& a = row.details;
      Customer b = rebuilt.details;
      if (erased) { // no name or contact; language and preferred channel stay as they were
        b = Customer{"", std::nullopt, std::nullopt, std::nullopt, a.language, a.preferred_channel};
      }
      const std::pair<const char*, bool> fields[] = {
          {"name", a.name == b.name},
          {"name_key", row.name_key == (erased ? std::string() : name_key(b, m_key))},
          {"email", a.email == b.email},
          {"phone", a.phone == b.phone},
          {"member_id", a.member_id == b.member_id},
          {"language", a.language == b.language},
          {"preferred_channel", a.preferred_channel == b.preferred_channel},
          {"merged_into", row.merged_into == rebuilt.merged_into},
          // A merged record keeps the first sighting it had.
          {"first_seen_at", rebuilt.merged_into || row.first_seen_at == rebuilt.first_seen_at},
      };
      for (const auto& [field, same] : fields) {
        if (!same) {
          return who + ": " + field + " in the customers table differs from what their complaints' "
                                      "events say";
        }
      }
    }
    std::optional<std::string> problem;
    std::map<std::string, std::int64_t> stored_keys;
    store.scan_customer_keys([&](const std::string& key, std::int64_t id) { stored_keys.emplace(key, id); });
    if (stored_keys != m_keys) {
      return std::string("customer_keys differs from the keys the customers' corrections and merges give");
    }
    return std::nullopt;
  }

private:
  std::string m_key;
  std::map<std::int64_t, store::CustomerRow> m_rows;
  std::unordered_map<std::string, std::int64_t> m_by_primary;
  std::map<std::string, std::pair<std::int64_t, Instant>> m_stored_owner; // reference -> (id, receipt)
  std::map<std::int64_t, Person> m_people;
  std::map<std::string, std::int64_t> m_keys;
  std::map<std::string, std::int64_t> m_owner; // reference -> customer id
  std::set<std::string> m_erased;              // references of erased complaints
  std::set<std::string> m_unknown;             // erased filings whose customer is not known yet

  // Some erased complaint's customer is not known yet: a merge into a customer not seen so far
  // may be into theirs.
  bool erased_unresolved() const { return !m_unknown.empty(); }
};

} // namespace

std::optional<Customer> rebuilt_customer(store::Store& store, std::int64_t id) {
  CustomerRebuild rebuild(store, store.digest_key());
  std::optional<std::string> problem;
  store.scan_chain([&](const store::ChainedEvent& chained, const std::string& reference, const std::string&) {
    if (!problem) {
      problem = rebuild.add(chained.event, reference);
    }
  });
  if (problem) {
    throw Error(Errc::integrity, *problem, "run 'redress verify'");
  }
  return rebuild.details_of(id);
}

std::optional<std::string> check_customers(store::Store& store) {
  CustomerRebuild rebuild(store, store.digest_key());
  std::optional<std::string> problem;
  store.scan_chain([&](const store::ChainedEvent& chained, const std::string& reference, const std::string&) {
    if (!problem) {
      problem = rebuild.add(chained.event, reference);
    }
  });
  return problem ? problem : rebuild.finish(store);
}

void SearchIndexCheck::add(store::Store& store, const Complaint& c, const std::vector<Event>& events) {
  if (m_problem) {
    return;
  }
  ++m_documents;
  const store::SearchDocument want = search_document(c, events);
  const std::optional<store::SearchDocument> have = store.indexed_texts(c);
  // Texts are named, not shown: an error line is no place for a customer's words.
  if (!have) {
    m_problem = "the search index has no entry for complaint " + c.reference;
    return;
  }
  const DocumentTexts wanted = document_texts(want);
  const DocumentTexts held = document_texts(*have);
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (*wanted[i].second != *held[i].second) {
      m_problem = "the search index holds another " + std::string(to_string(wanted[i].first)) + " for complaint " +
                  c.reference + " than its events give";
      return;
    }
  }
  std::unordered_map<std::string, std::int64_t> times;
  for (const auto& [field, text] : wanted) {
    util::for_each_word(*text, util::WordMode::document, [&](const util::Word& w) { ++times[w.key]; });
  }
  for (const auto& [word, n] : times) {
    Count& count = m_words[word];
    ++count.documents;
    count.times += n;
  }
}

std::optional<std::string> SearchIndexCheck::finish(store::Store& store) {
  if (m_problem) {
    return m_problem;
  }
  if (const std::int64_t held = store.indexed_count(); held != m_documents) {
    return fmt::format("the search index holds {} entries for {} complaints", held, m_documents);
  }
  // Each word counted once: held with other counts, held but not in the texts, or missing.
  std::int64_t differing = 0;
  std::int64_t held = 0; // words of the texts that the index holds, with whatever counts
  store.scan_index_words([&](std::string_view word, std::int64_t documents, std::int64_t times) {
    const auto it = m_words.find(std::string(word));
    if (it != m_words.end()) {
      ++held;
    }
    if (it == m_words.end() || it->second.documents != documents || it->second.times != times) {
      ++differing;
    }
  });
  differing += static_cast<std::int64_t>(m_words.size()) - held;
  if (differing > 0) {
    return fmt::format("the search index's words are not those of the texts it holds ({} of {} "
                       "words differ): it was changed behind redress's back, or by a redress that cut "
                       "words otherwise",
                       differing, m_words.size());
  }
  return std::nullopt;
}

std::optional<std::string> check_policies(store::Store& store) {
  if (const auto unknown = store.unrecorded_policy()) {
    return "complaint " + unknown->first + " names policy " + unknown->second.substr(0, 12) +
           ", which the ledger never recorded";
  }
  std::optional<std::string> problem;
  store.scan_policies([&](const std::string& digest, const std::optional<std::string>& text) {
    if (!problem && text && util::sha256_hex(*text) != digest) {
      problem = "the recorded text of policy " + digest.substr(0, 12) +
                " does not hash to its digest (it was changed after it was recorded)";
    }
  });
  return problem;
}

std::optional<std::string> check_anchors(store::Store& store, const std::vector<Anchor>& anchors,
                                         VerifyReport& report) {
  if (anchors.empty()) {
    return std::nullopt;
  }
  const std::string ledger = store.ledger_id();
  for (const Anchor& a : anchors) {
    if (a.ledger_id != ledger) {
      throw Error(Errc::invalid_input,
                  "the anchor of " + format_utc(a.at) + " is of another ledger (" + a.ledger_id + ")",
                  "this ledger's anchors name ledger=" + ledger);
    }
  }
  const std::int64_t head_id = store.chain_head().first;
  for (const Anchor& a : anchors) {
    const auto hash = store.event_hash_of(a.event_id);
    if (!hash) {
      return fmt::format("event {}, anchored {}, is no longer in the log (it ends at event {}): "
                         "committed events were lost or removed",
                         a.event_id, format_utc(a.at), head_id);
    }
    if (*hash != a.hash) {
      return fmt::format("event {} no longer has the hash anchored {}: the log was rewritten",
                         a.event_id, format_utc(a.at));
    }
    ++report.anchors;
  }
  return std::nullopt;
}

} // namespace redress
